using System.Diagnostics.CodeAnalysis;

namespace GovDisclosure.Policy.Requests;

// The transitions: which event the history accepts at this point, and why not (RefusalReason). The history's projection
// (what the events add up to) is in InformationRequest.cs.
public sealed partial class InformationRequest
{
    /// <summary>Whether <paramref name="e"/> can join the history now, as far as the history alone can tell.</summary>
    /// <param name="e">The event, made by one of <see cref="RequestEvent"/>'s factories.</param>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is null.</exception>
    public bool CanApply(RequestEvent e) => Refuse(Preconditions.CheckNotNull(e)) is null;

    /// <summary>Adds <paramref name="e"/> to the history, or says why it cannot: the way to ask without an exception.</summary>
    /// <param name="e">The event, made by one of <see cref="RequestEvent"/>'s factories.</param>
    /// <param name="next">The request with the event, when it is accepted.</param>
    /// <param name="refusal">Why it is not, when it is refused.</param>
    /// <returns>Whether the event was accepted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is null.</exception>
    public bool TryApply(RequestEvent e, [MaybeNullWhen(false)] out InformationRequest next, [MaybeNullWhen(true)] out RequestRefusal refusal)
    {
        refusal = Refuse(Preconditions.CheckNotNull(e));
        next = refusal is null ? With(e) : null;
        return refusal is null;
    }

    /// <summary>Adds <paramref name="e"/> to the history: how a stored history is read back, one event at a time.</summary>
    /// <param name="e">The event, made by one of <see cref="RequestEvent"/>'s factories.</param>
    /// <exception cref="ArgumentNullException"><paramref name="e"/> is null.</exception>
    /// <exception cref="RequestHistoryException">The history refuses the event; <see cref="RequestHistoryException.Refusals"/> says why.</exception>
    public InformationRequest Apply(RequestEvent e) =>
        TryApply(e, out var next, out var refusal) ? next : throw new RequestHistoryException([refusal]);

    /// <summary>Records the one correction notice (§8.6). A notice later than 7 working days after receipt is a finding of the evaluation, not an error.</summary>
    /// <param name="on">The day of the notice.</param>
    /// <param name="correctBy">The last day to correct; after <paramref name="on"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="correctBy"/> is not after <paramref name="on"/>.</exception>
    /// <exception cref="RequestHistoryException">The history refuses it: not received, replied, a second notice, after an extension or a fee notice, or before the last event.</exception>
    public InformationRequest NoticeCorrection(LocalDate on, LocalDate correctBy) => Apply(RequestEvent.CorrectionNotice(on, correctBy));

    /// <summary>Records the corrected request's receipt: the reply period runs again from this day (§8.6).</summary>
    /// <param name="on">The day the corrected request was received; not after the correction deadline.</param>
    /// <exception cref="RequestHistoryException">No correction notice awaits a correction, <paramref name="on"/> is after the deadline (the request was abandoned), or before the last event.</exception>
    public InformationRequest Corrected(LocalDate on) => Apply(RequestEvent.Correction(on));

    /// <summary>Records a written consultation (§8.5): the clock stops from the next day until the answer, or the 15th working day without one (D33).</summary>
    /// <param name="sentOn">The day it was sent.</param>
    /// <param name="party">Whom the body consulted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="RequestHistoryException">The request is not received, awaits correction, is replied, or <paramref name="sentOn"/> is before the last event.</exception>
    public InformationRequest Consult(LocalDate sentOn, ConsultationParty party) => Apply(RequestEvent.Consultation(sentOn, party));

    /// <summary>Records the answer to the earliest consultation still unanswered (§8.5); an answer after the 15th working day stops the clock no longer (D33).</summary>
    /// <param name="on">The day the answer arrived.</param>
    /// <exception cref="RequestHistoryException">No consultation awaits an answer, or <paramref name="on"/> is before the last event.</exception>
    public InformationRequest ConsultationAnswered(LocalDate on) => Apply(RequestEvent.ConsultationAnswer(on));

    /// <summary>Records the one extension (§8.4): at most 20 working days (15 for a request received before 2019-05-15, §8.12), told before the first period ends.</summary>
    /// <param name="on">The day the applicant was told; on or before the end of the first period, which <c>DisclosurePolicy.ReplyDue</c> checks.</param>
    /// <param name="workingDays">The extension, from 1 to the regime's maximum.</param>
    /// <exception cref="RequestHistoryException">The request is not received, awaits correction, is replied, deferred or already extended, <paramref name="on"/> is
    /// before the last event, or <paramref name="workingDays"/> is outside 1 to the regime's maximum.</exception>
    public InformationRequest Extend(LocalDate on, int workingDays) => Apply(RequestEvent.Extension(on, workingDays));

    /// <summary>Records the fee notice (§8.7, D32): unless the policy's request rules say otherwise, the clock stops from the next day to the day of payment;
    /// unpaid after 20 working days, the request is abandoned.</summary>
    /// <param name="receivedOn">The day the applicant received the notice.</param>
    /// <exception cref="RequestHistoryException">The request is not received, awaits correction, is replied, already had a fee notice, or <paramref name="receivedOn"/> is before the last event.</exception>
    public InformationRequest NoticeFee(LocalDate receivedOn) => Apply(RequestEvent.FeeNotice(receivedOn));

    /// <summary>Records the payment of the fee (D32); a payment after the 20 working days is refused when the clock is worked out.</summary>
    /// <param name="on">The day of payment.</param>
    /// <exception cref="RequestHistoryException">No fee notice awaits payment, or <paramref name="on"/> is before the last event.</exception>
    public InformationRequest FeePaid(LocalDate on) => Apply(RequestEvent.FeePayment(on));

    /// <summary>Records the body's later date for an excessive request (§8.8, Art. 35): that date becomes the due date (moved forward to a working day).
    /// It must be told within the period and be later than the due date it replaces, which <c>DisclosurePolicy.ReplyDue</c> checks.</summary>
    /// <param name="on">The day the applicant was told.</param>
    /// <param name="until">The body's date; after <paramref name="on"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="until"/> is not after <paramref name="on"/>.</exception>
    /// <exception cref="RequestHistoryException">The request is not received, awaits correction, is replied, already deferred, or <paramref name="on"/> is before the last event.</exception>
    public InformationRequest Defer(LocalDate on, LocalDate until) => Apply(RequestEvent.Deferral(on, until));

    /// <summary>Records the reply (§8.9). While a correction or a payment is awaited, the only reply is the matching abandonment
    /// (<see cref="RequestOutcome.AbandonedUncorrected"/> after the correction deadline, <see cref="RequestOutcome.AbandonedUnpaid"/>), and those need that wait.</summary>
    /// <param name="on">The day of the reply.</param>
    /// <param name="outcome">Its result.</param>
    /// <param name="toldOfRedress">Whether the reply told the applicant of reconsideration and litigation; if not, the reconsideration window is a year (§8.11).</param>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    /// <exception cref="RequestHistoryException">The request is not received or already replied, the outcome does not fit what it awaits, or <paramref name="on"/> is before the last event.</exception>
    public InformationRequest Reply(LocalDate on, RequestOutcome outcome, bool toldOfRedress = true) => Apply(RequestEvent.Reply(on, outcome, toldOfRedress));

    /// <summary>Records the delivery of the reply (§8.10): in person the day the applicant signs, by post the day it is posted.</summary>
    /// <param name="on">The day of delivery; not before the reply.</param>
    /// <param name="method">How it was delivered.</param>
    /// <param name="receivedOn">For a posted reply, the day the applicant received it, where the body recorded it (D39); null otherwise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="receivedOn"/> is given for a reply not posted, or is before <paramref name="on"/>.</exception>
    /// <exception cref="RequestHistoryException">There is no reply yet, it was already delivered, or <paramref name="on"/> is before the reply.</exception>
    public InformationRequest Deliver(LocalDate on, DeliveryMethod method, LocalDate? receivedOn = null) => Apply(RequestEvent.Delivery(on, method, receivedOn));

    /// <summary>Why the history refuses <paramref name="e"/>, or null when it accepts it. The checks run in the order a clerk would meet them:
    /// whether anything can happen now, whether this event can, then its date.</summary>
    internal RequestRefusal? Refuse(RequestEvent e)
    {
        var kind = e.Kind;
        if (kind == RequestEventKind.Corrected)
        {
            return (IsAwaitingCorrection ? null : Refusal(CorrectedOn is null ? RefusalReason.NoCorrectionAwaited : RefusalReason.AlreadyCorrected, e, CorrectedOn))
                ?? BackInTime(e)
                ?? (e.On > CorrectionNotice!.Value.CorrectBy ? Refusal(RefusalReason.CorrectedAfterDeadline, e, limit: CorrectionNotice.Value.CorrectBy) : null);
        }

        if (kind == RequestEventKind.ConsultationAnswered || kind == RequestEventKind.FeePaid || kind == RequestEventKind.Delivered)
        {
            return Unanswered(e) ?? BackInTime(e);
        }

        var closed = ReceivedOn is null ? Refusal(RefusalReason.AwaitingConfirmation, e, ArrivedOn)
            : ReplyEvent is { } reply ? Refusal(RefusalReason.AlreadyReplied, e, reply.On, outcome: reply.Outcome)
            : null;
        if (closed is not null || kind == RequestEventKind.Replied)
        {
            return closed ?? BackInTime(e) ?? ReplyMisfit(e);
        }

        return (kind == RequestEventKind.CorrectionNoticed ? SecondNotice(e)
                : IsAwaitingCorrection ? Refusal(RefusalReason.AwaitingCorrection, e, CorrectionNotice!.Value.On)
                : Repeated(e))
            ?? BackInTime(e)
            ?? (e.WorkingDays is { } days && (days < 1 || days > Regime!.MaxExtensionWorkingDays)
                ? Refusal(RefusalReason.ExtensionTooLong, e, workingDays: Regime!.MaxExtensionWorkingDays)
                : null);
    }

    /// <summary>An event dated before the last one: a history cannot go back in time.</summary>
    private RequestRefusal? BackInTime(RequestEvent e) => e.On < LastAction ? Refusal(RefusalReason.BeforeLastEvent, e, LastAction) : null;

    /// <summary>An answer, a payment or a delivery with nothing awaiting it.</summary>
    private RequestRefusal? Unanswered(RequestEvent e) =>
        e.Kind == RequestEventKind.ConsultationAnswered ? (OpenConsultations == 0 ? Refusal(RefusalReason.NoConsultationOpen, e) : null)
        : e.Kind == RequestEventKind.FeePaid ? (IsAwaitingPayment ? null : Refusal(FeePaidOn is null ? RefusalReason.NoFeeAwaited : RefusalReason.AlreadyPaid, e, FeePaidOn))
        : ReplyEvent is null ? Refusal(RefusalReason.NoReplyToDeliver, e)
        : DeliveryEvent is { } delivered ? Refusal(RefusalReason.AlreadyDelivered, e, delivered.On)
        : null;

    /// <summary>A correction notice after the first, after an extension, or while a fee awaits payment.</summary>
    private RequestRefusal? SecondNotice(RequestEvent e) =>
        CorrectionNotice is { } notice ? Refusal(RefusalReason.SecondCorrectionNotice, e, notice.On)
        : Extension is { } extension ? Refusal(RefusalReason.CorrectionAfterExtension, e, extension.On)
        : IsAwaitingPayment ? Refusal(RefusalReason.CorrectionAfterFeeNotice, e, FeeNoticeOn)
        : null;

    /// <summary>A second extension, fee notice or deferral, or an extension after a deferral.</summary>
    private RequestRefusal? Repeated(RequestEvent e) =>
        e.Kind == RequestEventKind.Extended
            ? Extension is { } extension ? Refusal(RefusalReason.SecondExtension, e, extension.On)
            : Deferral is { } deferred ? Refusal(RefusalReason.ExtensionAfterDeferral, e, deferred.On, deferred.Until)
            : null
        : e.Kind == RequestEventKind.FeeNoticed ? (FeeNoticeOn is { } noticed ? Refusal(RefusalReason.SecondFeeNotice, e, noticed) : null)
        : e.Kind == RequestEventKind.Deferred ? (Deferral is { } deferral ? Refusal(RefusalReason.SecondDeferral, e, deferral.On, deferral.Until) : null)
        : null;   // a consultation

    /// <summary>A reply that does not fit what the request awaits (§8.6, D32).</summary>
    private RequestRefusal? ReplyMisfit(RequestEvent e)
    {
        var outcome = e.Outcome!;
        if (IsAwaitingCorrection != (outcome == RequestOutcome.AbandonedUncorrected) || IsAwaitingPayment != (outcome == RequestOutcome.AbandonedUnpaid))
        {
            return IsAwaitingCorrection ? Refusal(RefusalReason.OnlyAbandonedUncorrected, e, limit: CorrectionNotice!.Value.CorrectBy)
                : IsAwaitingPayment ? Refusal(RefusalReason.OnlyAbandonedUnpaid, e, FeeNoticeOn)
                : Refusal(RefusalReason.AbandonmentWithoutNotice, e, outcome: outcome);
        }

        return outcome == RequestOutcome.AbandonedUncorrected && e.On <= CorrectionNotice!.Value.CorrectBy
            ? Refusal(RefusalReason.ClosedBeforeCorrectionDeadline, e, limit: CorrectionNotice.Value.CorrectBy)
            : null;
    }

    private RequestRefusal Refusal(RefusalReason reason, RequestEvent e, LocalDate? related = null, LocalDate? limit = null, int? workingDays = null, RequestOutcome? outcome = null) =>
        new(Id, reason, e.Kind, e.On, related, limit, workingDays, outcome);

    private RequestRefusal ConfirmationRefusal(RefusalReason reason, LocalDate on, LocalDate related) => new(Id, reason, null, on, related);
}
