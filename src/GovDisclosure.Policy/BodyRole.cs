namespace GovDisclosure.Policy;

/// <summary>
/// Whether a body is a people's government or one of its departments: the distinction the national Regulations
/// draw for the annual report (Art. 49, SPEC §9.1: departments publish by 31 January, governments by 31 March).
/// A register states it per body; the library does not infer it from the body type.
/// </summary>
public sealed class BodyRole : BilingualPolicyEnum<BodyRole>
{
    /// <summary>人民政府: a people's government (a county government, a township government or sub-district office).</summary>
    public static readonly BodyRole Government = new(nameof(Government), 1, "人民政府", "people's government");

    /// <summary>工作部门: a department of a government, or another body that discloses in its own name.</summary>
    public static readonly BodyRole Department = new(nameof(Department), 2, "政府工作部门", "government department");

    private BodyRole(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }
}
