using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// One row of the annual report's table 三 (§9.4): a count per applicant column — 自然人, then the five kinds of 法人或其他组织 — and 总计.
/// Figures are kept as given, so a hand-edited row can break the table's identities; <see cref="AnnualReport.Problems"/> finds it.
/// </summary>
/// <param name="NaturalPersons">自然人.</param>
/// <param name="CommercialEnterprises">商业企业.</param>
/// <param name="ResearchInstitutions">科研机构.</param>
/// <param name="SocialWelfareOrganizations">社会公益组织.</param>
/// <param name="LegalServicesInstitutions">法律服务机构.</param>
/// <param name="OtherOrganizations">其他.</param>
/// <param name="Total">总计: the sum of the six, when the row is consistent.</param>
public sealed record ApplicantCounts(
    int NaturalPersons, int CommercialEnterprises, int ResearchInstitutions, int SocialWelfareOrganizations, int LegalServicesInstitutions,
    int OtherOrganizations, int Total)
{
    /// <summary>A row of zeros.</summary>
    public static ApplicantCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    /// <summary>The count of one applicant column.</summary>
    /// <param name="applicant">The column.</param>
    /// <exception cref="ArgumentNullException"><paramref name="applicant"/> is null.</exception>
    public int this[ApplicantKind applicant] =>
        Preconditions.CheckNotNull(applicant) == ApplicantKind.NaturalPerson ? NaturalPersons
        : applicant == ApplicantKind.CommercialEnterprise ? CommercialEnterprises
        : applicant == ApplicantKind.ResearchInstitution ? ResearchInstitutions
        : applicant == ApplicantKind.SocialWelfareOrganization ? SocialWelfareOrganizations
        : applicant == ApplicantKind.LegalServicesInstitution ? LegalServicesInstitutions
        : OtherOrganizations;

    /// <summary>The sum of the six applicant columns, which <see cref="Total"/> should equal.</summary>
    public int SumOfColumns => NaturalPersons + CommercialEnterprises + ResearchInstitutions + SocialWelfareOrganizations + LegalServicesInstitutions + OtherOrganizations;

    /// <summary>A row from its six applicant columns, with 总计 their sum.</summary>
    /// <param name="naturalPersons">自然人.</param>
    /// <param name="commercialEnterprises">商业企业.</param>
    /// <param name="researchInstitutions">科研机构.</param>
    /// <param name="socialWelfareOrganizations">社会公益组织.</param>
    /// <param name="legalServicesInstitutions">法律服务机构.</param>
    /// <param name="otherOrganizations">其他.</param>
    public static ApplicantCounts FromColumns(int naturalPersons, int commercialEnterprises, int researchInstitutions, int socialWelfareOrganizations,
        int legalServicesInstitutions, int otherOrganizations) =>
        new(naturalPersons, commercialEnterprises, researchInstitutions, socialWelfareOrganizations, legalServicesInstitutions, otherOrganizations,
            naturalPersons + commercialEnterprises + researchInstitutions + socialWelfareOrganizations + legalServicesInstitutions + otherOrganizations);

    /// <summary>The figures in the table's column order: the six applicant columns, then 总计.</summary>
    internal int[] ToColumns() =>
        [NaturalPersons, CommercialEnterprises, ResearchInstitutions, SocialWelfareOrganizations, LegalServicesInstitutions, OtherOrganizations, Total];

    /// <summary>A row from figures in the table's column order, as <see cref="ToColumns"/> gives them.</summary>
    internal static ApplicantCounts FromColumns(ReadOnlySpan<int> columns) =>
        new(columns[0], columns[1], columns[2], columns[3], columns[4], columns[5], columns[6]);
}
