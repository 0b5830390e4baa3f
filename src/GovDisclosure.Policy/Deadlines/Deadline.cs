using System.Globalization;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Catalogs;
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
    private readonly string? subject;                   // a request's deadlines name the request themselves
    private readonly (string Zh, string En) dueWording = ("应于{0}前公开", "due {0}");
    private IReadOnlyList<DayInfo>? days;

    internal Deadline(ScheduleEntry? entry, Cadence cadence, DeadlineRule rule, LocalDate eventDate, LocalDate trigger, DateInterval? period,
        LocalDate due, IWorkingDayCalendar calendar, (CountyCatalog Catalog, CatalogRow Row)? catalogRow = null)
    {
        Entry = entry;
        CatalogName = catalogRow?.Catalog.Name;
        Row = catalogRow?.Row;
        Cadence = cadence;
        Rule = rule;
        EventDate = eventDate;
        Trigger = trigger;
        Period = period;
        Due = due;
        this.calendar = calendar;
        IsProvisional = IsProvisionalOn(calendar, due);
        Steps = ReadOnly.Wrap<ClockStep>([]);
    }

    /// <summary>A deadline of a request for disclosure (§8): its reply, or a redress period that follows the reply (§8.11).</summary>
    internal Deadline(string requestId, string subject, RequestRegime? regime, DeadlineRule rule, LocalDate eventDate, LocalDate trigger, LocalDate due,
        IWorkingDayCalendar calendar, ClockStep[] steps, (string Zh, string En) dueWording)
        : this(null, Cadence.Statutory, rule, eventDate, trigger, null, due, calendar)
    {
        RequestId = requestId;
        this.subject = subject;
        Regime = regime;
        Steps = ReadOnly.Wrap(steps);
        this.dueWording = dueWording;
        IsProvisional = IsProvisionalOn(calendar, due);   // now from the receipt (or the day the applicant knew the reply)
    }

    /// <summary>
    /// The deadline of an annual report (§9.1): a fixed calendar date that no working day decides (D34), so never provisional, and
    /// counted from the last day of the year reported on.
    /// </summary>
    internal Deadline(string subject, DeadlineRule rule, DateInterval yearReported, LocalDate due, IWorkingDayCalendar calendar)
    {
        this.subject = subject;
        Cadence = Cadence.Yearly;
        Rule = rule;
        EventDate = yearReported.End;
        Trigger = yearReported.End;
        Period = yearReported;
        Due = due;
        this.calendar = calendar;
        dueWording = ("应于{0}前公布", "due {0}");
        Steps = ReadOnly.Wrap<ClockStep>([]);
    }

    /// <summary>A deadline read back from its JSON form: every field as stored, and the days it was counted over.</summary>
    internal Deadline(ScheduleEntry? entry, Cadence cadence, DeadlineRule rule, LocalDate eventDate, LocalDate trigger, DateInterval? period, LocalDate due,
        bool isProvisional, string? subject, string? requestId, RequestRegime? regime, ClockStep[] steps, (string Zh, string En) dueWording, DayInfo[] days)
    {
        Entry = entry;
        Cadence = cadence;
        Rule = rule;
        EventDate = eventDate;
        Trigger = trigger;
        Period = period;
        Due = due;
        IsProvisional = isProvisional;
        this.subject = subject;
        RequestId = requestId;
        Regime = regime;
        Steps = ReadOnly.Wrap(steps);
        this.dueWording = dueWording;
        this.days = ReadOnly.Wrap(days);
    }

    /// <summary>The same deadline due on <paramref name="due"/> by <paramref name="newCalendar"/>: what <see cref="DeadlineChanges"/> gives back.</summary>
    private Deadline(Deadline given, LocalDate due, IWorkingDayCalendar newCalendar)
    {
        (Entry, CatalogName, Row, Cadence, Rule, EventDate, Trigger, Period) =
            (given.Entry, given.CatalogName, given.Row, given.Cadence, given.Rule, given.EventDate, given.Trigger, given.Period);
        (subject, RequestId, Regime, Steps, dueWording) = (given.subject, given.RequestId, given.Regime, given.Steps, given.dueWording);
        Due = due;
        calendar = newCalendar;
        IsProvisional = given.IsProvisionalOn(newCalendar, due);
    }

    /// <summary>Whether this deadline, due on <paramref name="due"/> by <paramref name="newCalendar"/>, would rest on provisional days there.</summary>
    internal bool IsProvisionalOn(IWorkingDayCalendar newCalendar, LocalDate due) =>
        // A request's deadlines rest on the days from its receipt; an annual report's date is fixed (D34), so never provisional.
        Rule.Unit != DeadlineUnit.FixedCalendarMonths && newCalendar.IsProvisional(RequestId is null ? Trigger : EventDate, due);

    /// <summary>This deadline recomputed on <paramref name="newCalendar"/>, with its days described there.</summary>
    internal Deadline On(LocalDate due, IWorkingDayCalendar newCalendar) => new(this, due, newCalendar);

    /// <summary>The subject the deadline names itself — a request's, a redress period's, an annual report's, a catalog row's — or null when its
    /// entry or cadence names it; what its JSON form keeps.</summary>
    internal string? OwnSubject => subject ?? (Row is null ? null : $"{CatalogName} {Row.Number}");

    /// <summary>How the due date is worded, in Chinese and English (a format with the date as {0}).</summary>
    internal (string Zh, string En) DueWording => dueWording;

    /// <summary>The request for disclosure the deadline belongs to (§8): its reply or a redress period; null for a disclosure deadline.</summary>
    public string? RequestId { get; }

    /// <summary>For a request's reply deadline, the Regulations that set its periods, by the day of receipt (§8.12); otherwise null.</summary>
    public RequestRegime? Regime { get; }

    /// <summary>
    /// For a request's reply deadline, what moved its clock, in order (§8, D31–D33): the receipt, a restart after correction, each stopped
    /// stretch, the extension, a deferral. Empty for every other deadline.
    /// </summary>
    public IReadOnlyList<ClockStep> Steps { get; }

    /// <summary>The schedule entry the deadline is for; null for a statutory or decision-stage deadline with no entry.</summary>
    public ScheduleEntry? Entry { get; }

    /// <summary>The county catalog's row the deadline is for (§10, D35); null for a seed entry's, statutory or decision-stage deadline.</summary>
    public CatalogRow? Row { get; }

    /// <summary>The name of the county catalog that holds <see cref="Row"/>; null when there is no row.</summary>
    public string? CatalogName { get; }

    /// <summary>What the deadline is for, as a short code: the entry's code (<c>IM1</c>), the catalog's name and the row's 序号
    /// (<c>某县民政 3</c>), a request's id and, for a redress period, its kind (<c>YSQ-7</c>, <c>YSQ-7 行政复议</c>), or the cadence's code
    /// for a statutory or decision-stage deadline (<c>Statutory</c>).</summary>
    public string Subject => SubjectOr(Cadence.Name);

    /// <summary>The cadence the rule belongs to.</summary>
    public Cadence Cadence { get; }

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

    /// <summary>
    /// The explanation in English, for example
    /// <c>IM1 due 2024-03-13: 20 working days after the event date (D4), counted from 2024-02-08; 20 working days, 14 days skipped
    /// (8 public holiday: Spring Festival; 6 weekend); adjusted working days counted: 2024-02-18.</c>
    /// </summary>
    public string ExplanationEn
    {
        get
        {
            var what = SubjectOr(Cadence.NameEn);
            var period = Period is null ? "" : $" for {Period.Start.ToIso()} to {Period.End.ToIso()}";
            var skipped = Days.Where(day => !day.IsWorkingDay).ToArray();
            var reasons = skipped.GroupBy(day => day.Kind).Select(group => group.Key == DayKind.PublicHoliday
                ? $"{group.Count()} public holiday: {string.Join(", ", group.Select(day => (day.Holiday ?? Holiday.Other).NameEn).Distinct())}"
                : $"{group.Count()} {group.Key.NameEn}");
            var adjusted = Days.Where(day => day.Kind == DayKind.AdjustedWorkingDay).Select(day => day.Date.ToIso()).ToArray();
            var steps = string.Concat(Steps.Select(step => "; " + step.DescriptionEn));
            return $"{what} {string.Format(CultureInfo.InvariantCulture, dueWording.En, Due.ToIso())}{period}: {Rule.DescriptionEn}, counted from {Trigger.ToIso()}{steps}; " +
                   $"{IsoText.Count(Days.Count - skipped.Length - StoppedWorkingDays, "working day")}, {IsoText.Count(skipped.Length, "day")} skipped" +
                   (skipped.Length == 0 ? "" : $" ({string.Join("; ", reasons)})") +
                   (adjusted.Length == 0 ? "" : $"; adjusted working days counted: {string.Join(", ", adjusted)}") +
                   (IsProvisional ? "; provisional: rests on statutory-rule estimates, no notice yet" : "") + ".";
        }
    }

    /// <summary>The explanation in Chinese, for example <c>IM1 应于2024-03-13前公开：事项形成或变更之日后20个工作日内（D4），自2024-02-08起算；计工作日20天，跳过14天（节假日8天：春节；周末6天）；调休上班日：2024-02-18。</c></summary>
    public string ExplanationZh
    {
        get
        {
            var what = SubjectOr(Cadence.NameZh);
            var period = Period is null ? "" : $"（报告期{Period.Start.ToIso()}至{Period.End.ToIso()}）";
            var skipped = Days.Where(day => !day.IsWorkingDay).ToArray();
            var reasons = skipped.GroupBy(day => day.Kind).Select(group => group.Key == DayKind.PublicHoliday
                ? $"节假日{group.Count()}天：{string.Join("、", group.Select(day => day.NoticeName ?? (day.Holiday ?? Holiday.Other).NameZh).Distinct())}"
                : $"{group.Key.NameZh}{group.Count()}天");
            var adjusted = Days.Where(day => day.Kind == DayKind.AdjustedWorkingDay).Select(day => day.Date.ToIso()).ToArray();
            var steps = string.Concat(Steps.Select(step => "；" + step.DescriptionZh));
            return $"{what} {string.Format(CultureInfo.InvariantCulture, dueWording.Zh, Due.ToIso())}{period}：{Rule.DescriptionZh}，自{Trigger.ToIso()}起算{steps}；" +
                   $"计工作日{Days.Count - skipped.Length - StoppedWorkingDays}天，跳过{skipped.Length}天" +
                   (skipped.Length == 0 ? "" : $"（{string.Join("；", reasons)}）") +
                   (adjusted.Length == 0 ? "" : $"；调休上班日：{string.Join("、", adjusted)}") +
                   (IsProvisional ? "；含暂按法定节假日规则推定的日期" : "") + "。";
        }
    }

    /// <summary>The subject, the due date and the rule's source, for example <c>IM1 due 2024-03-13 (D4)</c>; a deadline that rests on
    /// provisional days says so, since its date may move when the year's notice is published.</summary>
    /// <returns>The deadline in one line.</returns>
    public override string ToString() => $"{Subject} due {Due.ToIso()} ({Rule.SourceId}" + (IsProvisional ? ", provisional: no notice yet for a day it counts)" : ")");

    private string SubjectOr(string cadenceName) => subject ?? Entry?.Code ?? (Row is null ? cadenceName : $"{CatalogName} {Row.Number}");

    /// <summary>The working days a request's clock stood still before the due date (§8.5, D32, D33); they are among <see cref="Days"/> but not counted.</summary>
    private int StoppedWorkingDays => Steps.Where(step => step.Kind == ClockStepKind.Stop).Sum(step => step.WorkingDays);
}
