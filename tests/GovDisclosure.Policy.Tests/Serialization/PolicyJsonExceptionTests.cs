namespace GovDisclosure.Policy.Tests.Serialization;

/// <summary>A JSON input's exception lists its problems in its message, counting them in proper English, and says when it
/// lists only the first of more.</summary>
public sealed class PolicyJsonExceptionTests
{
    private static readonly JsonProblem First = new("$.year", 1, 10, "expected a number; found a string.");

    private static readonly JsonProblem Second = new("$.bodies[0].id", 4, 13, "expected a non-empty string; found null.");

    [Fact]
    public void One_problem_is_counted_singular_and_listed_under_its_head()
    {
        var exception = new PolicyJsonException([First]);

        Assert.Equal($"The JSON has 1 problem:{Environment.NewLine}- {First}", exception.Message);
        Assert.Equal((1, 1), (exception.Problems.Count, exception.ProblemCount));
    }

    [Fact]
    public void Every_listed_problem_stands_on_a_line_of_its_own()
    {
        var exception = new PolicyJsonException([First, Second]);

        Assert.Equal($"The JSON has 2 problems:{Environment.NewLine}- {First}{Environment.NewLine}- {Second}", exception.Message);
    }

    [Fact]
    public void More_problems_than_listed_are_counted_and_the_list_is_said_to_be_the_first_ones()
    {
        var exception = new PolicyJsonException([First, Second], 250);

        Assert.StartsWith($"The JSON has 250 problems; the first 2:{Environment.NewLine}- ", exception.Message, StringComparison.Ordinal);
        Assert.Equal((2, 250), (exception.Problems.Count, exception.ProblemCount));
    }

    [Fact]
    public void As_many_problems_as_listed_is_no_truncated_list()
    {
        Assert.StartsWith("The JSON has 2 problems:", new PolicyJsonException([First, Second], 2).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_below_the_list_or_no_list_is_refused_naming_the_argument()
    {
        Assert.Equal("problemCount", Assert.Throws<ArgumentOutOfRangeException>(() => new PolicyJsonException([First, Second], 1)).ParamName);
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => new PolicyJsonException(null!, 3)).ParamName);
    }
}
