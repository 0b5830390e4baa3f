namespace GovDisclosure.Policy;

/// <summary>
/// The openness regime that governs a body outside this policy's reach (§2.2: 按照有关文件规定执行):
/// township affairs, village affairs or enterprise affairs openness.
/// </summary>
public sealed class GoverningRegime : BilingualPolicyEnum<GoverningRegime>
{
    /// <summary>乡镇政务公开: township government-affairs openness.</summary>
    public static readonly GoverningRegime TownshipAffairs = new(nameof(TownshipAffairs), 1, "乡镇政务公开", "township affairs openness");

    /// <summary>村务公开: village affairs openness.</summary>
    public static readonly GoverningRegime VillageAffairs = new(nameof(VillageAffairs), 2, "村务公开", "village affairs openness");

    /// <summary>厂务公开: enterprise affairs openness.</summary>
    public static readonly GoverningRegime EnterpriseAffairs = new(nameof(EnterpriseAffairs), 3, "厂务公开", "enterprise affairs openness");

    private GoverningRegime(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }

}
