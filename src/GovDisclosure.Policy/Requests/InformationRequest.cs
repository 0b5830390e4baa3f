using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Requests;

/// <summary>
/// A request for disclosure (依申请公开, §8) as its history: the receipt, then events in date order — correction, consultation,
/// extension, fee, deferral, reply, delivery. Immutable: each event returns a new request. An event that cannot happen at that point
/// is refused with a <see cref="RequestRefusal"/> (an answer with no consultation, two extensions, a date before the last event):
/// <see cref="CanApply"/> and <see cref="TryApply"/> return it, the recording methods throw it inside a
/// <see cref="RequestHistoryException"/>. What only the calendar can tell — an extension or deferral after the period ended, a
/// payment after the request was abandoned — is refused the same way when the reply clock is worked out (<c>DisclosurePolicy.ReplyDue</c>).
/// </summary>
public sealed partial class InformationRequest : IEquatable<InformationRequest>
{
    private readonly RequestEvent[] events;

    private InformationRequest(string id, string bodyId, RequestChannel channel, LocalDate arrivedOn, LocalDate? receivedOn, ApplicantKind applicant,
        RequestEvent[] events)
    {
        (Id, BodyId, Channel, ArrivedOn, ReceivedOn, Applicant) = (id, bodyId, channel, arrivedOn, receivedOn, applicant);
        this.events = events;
        Events = ReadOnly.Wrap(events);
        LastAction = receivedOn ?? arrivedOn;
        var stops = 0;
        foreach (var e in events)
        {
            LastAction = e.On;
            var kind = e.Kind;
            if (kind == RequestEventKind.CorrectionNoticed)
            {
                CorrectionNotice = (e.On, e.Until!.Value);
            }
            else if (kind == RequestEventKind.Corrected)
            {
                CorrectedOn = e.On;
            }
            else if (kind == RequestEventKind.ConsultationSent)
            {
                (stops, OpenConsultations) = (stops + 1, OpenConsultations + 1);
            }
            else if (kind == RequestEventKind.ConsultationAnswered)
            {
                OpenConsultations--;
            }
            else if (kind == RequestEventKind.Extended)
            {
                Extension = (e.On, e.WorkingDays!.Value);
            }
            else if (kind == RequestEventKind.FeeNoticed)
            {
                (stops, FeeNoticeOn) = (stops + 1, e.On);
            }
            else if (kind == RequestEventKind.FeePaid)
            {
                FeePaidOn = e.On;
            }
            else if (kind == RequestEventKind.Deferred)
            {
                Deferral = (e.On, e.Until!.Value);
            }
            else if (kind == RequestEventKind.Replied)
            {
                ReplyEvent = e;
            }
            else
            {
                DeliveryEvent = e;
            }
        }

        StopArray = Stops(events, stops);
    }

    /// <summary>The request's id.</summary>
    public string Id { get; }

    /// <summary>The body the request was made to (§8.1); each body reports its own requests (D38).</summary>
    public string BodyId { get; }

    /// <summary>How the request came in.</summary>
    public RequestChannel Channel { get; }

    /// <summary>The day it arrived: handed in, or signed for by post; for other channels the day it came in before confirmation.</summary>
    public LocalDate ArrivedOn { get; }

    /// <summary>The day of receipt (§8.3): the day it arrived, or for an ordinary letter, online or fax the day of confirmation; null until confirmed.</summary>
    public LocalDate? ReceivedOn { get; }

    /// <summary>Who asked: the annual report's applicant column (§9.4).</summary>
    public ApplicantKind Applicant { get; }

    /// <summary>Whether the receipt still awaits confirmation with the applicant, so no clock runs yet (§8.3).</summary>
    public bool IsAwaitingConfirmation => ReceivedOn is null;

    /// <summary>The Regulations that set its periods, by the day of receipt (§8.12); null until it is received.</summary>
    public RequestRegime? Regime => ReceivedOn is { } received ? RequestRegime.For(received) : null;

    /// <summary>The events after receipt, in the order they happened.</summary>
    public IReadOnlyList<RequestEvent> Events { get; }

    /// <summary>The day of the last event, or of receipt (of arrival while unconfirmed); a new event cannot be earlier.</summary>
    public LocalDate LastAction { get; }

    /// <summary>The day the reply period runs from (D31): the day of receipt, or the corrected request's receipt (§8.6); null while no clock runs.</summary>
    public LocalDate? ClockStartsOn => ReceivedOn is null || IsAwaitingCorrection ? null : CorrectedOn ?? ReceivedOn;

    /// <summary>Whether a correction notice awaits the corrected request (§8.6): the clock waits for it.</summary>
    public bool IsAwaitingCorrection => CorrectionNotice is not null && CorrectedOn is null && ReplyEvent is null;

    /// <summary>Whether a fee notice awaits payment (D32).</summary>
    public bool IsAwaitingPayment => FeeNoticeOn is not null && FeePaidOn is null && ReplyEvent is null;

    /// <summary>The reply's result, or null before the reply.</summary>
    public RequestOutcome? Outcome => ReplyEvent?.Outcome;

    /// <summary>The day of the reply, or null.</summary>
    public LocalDate? RepliedOn => ReplyEvent?.On;

    /// <summary>The day the reply was delivered (§8.10), or null.</summary>
    public LocalDate? DeliveredOn => DeliveryEvent?.On;

    /// <summary>
    /// The day the applicant knew the reply (D39): the day of delivery, or for a posted reply the day the applicant received it where the
    /// body recorded it; null before delivery.
    /// </summary>
    public LocalDate? KnewReplyOn => DeliveryEvent is null ? null : DeliveryEvent.Until ?? DeliveryEvent.On;

    internal (LocalDate On, LocalDate CorrectBy)? CorrectionNotice { get; }

    internal LocalDate? CorrectedOn { get; }

    internal int OpenConsultations { get; }

    internal (LocalDate On, int WorkingDays)? Extension { get; }

    internal LocalDate? FeeNoticeOn { get; }

    internal LocalDate? FeePaidOn { get; }

    internal (LocalDate On, LocalDate Until)? Deferral { get; }

    internal RequestEvent? ReplyEvent { get; }

    internal RequestEvent? DeliveryEvent { get; }

    /// <summary>The consultations and the fee notice in the order they began: what may stop the clock (D32, D33).</summary>
    internal ClockStop[] StopArray { get; }

    /// <summary>Receives a request (§8.3). Its day of receipt follows from the channel: in person or by post signed for, the day it arrived;
    /// by ordinary letter, online or by fax, the day of confirmation with the applicant — and until then no clock runs.</summary>
    /// <param name="id">The request's id.</param>
    /// <param name="bodyId">The body it was made to.</param>
    /// <param name="channel">How it came in.</param>
    /// <param name="arrivedOn">The day it was handed in or signed for, or came in.</param>
    /// <param name="confirmedOn">For a channel that needs confirmation, the day of confirmation, or null while it awaits it; null for the others.</param>
    /// <param name="applicant">Who asked.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is blank; <paramref name="confirmedOn"/> is given for a channel that needs none, or is before <paramref name="arrivedOn"/>.</exception>
    public static InformationRequest Receive(string id, string bodyId, RequestChannel channel, LocalDate arrivedOn, LocalDate? confirmedOn, ApplicantKind applicant)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(Preconditions.CheckNotNull(id)), nameof(id), "A request's id cannot be blank.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(Preconditions.CheckNotNull(bodyId)), nameof(bodyId), "Request {0}: the body's id cannot be blank.", id);
        Preconditions.CheckNotNull(channel);
        Preconditions.CheckNotNull(applicant);
        if (confirmedOn is { } confirmed)
        {
            Preconditions.CheckArgument(channel.NeedsConfirmation, nameof(confirmedOn),
                "Request {0} came {1} (§8.3), so it has no day of confirmation.", id, channel.ReceiptRuleEn);
            Preconditions.CheckArgument(confirmed >= arrivedOn, nameof(confirmedOn),
                "Request {0} was confirmed on {1}, before it arrived; confirmation follows arrival (§8.3).", id, $"{confirmed.ToIso()} (arrived {arrivedOn.ToIso()})");
        }

        return new(id, bodyId, channel, arrivedOn, channel.NeedsConfirmation ? confirmedOn : arrivedOn, applicant, []);
    }

    /// <summary>Confirms the receipt of a request that needed confirmation (§8.3); its clock starts from this day.</summary>
    /// <param name="on">The day of confirmation; not before arrival.</param>
    /// <exception cref="RequestHistoryException">The request is already received (<see cref="RefusalReason.AlreadyReceived"/>), or <paramref name="on"/> is
    /// before arrival (<see cref="RefusalReason.BeforeLastEvent"/>).</exception>
    public InformationRequest Confirm(LocalDate on)
    {
        var refusal = ReceivedOn is { } received ? ConfirmationRefusal(RefusalReason.AlreadyReceived, on, received)
            : on < LastAction ? ConfirmationRefusal(RefusalReason.BeforeLastEvent, on, LastAction)
            : null;
        return refusal is null ? new(Id, BodyId, Channel, ArrivedOn, on, Applicant, events) : throw new RequestHistoryException([refusal]);
    }

    /// <summary>The request as it stood at the end of <paramref name="asOf"/>: only the confirmation and events on or before that day; null if it had not arrived.</summary>
    internal InformationRequest? AsOf(LocalDate asOf)
    {
        if (ArrivedOn > asOf)
        {
            return null;
        }

        var received = ReceivedOn is { } on && on <= asOf ? ReceivedOn : null;
        var count = 0;
        while (count < events.Length && events[count].On <= asOf && received is not null)
        {
            count++;
        }

        return count == events.Length && received == ReceivedOn ? this : new(Id, BodyId, Channel, ArrivedOn, received, Applicant, events.AsSpan(0, count).ToArray());
    }

    /// <inheritdoc />
    public bool Equals(InformationRequest? other) =>
        other is not null && Id == other.Id && BodyId == other.BodyId && Channel == other.Channel && ArrivedOn == other.ArrivedOn &&
        ReceivedOn == other.ReceivedOn && Applicant == other.Applicant && events.SequenceEqual(other.events);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InformationRequest);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, BodyId, ArrivedOn, ReceivedOn, events.Length);

    /// <inheritdoc />
    public override string ToString() =>
        $"Request {Id} to {BodyId}, {(ReceivedOn is { } received ? $"received {received.ToIso()}" : $"arrived {ArrivedOn.ToIso()}, awaiting confirmation")}" +
        (ReplyEvent is null ? "" : $", replied {ReplyEvent.On.ToIso()} ({ReplyEvent.Outcome!.Name})") + (DeliveryEvent is null ? "" : $", delivered {DeliveryEvent.On.ToIso()}");

    private static ClockStop[] Stops(RequestEvent[] events, int count)
    {
        var stops = new ClockStop[count];
        var n = 0;
        foreach (var e in events)
        {
            if (e.Kind == RequestEventKind.ConsultationSent || e.Kind == RequestEventKind.FeeNoticed)
            {
                stops[n++] = new ClockStop(e.On, e.Party);
            }
            else if (e.Kind == RequestEventKind.ConsultationAnswered)
            {
                var first = Array.FindIndex(stops, 0, n, stop => stop.IsConsultation && stop.Until is null);
                stops[first] = stops[first].EndingOn(e.On);
            }
            else if (e.Kind == RequestEventKind.FeePaid)
            {
                var fee = Array.FindIndex(stops, 0, n, stop => !stop.IsConsultation);
                stops[fee] = stops[fee].EndingOn(e.On);
            }
        }

        return stops;
    }

    private InformationRequest With(RequestEvent e) => new(Id, BodyId, Channel, ArrivedOn, ReceivedOn, Applicant, [.. events, e]);

}

/// <summary>A consultation (with its party) or the fee notice (no party): from the day it began to the day it ended, or null while open.</summary>
internal readonly record struct ClockStop(LocalDate From, ConsultationParty? Party, LocalDate? Until = null)
{
    internal bool IsConsultation => Party is not null;

    internal ClockStop EndingOn(LocalDate until) => this with { Until = until };
}
