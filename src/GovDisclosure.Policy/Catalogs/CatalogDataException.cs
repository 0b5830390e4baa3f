namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// Thrown when a county catalog cannot be read or built: a file that is not UTF-8, a header without a published column,
/// a blank cell, a channel, audience, mode or level the national list does not have, a time limit the library cannot read,
/// a 序号 used twice. <see cref="Problems"/> lists the problems found (the first <see cref="MaxProblems"/>), each with its row and
/// column; <see cref="ProblemCount"/> counts them all.
/// </summary>
public sealed class CatalogDataException : Exception
{
    /// <summary>The most problems one exception lists; more are counted in <see cref="ProblemCount"/>, not kept, so that a broken
    /// catalog of any size cannot exhaust memory.</summary>
    public const int MaxProblems = ProblemList<CatalogProblem>.Max;

    /// <summary>Creates the exception for one or more problems of a catalog, keeping the first <see cref="MaxProblems"/>.</summary>
    /// <param name="catalogName">The catalog's name, as the caller gave it.</param>
    /// <param name="problems">What is wrong, each with its row and column.</param>
    /// <exception cref="ArgumentNullException">An argument or a problem is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public CatalogDataException(string catalogName, IEnumerable<CatalogProblem> problems)
        : this(catalogName, ProblemList<CatalogProblem>.Cut(ReadOnly.ArrayWithoutNulls(problems, nameof(problems))))
    {
    }

    /// <summary>Creates the exception for problems some of which were only counted.</summary>
    internal CatalogDataException(string catalogName, IEnumerable<CatalogProblem> kept, int count)
        : this(catalogName, ([.. kept], count))
    {
    }

    private CatalogDataException(string catalogName, (CatalogProblem[] Kept, int Count) problems)
        : base(Describe(Preconditions.CheckNotNull(catalogName), problems.Kept, problems.Count))
    {
        Preconditions.CheckArgument(problems.Count > 0, nameof(problems), "At least one problem must be given.");
        CatalogName = catalogName;
        (Problems, ProblemCount) = (ReadOnly.Wrap(problems.Kept), problems.Count);
    }

    /// <summary>The catalog's name, as the caller gave it.</summary>
    public string CatalogName { get; }

    /// <summary>The problems found, in the order of the rows: all of them, or the first <see cref="MaxProblems"/>.</summary>
    public IReadOnlyList<CatalogProblem> Problems { get; }

    /// <summary>How many problems were found in all, including those past <see cref="MaxProblems"/> that are not listed.</summary>
    public int ProblemCount { get; }

    // Runs before the constructor body refuses an empty list, so it must not fail on one.
    private static string Describe(string name, CatalogProblem[] problems, int count) => count == 1
        ? $"The catalog \"{name}\" is not usable: {problems[0]}"
        : $"The catalog \"{name}\" is not usable ({ProblemList<CatalogProblem>.Head(problems.Length, count)}):{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", problems.AsEnumerable());
}
