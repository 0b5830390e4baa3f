namespace GovDisclosure.Policy.Json;

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
/// Thrown when JSON input cannot be read: every problem found (the first <see cref="GovDisclosureException.MaxProblems"/> listed, all of them
/// counted) with its path, line and message — malformed or non-UTF-8 text, an unknown or repeated property, an
/// unknown code with the valid ones, a date that is not a date, a missing required field, a duplicate id, a record
/// the register rejects.
/// </summary>
public sealed class PolicyJsonException : GovDisclosureException
{
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
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty, or <paramref name="problemCount"/> is below the number listed.</exception>
    public PolicyJsonException(IReadOnlyList<JsonProblem> problems, int problemCount)
        : base("The JSON is not valid", [.. Preconditions.CopyWithoutNulls(problems, nameof(problems)).Select(problem => problem.ToString())], problemCount) =>
        Problems = Preconditions.CopyWithoutNulls(problems, nameof(problems));

    /// <summary>The problems found, in document order: all of them, or the first <see cref="GovDisclosureException.MaxProblems"/>.</summary>
    public IReadOnlyList<JsonProblem> Problems { get; }
}
