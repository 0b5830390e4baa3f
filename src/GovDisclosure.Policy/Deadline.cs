using System.Globalization;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy;

/// <summary>
/// The day by which something must be disclosed, and why: the rule and its source, the trigger and
/// reporting period it was counted from, whether it rests on provisional calendar days, and the days
/// counted and skipped on the way.
/// </summary>
/// <remarks>Immutable. <see cref="Days"/> is worked out from the calendar on first use.</remarks>
public sealed class Deadline
{
    private readonly IWorkingDayCalendar? calendar;   // null for a deadline read back from JSON, whose days were stored with it
    private IReadOnlyList<DayInfo>? days;

    internal Deadline(DeadlineBasis basis, DeadlineRule rule, LocalDate eventDate, LocalDate trigger, DateInterval? period, LocalDate due,
        IWorkingDayCalendar calendar)
    {
        Basis = basis;
        Rule = rule;
        EventDate = eventDate;
        Trigger = trigger;
        Period = period;
        Due = due;
        this.calendar = calendar;
        IsProvisional = IsProvisionalOn(calendar, due);
    }

    /// <summary>A deadline read back from its JSON form: every field as stored, and the days it was counted over.</summary>
    internal Deadline(DeadlineBasis basis, DeadlineRule rule, LocalDate eventDate, LocalDate trigger, DateInterval? period, LocalDate due,
        bool isProvisional, DayInfo[] days)
    {
        Basis = basis;
        Rule = rule;
        EventDate = eventDate;
        Trigger = trigger;
        Period = period;
        Due = due;
        IsProvisional = isProvisional;
        this.days = ReadOnly.Wrap(days);
    }

    /// <summary>The same deadline due on <paramref name="due"/> by <paramref name="newCalendar"/>: what <see cref="DeadlineChanges"/> gives back.</summary>
    private Deadline(Deadline given, LocalDate due, IWorkingDayCalendar newCalendar)
    {
        (Basis, Rule, EventDate, Trigger, Period) = (given.Basis, given.Rule, given.EventDate, given.Trigger, given.Period);
        Due = due;
        calendar = newCalendar;
        IsProvisional = given.IsProvisionalOn(newCalendar, due);
    }

    /// <summary>Whether this deadline, due on <paramref name="due"/> by <paramref name="newCalendar"/>, would rest on provisional days there.</summary>
    internal bool IsProvisionalOn(IWorkingDayCalendar newCalendar, LocalDate due) =>
        // A request's deadlines rest on the days from its receipt; an annual report's date is fixed (D34), so never provisional.
        Rule.Unit != DeadlineUnit.FixedCalendarMonths && newCalendar.IsProvisional(Basis.ProvisionalFromEvent ? EventDate : Trigger, due);

    /// <summary>This deadline recomputed on <paramref name="newCalendar"/>, with its days described there.</summary>
    internal Deadline On(LocalDate due, IWorkingDayCalendar newCalendar) => new(this, due, newCalendar);

    /// <summary>Why the deadline exists: an obligation's rule, a statutory period, the annual report's fixed date, a request's reply clock or a
    /// redress window. Switch on its type for what only that kind has (the obligation's key, the request's clock steps).</summary>
    public DeadlineBasis Basis { get; }

    /// <summary>What the deadline is for, as a short code: the obligation's key (<c>IM1</c>, <c>某县民政 3</c>), a request's id and, for a
    /// redress period, its kind (<c>YSQ-7</c>, <c>YSQ-7 行政复议</c>), an annual report's title, or <c>Statutory</c>; see <see cref="DeadlineBasis.Subject"/>.</summary>
    public string Subject => Basis.Subject;

    /// <summary>The rule applied, with its source (<see cref="DeadlineRule.SourceId"/>).</summary>
    public DeadlineRule Rule { get; }

    /// <summary>The date the caller gave: the event, or any day of the reporting period.</summary>
    public LocalDate EventDate { get; }

    /// <summary>The day counted from: the event date, or the end (start, for YR1) of the reporting period.</summary>
    public LocalDate Trigger { get; }

    /// <summary>The reporting period, both ends inclusive, for monthly, quarterly and yearly entries; otherwise null.</summary>
    public DateInterval? Period { get; }

    /// <summary>The last day on which the disclosure is on time.</summary>
    public LocalDate Due { get; }

    /// <summary>True when a day between <see cref="Trigger"/> and <see cref="Due"/> is a provisional calendar day, so the date may move when the year's notice is published.</summary>
    public bool IsProvisional { get; }

    /// <summary>
    /// Every day between the trigger and the due date — after the trigger up to the due date, or for a
    /// rule counted backwards from the due date up to the day before the trigger — each with whether it
    /// was a working day and why.
    /// </summary>
    public IReadOnlyList<DayInfo> Days => days ??= Due > Trigger
        ? DayDescriptions.Between(calendar!, Trigger.PlusDays(1), Due)
        : Due < Trigger ? DayDescriptions.Between(calendar!, Due, Trigger.PlusDays(-1)) : DayDescriptions.None;

    /// <summary>How the due date was worked out, step by step, in Chinese and English: the rule, the day counted from, and every day that was skipped and why.</summary>
    public BilingualText Explanation => explanation ??= new(ExplanationZh, ExplanationEn);

    private BilingualText? explanation;   // made on first read; racing threads make equal texts

    /// <summary>
    /// The explanation in English, for example
    /// <c>IM1 due 2024-03-13: 20 working days after the event date (D4), counted from 2024-02-08; 20 working days, 14 days skipped
    /// (3 statutory holiday: Spring Festival; 4 holiday rest day: Spring Festival; 7 weekend); adjusted working days counted: 2024-02-18.</c>
    /// </summary>
    internal string ExplanationEn
    {
        get
        {
            var what = Basis.SubjectEn;
            var period = Period is null ? "" : $" for {Period.Start.ToIso()} to {Period.End.ToIso()}";
            var skipped = Days.Where(day => !day.IsWorkingDay).ToArray();
            var reasons = BySkippedKind(skipped).Select(group => group.Key == DayKind.Weekend
                ? $"{group.Count()} {group.Key.Label.En}"
                : $"{group.Count()} {group.Key.Label.En}: {string.Join(", ", group.Select(day => (day.Holiday ?? Holiday.Other).Label.En).Distinct())}");
            var adjusted = Days.Where(day => day.Kind == DayKind.AdjustedWorkingDay).Select(day => day.Date.ToIso()).ToArray();
            var steps = string.Concat(Basis.StepDescriptions.Select(step => "; " + step.En));
            return $"{what} {string.Format(CultureInfo.InvariantCulture, Basis.DueWording.En, Due.ToIso())}{period}: {Rule.DescriptionEn}, counted from {Trigger.ToIso()}{steps}; " +
                   $"{IsoText.Count(Days.Count - skipped.Length - Basis.StoppedWorkingDays, "working day")}, {IsoText.Count(skipped.Length, "day")} skipped" +
                   (skipped.Length == 0 ? "" : $" ({string.Join("; ", reasons)})") +
                   (adjusted.Length == 0 ? "" : $"; adjusted working days counted: {string.Join(", ", adjusted)}") +
                   (IsProvisional ? "; provisional: rests on statutory-rule estimates, no notice yet" : "") + ".";
        }
    }

    /// <summary>The days skipped by kind (D47): statutory holiday days, then holiday rest days — both named by their holidays in the
    /// explanations — then weekend days, only counted.</summary>
    private static IEnumerable<IGrouping<DayKind, DayInfo>> BySkippedKind(DayInfo[] skipped) =>
        skipped.GroupBy(day => day.Kind).OrderBy(group => group.Key == DayKind.StatutoryHoliday ? 0 : group.Key == DayKind.HolidayRestDay ? 1 : 2);

    /// <summary>The explanation in Chinese, for example <c>IM1 应于2024-03-13前公开：事项形成或变更之日后20个工作日内（D4），自2024-02-08起算；计工作日20天，跳过14天（法定节假日3天：春节；调休放假4天：春节；周末7天）；调休上班日：2024-02-18。</c></summary>
    internal string ExplanationZh
    {
        get
        {
            var what = Basis.SubjectZh;
            var period = Period is null ? "" : $"（报告期{Period.Start.ToIso()}至{Period.End.ToIso()}）";
            var skipped = Days.Where(day => !day.IsWorkingDay).ToArray();
            var reasons = BySkippedKind(skipped).Select(group => group.Key == DayKind.Weekend
                ? $"{group.Key.Label.Zh}{group.Count()}天"
                : $"{group.Key.Label.Zh}{group.Count()}天：{string.Join("、", group.Select(day => day.NoticeName ?? (day.Holiday ?? Holiday.Other).Label.Zh).Distinct())}");
            var adjusted = Days.Where(day => day.Kind == DayKind.AdjustedWorkingDay).Select(day => day.Date.ToIso()).ToArray();
            var steps = string.Concat(Basis.StepDescriptions.Select(step => "；" + step.Zh));
            return $"{what} {string.Format(CultureInfo.InvariantCulture, Basis.DueWording.Zh, Due.ToIso())}{period}：{Rule.DescriptionZh}，自{Trigger.ToIso()}起算{steps}；" +
                   $"计工作日{Days.Count - skipped.Length - Basis.StoppedWorkingDays}天，跳过{skipped.Length}天" +
                   (skipped.Length == 0 ? "" : $"（{string.Join("；", reasons)}）") +
                   (adjusted.Length == 0 ? "" : $"；调休上班日：{string.Join("、", adjusted)}") +
                   (IsProvisional ? "；含暂按法定节假日规则推定的日期" : "") + "。";
        }
    }

    /// <summary>The subject, the due date and the rule's source, for example <c>IM1 due 2024-03-13 (D4)</c>; a deadline that rests on
    /// provisional days says so, since its date may move when the year's notice is published.</summary>
    /// <returns>The deadline in one line.</returns>
    public override string ToString() => $"{Subject} due {Due.ToIso()} ({Rule.SourceId}" + (IsProvisional ? ", provisional: no notice yet for a day it counts)" : ")");
}
