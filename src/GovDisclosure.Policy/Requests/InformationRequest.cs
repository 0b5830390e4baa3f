using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Requests;

/// <summary>
/// A request for disclosure (依申请公开, §8) as its history: the receipt, then events in date order — correction, consultation,
/// extension, fee, deferral, reply, delivery. Immutable: each event returns a new request. An event that cannot happen at that point
/// throws <see cref="InvalidOperationException"/> (a wrong state: an answer with no consultation, two extensions, a payment with no fee
/// notice) or <see cref="ArgumentException"/> (a date before the last event, a value out of range). What only the calendar can tell —
/// an extension or deferral after the period ended, a payment after the request was abandoned — is checked when the reply clock is
/// worked out (<c>DisclosurePolicy.ReplyDue</c>), which refuses the history with the same exceptions.
/// </summary>
public sealed class InformationRequest : IEquatable<InformationRequest>
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
            switch (e.Kind.Value)
            {
                case 1: CorrectionNotice = (e.On, e.Until!.Value); break;
                case 2: CorrectedOn = e.On; break;
                case 3: stops++; OpenConsultations++; break;
                case 4: OpenConsultations--; break;
                case 5: Extension = (e.On, e.WorkingDays!.Value); break;
                case 6: stops++; FeeNoticeOn = e.On; break;
                case 7: FeePaidOn = e.On; break;
                case 8: Deferral = (e.On, e.Until!.Value); break;
                case 9: ReplyEvent = e; break;
                default: DeliveryEvent = e; break;
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
    /// <exception cref="InvalidOperationException">The request is already received.</exception>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before arrival.</exception>
    public InformationRequest Confirm(LocalDate on)
    {
        if (ReceivedOn is { } received)
        {
            throw new InvalidOperationException($"Request {Id} was already received on {received.ToIso()} ({Channel.ReceiptRuleEn}); there is nothing to confirm.");
        }

        CheckDate(on, nameof(on));
        return new(Id, BodyId, Channel, ArrivedOn, on, Applicant, events);
    }

    /// <summary>Records the one correction notice (§8.6). A notice later than 7 working days after receipt is a finding of the evaluation, not an error.</summary>
    /// <param name="on">The day of the notice.</param>
    /// <param name="correctBy">The last day to correct; after <paramref name="on"/>.</param>
    /// <exception cref="InvalidOperationException">The request is not received yet, already replied, already had a correction notice, or was extended.</exception>
    /// <exception cref="ArgumentException">A date is before the last event, or <paramref name="correctBy"/> is not after <paramref name="on"/>.</exception>
    public InformationRequest NoticeCorrection(LocalDate on, LocalDate correctBy)
    {
        CheckOpen("be sent a correction notice");
        if (CorrectionNotice is { } notice)
        {
            throw new InvalidOperationException($"Request {Id} already had its correction notice on {notice.On.ToIso()}; the Regulations allow one (§8.6, Art. 30).");
        }

        if (Extension is { } extension)
        {
            throw new InvalidOperationException($"Request {Id} was extended on {extension.On.ToIso()}; a correction notice comes at the start, not after an extension (§8.6).");
        }

        if (IsAwaitingPayment)
        {
            throw new InvalidOperationException($"Request {Id} awaits payment of the fee noticed {FeeNoticeOn!.Value.ToIso()}; a correction notice comes before any fee (§8.6, D32).");
        }

        CheckDate(on, nameof(on));
        Preconditions.CheckArgument(correctBy > on, nameof(correctBy), "Request {0}: the correction deadline {1} must be after the notice.", Id, $"{correctBy.ToIso()} (notice {on.ToIso()})");
        return With(new RequestEvent(RequestEventKind.CorrectionNoticed, on, until: correctBy));
    }

    /// <summary>Records the corrected request's receipt: the reply period runs again from this day (§8.6).</summary>
    /// <param name="on">The day the corrected request was received; not after the correction deadline.</param>
    /// <exception cref="InvalidOperationException">No correction notice awaits a correction, or <paramref name="on"/> is after the deadline, when the request was already abandoned.</exception>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the last event.</exception>
    public InformationRequest Corrected(LocalDate on)
    {
        if (!IsAwaitingCorrection)
        {
            throw new InvalidOperationException($"Request {Id} awaits no correction: " +
                (CorrectedOn is { } corrected ? $"it was corrected on {corrected.ToIso()}." : "it had no correction notice (§8.6)."));
        }

        CheckDate(on, nameof(on));
        var correctBy = CorrectionNotice!.Value.CorrectBy;
        if (on > correctBy)
        {
            throw new InvalidOperationException(
                $"Request {Id} was corrected on {on.ToIso()}, after its deadline {correctBy.ToIso()}: it was abandoned the day after the deadline (§8.6). " +
                "A late correction accepted for good reason is a new request.");
        }

        return With(new RequestEvent(RequestEventKind.Corrected, on));
    }

    /// <summary>Records a written consultation (§8.5): the clock stops from the next day until the answer, or the 15th working day without one (D33).</summary>
    /// <param name="sentOn">The day it was sent.</param>
    /// <param name="party">Whom the body consulted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The request is not received, awaits correction, or is replied.</exception>
    /// <exception cref="ArgumentException"><paramref name="sentOn"/> is before the last event.</exception>
    public InformationRequest Consult(LocalDate sentOn, ConsultationParty party)
    {
        Preconditions.CheckNotNull(party);
        CheckRunning("consult");
        CheckDate(sentOn, nameof(sentOn));
        return With(new RequestEvent(RequestEventKind.ConsultationSent, sentOn, party: party));
    }

    /// <summary>Records the answer to the earliest consultation still unanswered (§8.5); an answer after the 15th working day stops the clock no longer (D33).</summary>
    /// <param name="on">The day the answer arrived.</param>
    /// <exception cref="InvalidOperationException">No consultation awaits an answer.</exception>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the last event.</exception>
    public InformationRequest ConsultationAnswered(LocalDate on)
    {
        if (OpenConsultations == 0)
        {
            throw new InvalidOperationException($"Request {Id} has no consultation awaiting an answer; record the consultation first (§8.5).");
        }

        CheckDate(on, nameof(on));
        return With(new RequestEvent(RequestEventKind.ConsultationAnswered, on));
    }

    /// <summary>Records the one extension (§8.4): at most 20 working days (15 for a request received before 2019-05-15, §8.12), told before the first period ends.</summary>
    /// <param name="on">The day the applicant was told; on or before the end of the first period, which <c>DisclosurePolicy.ReplyDue</c> checks.</param>
    /// <param name="workingDays">The extension, from 1 to the regime's maximum.</param>
    /// <exception cref="InvalidOperationException">The request is not received, awaits correction, is replied, deferred, or already extended.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingDays"/> is outside 1 to the regime's maximum.</exception>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the last event.</exception>
    public InformationRequest Extend(LocalDate on, int workingDays)
    {
        CheckRunning("be extended");
        if (Extension is { } extension)
        {
            throw new InvalidOperationException($"Request {Id} was already extended on {extension.On.ToIso()}; the Regulations allow one extension (§8.4).");
        }

        if (Deferral is { } deferral)
        {
            throw new InvalidOperationException($"Request {Id} was deferred on {deferral.On.ToIso()} to {deferral.Until.ToIso()} (§8.8); that date is its due date and cannot be extended.");
        }

        CheckDate(on, nameof(on));
        var regime = Regime!;
        if (workingDays < 1 || workingDays > regime.MaxExtensionWorkingDays)
        {
            throw new ArgumentOutOfRangeException(nameof(workingDays), workingDays,
                $"Request {Id}, received {ReceivedOn!.Value.ToIso()} under the {regime.NameEn}, can be extended by 1 to {regime.MaxExtensionWorkingDays} working days ({regime.SourceId}).");
        }

        return With(new RequestEvent(RequestEventKind.Extended, on, workingDays: workingDays));
    }

    /// <summary>Records the fee notice (§8.7, D32): unless the policy's request rules say otherwise, the clock stops from the next day to the day of payment;
    /// unpaid after 20 working days, the request is abandoned.</summary>
    /// <param name="receivedOn">The day the applicant received the notice.</param>
    /// <exception cref="InvalidOperationException">The request is not received, awaits correction, is replied, or already had a fee notice.</exception>
    /// <exception cref="ArgumentException"><paramref name="receivedOn"/> is before the last event.</exception>
    public InformationRequest NoticeFee(LocalDate receivedOn)
    {
        CheckRunning("be sent a fee notice");
        if (FeeNoticeOn is { } noticed)
        {
            throw new InvalidOperationException($"Request {Id} already had a fee notice, received {noticed.ToIso()}; a request is charged once (§8.7).");
        }

        CheckDate(receivedOn, nameof(receivedOn));
        return With(new RequestEvent(RequestEventKind.FeeNoticed, receivedOn));
    }

    /// <summary>Records the payment of the fee (D32); a payment after the 20 working days is refused when the clock is worked out.</summary>
    /// <param name="on">The day of payment.</param>
    /// <exception cref="InvalidOperationException">No fee notice awaits payment.</exception>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the last event.</exception>
    public InformationRequest FeePaid(LocalDate on)
    {
        if (!IsAwaitingPayment)
        {
            throw new InvalidOperationException($"Request {Id} has no fee awaiting payment: " +
                (FeePaidOn is { } paid ? $"it was paid on {paid.ToIso()}." : "there was no fee notice (§8.7, D32)."));
        }

        CheckDate(on, nameof(on));
        return With(new RequestEvent(RequestEventKind.FeePaid, on));
    }

    /// <summary>Records the body's later date for an excessive request (§8.8, Art. 35): that date becomes the due date (moved forward to a working day).
    /// It must be told within the period and be later than the due date it replaces, which <c>DisclosurePolicy.ReplyDue</c> checks.</summary>
    /// <param name="on">The day the applicant was told.</param>
    /// <param name="until">The body's date; after <paramref name="on"/>.</param>
    /// <exception cref="InvalidOperationException">The request is not received, awaits correction, is replied, or already deferred.</exception>
    /// <exception cref="ArgumentException">A date is before the last event, or <paramref name="until"/> is not after <paramref name="on"/>.</exception>
    public InformationRequest Defer(LocalDate on, LocalDate until)
    {
        CheckRunning("be deferred");
        if (Deferral is { } deferral)
        {
            throw new InvalidOperationException($"Request {Id} was already deferred on {deferral.On.ToIso()} to {deferral.Until.ToIso()} (§8.8).");
        }

        CheckDate(on, nameof(on));
        Preconditions.CheckArgument(until > on, nameof(until), "Request {0}: the later date {1} must be after the day the applicant is told.", Id, $"{until.ToIso()} (told {on.ToIso()})");
        return With(new RequestEvent(RequestEventKind.Deferred, on, until: until));
    }

    /// <summary>Records the reply (§8.9). While a correction or a payment is awaited, the only reply is the matching abandonment
    /// (<see cref="RequestOutcome.AbandonedUncorrected"/> after the correction deadline, <see cref="RequestOutcome.AbandonedUnpaid"/>), and those need that wait.</summary>
    /// <param name="on">The day of the reply.</param>
    /// <param name="outcome">Its result.</param>
    /// <param name="toldOfRedress">Whether the reply told the applicant of reconsideration and litigation; if not, the reconsideration window is a year (§8.11).</param>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The request is not received or already replied, or the outcome does not fit what it awaits.</exception>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the last event.</exception>
    public InformationRequest Reply(LocalDate on, RequestOutcome outcome, bool toldOfRedress = true)
    {
        Preconditions.CheckNotNull(outcome);
        CheckOpen("be replied");
        CheckDate(on, nameof(on));
        if (IsAwaitingCorrection != (outcome == RequestOutcome.AbandonedUncorrected) || IsAwaitingPayment != (outcome == RequestOutcome.AbandonedUnpaid))
        {
            var waiting = IsAwaitingCorrection ? $"it awaits the correction due by {CorrectionNotice!.Value.CorrectBy.ToIso()}, so the only reply is {RequestOutcome.AbandonedUncorrected.Name}"
                : IsAwaitingPayment ? $"it awaits payment of the fee noticed {FeeNoticeOn!.Value.ToIso()}, so the only reply is {RequestOutcome.AbandonedUnpaid.Name}"
                : $"{outcome.Name} needs an unanswered {(outcome == RequestOutcome.AbandonedUncorrected ? "correction notice (§8.6)" : "fee notice (D32)")}";
            throw new InvalidOperationException($"Request {Id} cannot be replied {outcome.Name} on {on.ToIso()}: {waiting}.");
        }

        if (outcome == RequestOutcome.AbandonedUncorrected && on <= CorrectionNotice!.Value.CorrectBy)
        {
            throw new InvalidOperationException($"Request {Id} cannot be closed as not corrected on {on.ToIso()}: the applicant has until {CorrectionNotice.Value.CorrectBy.ToIso()} (§8.6).");
        }

        return With(new RequestEvent(RequestEventKind.Replied, on, outcome: outcome, toldOfRedress: toldOfRedress));
    }

    /// <summary>Records the delivery of the reply (§8.10): in person the day the applicant signs, by post the day it is posted.</summary>
    /// <param name="on">The day of delivery; not before the reply.</param>
    /// <param name="method">How it was delivered.</param>
    /// <param name="receivedOn">For a posted reply, the day the applicant received it, where the body recorded it (D39); null otherwise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is null.</exception>
    /// <exception cref="InvalidOperationException">There is no reply yet, or it was already delivered.</exception>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the reply, or <paramref name="receivedOn"/> is given for a reply not posted or is before <paramref name="on"/>.</exception>
    public InformationRequest Deliver(LocalDate on, DeliveryMethod method, LocalDate? receivedOn = null)
    {
        Preconditions.CheckNotNull(method);
        if (ReplyEvent is null || DeliveryEvent is not null)
        {
            throw new InvalidOperationException(ReplyEvent is null
                ? $"Request {Id} has no reply to deliver; reply first (§8.9)."
                : $"Request {Id}'s reply was already delivered on {DeliveryEvent!.On.ToIso()}.");
        }

        CheckDate(on, nameof(on));
        if (receivedOn is { } received)
        {
            Preconditions.CheckArgument(method == DeliveryMethod.Post && received >= on, nameof(receivedOn),
                "Request {0}: a day of receipt is recorded only for a posted reply, on or after the posting day ({1}).", Id, $"{method.NameEn}, {on.ToIso()}");
        }

        return With(new RequestEvent(RequestEventKind.Delivered, on, until: receivedOn, method: method));
    }

    /// <summary>Replays an event through the method that records it, with that method's checks: how a stored history is read back.
    /// The caller has made sure the event carries the value its kind needs (<see cref="RequestEventKind.Needs"/>).</summary>
    internal InformationRequest Apply(RequestEvent e) =>
        e.Kind.Value switch
        {
            1 => NoticeCorrection(e.On, e.Until!.Value),
            2 => Corrected(e.On),
            3 => Consult(e.On, e.Party!),
            4 => ConsultationAnswered(e.On),
            5 => Extend(e.On, e.WorkingDays!.Value),
            6 => NoticeFee(e.On),
            7 => FeePaid(e.On),
            8 => Defer(e.On, e.Until!.Value),
            9 => Reply(e.On, e.Outcome!, e.ToldOfRedress ?? true),
            _ => Deliver(e.On, e.Method!, e.Until),
        };

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

    private void CheckOpen(string action)
    {
        if (ReceivedOn is null)
        {
            throw new InvalidOperationException($"Request {Id} cannot {action}: it arrived {ArrivedOn.ToIso()} {Channel.NameEn} and awaits confirmation, so no clock runs yet (§8.3).");
        }

        if (ReplyEvent is { } reply)
        {
            throw new InvalidOperationException($"Request {Id} cannot {action}: it was replied on {reply.On.ToIso()} ({reply.Outcome!.Name}); only the delivery can follow.");
        }
    }

    private void CheckRunning(string action)
    {
        CheckOpen(action);
        if (IsAwaitingCorrection)
        {
            throw new InvalidOperationException(
                $"Request {Id} cannot {action}: it awaits the correction asked for on {CorrectionNotice!.Value.On.ToIso()}, and its clock runs again only from the corrected request (§8.6).");
        }
    }

    private void CheckDate(LocalDate on, string paramName)
    {
        if (on < LastAction)
        {
            throw new ArgumentException(
                $"Request {Id}: {on.ToIso()} is before its last event on {LastAction.ToIso()}; a history cannot go back in time.", paramName);
        }
    }
}

/// <summary>A consultation (with its party) or the fee notice (no party): from the day it began to the day it ended, or null while open.</summary>
internal readonly record struct ClockStop(LocalDate From, ConsultationParty? Party, LocalDate? Until = null)
{
    internal bool IsConsultation => Party is not null;

    internal ClockStop EndingOn(LocalDate until) => this with { Until = until };
}
