using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Reporting;

namespace GovDisclosure.Policy;

/// <summary>The front door's Reporting room: the annual report built from a register and the audit of a report as published (§9, §12).</summary>
public sealed partial class DisclosurePolicy
{
    /// <summary>The reporting rules: whether a government's report is an aggregate (D38) and when a section is copied (D42).</summary>
    public ReportingRules ReportingRules { get; }

    /// <summary>
    /// A unit's annual report on <paramref name="year"/> in the national format (§9.3): section 三 counted from the register's requests to
    /// the unit — new in the year of receipt, handled in the year the reply was delivered or the request abandoned, in the row of its outcome,
    /// open on 31 December carried forward, per applicant column (§9.4, D37, D38) — and section 四 from its redress cases (§9.5). The text
    /// of sections 一, 五 and 六 and the figures of section 二 come from <paramref name="input"/>. A government's report counts the requests
    /// made to the government itself, not to its departments, unless <see cref="AnnualReportInput.IsAggregate"/> or the policy's
    /// <see cref="ReportingRules.GovernmentReportIsAggregate"/> asks for the aggregate (汇总) of every body of the register (D38). A year in
    /// progress is counted from the dates: no figure needs a due date past the calendar (D41). Built from a consistent register, the report has no
    /// <see cref="AnnualReport.Problems"/>, unless last year's report given in the input disagrees with row 二.
    /// </summary>
    /// <param name="register">The register of <paramref name="year"/>: it holds the requests still open from earlier years as well.</param>
    /// <param name="bodyId">The unit's id.</param>
    /// <param name="year">The year reported on: the register's year.</param>
    /// <param name="input">What the register cannot know.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="year"/> is not the register's year; the register holds no unit <paramref name="bodyId"/>;
    /// the last year's report in <paramref name="input"/> is another unit's or year's; a request's history is impossible on this calendar.</exception>
    /// <exception cref="CalendarCoverageException">A request received on a day the calendar does not hold, or a deadline of a request
    /// whose reply or abandonment falls on such a day.</exception>
    public AnnualReport BuildAnnualReport(Register register, string bodyId, int year, AnnualReportInput input) =>
        AnnualReportBuilder.Build(register, bodyId, year, input, Calendar, RequestRules, ReportingRules);

    /// <summary>
    /// Audits a published annual report as a disclosure office or an evaluator does (§12.1–§12.11): table 三's balance, totals and result
    /// rows, table 四's groups, the carry-over and documents in force against last year's report, the text's numbers against the tables,
    /// section 六 on fees, the publication date against §9.1, copying from last year (D42), blank cells and earlier formats. Every finding is
    /// returned, never thrown; the same audit runs on a built report (<see cref="Reporting.AnnualReport.ToPublished"/>) and on one made
    /// from published figures.
    /// </summary>
    /// <param name="report">The report; where it does not say whether its publisher is a government or a department, say it with
    /// <c>report with { PublisherRole = … }</c> (it decides the date of §9.1).</param>
    /// <param name="lastYear">The same publisher's report on the year before, or null: without it §12.5, §12.6 and §12.10 are not checked.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lastYear"/> is not on the year before <paramref name="report"/>'s.</exception>
    public AnnualReportAudit Audit(PublishedAnnualReport report, PublishedAnnualReport? lastYear) =>
        AnnualReportAudit.Run(report, lastYear, ReportingRules, Calendar);

    /// <summary>Audits a published annual report without last year's (§12): every check but the carry-over, the documents in force and
    /// copying from last year (§12.5, §12.6, §12.10).</summary>
    /// <param name="report">The report.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public AnnualReportAudit Audit(PublishedAnnualReport report) => Audit(report, null);

    /// <summary>Audits a batch of reports — a county's departments, say — each with its own last year's report when given (§12).</summary>
    /// <param name="reports">Each report with last year's report, or null.</param>
    /// <returns>The audits, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or a report in it is null.</exception>
    /// <exception cref="ArgumentException">A last year's report is not on the year before its report's.</exception>
    public IReadOnlyList<AnnualReportAudit> Audit(IEnumerable<(PublishedAnnualReport Report, PublishedAnnualReport? LastYear)> reports) =>
        ReadOnly.Wrap(Preconditions.CheckNotNull(reports).Select(pair => Audit(pair.Report, pair.LastYear)).ToArray());
}
