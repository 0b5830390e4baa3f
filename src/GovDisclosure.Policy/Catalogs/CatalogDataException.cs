namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// Thrown when a county catalog cannot be read or built: a file that is not UTF-8, a header without a published column,
/// a blank cell, a channel, audience, mode or level the national list does not have, a time limit the library cannot read,
/// a 序号 used twice. <see cref="Problems"/> lists every problem found, each with its row and column.
/// </summary>
public sealed class CatalogDataException : Exception
{
    /// <summary>Creates the exception for one or more problems of a catalog.</summary>
    /// <param name="catalogName">The catalog's name, as the caller gave it.</param>
    /// <param name="problems">What is wrong, each with its row and column.</param>
    /// <exception cref="ArgumentNullException">An argument or a problem is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public CatalogDataException(string catalogName, IEnumerable<CatalogProblem> problems)
        : this(Preconditions.CheckNotNull(catalogName), ReadOnly.ArrayWithoutNulls(problems, nameof(problems)))
    {
    }

    private CatalogDataException(string catalogName, CatalogProblem[] problems)
        : base(Describe(catalogName, problems))
    {
        Preconditions.CheckArgument(problems.Length > 0, nameof(problems), "At least one problem must be given.");
        CatalogName = catalogName;
        Problems = ReadOnly.Wrap(problems);
    }

    /// <summary>The catalog's name, as the caller gave it.</summary>
    public string CatalogName { get; }

    /// <summary>Every problem found, in the order of the rows.</summary>
    public IReadOnlyList<CatalogProblem> Problems { get; }

    // Runs before the constructor body refuses an empty list, so it must not fail on one.
    private static string Describe(string name, CatalogProblem[] problems) => problems.Length == 1
        ? $"The catalog \"{name}\" is not usable: {problems[0]}"
        : $"The catalog \"{name}\" is not usable ({IsoText.Count(problems.Length, "problem")}):{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", problems.AsEnumerable());
}
