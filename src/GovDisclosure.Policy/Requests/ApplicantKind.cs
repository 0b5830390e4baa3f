namespace GovDisclosure.Policy.Requests;

/// <summary>
/// Who asked: the applicant columns of the annual report's request table (§9.4) — a natural person, or a legal person or other
/// organization of one of five kinds.
/// </summary>
/// <remarks>A closed set, in the table's column order. It converts implicitly to <see cref="int"/>, so print its names rather than the member.</remarks>
public sealed class ApplicantKind : BilingualPolicyEnum<ApplicantKind>
{
    /// <summary>自然人: a natural person.</summary>
    public static readonly ApplicantKind NaturalPerson = new(nameof(NaturalPerson), 1, "自然人", "natural person");

    /// <summary>商业企业: a commercial enterprise.</summary>
    public static readonly ApplicantKind CommercialEnterprise = new(nameof(CommercialEnterprise), 2, "商业企业", "commercial enterprise");

    /// <summary>科研机构: a research institution.</summary>
    public static readonly ApplicantKind ResearchInstitution = new(nameof(ResearchInstitution), 3, "科研机构", "research institution");

    /// <summary>社会公益组织: a social-welfare organization.</summary>
    public static readonly ApplicantKind SocialWelfareOrganization = new(nameof(SocialWelfareOrganization), 4, "社会公益组织", "social-welfare organization");

    /// <summary>法律服务机构: a legal-services institution.</summary>
    public static readonly ApplicantKind LegalServicesInstitution = new(nameof(LegalServicesInstitution), 5, "法律服务机构", "legal-services institution");

    /// <summary>其他: any other legal person or organization.</summary>
    public static readonly ApplicantKind OtherOrganization = new(nameof(OtherOrganization), 6, "其他", "other organization");

    private ApplicantKind(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }

    /// <summary>Whether the applicant is a legal person or other organization (法人或其他组织) rather than a natural person.</summary>
    public bool IsOrganization => this != NaturalPerson;
}
