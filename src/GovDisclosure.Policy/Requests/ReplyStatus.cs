using System.Diagnostics.CodeAnalysis;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Requests;

/// <summary>
/// Where a request stood at the end of a day (§8, §8.13): its state, its reply deadline when a clock runs, and whether it is overdue
/// (open past its due date) or was delivered late — each by working days as D17 counts them.
/// </summary>
/// <remarks>Immutable. <see cref="Deadline"/> is explained on first use.</remarks>
public sealed class ReplyStatus
{
    private readonly IWorkingDayCalendar calendar;
    private readonly RequestRules rules;
    private Deadline? deadline;

    private ReplyStatus(InformationRequest request, LocalDate asOf, RequestState state, LocalDate? due, LocalDate? abandonedOn, int workingDaysLate,
        IWorkingDayCalendar calendar, RequestRules rules)
    {
        (Request, AsOf, State, Due, AbandonedOn, WorkingDaysLate) = (request, asOf, state, due, abandonedOn, workingDaysLate);
        (this.calendar, this.rules) = (calendar, rules);
    }

    /// <summary>The request as it stood on <see cref="AsOf"/>: events after that day are left out.</summary>
    public InformationRequest Request { get; }

    /// <summary>The day of the status.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The request's state.</summary>
    public RequestState State { get; }

    /// <summary>The last day to deliver the reply, or null when no clock runs (awaiting confirmation, correction or payment; abandoned).</summary>
    public LocalDate? Due { get; }

    /// <summary>The reply deadline with its explanation, or null when no clock runs.</summary>
    public Deadline? Deadline => Due is null ? null : deadline ??= ReplyClock.Explain(Request, calendar, rules);

    /// <summary>The day the request counts as abandoned (§8.6, D32, D38): the day after the correction or payment deadline passed; else null.</summary>
    public LocalDate? AbandonedOn { get; }

    /// <summary>Whether it is open or replied but undelivered, and <see cref="AsOf"/> is after its due date (§8.13).</summary>
    public bool IsOverdue => WorkingDaysLate > 0 && State != RequestState.Delivered;

    /// <summary>Whether the reply was delivered after its due date (§8.10, D17).</summary>
    public bool IsLate => WorkingDaysLate > 0 && State == RequestState.Delivered;

    /// <summary>
    /// How late, in working days (D17): for a late delivery, the working days after the due date up to the delivery day (or the next
    /// working day); for an overdue request, up to <see cref="AsOf"/> (or the next working day). 0 when neither.
    /// </summary>
    public int WorkingDaysLate { get; }

    /// <summary>Whether it counts in the unit's on-time rate (D36): replied with a judged outcome, or still owed a reply — not abandoned, not processed, not waiting on the applicant.</summary>
    public bool IsJudged => State == RequestState.Open || ((State == RequestState.Replied || State == RequestState.Delivered) && !Request.Outcome!.IsClosedUnjudged);

    /// <inheritdoc />
    public override string ToString() =>
        $"Request {Request.Id} on {AsOf.ToIso()}: {State.Label.En}" + (Due is { } due ? $", due {due.ToIso()}" : "") +
        (IsOverdue ? $", overdue by {IsoText.Count(WorkingDaysLate, "working day")}" : IsLate ? $", delivered {IsoText.Count(WorkingDaysLate, "working day")} late" : "");

    /// <summary>The status of <paramref name="request"/> at the end of <paramref name="asOf"/>.</summary>
    /// <exception cref="RequestHistoryException">The calendar shows the history up to <paramref name="asOf"/> impossible.</exception>
    internal static ReplyStatus Of(InformationRequest request, LocalDate asOf, IWorkingDayCalendar calendar, RequestRules rules) =>
        TryOf(request, asOf, calendar, rules, out var status, out var refusal) ? status : throw new RequestHistoryException([refusal]);

    /// <summary>The status as <see cref="Of"/> gives it, or the refusal of a history the calendar shows impossible, as a value.</summary>
    internal static bool TryOf(InformationRequest request, LocalDate asOf, IWorkingDayCalendar calendar, RequestRules rules,
        [MaybeNullWhen(false)] out ReplyStatus status, [MaybeNullWhen(true)] out RequestRefusal refusal)
    {
        var (held, state, abandoned) = StateOn(request, asOf, calendar, rules);
        if (!ReplyClock.TryDue(held, calendar, rules, out var due, out refusal))
        {
            status = null;
            return false;
        }

        var judgedOn = state == RequestState.Delivered ? held.DeliveredOn : state == RequestState.Open || state == RequestState.Replied ? asOf : null;
        var late = due is { } d && judgedOn is { } on && on > d ? calendar.WorkingDaysBetween(d, calendar.AddWorkingDays(on, 0)) : 0;
        status = new ReplyStatus(held, asOf, state, state == RequestState.Abandoned ? null : due, abandoned, late, calendar, rules);
        return true;
    }

    /// <summary>
    /// The request as it stood on <paramref name="asOf"/> (its later events left out), its state, and the day it was abandoned: what the
    /// status and the annual report's years (D38) both start from. The due date is not worked out.
    /// </summary>
    /// <exception cref="ArgumentException">The request arrived after <paramref name="asOf"/>.</exception>
    internal static (InformationRequest Held, RequestState State, LocalDate? AbandonedOn) StateOn(InformationRequest request, LocalDate asOf,
        IWorkingDayCalendar calendar, RequestRules rules)
    {
        var held = request.AsOf(asOf) ?? throw new PolicyArgumentException(
            $"Request {request.Id} arrived on {request.ArrivedOn.ToIso()}, after {asOf.ToIso()}; it has no status before it arrived.", nameof(asOf));
        if (held.ReceivedOn is null)
        {
            return (held, RequestState.AwaitingConfirmation, null);
        }

        if (held.ReplyEvent is not null)
        {
            return (held, held.DeliveryEvent is null ? RequestState.Replied : RequestState.Delivered, null);
        }

        if (AbandonedBy(held, asOf, calendar) is { } abandoned)
        {
            return (held, RequestState.Abandoned, abandoned);
        }

        return held.IsAwaitingCorrection ? (held, RequestState.AwaitingCorrection, null)
            : held.IsAwaitingPayment && rules.FeeNoticeStopsClock ? (held, RequestState.AwaitingPayment, null)
            : (held, RequestState.Open, null);
    }

    /// <summary>
    /// The day <paramref name="held"/> was abandoned, if it was by <paramref name="asOf"/>: the day after its correction or payment deadline
    /// passed unanswered (§8.6, D32), whether it still awaits the correction or payment or was since closed by a notice of abandonment
    /// (what the annual report's years rest on, D38); null for any other request.
    /// </summary>
    internal static LocalDate? AbandonedBy(InformationRequest held, LocalDate asOf, IWorkingDayCalendar calendar)
    {
        var deadline = held.IsAwaitingCorrection || held.Outcome == RequestOutcome.AbandonedUncorrected ? held.CorrectionNotice!.Value.CorrectBy
            : held.IsAwaitingPayment || held.Outcome == RequestOutcome.AbandonedUnpaid ? PaymentDeadlineOrBeyond(held, asOf, calendar)
            : null;
        return deadline is { } last && asOf > last ? last.PlusDays(1) : null;
    }

    /// <summary>The last day to pay, or null when it lies past the calendar's end while <paramref name="asOf"/> lies inside: then it is after
    /// <paramref name="asOf"/>, and nothing is guessed (D41).</summary>
    private static LocalDate? PaymentDeadlineOrBeyond(InformationRequest held, LocalDate asOf, IWorkingDayCalendar calendar)
    {
        var noticed = held.FeeNoticeOn!.Value;
        if (calendar.TryAddWorkingDays((calendar as IRankedWorkingDayCalendar)?.Ranks, noticed, ReplyClock.PaymentWorkingDays, out var deadline))
        {
            return deadline;
        }

        // Beyond the calendar's end while the fee notice and the day asked about lie inside it: after that day (D41). Anything else is an error.
        return deadline > calendar.Coverage.End && calendar.Coverage.Contains(noticed) && calendar.Coverage.Contains(asOf) ? null
            : ReplyClock.PaymentDeadline(held, calendar);
    }
}
