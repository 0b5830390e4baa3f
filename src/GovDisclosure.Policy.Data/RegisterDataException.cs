namespace GovDisclosure.Policy.Data;

/// <summary>
/// Thrown when a register cannot be read from a database, or written to one: every problem of its rows (the first
/// <see cref="GovDisclosureException.MaxProblems"/> listed, all of them counted), each named by table, key and column; or the failure of the
/// database itself — a missing table or column, a connection that dropped — with how far the reading got and the provider's exception inside.
/// No evaluation is returned with it.
/// </summary>
public sealed class RegisterDataException : GovDisclosureException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems listed, at least one.</param>
    /// <param name="problemCount">How many problems were found in all; at least as many as listed.</param>
    /// <param name="recordsRead">How many records had been read when the reading stopped.</param>
    /// <param name="innerException">The provider's exception, when the database failed; or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty or longer than <see cref="GovDisclosureException.MaxProblems"/>, or
    /// <paramref name="problemCount"/> is below the number listed.</exception>
    public RegisterDataException(IReadOnlyList<TableProblem> problems, int problemCount, long recordsRead, Exception? innerException)
        : base(innerException is null ? "The register in the database is not valid" : "The register could not be read from the database",
            [.. Preconditions.CheckNotNull(problems).Select(problem => Preconditions.CheckNotNull(problem, nameof(problems)).ToString())], problemCount, innerException)
    {
        Problems = problems.ToList().AsReadOnly();
        RecordsRead = recordsRead;
    }

    /// <summary>The problems found: all of them, or the first <see cref="GovDisclosureException.MaxProblems"/>.</summary>
    public IReadOnlyList<TableProblem> Problems { get; }

    /// <summary>How many records had been read (taken or refused) when the reading stopped.</summary>
    public long RecordsRead { get; }
}
