namespace GovDisclosure.Policy.Json;

/// <summary>The problems of one input: the first <see cref="GovDisclosureException.MaxProblems"/> kept, all of them counted.</summary>
internal sealed class JsonProblems
{
    private readonly List<JsonProblem> kept = [];

    /// <summary>How many problems were found, kept or not.</summary>
    internal int Total { get; private set; }

    /// <summary>Whether the next problem is still kept, so that its position is worth working out.</summary>
    internal bool Counts => kept.Count < PolicyJsonException.MaxProblems;

    internal bool Any => Total > 0;

    internal void Add(JsonProblem? problem)
    {
        Total++;
        if (problem is not null && Counts)
        {
            kept.Add(problem);
        }
    }

    internal (int Kept, int Total) Mark() => (kept.Count, Total);

    internal void Rollback((int Kept, int Total) mark)
    {
        kept.RemoveRange(mark.Kept, kept.Count - mark.Kept);
        Total = mark.Total;
    }

    /// <summary>The problems in document order (a record's missing property is found after its other problems, but stands before them).</summary>
    internal PolicyJsonException ToException() => new([.. kept.OrderBy(problem => problem.Line).ThenBy(problem => problem.Column)], Total);

    internal void ThrowIfAny()
    {
        if (Any)
        {
            throw ToException();
        }
    }
}
