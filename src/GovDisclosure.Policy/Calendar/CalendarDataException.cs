namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// Thrown when holiday data cannot be used: malformed JSON, a field of the wrong type, a day listed
/// twice or both off and working, a notice that conflicts with one already in a calendar, or a gap
/// between notice years, a text that cannot be read. <see cref="Problems"/> lists the problems found (the first
/// <see cref="GovDisclosureException.MaxProblems"/>), each with where it is; <see cref="GovDisclosureException.ProblemCount"/> counts them all.
/// </summary>
public sealed class CalendarDataException : GovDisclosureException
{
    /// <summary>Creates the exception for one or more problems, keeping the first <see cref="GovDisclosureException.MaxProblems"/>.</summary>
    /// <param name="problems">What is wrong, one sentence each, each naming where (a JSON path, a date, a year, a line).</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public CalendarDataException(IEnumerable<string> problems)
        : this(ProblemList<string>.Cut(Preconditions.CheckNotNull(problems)))
    {
    }

    /// <summary>Creates the exception from a reader's problems: those it kept, and how many it found.</summary>
    internal CalendarDataException(ProblemList<string> problems)
        : this(([.. problems.Kept], problems.Count))
    {
    }

    /// <summary>Creates the exception for one problem, keeping the exception that revealed it.</summary>
    /// <param name="problem">What is wrong, naming where.</param>
    /// <param name="innerException">The exception that revealed it.</param>
    public CalendarDataException(string problem, Exception? innerException)
        : this(ReadOnly.Wrap(new[] { Preconditions.CheckNotNull(problem) }), 1, innerException)
    {
    }

    private CalendarDataException((string[] Kept, int Count) problems)
        : this(ReadOnly.Wrap(Preconditions.CheckProblems(problems.Kept)), problems.Count, null)
    {
    }

    private CalendarDataException(IReadOnlyList<string> problems, int count, Exception? innerException)
        : base("The holiday data is not usable", problems, count, innerException) => Problems = problems;

    /// <summary>The problems found, in the order found: all of them, or the first <see cref="GovDisclosureException.MaxProblems"/>.</summary>
    public IReadOnlyList<string> Problems { get; }
}
