namespace GovDisclosure.Policy.Data;

/// <summary>The problems of one reading: the first <see cref="GovDisclosureException.MaxProblems"/> kept, every one counted.</summary>
internal sealed class TableProblems
{
    private readonly List<TableProblem> kept = [];

    internal int Count { get; private set; }

    /// <summary>The problems kept, in the order found.</summary>
    internal IReadOnlyList<TableProblem> Kept => kept;

    internal bool Any => Count > 0;

    internal void Add(TableProblem problem)
    {
        Count++;
        if (kept.Count < GovDisclosureException.MaxProblems)
        {
            kept.Add(problem);
        }
    }

    /// <summary>Throws the problems found, if any.</summary>
    /// <exception cref="RegisterDataException">There are problems.</exception>
    internal void ThrowIfAny(long recordsRead)
    {
        if (Any)
        {
            throw new RegisterDataException(kept, Count, recordsRead, null);
        }
    }
}
