using static GovDisclosure.Policy.Tests.Requests.Requests;

namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>§8.3, D38: a request's history as it stood at the end of a day, and the order its events must keep.</summary>
public sealed class RequestHistoryTests
{
    /// <summary>Arrived online Mon 2 Sep 2024, confirmed Thu 5 Sep, consulted Mon 9 Sep, replied Fri 20 Sep.</summary>
    private static readonly InformationRequest Online =
        InformationRequest.Receive("R-3", "mzj", RequestChannel.Online, D(2024, 9, 2), D(2024, 9, 5), ApplicantKind.NaturalPerson)
            .Consult(D(2024, 9, 9), ConsultationParty.ThirdParty).Reply(D(2024, 9, 20), RequestOutcome.Disclosed);

    [Fact]
    public void Sec8_3_a_request_exists_from_the_day_it_arrived()
    {
        Assert.Null(Online.AsOf(D(2024, 9, 1)));
        Assert.NotNull(Online.AsOf(D(2024, 9, 2)));
    }

    [Fact]
    public void Sec8_3_it_is_received_from_the_day_it_was_confirmed_and_has_no_events_before()
    {
        var dayBefore = Online.AsOf(D(2024, 9, 4))!;
        var confirmed = Online.AsOf(D(2024, 9, 5))!;

        Assert.Null(dayBefore.ReceivedOn);
        Assert.Empty(dayBefore.Events);
        Assert.Equal(D(2024, 9, 5), confirmed.ReceivedOn);
        Assert.Empty(confirmed.Events);
    }

    [Fact]
    public void D38_each_event_counts_from_its_own_day_and_a_history_with_every_event_is_the_request_itself()
    {
        Assert.Single(Online.AsOf(D(2024, 9, 9))!.Events);
        Assert.Single(Online.AsOf(D(2024, 9, 19))!.Events);
        Assert.Equal(2, Online.AsOf(D(2024, 9, 20))!.Events.Count);
        Assert.Same(Online, Online.AsOf(D(2024, 9, 20)));
        Assert.NotSame(Online, Online.AsOf(D(2024, 9, 19)));
    }

    [Fact]
    public void Sec8_3_no_event_comes_before_the_confirmation()
    {
        var confirmed = InformationRequest.Receive("R-3", "mzj", RequestChannel.Online, D(2024, 9, 2), D(2024, 9, 5), ApplicantKind.NaturalPerson);

        var refusal = Refusal(() => confirmed.Consult(D(2024, 9, 4), ConsultationParty.ThirdParty));

        Assert.Equal((RefusalReason.BeforeLastEvent, D(2024, 9, 5), "R-3"), (refusal.Reason, refusal.RelatedDate, refusal.RequestId));
        Assert.True(confirmed.CanApply(RequestEvent.Consultation(D(2024, 9, 5), ConsultationParty.ThirdParty)));
    }

    [Fact]
    public void Sec8_9_a_posted_reply_may_be_received_the_day_it_was_posted_and_every_event_needs_its_values()
    {
        var replied = InPerson(D(2024, 9, 2)).Reply(D(2024, 9, 10), RequestOutcome.Disclosed);

        Assert.Equal(D(2024, 9, 11), replied.Deliver(D(2024, 9, 11), DeliveryMethod.Post, D(2024, 9, 11)).KnewReplyOn);
        Assert.Equal("method", ArgumentAssert.Throws<ArgumentNullException>(() => replied.Deliver(D(2024, 9, 11), null!)).ParamName);
        Assert.Equal("party", ArgumentAssert.Throws<ArgumentNullException>(() => InPerson(D(2024, 9, 2)).Consult(D(2024, 9, 3), null!)).ParamName);
        Assert.Equal("outcome", ArgumentAssert.Throws<ArgumentNullException>(() => InPerson(D(2024, 9, 2)).Reply(D(2024, 9, 3), null!)).ParamName);
    }
}
