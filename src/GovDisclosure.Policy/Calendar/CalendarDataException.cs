namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// Thrown when holiday data cannot be used: malformed JSON, a field of the wrong type, a day listed
/// twice or both off and working, a notice that conflicts with one already in a calendar, or a gap
/// between notice years, a text that cannot be read. <see cref="Problems"/> lists the problems found (the first
/// <see cref="MaxProblems"/>), each with where it is; <see cref="ProblemCount"/> counts them all.
/// </summary>
public sealed class CalendarDataException : Exception
{
    /// <summary>The most problems one exception lists; more are counted in <see cref="ProblemCount"/>, not kept, so that a broken
    /// input of any size cannot exhaust memory.</summary>
    public const int MaxProblems = ProblemList<string>.Max;

    /// <summary>Creates the exception for one or more problems, keeping the first <see cref="MaxProblems"/>.</summary>
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
        : base(Describe([problem], 1), innerException) => (Problems, ProblemCount) = (ReadOnly.Wrap(new[] { problem }), 1);

    private CalendarDataException((string[] Kept, int Count) problems)
        : base(Describe(problems.Kept, problems.Count))
    {
        Preconditions.CheckArgument(problems.Count > 0, nameof(problems), "At least one problem must be given.");
        (Problems, ProblemCount) = (ReadOnly.Wrap(problems.Kept), problems.Count);
    }

    /// <summary>The problems found, in the order found: all of them, or the first <see cref="MaxProblems"/>.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>How many problems were found in all, including those past <see cref="MaxProblems"/> that are not listed.</summary>
    public int ProblemCount { get; }

    // Runs before the constructor body refuses an empty list, so it must not fail on one.
    private static string Describe(string[] problems, int count) => count == 1
        ? "The holiday data is not usable: " + problems[0]
        : $"The holiday data is not usable ({ProblemList<string>.Head(problems.Length, count)}):{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", problems);
}
