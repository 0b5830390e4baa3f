using System.Globalization;
using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// The audit of a published annual report (§12.1–§12.11), as a disclosure office or an evaluator runs it every January to March: every
/// finding with its place, numbers, clause and sentences, in the order of §12; and, when last year's report was given, each section's
/// similarity to it (D42). Made by <c>DisclosurePolicy.Audit</c>; immutable.
/// </summary>
public sealed class AnnualReportAudit
{
    private AnnualReportAudit(PublishedAnnualReport report, PublishedAnnualReport? lastYear, LocalDate? publicationDue, AuditFinding[] findings,
        SectionSimilarity[] similarities)
    {
        (Report, LastYear, PublicationDue) = (report, lastYear, publicationDue);
        Findings = ReadOnly.Wrap(findings);
        Similarities = ReadOnly.Wrap(similarities);
    }

    /// <summary>The report audited.</summary>
    public PublishedAnnualReport Report { get; }

    /// <summary>Last year's report, when it was given: the carry-over (§12.5), documents in force (§12.6) and copying (§12.10) are checked against it.</summary>
    public PublishedAnnualReport? LastYear { get; }

    /// <summary>The last day to publish (§9.1, D34): 31 January for a department, 31 March for a government; null when the role is unknown.</summary>
    public LocalDate? PublicationDue { get; }

    /// <summary>Every finding, in the order of §12: the tables (table by table, in printed order), the text, the date, copying.</summary>
    public IReadOnlyList<AuditFinding> Findings { get; }

    /// <summary>Each section's similarity to last year's (D42), 一 to 六; empty when last year's report was not given.</summary>
    public IReadOnlyList<SectionSimilarity> Similarities { get; }

    /// <summary>True when a finding is an error rather than something to explain (<see cref="AuditFindingKind.IsToExplain"/>).</summary>
    public bool HasErrors => Findings.Any(finding => !finding.Kind.IsToExplain);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Report.Title}: {IsoText.Count(Findings.Count(f => !f.Kind.IsToExplain), "error")}, {IsoText.Count(Findings.Count(f => f.Kind.IsToExplain), "finding")} to explain";

    internal static AnnualReportAudit Run(PublishedAnnualReport report, PublishedAnnualReport? lastYear, ReportingRules rules,
        IWorkingDayCalendar calendar)
    {
        Preconditions.CheckNotNull(report);
        if (lastYear is not null && lastYear.Year != report.Year - 1)
        {
            throw new PolicyArgumentException($"Last year's report given is on {lastYear.Year}; the report on {report.Year} is checked against the one on {report.Year - 1} (§12.5).",
                nameof(lastYear));
        }

        var findings = new List<AuditFinding>();
        if (report.Format == ReportFormat.Earlier || report.Year < ReportFormat.FirstYearOf2021Format)
        {
            findings.Add(new AuditFinding(AuditFindingKind.EarlierFormat, AuditPlace.Report, null, null,
                $"该报告（{report.Year}年度）使用2021年以前的报告格式，表格未按国办公开办函〔2021〕30号格式核对。",
                $"The report on {report.Year} is in a format before 2021's; its tables are not checked against the rows of 国办公开办函〔2021〕30号."));
        }
        else
        {
            var previous = lastYear?.Format == ReportFormat.National2021
                ? (lastYear.Requests[RequestTableRow.CarriedForward], lastYear.Proactive)
                : default((PublishedApplicantCounts, PublishedProactiveFigures)?);
            ReportTableAudit.Check(report, previous, nameBlanks: true, findings);
            ReportTextAudit.Check(report, findings);
        }

        var role = report.PublisherRole;
        var due = role is null ? (LocalDate?)null : Due(role, report.Year, calendar);
        Publication(report, due, calendar, findings);
        var similarities = lastYear is null ? [] : ReportSimilarity.Compare(report, lastYear, rules);
        foreach (var copied in similarities.Where(similarity => similarity.IsCopied))
        {
            var (share, threshold) = (Percent(copied.Share), Percent(rules.CopiedShare));
            findings.Add(new AuditFinding(AuditFindingKind.Copied, new AuditPlace(null) { Section = copied.Section }, share, threshold,
                $"第{copied.Section.Numeral}部分与上年报告雷同：去除模板文字和数字后，{share.ToString(CultureInfo.InvariantCulture)}%的四字片段与上年相同（{copied.DistinctGrams}个）。",
                $"Section {copied.Section.Numeral} is copied from last year's: {share.ToString(CultureInfo.InvariantCulture)} % of its {copied.DistinctGrams} distinct 4-grams, template text and digits removed, occur in last year's."));
        }

        return new AnnualReportAudit(report, lastYear, due, [.. findings], similarities);
    }

    private static decimal Percent(double share) => Math.Round((decimal)share * 100, 1);

    private static LocalDate Due(BodyRole role, int year, IWorkingDayCalendar calendar) =>
        AnnualReportDeadlines.RuleFor(role, AdministrativeLevel.County)!.DueFrom(new LocalDate(year, 12, 31), calendar);

    /// <summary>§12.9: the publication date against §9.1. Without the role, a date by 31 January is in time and one after 31 March late either way.</summary>
    private static void Publication(PublishedAnnualReport report, LocalDate? due, IWorkingDayCalendar calendar, List<AuditFinding> findings)
    {
        if (report.PublishedOn is not { } published)
        {
            findings.Add(new AuditFinding(AuditFindingKind.DateUnknown, AuditPlace.Report, null, null, "发布日期不明，未核对是否按时公布（§9.1）。",
                "The publication date is not known, so timeliness (§9.1) is not checked."));
            return;
        }

        var (earliest, latest) = (Due(BodyRole.Department, report.Year, calendar), Due(BodyRole.Government, report.Year, calendar));
        var judgedAgainst = due ?? (published <= earliest ? earliest : published > latest ? latest : (LocalDate?)null);
        if (judgedAgainst is not { } last)
        {
            findings.Add(new AuditFinding(AuditFindingKind.RoleUnknown, AuditPlace.Report, null, null,
                $"报告于{published.ToIso()}公布，部门应于{earliest.ToIso()}前、政府应于{latest.ToIso()}前公布；发布主体性质不明，无法判断是否按时。",
                $"Published on {published.ToIso()}: a department's was due by {earliest.ToIso()}, a government's by {latest.ToIso()}; whose it is is not known, so timeliness cannot be judged."));
        }
        else if (published > last)
        {
            var days = Period.Between(last, published, PeriodUnits.Days).Days;
            findings.Add(new AuditFinding(AuditFindingKind.Late, AuditPlace.Report, days, 0,
                $"报告应于{last.ToIso()}前公布，{published.ToIso()}才公布，逾期{days}天。",
                $"The report was due by {last.ToIso()} and published on {published.ToIso()}, {IsoText.Count(days, "day")} late."));
        }
    }
}
