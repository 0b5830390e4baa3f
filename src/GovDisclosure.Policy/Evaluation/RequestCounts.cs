using System.Collections.ObjectModel;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// A unit's requests for disclosure as of the evaluation day (§8.13, D36): how many arrived, how the judged ones did, and the replies
/// by outcome in the annual report's row order (§9.4). Immutable.
/// </summary>
public sealed class RequestCounts
{
    internal RequestCounts(int arrived, int onTime, int late, int overdue, int pending, int notJudged, int[] byOutcome)
    {
        (Arrived, OnTime, Late, Overdue, Pending, NotJudged) = (arrived, onTime, late, overdue, pending, notJudged);
        ByOutcome = new ReadOnlyDictionary<RequestOutcome, int>(
            RequestOutcome.InOrder.Where(outcome => byOutcome[outcome.Value] > 0).ToDictionary(outcome => outcome, outcome => byOutcome[outcome.Value]));
    }

    /// <summary>No requests.</summary>
    internal static RequestCounts None { get; } = new(0, 0, 0, 0, 0, 0, new int[RequestOutcome.InOrder.Max(outcome => outcome.Value) + 1]);

    /// <summary>The requests that had arrived by the evaluation day.</summary>
    public int Arrived { get; }

    /// <summary>Replies delivered on or before their due date.</summary>
    public int OnTime { get; }

    /// <summary>Replies delivered after their due date (D17): each is also a <see cref="FindingKind.ReplyLate"/> finding.</summary>
    public int Late { get; }

    /// <summary>Requests unanswered after their due date (§8.13): each is also a <see cref="FindingKind.RequestOverdue"/> finding.</summary>
    public int Overdue { get; }

    /// <summary>Open requests not yet due.</summary>
    public int Pending { get; }

    /// <summary>Requests not judged (D36): not processed, abandoned, or waiting on the applicant (confirmation, correction, payment).</summary>
    public int NotJudged { get; }

    /// <summary>The replies made by the evaluation day, by outcome, in the table's row order; outcomes with none are left out.</summary>
    public IReadOnlyDictionary<RequestOutcome, int> ByOutcome { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Arrived} requests: {OnTime} on time, {Late} late, {Overdue} overdue, {Pending} pending, {NotJudged} not judged";
}
