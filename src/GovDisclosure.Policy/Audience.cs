namespace GovDisclosure.Policy;

/// <summary>Who a disclosure is addressed to (§2.1, §3.1).</summary>
public sealed class Audience : BilingualPolicyEnum<Audience>
{
    /// <summary>Society and grass-roots units, reached through external channels (向社会和基层单位公开).</summary>
    public static readonly Audience Public = new(nameof(Public), 1, "社会和基层单位", "the public");

    /// <summary>The unit's own cadres and staff, reached through internal channels (向本单位干部职工公开).</summary>
    public static readonly Audience Staff = new(nameof(Staff), 2, "本单位干部职工", "the unit's staff");

    private Audience(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }

}
