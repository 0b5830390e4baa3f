namespace GovDisclosure.Policy.Tests.Json;

/// <summary>A JSON input's exception, as every <see cref="GovDisclosureException"/>: one problem follows the summary; more are counted and
/// listed one per line, the first <see cref="GovDisclosureException.ProblemsInMessage"/> of them, then how many more.</summary>
public sealed class PolicyJsonExceptionTests
{
    private static readonly JsonProblem First = new("$.year", 1, 10, "expected a number; found a string.");

    private static readonly JsonProblem Second = new("$.bodies[0].id", 4, 13, "expected a non-empty string; found null.");

    [Fact]
    public void One_problem_follows_the_summary()
    {
        var exception = new PolicyJsonException([First]);

        Assert.Equal($"The JSON is not valid: {First}", exception.Message);
        Assert.Equal((1, 1), (exception.Problems.Count, exception.ProblemCount));
        Assert.Equal([First.ToString()], exception.ProblemTexts);
    }

    [Fact]
    public void Every_listed_problem_stands_on_a_line_of_its_own()
    {
        var exception = new PolicyJsonException([First, Second]);

        Assert.Equal($"The JSON is not valid (2 problems):{Environment.NewLine}- {First}{Environment.NewLine}- {Second}", exception.Message);
    }

    [Fact]
    public void More_problems_than_kept_are_counted_and_the_rest_are_said_to_be_more()
    {
        var exception = new PolicyJsonException([First, Second], 250);

        Assert.Equal($"The JSON is not valid (250 problems):{Environment.NewLine}- {First}{Environment.NewLine}- {Second}{Environment.NewLine}- … and 248 more",
            exception.Message);
        Assert.Equal((2, 250), (exception.Problems.Count, exception.ProblemCount));
    }

    [Fact]
    public void The_message_lists_ten_problems_and_counts_the_eleventh()
    {
        JsonProblem At(int line) => new($"$.records[{line}]", line, 1, "wrong.");
        var ten = new PolicyJsonException([.. Enumerable.Range(1, 10).Select(At)]);
        var eleven = new PolicyJsonException([.. Enumerable.Range(1, 11).Select(At)]);

        Assert.Equal(11, ten.Message.Split(Environment.NewLine).Length);
        Assert.EndsWith($"- {At(10)}", ten.Message, StringComparison.Ordinal);
        Assert.Equal(12, eleven.Message.Split(Environment.NewLine).Length);
        Assert.EndsWith($"- {At(10)}{Environment.NewLine}- … and 1 more", eleven.Message, StringComparison.Ordinal);
        Assert.Equal(11, eleven.Problems.Count);
    }

    [Fact]
    public void As_many_problems_as_listed_is_no_truncated_list()
    {
        Assert.DoesNotContain("more", new PolicyJsonException([First, Second], 2).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_below_the_list_or_no_list_is_refused_naming_the_argument()
    {
        Assert.Equal("problemCount", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new PolicyJsonException([First, Second], 1)).ParamName);
        Assert.Equal("problems", ArgumentAssert.Throws<ArgumentNullException>(() => new PolicyJsonException(null!, 3)).ParamName);
        Assert.Equal("problems", ArgumentAssert.Throws<ArgumentException>(() => new PolicyJsonException([], 0)).ParamName);
    }

    [Fact]
    public void One_problem_listed_of_more_found_is_still_a_list_that_counts_the_rest()
    {
        var exception = new PolicyJsonException([First], 3);

        Assert.Equal($"The JSON is not valid (3 problems):{Environment.NewLine}- {First}{Environment.NewLine}- … and 2 more", exception.Message);
    }
}
