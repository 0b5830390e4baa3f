namespace GovDisclosure.Policy;

/// <summary>
/// The problems a reader found: the first <see cref="Max"/> kept, every one counted. A broken input of any size then costs memory in
/// proportion to what is shown, not to how many mistakes it holds.
/// </summary>
/// <typeparam name="T">A problem.</typeparam>
internal sealed class ProblemList<T>
{
    /// <summary>The most problems an exception lists; the rest are counted.</summary>
    internal const int Max = 100;

    private readonly List<T> kept = [];

    /// <summary>How many problems were added, kept or not.</summary>
    internal int Count { get; private set; }

    /// <summary>The problems kept, in the order added.</summary>
    internal IReadOnlyList<T> Kept => kept;


    /// <summary>Counts <paramref name="problem"/>, keeping it while fewer than <see cref="Max"/> are kept.</summary>
    internal void Add(T problem)
    {
        Count++;
        if (kept.Count < Max)
        {
            kept.Add(problem);
        }
    }

    /// <summary>The first <see cref="Max"/> of <paramref name="problems"/> and how many there are, enumerating them once.</summary>
    internal static (T[] Kept, int Count) Cut(IEnumerable<T> problems)
    {
        var list = new ProblemList<T>();
        foreach (var problem in problems)
        {
            list.Add(problem);
        }

        return ([.. list.kept], list.Count);
    }
}
