namespace GovDisclosure.Policy.Requests;

/// <summary>
/// Why one event cannot join a request's history, as data: the <see cref="Reason"/> to branch on, the values its sentence
/// names, and the sentence itself in both languages (<see cref="Message"/>). Returned by <see cref="InformationRequest.TryApply"/>;
/// carried by <see cref="RequestHistoryException"/> when an event is recorded without asking first.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class RequestRefusal : IEquatable<RequestRefusal>
{
    internal RequestRefusal(string requestId, RefusalReason reason, RequestEventKind? refused, LocalDate on,
        LocalDate? relatedDate = null, LocalDate? limit = null, int? workingDays = null, RequestOutcome? outcome = null)
    {
        (RequestId, Reason, Refused, On, RelatedDate, Limit, WorkingDays, Outcome) = (requestId, reason, refused, on, relatedDate, limit, workingDays, outcome);
    }

    /// <summary>The request's id.</summary>
    public string RequestId { get; }

    /// <summary>Why the event was refused.</summary>
    public RefusalReason Reason { get; }

    /// <summary>The kind of event refused; null for the confirmation of receipt.</summary>
    public RequestEventKind? Refused { get; }

    /// <summary>The day of the refused event.</summary>
    public LocalDate On { get; }

    /// <summary>The other day the reason names: an earlier event's (the arrival, the first correction notice, the extension, the reply, the last
    /// event…) or, for a deferral not later than the due date, the later date it gives; null when the reason names none.</summary>
    public LocalDate? RelatedDate { get; }

    /// <summary>The limit the event broke: a correction or payment deadline, the end of a period, a deferral's date; null when none.</summary>
    public LocalDate? Limit { get; }

    /// <summary>The most working days an extension may add under the request's Regulations (<see cref="RefusalReason.ExtensionTooLong"/>); else null.</summary>
    public int? WorkingDays { get; }

    /// <summary>The reply's outcome the refusal names (a reply already made, an abandonment without notice); else null.</summary>
    public RequestOutcome? Outcome { get; }

    /// <summary>The refusal in a sentence, in Chinese and English.</summary>
    public BilingualText Message => message ??= Describe();

    private BilingualText? message;   // written on first read: CanApply and TryApply's callers often want the reason alone

    /// <inheritdoc />
    public bool Equals(RequestRefusal? other) =>
        other is not null && RequestId == other.RequestId && Reason == other.Reason && Refused == other.Refused && On == other.On &&
        RelatedDate == other.RelatedDate && Limit == other.Limit && WorkingDays == other.WorkingDays && Outcome == other.Outcome;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequestRefusal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RequestId, Reason, Refused, On, RelatedDate, Limit, WorkingDays, Outcome);

    /// <summary>The English sentence.</summary>
    public override string ToString() => Message.En;

    private BilingualText Describe()
    {
        var what = Refused is null ? new BilingualText("确认收到", "confirmation") : Refused.Label;
        var why = Reason.Explain(this);
        return new BilingualText($"申请{RequestId}不能于{On.ToIso()}记录“{what.Zh}”：{why.Zh}。", $"Request {RequestId} cannot record {what.En} on {On.ToIso()}: {why.En}.");
    }
}
