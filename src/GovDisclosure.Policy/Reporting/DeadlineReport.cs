using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// A deadline as plain data, for storage and for calendars: every field a <see cref="Deadline"/> has, its explanation as worded, and the
/// days it counted over that are not ordinary. <see cref="Of"/> makes one; <see cref="ToDeadline"/> gives the deadline back.
/// </summary>
/// <param name="Cadence">The cadence.</param>
/// <param name="EventDate">The date the caller gave.</param>
/// <param name="Trigger">The day counted from.</param>
/// <param name="PeriodStart">The first day of the reporting period, or null.</param>
/// <param name="PeriodEnd">The last day of the reporting period, or null.</param>
/// <param name="Due">The due date.</param>
/// <param name="IsProvisional">Whether it rests on provisional calendar days.</param>
/// <param name="RuleTrigger">The rule's trigger.</param>
/// <param name="RuleOffset">The rule's offset.</param>
/// <param name="RuleUnit">The rule's unit.</param>
/// <param name="RuleSource">The rule's source id.</param>
/// <param name="ExplanationZh">The explanation in Chinese.</param>
/// <param name="ExplanationEn">The explanation in English.</param>
/// <param name="Obligation">The obligation of an obligation's deadline (an entry, an item no entry covers, a county row); otherwise null.</param>
/// <exception cref="ArgumentNullException">A non-nullable argument is null, when created or through <c>with</c>.</exception>
public sealed partial record DeadlineReport(Cadence Cadence, LocalDate EventDate, LocalDate Trigger, LocalDate? PeriodStart,
    LocalDate? PeriodEnd, LocalDate Due, bool IsProvisional, DeadlineTrigger RuleTrigger, int RuleOffset, DeadlineUnit RuleUnit, string RuleSource,
    string ExplanationZh, string ExplanationEn, ObligationKey? Obligation)
{
    /// <summary>The obligation of an obligation's deadline — <c>{"row": "IM1"}</c>, <c>{"catalog": "某县民政", "row": "3"}</c> in JSON — or null
    /// for a request's, the annual report's or a statutory period's. (Reports written by 0.4 name an entry's deadline by <c>"entry"</c>,
    /// which the JSON package reads into this.)</summary>
    public ObligationKey? Obligation { get; init; } = Obligation;

    /// <summary>The cadence.</summary>
    public Cadence Cadence { get; init => field = Preconditions.CheckNotNull(value, nameof(Cadence)); } = Preconditions.CheckNotNull(Cadence);

    /// <summary>The date the caller gave.</summary>
    public LocalDate EventDate { get; init; } = EventDate;

    /// <summary>The day counted from.</summary>
    public LocalDate Trigger { get; init; } = Trigger;

    /// <summary>The first day of the reporting period, or null.</summary>
    public LocalDate? PeriodStart { get; init; } = PeriodStart;

    /// <summary>The last day of the reporting period, or null.</summary>
    public LocalDate? PeriodEnd { get; init; } = PeriodEnd;

    /// <summary>The due date.</summary>
    public LocalDate Due { get; init; } = Due;

    /// <summary>Whether it rests on provisional calendar days.</summary>
    public bool IsProvisional { get; init; } = IsProvisional;

    /// <summary>The rule's trigger.</summary>
    public DeadlineTrigger RuleTrigger { get; init => field = Preconditions.CheckNotNull(value, nameof(RuleTrigger)); } = Preconditions.CheckNotNull(RuleTrigger);

    /// <summary>The rule's offset.</summary>
    public int RuleOffset { get; init; } = RuleOffset;

    /// <summary>The rule's unit.</summary>
    public DeadlineUnit RuleUnit { get; init => field = Preconditions.CheckNotNull(value, nameof(RuleUnit)); } = Preconditions.CheckNotNull(RuleUnit);

    /// <summary>The rule's source id.</summary>
    public string RuleSource { get; init => field = Preconditions.CheckNotNull(value, nameof(RuleSource)); } = Preconditions.CheckNotNull(RuleSource);

    /// <summary>The explanation in Chinese.</summary>
    public string ExplanationZh { get; init => field = Preconditions.CheckNotNull(value, nameof(ExplanationZh)); } = Preconditions.CheckNotNull(ExplanationZh);

    /// <summary>The explanation in English.</summary>
    public string ExplanationEn { get; init => field = Preconditions.CheckNotNull(value, nameof(ExplanationEn)); } = Preconditions.CheckNotNull(ExplanationEn);

    /// <summary>The subject the deadline names itself — a request's (<c>YSQ-7</c>), a redress period's, an annual report's, a catalog row's
    /// (<c>某县民政 3</c>) — or null when its entry or cadence names it (<see cref="Deadline.Subject"/>).</summary>
    public string? Subject { get; init; }

    /// <summary>The request the deadline belongs to, or null.</summary>
    public string? RequestId { get; init; }

    /// <summary>The Regulations that set a reply deadline's periods, or null.</summary>
    public RequestRegime? Regime { get; init; }

    /// <summary>How the due date is worded in Chinese, with the date as <c>{0}</c> (<c>应于{0}前答复</c>); null in reports written before 0.4.</summary>
    public string? DueWordingZh { get; init; }

    /// <summary>How the due date is worded in English, with the date as <c>{0}</c> (<c>reply due {0}</c>); null in reports written before 0.4.</summary>
    public string? DueWordingEn { get; init; }

    /// <summary>A reply deadline's clock steps (§8, D31–D33); empty for other deadlines.</summary>
    public IReadOnlyList<ClockStepReport> Steps { get; init => field = ReadOnly.CopyWithoutNulls(Preconditions.CheckNotNull(value, nameof(Steps)), nameof(Steps)); } = [];

    /// <summary>The days counted over that are not ordinary weekdays and weekends: holidays, adjusted working days, days a notice lists,
    /// provisional or regional days. The others follow Monday–Friday work, so the deadline's <see cref="Deadline.Days"/> can be rebuilt.</summary>
    public IReadOnlyList<DayReport> Days { get; init => field = ReadOnly.CopyWithoutNulls(Preconditions.CheckNotNull(value, nameof(Days)), nameof(Days)); } = [];

    /// <summary>The report of <paramref name="deadline"/>, explanation included; <see cref="ToDeadline"/> gives it back.</summary>
    /// <param name="deadline">The deadline.</param>
    /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
    public static DeadlineReport Of(Deadline deadline)
    {
        Preconditions.CheckNotNull(deadline);
        var basis = deadline.Basis;
        var obligation = (basis as ObligationBasis)?.Obligation;
        var cadence = basis switch
        {
            ObligationBasis of => of.Cadence,
            AnnualReportBasis => Cadence.Yearly,
            _ => Cadence.Statutory,
        };
        return new DeadlineReport(cadence, deadline.EventDate, deadline.Trigger, deadline.Period?.Start, deadline.Period?.End,
            deadline.Due, deadline.IsProvisional, deadline.Rule.Trigger, deadline.Rule.Offset, deadline.Rule.Unit, deadline.Rule.SourceId,
            deadline.ExplanationZh, deadline.ExplanationEn, obligation)
        {
            // 0.4's subject: what neither the obligation's code nor the cadence names.
            Subject = basis is StatutoryBasis || obligation is { IsBuiltIn: true } ? null : basis.Subject,
            RequestId = basis switch { ReplyBasis reply => reply.RequestId, RedressBasis redress => redress.RequestId, _ => null },
            Regime = (basis as ReplyBasis)?.Regime,
            DueWordingZh = basis.DueWording.Zh,
            DueWordingEn = basis.DueWording.En,
            Steps = [.. (basis is ReplyBasis withSteps ? withSteps.Steps : []).Select(step => new ClockStepReport(step.Kind, step.From, step.To, step.WorkingDays, step.SourceId, step.DescriptionZh, step.DescriptionEn))],
            Days = [.. deadline.Days.Where(day => !IsOrdinary(day)).Select(day =>
                new DayReport(day.Date, day.Kind, day.Holiday, day.NoticeName, day.NoticeYear, day.IsProvisional, day.Region?.ToString(), day.RegionName))],
        };
    }

    /// <summary>Whether a day is an ordinary weekday or weekend that no notice lists, so a report need not store it.</summary>
    private static bool IsOrdinary(DayInfo day) =>
        (day.Kind == DayKind.Weekday || day.Kind == DayKind.Weekend) && day.NoticeName is null && !day.IsProvisional && day.Region is null;

    /// <summary>Whether <paramref name="other"/> reports the same deadline, lists compared one by one.</summary>
    /// <param name="other">Another report.</param>
    public bool Equals(DeadlineReport? other) =>
        other is not null && Obligation == other.Obligation && Cadence == other.Cadence && EventDate == other.EventDate && Trigger == other.Trigger &&
        PeriodStart == other.PeriodStart && PeriodEnd == other.PeriodEnd && Due == other.Due && IsProvisional == other.IsProvisional &&
        RuleTrigger == other.RuleTrigger && RuleOffset == other.RuleOffset && RuleUnit == other.RuleUnit && RuleSource == other.RuleSource &&
        ExplanationZh == other.ExplanationZh && ExplanationEn == other.ExplanationEn && Subject == other.Subject && RequestId == other.RequestId &&
        Regime == other.Regime && DueWordingZh == other.DueWordingZh && DueWordingEn == other.DueWordingEn &&
        Steps.SequenceEqual(other.Steps) && Days.SequenceEqual(other.Days);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Obligation, Cadence, Trigger, Due, RuleSource, Subject, ReadOnly.SequenceHash(Steps), ReadOnly.SequenceHash(Days));
}

/// <summary>One step of a reply deadline's clock, as plain data (<see cref="ClockStep"/>).</summary>
/// <param name="Kind">What the step is.</param>
/// <param name="From">Its first day.</param>
/// <param name="To">Its last day.</param>
/// <param name="WorkingDays">The working days it concerns.</param>
/// <param name="SourceId">The clauses it rests on.</param>
/// <param name="DescriptionZh">The step in Chinese.</param>
/// <param name="DescriptionEn">The step in English.</param>
/// <exception cref="ArgumentNullException">A non-nullable argument is null, when created or through <c>with</c>.</exception>
public sealed record ClockStepReport(ClockStepKind Kind, LocalDate From, LocalDate To, int WorkingDays, string SourceId, string DescriptionZh, string DescriptionEn)
{
    /// <summary>What the step is.</summary>
    public ClockStepKind Kind { get; init => field = Preconditions.CheckNotNull(value, nameof(Kind)); } = Preconditions.CheckNotNull(Kind);

    /// <summary>The clauses it rests on.</summary>
    public string SourceId { get; init => field = Preconditions.CheckNotNull(value, nameof(SourceId)); } = Preconditions.CheckNotNull(SourceId);

    /// <summary>The step in Chinese.</summary>
    public string DescriptionZh { get; init => field = Preconditions.CheckNotNull(value, nameof(DescriptionZh)); } = Preconditions.CheckNotNull(DescriptionZh);

    /// <summary>The step in English.</summary>
    public string DescriptionEn { get; init => field = Preconditions.CheckNotNull(value, nameof(DescriptionEn)); } = Preconditions.CheckNotNull(DescriptionEn);
}

/// <summary>A day a deadline counted over, as plain data (<see cref="DayInfo"/>).</summary>
/// <param name="Date">The day.</param>
/// <param name="Kind">Weekday, weekend, statutory holiday, holiday rest day or adjusted working day (D47).</param>
/// <param name="Holiday">The holiday it belongs to or makes up for, or null.</param>
/// <param name="NoticeName">The holiday's name as the notice spells it, or null.</param>
/// <param name="NoticeYear">The year of the notice that lists it, or null.</param>
/// <param name="IsProvisional">Whether its status is estimated.</param>
/// <param name="Region">The code of the region whose notice or estimate set it (<c>450000</c>), or null.</param>
/// <param name="RegionName">That region's name, or null.</param>
/// <exception cref="ArgumentNullException"><paramref name="Kind"/> is null, when created or through <c>with</c>.</exception>
public sealed record DayReport(LocalDate Date, DayKind Kind, Holiday? Holiday, string? NoticeName, int? NoticeYear, bool IsProvisional, string? Region, string? RegionName)
{
    /// <summary>Weekday, weekend, statutory holiday, holiday rest day or adjusted working day (D47).</summary>
    public DayKind Kind { get; init => field = Preconditions.CheckNotNull(value, nameof(Kind)); } = Preconditions.CheckNotNull(Kind);
}

