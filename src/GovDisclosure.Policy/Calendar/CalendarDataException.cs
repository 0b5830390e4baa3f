namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// Thrown when holiday data cannot be used: malformed JSON, a field of the wrong type, a day listed
/// twice or both off and working, a notice that conflicts with one already in a calendar, or a gap
/// between notice years. <see cref="Problems"/> lists every problem found, each with where it is.
/// </summary>
public sealed class CalendarDataException : Exception
{
    /// <summary>Creates the exception for one or more problems.</summary>
    /// <param name="problems">What is wrong, one sentence each, each naming where (a JSON path, a date, a year).</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public CalendarDataException(IEnumerable<string> problems)
        : this(Preconditions.CheckNotNull(problems).ToArray())
    {
    }

    /// <summary>Creates the exception for one problem, keeping the exception that revealed it.</summary>
    /// <param name="problem">What is wrong, naming where.</param>
    /// <param name="innerException">The exception that revealed it.</param>
    public CalendarDataException(string problem, Exception? innerException)
        : base(Describe([problem]), innerException) => Problems = ReadOnly.Wrap(new[] { problem });

    private CalendarDataException(string[] problems)
        : base(Describe(problems))
    {
        Preconditions.CheckArgument(problems.Length > 0, nameof(problems), "At least one problem must be given.");
        Problems = ReadOnly.Wrap(problems);
    }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<string> Problems { get; }

    // Runs before the constructor body refuses an empty list, so it must not fail on one.
    private static string Describe(string[] problems) => problems.Length == 1
        ? "The holiday data is not usable: " + problems[0]
        : $"The holiday data is not usable ({IsoText.Count(problems.Length, "problem")}):{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", problems);
}
