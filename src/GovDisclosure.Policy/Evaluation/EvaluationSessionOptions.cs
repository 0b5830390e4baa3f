namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// How an <see cref="EvaluationSession"/> runs, beyond what it evaluates (see <see cref="DisclosurePolicy.BeginEvaluation"/>). Every
/// option has a default, so an option added later breaks no caller.
/// </summary>
public sealed record EvaluationSessionOptions
{
    /// <summary>The options every default gives: no outcome callback.</summary>
    public static EvaluationSessionOptions Default { get; } = new();

    /// <summary>Called with each obligation's outcome as it is judged — each record's as it is added, the unrecorded obligations' when the
    /// session completes — on the thread that adds or completes; null (the default) for none. A session keeps no records, so this is
    /// the way to receive its outcomes.</summary>
    public Action<ObligationOutcome>? OnOutcome { get; init; }
}
