using System.Globalization;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Reporting;

// A deadline again from its report: what Deadline.Days and DeadlineChanges need, rebuilt from the fields 0.4 to this version write.
public sealed partial record DeadlineReport
{
    /// <summary>
    /// The deadline a report describes, as it was given: its rule, dates and steps, and the days it was counted over, so that
    /// <see cref="DeadlineChanges.Between"/> can recheck it on a newer calendar. Its explanations are worked out again from those.
    /// </summary>
    /// <exception cref="ArgumentException">The report lacks its subject or wording (written before 0.4), a wording is not a format of the due
    /// date alone (<c>{0}</c>), its rule is not possible, or a day it lists lies outside the days counted or twice, or names an impossible
    /// region; the message says which.</exception>
    public Deadline ToDeadline()
    {
        if (DueWordingZh is null || DueWordingEn is null)
        {
            throw new PolicyArgumentException(
                $"The report of the deadline due {Due.ToIso()} has no wording of its due date; reports written before 0.4 cannot be read back as deadlines.", null);
        }

        var subject = Subject ?? (Obligation is { IsBuiltIn: true } builtIn ? builtIn.Row : Cadence.Name);
        foreach (var wording in new[] { DueWordingZh, DueWordingEn })
        {
            if (!IsDateWording(wording))
            {
                throw new PolicyArgumentException($"The report of {subject} words its due date as {IsoText.Quote(wording)}, which is not a wording with the date " +
                                            "as {0} and no other placeholder.", null);
            }
        }

        DeadlineRule rule;
        try
        {
            rule = new DeadlineRule(RuleTrigger, RuleOffset, RuleUnit, RuleSource);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new PolicyArgumentException($"The report of {subject}: {e.Message}", null, e);
        }

        var (first, last) = Due > Trigger ? (Trigger.PlusDays(1), Due)
            : Due < Trigger ? (Due, Trigger.PlusDays(-1)) : (Due, Due.PlusDays(-1));
        var listed = new Dictionary<LocalDate, DayInfo>();
        foreach (var day in Days)
        {
            if (day.Date < first || day.Date > last || listed.ContainsKey(day.Date))
            {
                throw new PolicyArgumentException($"The report of {subject} lists {day.Date.ToIso()} " +
                                            (listed.ContainsKey(day.Date) ? "twice." : $"outside the days it counted ({first.ToIso()} to {last.ToIso()})."), null);
            }

            RegionCode? region = null;
            if (day.Region is not null)
            {
                region = RegionCode.TryParse(day.Region, out var code) ? code
                    : throw new PolicyArgumentException($"The report of {subject} gives {day.Date.ToIso()} the region \"{day.Region}\", which is not a six-digit division code.", null);
            }

            listed[day.Date] = new DayInfo(day.Date, day.Kind, day.Holiday, day.NoticeName, day.NoticeYear, day.IsProvisional, region, day.RegionName);
        }

        var days = new DayInfo[Math.Max(0, Period.DaysBetween(first, last) + 1)];
        for (var i = 0; i < days.Length; i++)
        {
            var date = first.PlusDays(i);
            days[i] = listed.TryGetValue(date, out var day) ? day
                : new DayInfo(date, date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? DayKind.Weekend : DayKind.Weekday);
        }

        var period = PeriodStart is { } start && PeriodEnd is { } end ? new DateInterval(start, end) : null;
        var steps = Steps.Select(step => new ClockStep(step.Kind, step.From, step.To, step.WorkingDays, step.SourceId, step.DescriptionZh, step.DescriptionEn));
        return new Deadline(BasisOf(this, subject, [.. steps]), rule, EventDate, Trigger, period, Due, IsProvisional, days);
    }

    /// <summary>
    /// Why the reported deadline exists, from the fields 0.4 wrote and 0.6 adds: a request's reply (its id and regime) or redress window (its id
    /// alone), an obligation (its entry, or its catalog and row; a 0.4 report names a county row only in its subject, "catalog 序号"), the annual
    /// report (its fixed date), or a statutory period.
    /// </summary>
    private static DeadlineBasis BasisOf(DeadlineReport report, string subject, ClockStep[] steps)
    {
        if (report.RequestId is { } requestId)
        {
            return report.Regime is { } regime ? new ReplyBasis(requestId, regime, steps)
                : new RedressBasis(requestId, subject.StartsWith(requestId + " ", StringComparison.Ordinal) ? subject[(requestId.Length + 1)..] : subject,
                    report.DueWordingEn!.Split([": last day"], StringSplitOptions.None)[0]);
        }

        if (report.Obligation is { } obligation)
        {
            return new ObligationBasis(obligation, report.Cadence);
        }

        if (report.RuleUnit == DeadlineUnit.FixedCalendarMonths && report.PeriodStart is { } start)
        {
            return new AnnualReportBasis(start.Year);
        }

        var space = report.Subject?.LastIndexOf(' ') ?? -1;
        return space > 0 && report.Cadence != Cadence.Statutory
            ? new ObligationBasis(ObligationKey.InCatalog(report.Subject![..space], report.Subject[(space + 1)..]), report.Cadence)
            : StatutoryBasis.Instance;
    }

    /// <summary>Whether <paramref name="wording"/> holds the date as <c>{0}</c> and formats with it alone.</summary>
    private static bool IsDateWording(string wording)
    {
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, wording, 0);   // throws for any other placeholder
            return wording.Contains("{0}");
        }
        catch (FormatException)
        {
            return false;
        }
    }

}
