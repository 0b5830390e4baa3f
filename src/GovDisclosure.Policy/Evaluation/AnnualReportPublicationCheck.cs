using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// Whether each unit published its annual report on the register's year by the fixed due date (§9.1, §9.6, D34): late once published after
/// it, missing once the day after it has come with nothing published; before that nothing is found (D27). Findings only: the report is not
/// a disclosure obligation of the seed, so it does not count in the on-time rate.
/// </summary>
internal sealed class AnnualReportPublicationCheck
{
    private readonly Dictionary<string, LocalDate> publishedOn = new(StringComparer.Ordinal);
    private readonly IWorkingDayCalendar calendar;
    private readonly int year;

    internal AnnualReportPublicationCheck(Register register, IWorkingDayCalendar calendar)
    {
        this.calendar = calendar;
        year = register.Year;
        foreach (var report in register.AnnualReports)
        {
            if (report.Year == year)
            {
                publishedOn.Add(report.BodyId, report.PublishedOn);
            }
        }
    }

    internal void Check(Body body, bool binding, LocalDate asOf, ref List<Finding>? findings)
    {
        if (AnnualReportDeadlines.Due(body.Role, body.Level, year, calendar) is not { } deadline)
        {
            return;
        }

        var due = deadline.Due;
        if (publishedOn.TryGetValue(body.Id, out var published) && published <= asOf)
        {
            if (published > due)
            {
                var late = calendar.WorkingDaysBetween(due, published);
                (findings ??= []).Add(new Finding(FindingKind.AnnualReportLate, body.Id, deadline.Subject, binding, due, published, late,
                    $"{body.Name}{year}年度政府信息公开工作年度报告应于{due.ToIso()}前公布，{published.ToIso()}才公布。",
                    $"{body.Name}'s annual report on {year} was due by {due.ToIso()} and was published on {published.ToIso()}."));
            }
        }
        else if (asOf > due)
        {
            (findings ??= []).Add(new Finding(FindingKind.AnnualReportMissing, body.Id, deadline.Subject, binding, due, null, calendar.WorkingDaysBetween(due, asOf),
                $"{body.Name}{year}年度政府信息公开工作年度报告应于{due.ToIso()}前公布，至{asOf.ToIso()}未公布。",
                $"{body.Name}'s annual report on {year} was due by {due.ToIso()} and was not published by {asOf.ToIso()}."));
        }
    }
}
