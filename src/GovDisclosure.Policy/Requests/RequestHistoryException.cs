namespace GovDisclosure.Policy.Requests;

/// <summary>
/// Thrown when a request's history is impossible, from whichever entry point meets it: an event recorded that the request
/// refuses (<see cref="InformationRequest.Apply"/> and the methods that record one event), or a history that only the
/// calendar shows impossible (<c>DisclosurePolicy.ReplyDue</c>, <c>DisclosurePolicy.Evaluate</c>, the annual report), with
/// every such request named. <see cref="Refusals"/> holds each refusal as data; to ask without an exception, use
/// <see cref="InformationRequest.TryApply"/>.
/// </summary>
public sealed class RequestHistoryException : GovDisclosureException
{
    /// <summary>Creates the exception for one or more refusals, keeping the first <see cref="GovDisclosureException.MaxProblems"/>.</summary>
    /// <param name="refusals">The refusals, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="refusals"/> or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="refusals"/> is empty.</exception>
    public RequestHistoryException(IEnumerable<RequestRefusal> refusals)
        : this(ProblemList<RequestRefusal>.Cut(ReadOnly.ArrayWithoutNulls(refusals, nameof(refusals))))
    {
    }

    private RequestHistoryException((RequestRefusal[] Kept, int Count) refusals)
        : base("A request's history is impossible", Texts(Preconditions.CheckProblems(refusals.Kept)), refusals.Count) =>
        Refusals = ReadOnly.Wrap(refusals.Kept);

    /// <summary>The refusals, in the order met: all of them, or the first <see cref="GovDisclosureException.MaxProblems"/>.</summary>
    public IReadOnlyList<RequestRefusal> Refusals { get; }

    /// <summary>One refusal's sentence alone; with more, the summary and the first of them.</summary>
    public override string Message => ProblemCount == 1 ? ProblemTexts[0] : base.Message;
}
