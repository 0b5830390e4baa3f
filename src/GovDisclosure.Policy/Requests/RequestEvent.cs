namespace GovDisclosure.Policy.Requests;

/// <summary>What can happen to a request after its receipt (§8.4–§8.10, D32, D33), in the order a history records it.</summary>
/// <remarks>A closed set. It converts implicitly to <see cref="int"/>, so print its names rather than the member.</remarks>
public sealed class RequestEventKind : BilingualPolicyEnum<RequestEventKind>
{
    /// <summary>补正告知: the applicant was told what to correct and by when (§8.6).</summary>
    public static readonly RequestEventKind CorrectionNoticed = new(nameof(CorrectionNoticed), 1, "告知补正", "correction noticed");

    /// <summary>补正: the corrected request was received; the period restarts (§8.6).</summary>
    public static readonly RequestEventKind Corrected = new(nameof(Corrected), 2, "申请人补正", "corrected");

    /// <summary>征求意见: a third party or another body was consulted in writing (§8.5).</summary>
    public static readonly RequestEventKind ConsultationSent = new(nameof(ConsultationSent), 3, "书面征求意见", "consultation sent");

    /// <summary>意见答复: the consulted party answered (§8.5).</summary>
    public static readonly RequestEventKind ConsultationAnswered = new(nameof(ConsultationAnswered), 4, "被征求意见方答复", "consultation answered");

    /// <summary>延长答复期限: the reply period was extended (§8.4).</summary>
    public static readonly RequestEventKind Extended = new(nameof(Extended), 5, "延长答复期限", "extended");

    /// <summary>收费通知: the applicant received a fee notice (§8.7, D32).</summary>
    public static readonly RequestEventKind FeeNoticed = new(nameof(FeeNoticed), 6, "收费通知", "fee noticed");

    /// <summary>缴费: the applicant paid the fee (D32).</summary>
    public static readonly RequestEventKind FeePaid = new(nameof(FeePaid), 7, "缴纳费用", "fee paid");

    /// <summary>确定合理期限: for an excessive request, the body set a later date and told the applicant (§8.8).</summary>
    public static readonly RequestEventKind Deferred = new(nameof(Deferred), 8, "确定延后答复期限", "deferred");

    /// <summary>答复: the body made its reply (§8.9).</summary>
    public static readonly RequestEventKind Replied = new(nameof(Replied), 9, "作出答复", "replied");

    /// <summary>送达: the reply reached the applicant (§8.10).</summary>
    public static readonly RequestEventKind Delivered = new(nameof(Delivered), 10, "送达", "delivered");

    private RequestEventKind(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }
}

/// <summary>
/// One event of a request's history after its receipt. Which of the optional values it carries depends on <see cref="Kind"/>; the
/// others are null. Immutable; made by its factories, which check the event's own values; whether the history accepts it is
/// <see cref="InformationRequest.TryApply"/>'s question.
/// </summary>
public sealed class RequestEvent : IEquatable<RequestEvent>
{
    /// <summary>A correction notice (§8.6).</summary>
    /// <param name="on">The day of the notice.</param>
    /// <param name="correctBy">The last day to correct; after <paramref name="on"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="correctBy"/> is not after <paramref name="on"/>.</exception>
    public static RequestEvent CorrectionNotice(LocalDate on, LocalDate correctBy)
    {
        Preconditions.CheckArgument(correctBy > on, nameof(correctBy), "The correction deadline {0} must be after the notice ({1}).", correctBy.ToIso(), on.ToIso());
        return new(RequestEventKind.CorrectionNoticed, on, until: correctBy);
    }

    /// <summary>The corrected request's receipt (§8.6).</summary>
    /// <param name="on">The day it was received.</param>
    public static RequestEvent Correction(LocalDate on) => new(RequestEventKind.Corrected, on);

    /// <summary>A written consultation (§8.5).</summary>
    /// <param name="sentOn">The day it was sent.</param>
    /// <param name="party">Whom the body consulted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public static RequestEvent Consultation(LocalDate sentOn, ConsultationParty party) =>
        new(RequestEventKind.ConsultationSent, sentOn, party: Preconditions.CheckNotNull(party));

    /// <summary>The answer to the earliest consultation still unanswered (§8.5).</summary>
    /// <param name="on">The day the answer arrived.</param>
    public static RequestEvent ConsultationAnswer(LocalDate on) => new(RequestEventKind.ConsultationAnswered, on);

    /// <summary>An extension of the reply period (§8.4); whether its length fits the request's Regulations is the history's question.</summary>
    /// <param name="on">The day the applicant was told.</param>
    /// <param name="workingDays">The extension in working days.</param>
    public static RequestEvent Extension(LocalDate on, int workingDays) => new(RequestEventKind.Extended, on, workingDays: workingDays);

    /// <summary>A fee notice (§8.7, D32).</summary>
    /// <param name="receivedOn">The day the applicant received it.</param>
    public static RequestEvent FeeNotice(LocalDate receivedOn) => new(RequestEventKind.FeeNoticed, receivedOn);

    /// <summary>The payment of the fee (D32).</summary>
    /// <param name="on">The day of payment.</param>
    public static RequestEvent FeePayment(LocalDate on) => new(RequestEventKind.FeePaid, on);

    /// <summary>The body's later date for an excessive request (§8.8).</summary>
    /// <param name="on">The day the applicant was told.</param>
    /// <param name="until">The body's date; after <paramref name="on"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="until"/> is not after <paramref name="on"/>.</exception>
    public static RequestEvent Deferral(LocalDate on, LocalDate until)
    {
        Preconditions.CheckArgument(until > on, nameof(until), "The later date {0} must be after the day the applicant is told ({1}).", until.ToIso(), on.ToIso());
        return new(RequestEventKind.Deferred, on, until: until);
    }

    /// <summary>The reply (§8.9).</summary>
    /// <param name="on">The day of the reply.</param>
    /// <param name="outcome">Its result.</param>
    /// <param name="toldOfRedress">Whether it told the applicant of reconsideration and litigation (§8.11).</param>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    public static RequestEvent Reply(LocalDate on, RequestOutcome outcome, bool toldOfRedress) =>
        new(RequestEventKind.Replied, on, outcome: Preconditions.CheckNotNull(outcome), toldOfRedress: toldOfRedress);

    /// <summary>The delivery of the reply (§8.10).</summary>
    /// <param name="on">The day of delivery.</param>
    /// <param name="method">How it was delivered.</param>
    /// <param name="receivedOn">For a posted reply, the day the applicant received it, where recorded (D39); else null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="receivedOn"/> is given for a reply not posted, or is before <paramref name="on"/>.</exception>
    public static RequestEvent Delivery(LocalDate on, DeliveryMethod method, LocalDate? receivedOn)
    {
        Preconditions.CheckNotNull(method);
        if (receivedOn is { } received)
        {
            Preconditions.CheckArgument(method == DeliveryMethod.Post && received >= on, nameof(receivedOn),
                "A day of receipt is recorded only for a posted reply, on or after the posting day ({0}).", $"{method.Label.En}, {on.ToIso()}");
        }

        return new(RequestEventKind.Delivered, on, until: receivedOn, method: method);
    }

    /// <summary>
    /// The event of <paramref name="kind"/> on <paramref name="on"/> with the values it carries, through that kind's factory: for a reader of
    /// stored histories, where each value is a column or a property that may be empty. The values a kind does not carry must be null.
    /// </summary>
    /// <param name="kind">The kind of event.</param>
    /// <param name="on">Its day.</param>
    /// <param name="until">The correction deadline (<see cref="RequestEventKind.CorrectionNoticed"/>), the later date
    /// (<see cref="RequestEventKind.Deferred"/>) or the day a posted reply was received (<see cref="RequestEventKind.Delivered"/>, optional).</param>
    /// <param name="workingDays">The extension (<see cref="RequestEventKind.Extended"/>).</param>
    /// <param name="party">Whom the body consulted (<see cref="RequestEventKind.ConsultationSent"/>).</param>
    /// <param name="outcome">The reply's result (<see cref="RequestEventKind.Replied"/>).</param>
    /// <param name="method">How the reply was delivered (<see cref="RequestEventKind.Delivered"/>).</param>
    /// <param name="toldOfRedress">Whether the reply told of redress (<see cref="RequestEventKind.Replied"/>, optional: null is told, §8.11).</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException">A value the kind needs is null, or a value it does not carry is given (the exception's
    /// <see cref="ArgumentException.ParamName"/> names it); or the kind's factory refuses the values.</exception>
    public static RequestEvent Create(RequestEventKind kind, LocalDate on, LocalDate? until, int? workingDays, ConsultationParty? party,
        RequestOutcome? outcome, DeliveryMethod? method, bool? toldOfRedress)
    {
        Preconditions.CheckNotNull(kind);
        var (needs, mayCarry) =
            kind == RequestEventKind.CorrectionNoticed || kind == RequestEventKind.Deferred ? (nameof(until), null)
            : kind == RequestEventKind.ConsultationSent ? (nameof(party), null)
            : kind == RequestEventKind.Extended ? (nameof(workingDays), null)
            : kind == RequestEventKind.Replied ? (nameof(outcome), nameof(toldOfRedress))
            : kind == RequestEventKind.Delivered ? (nameof(method), nameof(until))
            : ((string?)null, (string?)null);
        (string Name, bool Given)[] values =
            [(nameof(until), until is not null), (nameof(workingDays), workingDays is not null), (nameof(party), party is not null),
             (nameof(outcome), outcome is not null), (nameof(method), method is not null), (nameof(toldOfRedress), toldOfRedress is not null)];
        foreach (var (name, given) in values)
        {
            Preconditions.CheckArgument(given || name != needs, name, "An event of kind {0} needs {1}.", kind.Name, name);
            Preconditions.CheckArgument(!given || name == needs || name == mayCarry, name, "An event of kind {0} has no {1}; leave it empty.", kind.Name, name);
        }

        return kind == RequestEventKind.CorrectionNoticed ? CorrectionNotice(on, until!.Value)
            : kind == RequestEventKind.Corrected ? Correction(on)
            : kind == RequestEventKind.ConsultationSent ? Consultation(on, party!)
            : kind == RequestEventKind.ConsultationAnswered ? ConsultationAnswer(on)
            : kind == RequestEventKind.Extended ? Extension(on, workingDays!.Value)
            : kind == RequestEventKind.FeeNoticed ? FeeNotice(on)
            : kind == RequestEventKind.FeePaid ? FeePayment(on)
            : kind == RequestEventKind.Deferred ? Deferral(on, until!.Value)
            : kind == RequestEventKind.Replied ? Reply(on, outcome!, toldOfRedress ?? true)
            : Delivery(on, method!, until);
    }

    internal RequestEvent(RequestEventKind kind, LocalDate on, LocalDate? until = null, int? workingDays = null, ConsultationParty? party = null,
        RequestOutcome? outcome = null, DeliveryMethod? method = null, bool? toldOfRedress = null)
    {
        Kind = kind;
        On = on;
        Until = until;
        WorkingDays = workingDays;
        Party = party;
        Outcome = outcome;
        Method = method;
        ToldOfRedress = toldOfRedress;
    }

    /// <summary>What happened.</summary>
    public RequestEventKind Kind { get; }

    /// <summary>The day it happened; for a fee notice, the day the applicant received it; for a consultation, the day it was sent.</summary>
    public LocalDate On { get; }

    /// <summary>The correction deadline (<see cref="RequestEventKind.CorrectionNoticed"/>), the body's later date (<see cref="RequestEventKind.Deferred"/>),
    /// or the day a posted reply was received, where recorded (<see cref="RequestEventKind.Delivered"/>); else null.</summary>
    public LocalDate? Until { get; }

    /// <summary>The extension's length in working days (<see cref="RequestEventKind.Extended"/>); else null.</summary>
    public int? WorkingDays { get; }

    /// <summary>Whom the body consulted (<see cref="RequestEventKind.ConsultationSent"/>); else null.</summary>
    public ConsultationParty? Party { get; }

    /// <summary>The reply's result (<see cref="RequestEventKind.Replied"/>); else null.</summary>
    public RequestOutcome? Outcome { get; }

    /// <summary>How the reply reached the applicant (<see cref="RequestEventKind.Delivered"/>); else null.</summary>
    public DeliveryMethod? Method { get; }

    /// <summary>Whether the reply told the applicant of reconsideration and litigation (<see cref="RequestEventKind.Replied"/>; §8.11); else null.</summary>
    public bool? ToldOfRedress { get; }

    /// <inheritdoc />
    public bool Equals(RequestEvent? other) =>
        other is not null && Kind == other.Kind && On == other.On && Until == other.Until && WorkingDays == other.WorkingDays &&
        Party == other.Party && Outcome == other.Outcome && Method == other.Method && ToldOfRedress == other.ToldOfRedress;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequestEvent);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, On, Until, WorkingDays, Party, Outcome, Method, ToldOfRedress);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Kind.Label.En} {On.ToIso()}" + (Until is { } until ? $" (until {until.ToIso()})" : "") + (WorkingDays is { } days ? $" ({IsoText.Count(days, "working day")})" : "") +
        (Party is null ? "" : $" ({Party.Label.En})") + (Outcome is null ? "" : $" ({Outcome.Label.En})") + (Method is null ? "" : $" ({Method.Label.En})");
}
