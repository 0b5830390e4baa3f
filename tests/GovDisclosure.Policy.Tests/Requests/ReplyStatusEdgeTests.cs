namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>The edges of a request's status: the due day itself, abandonment, a late delivery's description, and the day before arrival (§8.4, §8.13, D17, D32).</summary>
public sealed class ReplyStatusEdgeTests
{
    private static readonly DisclosurePolicy Seed = DisclosurePolicy.Default;

    // Received Mon 2 Sep 2024: 20 working days end Mon 30 Sep.
    private static InformationRequest Received() =>
        InformationRequest.Receive("q", "mzj", RequestChannel.InPerson, new LocalDate(2024, 9, 2), null, ApplicantKind.NaturalPerson);

    [Theory]
    [InlineData(29, 0)]   // Sunday before: early
    [InlineData(30, 0)]   // the due day itself: on time
    [InlineData(31, 1)]   // 1 October is a holiday: the next working day, 8 October, is the first late one
    public void D17_a_reply_delivered_on_its_due_day_is_on_time_and_one_delivered_after_it_late(int dayAfterAugust, int late)
    {
        var delivered = new LocalDate(2024, 8, 31).PlusDays(dayAfterAugust);
        var request = Received().Reply(delivered, RequestOutcome.Disclosed).Deliver(delivered, DeliveryMethod.InPerson);

        var status = Seed.ReplyStatusOn(request, new LocalDate(2024, 12, 31));

        Assert.Equal(late, status.WorkingDaysLate);
        Assert.Equal(late > 0, status.IsLate);
        Assert.False(status.IsOverdue);
    }

    [Fact]
    public void D17_a_late_delivery_says_so_and_its_deadline_is_worked_out_once()
    {
        var request = Received().Reply(new LocalDate(2024, 10, 9), RequestOutcome.Disclosed).Deliver(new LocalDate(2024, 10, 9), DeliveryMethod.InPerson);

        var status = Seed.ReplyStatusOn(request, new LocalDate(2024, 12, 31));

        Assert.Equal("Request q on 2024-12-31: delivered, due 2024-09-30, delivered 2 working days late", status.ToString());
        Assert.Same(status.Deadline, status.Deadline);
    }

    [Fact]
    public void D32_an_abandoned_request_has_no_due_date_and_is_neither_overdue_nor_late()
    {
        var request = Received().NoticeFee(new LocalDate(2024, 9, 4));

        var status = Seed.ReplyStatusOn(request, new LocalDate(2025, 6, 30));

        Assert.Equal(RequestState.Abandoned, status.State);
        Assert.Null(status.Due);
        Assert.Null(status.Deadline);
        Assert.Equal(0, status.WorkingDaysLate);
        Assert.False(status.IsOverdue);
        Assert.Equal("Request q on 2025-06-30: abandoned", status.ToString());
    }

    [Fact]
    public void Sec8_3_a_request_has_no_status_before_it_arrived()
    {
        var e = ArgumentAssert.Throws<ArgumentException>(() => Seed.ReplyStatusOn(Received(), new LocalDate(2024, 9, 1)));

        Assert.Equal("Request q arrived on 2024-09-02, after 2024-09-01; it has no status before it arrived.", e.Message);
    }
}
