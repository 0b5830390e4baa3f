namespace GovDisclosure.Policy.Serialization;

/// <summary>One problem of a JSON input: where (JSON path, line, column) and what.</summary>
/// <param name="Path">The JSON path, for example <c>$.records[3].trigger</c>.</param>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column in bytes, from 1.</param>
/// <param name="Message">What is wrong and what was expected.</param>
/// <exception cref="ArgumentNullException">A non-nullable argument is null, when created or through <c>with</c>.</exception>
public sealed record JsonProblem(string Path, int Line, int Column, string Message)
{
    /// <summary>The JSON path, for example <c>$.records[3].trigger</c>.</summary>
    public string Path { get; init => field = Preconditions.CheckNotNull(value, nameof(Path)); } = Preconditions.CheckNotNull(Path);

    /// <summary>The line, from 1.</summary>
    public int Line { get; init; } = Line;

    /// <summary>The column in bytes, from 1.</summary>
    public int Column { get; init; } = Column;

    /// <summary>What is wrong and what was expected.</summary>
    public string Message { get; init => field = Preconditions.CheckNotNull(value, nameof(Message)); } = Preconditions.CheckNotNull(Message);

    /// <inheritdoc />
    public override string ToString() => $"{Path} (line {Line}, column {Column}): {Message}";
}

/// <summary>
/// Thrown when JSON input cannot be read: every problem found (the first <see cref="MaxProblems"/> listed, all of them
/// counted) with its path, line and message — malformed or non-UTF-8 text, an unknown or repeated property, an
/// unknown code with the valid ones, a date that is not a date, a missing required field, a duplicate id, a record
/// the register rejects.
/// </summary>
public sealed class PolicyJsonException : Exception
{
    /// <summary>The most problems one exception lists; more are counted in <see cref="ProblemCount"/>, not kept, so that a broken
    /// file of any size cannot exhaust memory.</summary>
    public const int MaxProblems = ProblemList<JsonProblem>.Max;

    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or an element is null.</exception>
    public PolicyJsonException(IReadOnlyList<JsonProblem> problems)
        : this(problems, Preconditions.CheckNotNull(problems).Count)
    {
    }

    /// <summary>Creates the exception for a file with more problems than it lists.</summary>
    /// <param name="problems">The problems listed, at least one.</param>
    /// <param name="problemCount">How many problems were found in all; at least as many as listed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> or an element is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="problemCount"/> is below the number listed.</exception>
    public PolicyJsonException(IReadOnlyList<JsonProblem> problems, int problemCount)
        : base(Describe(problems, problemCount))
    {
        Problems = ReadOnly.CopyWithoutNulls(problems, nameof(problems));
        ProblemCount = problemCount;
    }

    /// <summary>The problems found, in document order: all of them, or the first <see cref="MaxProblems"/>.</summary>
    public IReadOnlyList<JsonProblem> Problems { get; }

    /// <summary>How many problems were found in all, including those past <see cref="MaxProblems"/> that are not listed.</summary>
    public int ProblemCount { get; }

    private static string Describe(IReadOnlyList<JsonProblem> problems, int problemCount)
    {
        Preconditions.CheckNotNull(problems);
        Preconditions.CheckArgumentRange(nameof(problemCount), problemCount, problems.Count, int.MaxValue);
        var head = problemCount > problems.Count
            ? $"The JSON has {problemCount} problems; the first {problems.Count}:"
            : $"The JSON has {IsoText.Count(problems.Count, "problem")}:";
        return head + Environment.NewLine + "- " + string.Join(Environment.NewLine + "- ", problems);
    }
}
