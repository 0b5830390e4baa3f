using static GovDisclosure.Policy.Tests.Requests.Requests;

namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>§8: one exception for an impossible history, from every entry point, carrying each refusal as data and bounded like every
/// <see cref="GovDisclosureException"/>.</summary>
public sealed class RequestHistoryExceptionTests
{
    private static readonly RequestRefusal Late = Refusal(() => Seed.ReplyDue(InPerson(D(2024, 9, 23), "a").Extend(D(2024, 10, 25), 5)));

    private static readonly RequestRefusal Twice = Refusal(() => InPerson(D(2024, 9, 23), "b").Extend(D(2024, 9, 24), 5).Extend(D(2024, 9, 25), 5));

    [Fact]
    public void Sec8_one_refusal_is_the_message_and_more_are_listed_under_a_summary()
    {
        var one = new RequestHistoryException([Late]);
        var two = new RequestHistoryException([Late, Twice]);

        Assert.Equal(Late.Message.En, one.Message);
        Assert.Equal($"A request's history is impossible (2 problems):{Environment.NewLine}- {Late.Message.En}{Environment.NewLine}- {Twice.Message.En}", two.Message);
        Assert.Equal([Late, Twice], two.Refusals);
        Assert.Equal(2, two.ProblemCount);
        Assert.IsAssignableFrom<GovDisclosureException>(two);
    }

    [Fact]
    public void Sec8_a_history_of_thousands_of_refusals_keeps_the_first_hundred_and_counts_them_all()
    {
        var exception = new RequestHistoryException(Enumerable.Repeat(Late, 250));

        Assert.Equal((GovDisclosureException.MaxProblems, 250), (exception.Refusals.Count, exception.ProblemCount));
        Assert.EndsWith("- … and 240 more", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec8_no_refusal_or_a_null_one_is_an_argument_error()
    {
        Assert.Equal("problems", ArgumentAssert.Throws<ArgumentException>(() => new RequestHistoryException([])).ParamName);
        Assert.Equal("refusals", ArgumentAssert.Throws<ArgumentNullException>(() => new RequestHistoryException(null!)).ParamName);
        Assert.Equal("refusals", ArgumentAssert.Throws<ArgumentNullException>(() => new RequestHistoryException([Late, null!])).ParamName);
    }

    [Fact]
    public void Sec8_a_refusal_is_equal_to_another_of_the_same_values()
    {
        var again = Refusal(() => Seed.ReplyDue(InPerson(D(2024, 9, 23), "a").Extend(D(2024, 10, 25), 5)));

        Assert.Equal(Late, again);
        Assert.Equal(Late.GetHashCode(), again.GetHashCode());
        Assert.NotEqual(Late, Twice);
        Assert.False(Late.Equals(null));
        Assert.True(Late.Equals((object)again));
        Assert.Equal(Late.Message, again.Message);
    }

    [Fact]
    public void Sec8_no_refusal_is_refused_in_a_sentence()
    {
        Assert.Equal("At least one problem must be given.", ArgumentAssert.Throws<ArgumentException>(() => new RequestHistoryException([])).Message);
    }
}
