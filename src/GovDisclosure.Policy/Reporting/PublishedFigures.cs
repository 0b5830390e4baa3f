using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// A row of table 三 as published (§9.4): each applicant column and the total, each a figure or null where the cell is blank. A blank cell
/// is not 0: the audit names it (§12.11) and leaves it out of every sum.
/// </summary>
/// <param name="NaturalPersons">自然人.</param>
/// <param name="CommercialEnterprises">商业企业.</param>
/// <param name="ResearchInstitutions">科研机构.</param>
/// <param name="SocialWelfareOrganizations">社会公益组织.</param>
/// <param name="LegalServicesInstitutions">法律服务机构.</param>
/// <param name="OtherOrganizations">其他.</param>
/// <param name="Total">总计.</param>
public sealed record PublishedApplicantCounts(
    int? NaturalPersons, int? CommercialEnterprises, int? ResearchInstitutions, int? SocialWelfareOrganizations, int? LegalServicesInstitutions,
    int? OtherOrganizations, int? Total)
{
    /// <summary>A row whose seven cells are all blank.</summary>
    public static PublishedApplicantCounts Blank { get; } = new(null, null, null, null, null, null, null);

    /// <summary>The cell of <paramref name="applicant"/>'s column.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="applicant"/> is null.</exception>
    public int? this[ApplicantKind applicant] => ToColumns()[Preconditions.CheckNotNull(applicant).Value - 1];

    /// <summary>The figures of a row with none blank, as a built report has them.</summary>
    /// <param name="counts">The row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    public static PublishedApplicantCounts From(ApplicantCounts counts)
    {
        Preconditions.CheckNotNull(counts);
        return new(counts.NaturalPersons, counts.CommercialEnterprises, counts.ResearchInstitutions, counts.SocialWelfareOrganizations,
            counts.LegalServicesInstitutions, counts.OtherOrganizations, counts.Total);
    }

    /// <summary>A row from its seven cells in printed order, the total last; for figures read from a published table.</summary>
    /// <param name="cells">Seven cells.</param>
    /// <exception cref="ArgumentException"><paramref name="cells"/> does not have seven cells.</exception>
    public static PublishedApplicantCounts FromCells(ReadOnlySpan<int?> cells)
    {
        Preconditions.CheckArgument(cells.Length == 7, nameof(cells), "A row of table 三 has {0} cells (six applicant columns and 总计), not {1}.", 7, cells.Length);
        return new(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]);
    }

    internal int?[] ToColumns() =>
        [NaturalPersons, CommercialEnterprises, ResearchInstitutions, SocialWelfareOrganizations, LegalServicesInstitutions, OtherOrganizations, Total];
}

/// <summary>A document row of table 二 as published (§9.3): 本年制发件数, 本年废止件数, 现行有效件数; null where blank.</summary>
/// <param name="Issued">本年制发件数.</param>
/// <param name="Repealed">本年废止件数.</param>
/// <param name="InForce">现行有效件数.</param>
public sealed record PublishedDocumentCounts(int? Issued, int? Repealed, int? InForce)
{
    /// <summary>A row whose three cells are blank.</summary>
    public static PublishedDocumentCounts Blank { get; } = new(null, null, null);
}

/// <summary>Table 二 as published (§9.3); every cell a figure or null where blank.</summary>
/// <param name="Rules">规章.</param>
/// <param name="NormativeDocuments">行政规范性文件.</param>
/// <param name="LicensingDecisions">行政许可: 本年处理决定数量.</param>
/// <param name="PenaltyDecisions">行政处罚: 本年处理决定数量.</param>
/// <param name="CoercionDecisions">行政强制: 本年处理决定数量.</param>
/// <param name="FeesTenThousandYuan">行政事业性收费: 本年收费金额（万元）.</param>
public sealed record PublishedProactiveFigures(
    PublishedDocumentCounts Rules, PublishedDocumentCounts NormativeDocuments, int? LicensingDecisions, int? PenaltyDecisions, int? CoercionDecisions,
    decimal? FeesTenThousandYuan)
{
    /// <summary>规章.</summary>
    public PublishedDocumentCounts Rules { get; init => field = Preconditions.CheckNotNull(value, nameof(Rules)); } = Preconditions.CheckNotNull(Rules);

    /// <summary>行政规范性文件.</summary>
    public PublishedDocumentCounts NormativeDocuments { get; init => field = Preconditions.CheckNotNull(value, nameof(NormativeDocuments)); } =
        Preconditions.CheckNotNull(NormativeDocuments);

    /// <summary>A table whose every cell is blank.</summary>
    public static PublishedProactiveFigures Blank { get; } = new(PublishedDocumentCounts.Blank, PublishedDocumentCounts.Blank, null, null, null, null);

    /// <summary>The figures of a built report, none blank.</summary>
    /// <param name="figures">Section 二's figures.</param>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    public static PublishedProactiveFigures From(ProactiveDisclosureFigures figures)
    {
        Preconditions.CheckNotNull(figures);
        static PublishedDocumentCounts Documents(DocumentCounts counts) => new(counts.Issued, counts.Repealed, counts.InForce);
        return new(Documents(figures.Rules), Documents(figures.NormativeDocuments), figures.LicensingDecisions, figures.PenaltyDecisions,
            figures.CoercionDecisions, figures.FeesTenThousandYuan);
    }
}

/// <summary>A group of table 四 as published (§9.5): 结果维持, 结果纠正, 其他结果, 尚未审结, 总计; null where blank.</summary>
/// <param name="Upheld">结果维持.</param>
/// <param name="Corrected">结果纠正.</param>
/// <param name="Other">其他结果.</param>
/// <param name="Pending">尚未审结.</param>
/// <param name="Total">总计.</param>
public sealed record PublishedRedressCounts(int? Upheld, int? Corrected, int? Other, int? Pending, int? Total)
{
    /// <summary>A group whose five cells are blank.</summary>
    public static PublishedRedressCounts Blank { get; } = new(null, null, null, null, null);

    /// <summary>The cell of <paramref name="result"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public int? this[RedressResult result] => ToColumns()[Preconditions.CheckNotNull(result).Value - 1];

    /// <summary>The figures of a built report's group, none blank.</summary>
    /// <param name="counts">The group.</param>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    public static PublishedRedressCounts From(RedressCounts counts)
    {
        Preconditions.CheckNotNull(counts);
        return new(counts.Upheld, counts.Corrected, counts.Other, counts.Pending, counts.Total);
    }

    internal int?[] ToColumns() => [Upheld, Corrected, Other, Pending, Total];
}

/// <summary>Table 四 as published (§9.5): its three groups.</summary>
/// <param name="Reconsideration">行政复议.</param>
/// <param name="DirectLitigation">行政诉讼: 未经复议直接起诉.</param>
/// <param name="LitigationAfterReconsideration">行政诉讼: 复议后起诉.</param>
public sealed record PublishedRedressTable(
    PublishedRedressCounts Reconsideration, PublishedRedressCounts DirectLitigation, PublishedRedressCounts LitigationAfterReconsideration)
{
    /// <summary>行政复议.</summary>
    public PublishedRedressCounts Reconsideration { get; init => field = Preconditions.CheckNotNull(value, nameof(Reconsideration)); } =
        Preconditions.CheckNotNull(Reconsideration);

    /// <summary>未经复议直接起诉.</summary>
    public PublishedRedressCounts DirectLitigation { get; init => field = Preconditions.CheckNotNull(value, nameof(DirectLitigation)); } =
        Preconditions.CheckNotNull(DirectLitigation);

    /// <summary>复议后起诉.</summary>
    public PublishedRedressCounts LitigationAfterReconsideration { get; init => field = Preconditions.CheckNotNull(value, nameof(LitigationAfterReconsideration)); } =
        Preconditions.CheckNotNull(LitigationAfterReconsideration);

    /// <summary>A table whose every cell is blank.</summary>
    public static PublishedRedressTable Blank { get; } = new(PublishedRedressCounts.Blank, PublishedRedressCounts.Blank, PublishedRedressCounts.Blank);

    /// <summary>The group of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public PublishedRedressCounts this[RedressCaseKind kind] =>
        Preconditions.CheckNotNull(kind) == RedressCaseKind.Reconsideration ? Reconsideration
        : kind == RedressCaseKind.DirectLitigation ? DirectLitigation
        : LitigationAfterReconsideration;

    /// <summary>The figures of a built report's table 四, none blank.</summary>
    /// <param name="table">The table.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static PublishedRedressTable From(RedressTable table)
    {
        Preconditions.CheckNotNull(table);
        return new(PublishedRedressCounts.From(table.Reconsideration), PublishedRedressCounts.From(table.DirectLitigation),
            PublishedRedressCounts.From(table.LitigationAfterReconsideration));
    }
}
