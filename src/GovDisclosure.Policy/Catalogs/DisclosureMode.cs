namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// How a catalog row is disclosed (公开方式, SPEC §10): proactively, by the row's own time limit, or on request, under
/// the Regulations' reply clock (§8). A row may name both.
/// </summary>
public sealed class DisclosureMode : BilingualPolicyEnum<DisclosureMode>
{
    /// <summary>主动: disclosed without being asked, by the row's time limit (D35).</summary>
    public static readonly DisclosureMode Proactive = new(nameof(Proactive), 1, "主动", "proactive");

    /// <summary>依申请: disclosed when someone asks for it; the reply period of §8 applies, not a deadline of the row.</summary>
    public static readonly DisclosureMode OnRequest = new(nameof(OnRequest), 2, "依申请", "on request");

    private DisclosureMode(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }
}
