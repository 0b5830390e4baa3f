namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// Thrown when a county catalog cannot be read or built: a file that is not UTF-8, a header without a published column,
/// a blank cell, a channel, audience, mode or level the national list does not have, a time limit the library cannot read,
/// a 序号 used twice. <see cref="Problems"/> lists the problems found (the first <see cref="GovDisclosureException.MaxProblems"/>), each with its row and
/// column; <see cref="GovDisclosureException.ProblemCount"/> counts them all.
/// </summary>
public sealed class CatalogDataException : GovDisclosureException
{
    /// <summary>Creates the exception for one or more problems of a catalog, keeping the first <see cref="GovDisclosureException.MaxProblems"/>.</summary>
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
        : base($"The catalog \"{Preconditions.CheckNotNull(catalogName)}\" is not usable", Texts(Preconditions.CheckProblems(problems.Kept)), problems.Count)
    {
        CatalogName = catalogName;
        Problems = ReadOnly.Wrap(problems.Kept);
    }

    /// <summary>The catalog's name, as the caller gave it.</summary>
    public string CatalogName { get; }

    /// <summary>The problems found, in the order of the rows: all of them, or the first <see cref="GovDisclosureException.MaxProblems"/>.</summary>
    public IReadOnlyList<CatalogProblem> Problems { get; }
}
