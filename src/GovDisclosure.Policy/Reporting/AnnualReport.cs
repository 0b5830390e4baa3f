namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// A body's annual report on a year's disclosure work in the national format (§9.3): 一 总体情况, 二 主动公开政府信息情况,
/// 三 收到和处理政府信息公开申请情况 (<see cref="Requests"/>, §9.4), 四 政府信息公开行政复议、行政诉讼情况 (<see cref="Redress"/>, §9.5),
/// 五 存在的主要问题及改进情况, 六 其他需要报告的事项. <c>DisclosurePolicy.AnnualReport</c> builds it from a register; <see cref="Problems"/>
/// lists every identity its figures break, so a report edited by hand (with <c>with</c>) or read from JSON is checked the same way.
/// </summary>
/// <remarks>Immutable. Figures are kept as given, negative ones included: they are problems to report, not exceptions.</remarks>
public sealed record AnnualReport
{
    /// <summary>Creates a report from its parts.</summary>
    /// <param name="bodyId">The body's id.</param>
    /// <param name="bodyName">The body's name, which heads the report.</param>
    /// <param name="year">The year reported on.</param>
    /// <param name="overview">Section 一.</param>
    /// <param name="proactive">Section 二.</param>
    /// <param name="requests">Section 三.</param>
    /// <param name="redress">Section 四.</param>
    /// <param name="problemsAndImprovements">Section 五.</param>
    /// <param name="otherMatters">Section 六.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1 and 9998.</exception>
    public AnnualReport(string bodyId, string bodyName, int year, string overview, ProactiveDisclosureFigures proactive, RequestTable requests,
        RedressTable redress, string problemsAndImprovements, string otherMatters)
    {
        (BodyId, BodyName, Year, Overview, Proactive, Requests, Redress) = (bodyId, bodyName, year, overview, proactive, requests, redress);
        (ProblemsAndImprovements, OtherMatters) = (problemsAndImprovements, otherMatters);
    }

    /// <summary>The body's id.</summary>
    public string BodyId { get; init => field = Preconditions.CheckNotNull(value, nameof(BodyId)); }

    /// <summary>The body's name.</summary>
    public string BodyName { get; init => field = Preconditions.CheckNotNull(value, nameof(BodyName)); }

    /// <summary>The year reported on.</summary>
    public int Year
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(nameof(Year), value, DisclosureYears.First, DisclosureYears.Last);
            field = value;
        }
    }

    /// <summary>The title, for example <c>某县民政局2025年政府信息公开工作年度报告</c>.</summary>
    public string Title => $"{BodyName}{Year}年政府信息公开工作年度报告";

    /// <summary>The title in English, for example <c>Annual report on government information disclosure, 2025: 某县民政局</c>.</summary>
    public string TitleEn => $"Annual report on government information disclosure, {Year}: {BodyName}";

    /// <summary>Section 一, 总体情况.</summary>
    public string Overview { get; init => field = Preconditions.CheckNotNull(value, nameof(Overview)); }

    /// <summary>Section 二, 主动公开政府信息情况.</summary>
    public ProactiveDisclosureFigures Proactive { get; init => field = Preconditions.CheckNotNull(value, nameof(Proactive)); }

    /// <summary>Section 三, 收到和处理政府信息公开申请情况 (§9.4, D37, D38).</summary>
    public RequestTable Requests { get; init => field = Preconditions.CheckNotNull(value, nameof(Requests)); }

    /// <summary>Section 四, 政府信息公开行政复议、行政诉讼情况 (§9.5).</summary>
    public RedressTable Redress { get; init => field = Preconditions.CheckNotNull(value, nameof(Redress)); }

    /// <summary>Section 五, 存在的主要问题及改进情况.</summary>
    public string ProblemsAndImprovements { get; init => field = Preconditions.CheckNotNull(value, nameof(ProblemsAndImprovements)); }

    /// <summary>Section 六, 其他需要报告的事项.</summary>
    public string OtherMatters { get; init => field = Preconditions.CheckNotNull(value, nameof(OtherMatters)); }

    /// <summary>Row 四 of last year's report, when it was given: this year's row 二 must equal it (D38).</summary>
    public ApplicantCounts? LastYearCarriedForward { get; init; }

    /// <summary>
    /// True for a government's aggregate (汇总) report, which counts the requests of every body of the register as each body's own report
    /// would (D38); false for a body's report on its own requests.
    /// </summary>
    public bool IsAggregate { get; init; }

    /// <summary>
    /// The report as it would be published (§12): its title, sections 一, 五 and 六 as given (sections 二 to 四 are their tables, with no
    /// text), and tables 二, 三 and 四 with no cell blank. The audit checks it as it checks a report read from a published page.
    /// </summary>
    /// <remarks>Whether the body is a government or a department, and the day it was published, are not the report's to know: add them
    /// with <c>ToPublished() with { PublisherRole = …, PublishedOn = … }</c>; the first decides the date of §9.1.</remarks>
    public PublishedAnnualReport ToPublished() => new(BodyName, Year)
    {
        Title = Title,
        Sections = [Overview, "", "", "", ProblemsAndImprovements, OtherMatters],
        Proactive = PublishedProactiveFigures.From(Proactive),
        Requests = PublishedRequestTable.From(Requests),
        Redress = PublishedRedressTable.From(Redress),
    };

    /// <summary>
    /// Every broken identity, in table order: a column of table 三 where 一 + 二 ≠ 三(七) + 四; a 总计 that is not the sum of its parts
    /// (a row's applicant columns, 三(七)'s result rows, a group of table 四); a negative figure; row 二 differing from last year's row 四.
    /// Empty for a report built from a register. Worked out on each read.
    /// </summary>
    public IReadOnlyList<ReportProblem> Problems => ReadOnly.Wrap(AnnualReportIdentities.Find(this));

    /// <inheritdoc />
    public override string ToString() => $"{TitleEn}: {Requests}" + (Problems.Count == 0 ? "" : $", {IsoText.Count(Problems.Count, "problem")}");
}
