using GovDisclosure.Policy.Tests.Evaluation;
using static GovDisclosure.Policy.Tests.Requests.Requests;

namespace GovDisclosure.Policy.Tests;

/// <summary>
/// The front door's own checks (D15, §8.13) and the copying rules every value follows: a missing argument or element is
/// named, a removed entry has no rule, and lists compare and hash element by element.
/// </summary>
public sealed class FrontDoorGuardTests
{
    private static readonly DisclosurePolicy Seed = DisclosurePolicy.Default;

    [Fact]
    public void D15_an_entry_has_its_rule_and_no_entry_has_none()
    {
        Assert.True(Seed.TryGetRule(ScheduleEntry.IM1, out var rule));
        Assert.Equal("D4", rule.SourceId);
        Assert.False(Seed.TryGetRule(null, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void D15_missing_arguments_are_named()
    {
        Assert.Equal("profile", ArgumentAssert.Throws<ArgumentNullException>(() => Seed.WithProfile(null!)).ParamName);
        Assert.Equal("body", ArgumentAssert.Throws<ArgumentNullException>(() => Seed.CalendarFor((Body)null!, 2024)).ParamName);
    }

    [Fact]
    public void Sec8_13_the_batch_reply_clock_names_a_short_result_span_and_a_missing_request()
    {
        var request = InPerson(D(2024, 9, 2));

        Assert.Equal("results", ArgumentAssert.Throws<ArgumentException>(() => Seed.ReplyDues([request, request], new LocalDate?[1])).ParamName);
        var missing = ArgumentAssert.Throws<ArgumentException>(() => Seed.ReplyDues([request, null!], new LocalDate?[2]));
        Assert.Equal("requests", missing.ParamName);
        Assert.StartsWith("requests[1] is null.", missing.Message);
    }

    [Fact]
    public void A_null_element_of_a_copied_list_is_named_with_its_index()
    {
        var exception = ArgumentAssert.Throws<ArgumentNullException>(() => Registers.Bureau() with { Catalogs = ["民政", null!] });

        Assert.Equal("Catalogs", exception.ParamName);
        Assert.StartsWith("Catalogs[1] is null.", exception.Message);
    }

    [Fact]
    public void Values_that_hold_lists_hash_by_their_elements()
    {
        var portal = new Publication(new LocalDate(2024, 3, 5), [Channel.GovernmentPortal]);
        var board = new Publication(new LocalDate(2024, 3, 5), [Channel.InternalNoticeBoard]);

        Assert.Equal(portal.GetHashCode(), new Publication(new LocalDate(2024, 3, 5), [Channel.GovernmentPortal]).GetHashCode());
        Assert.NotEqual(portal.GetHashCode(), board.GetHashCode());
    }
}
