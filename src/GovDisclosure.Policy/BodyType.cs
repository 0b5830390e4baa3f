namespace GovDisclosure.Policy;

/// <summary>
/// The kinds of body the policy's scope (§2.2) distinguishes. Which <see cref="ObligationLevel"/> each
/// has is a rule of the policy, not of the type: see <see cref="DisclosurePolicy.ObligationsFor(BodyType)"/>.
/// </summary>
public sealed class BodyType : BilingualPolicyEnum<BodyType>
{
    /// <summary>A county administrative organ (行政机关).</summary>
    public static readonly BodyType AdministrativeOrgan = new(nameof(AdministrativeOrgan), 1, "行政机关", "administrative organ");

    /// <summary>A public institution managed under the Civil Servant Law (参照公务员法管理的事业单位).</summary>
    public static readonly BodyType CivilServantManagedInstitution = new(nameof(CivilServantManagedInstitution), 2,
        "参照公务员法管理的事业单位", "public institution managed under the Civil Servant Law");

    /// <summary>A public institution with partial administrative or approval functions (具有部分行政管理或审批职能的事业单位).</summary>
    public static readonly BodyType InstitutionWithAdministrativeFunctions = new(nameof(InstitutionWithAdministrativeFunctions), 3,
        "具有部分行政管理或审批职能的事业单位", "public institution with administrative or approval functions");

    /// <summary>A school (学校).</summary>
    public static readonly BodyType School = new(nameof(School), 4, "学校", "school");

    /// <summary>A hospital (医院).</summary>
    public static readonly BodyType Hospital = new(nameof(Hospital), 5, "医院", "hospital");

    /// <summary>A water-supply utility (供水).</summary>
    public static readonly BodyType WaterUtility = new(nameof(WaterUtility), 6, "供水公用事业单位", "water utility");

    /// <summary>An electricity utility (电力).</summary>
    public static readonly BodyType PowerUtility = new(nameof(PowerUtility), 7, "电力公用事业单位", "power utility");

    /// <summary>A public-transport utility (公共交通).</summary>
    public static readonly BodyType PublicTransport = new(nameof(PublicTransport), 8, "公共交通公用事业单位", "public-transport utility");

    /// <summary>A party organ (党的机关).</summary>
    public static readonly BodyType PartyOrgan = new(nameof(PartyOrgan), 9, "党的机关", "party organ");

    /// <summary>An organ of the people's congress (人大机关).</summary>
    public static readonly BodyType PeoplesCongressOrgan = new(nameof(PeoplesCongressOrgan), 10, "人大机关", "people's congress organ");

    /// <summary>An organ of the CPPCC (政协机关).</summary>
    public static readonly BodyType CppccOrgan = new(nameof(CppccOrgan), 11, "政协机关", "CPPCC organ");

    /// <summary>A judicial organ (司法机关).</summary>
    public static readonly BodyType JudicialOrgan = new(nameof(JudicialOrgan), 12, "司法机关", "judicial organ");

    /// <summary>A mass organisation (群众团体).</summary>
    public static readonly BodyType MassOrganization = new(nameof(MassOrganization), 13, "群众团体", "mass organisation");

    /// <summary>A township, for its township affairs (乡镇政务公开).</summary>
    public static readonly BodyType Township = new(nameof(Township), 14, "乡镇", "township");

    /// <summary>A village, for its village affairs (村务公开).</summary>
    public static readonly BodyType Village = new(nameof(Village), 15, "村", "village");

    /// <summary>An enterprise, for its enterprise affairs (厂务公开).</summary>
    public static readonly BodyType Enterprise = new(nameof(Enterprise), 16, "企业", "enterprise");

    /// <summary>Any other body.</summary>
    public static readonly BodyType Other = new(nameof(Other), 17, "其他", "other body");

    private BodyType(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }

}
