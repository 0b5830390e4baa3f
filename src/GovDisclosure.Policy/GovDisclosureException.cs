namespace GovDisclosure.Policy;

/// <summary>
/// The base of everything the library throws about data, documents, a request's history or the calendar: catch it to handle
/// every such failure at once. Each subclass carries its problems as a typed list (<c>Problems</c>); this base gives them as
/// sentences (<see cref="ProblemTexts"/>) and counts them all (<see cref="GovDisclosureException.ProblemCount"/>). <see cref="Exception.Message"/> is
/// bounded: a summary, the first <see cref="ProblemsInMessage"/> problems, then how many more there are. A caller's argument
/// that is wrong in itself (null, blank, out of range) is an <see cref="ArgumentException"/> instead.
/// </summary>
public abstract class GovDisclosureException : Exception
{
    /// <summary>The most problems an exception keeps; more are counted in <see cref="GovDisclosureException.ProblemCount"/>, not kept, so that a broken
    /// input of any size cannot exhaust memory.</summary>
    public const int MaxProblems = ProblemList<string>.Max;

    /// <summary>The most problems <see cref="Exception.Message"/> lists; the rest are counted in its last line.</summary>
    public const int ProblemsInMessage = 10;

    /// <summary>
    /// Creates the exception of an add-on package (JSON, spreadsheets, documents): a summary, the problems kept as sentences and how many
    /// there were in all. <see cref="Exception.Message"/> is the summary, then the first <see cref="ProblemsInMessage"/> sentences, then
    /// how many more there are.
    /// </summary>
    /// <param name="summary">What could not be done, without a full stop: <c>The JSON is not valid</c>.</param>
    /// <param name="problemTexts">The problems kept, each a sentence naming where it is: one at least, at most <see cref="MaxProblems"/>; copied.</param>
    /// <param name="problemCount">How many problems were found in all: at least as many as kept.</param>
    /// <param name="innerException">What caused it, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/>, <paramref name="problemTexts"/> or a text is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problemTexts"/> is empty or holds more than <see cref="MaxProblems"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="problemCount"/> is below the number kept.</exception>
    protected GovDisclosureException(string summary, IReadOnlyList<string> problemTexts, int problemCount, Exception? innerException = null)
        : base(Describe(Preconditions.CheckNotNull(summary), CheckedTexts(problemTexts, problemCount), problemCount), innerException)
    {
        ProblemTexts = CheckedTexts(problemTexts, problemCount);
        ProblemCount = problemCount;
    }

    /// <summary>An exception of one problem whose sentence says it all: the message is the sentence.</summary>
    private protected GovDisclosureException(string sentence)
        : base(sentence)
    {
        ProblemTexts = ReadOnly.Wrap(new[] { sentence });
        ProblemCount = 1;
    }

    /// <summary>The problems kept (at most <see cref="GovDisclosureException.MaxProblems"/>), each as a sentence that names where it is.</summary>
    public IReadOnlyList<string> ProblemTexts { get; }

    /// <summary>How many problems were found in all, including those not kept.</summary>
    public int ProblemCount { get; }

    /// <summary>The sentences of <paramref name="problems"/>, read-only.</summary>
    private protected static IReadOnlyList<string> Texts<T>(IReadOnlyList<T> problems) =>
        ReadOnly.Wrap(problems.Select(problem => problem!.ToString()!).ToArray());

    /// <summary>A read-only copy of <paramref name="texts"/>, checked against <paramref name="count"/>.</summary>
    private static IReadOnlyList<string> CheckedTexts(IReadOnlyList<string> texts, int count)
    {
        var copy = ReadOnly.CopyWithoutNulls(Preconditions.CheckNotNull(texts, "problemTexts"), "problemTexts");
        Preconditions.CheckArgument(copy.Count <= MaxProblems, "problemTexts", $"At most {MaxProblems} problems are kept; count the rest in problemCount.");
        return Preconditions.CheckProblems(copy, count);
    }

    // One problem: "summary: problem". More: the summary with the count, the first ProblemsInMessage, then how many more.
    private static string Describe(string summary, IReadOnlyList<string> problems, int count)
    {
        if (count == 1 && problems.Count == 1)
        {
            return $"{summary}: {problems[0]}";
        }

        var listed = Math.Min(problems.Count, ProblemsInMessage);
        var text = new System.Text.StringBuilder(summary).Append(" (").Append(IsoText.Count(count, "problem")).Append("):");
        for (var i = 0; i < listed; i++)
        {
            text.Append(Environment.NewLine).Append("- ").Append(problems[i]);
        }

        return count > listed ? text.Append(Environment.NewLine).Append("- … and ").Append(count - listed).Append(" more").ToString() : text.ToString();
    }
}
