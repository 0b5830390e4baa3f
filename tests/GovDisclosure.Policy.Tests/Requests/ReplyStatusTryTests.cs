namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>§8.4, §8.8, D32: a history only the calendar shows impossible is a refusal given as a value by <c>TryGetReplyStatus</c>, the same
/// refusal <c>ReplyStatusOn</c> throws.</summary>
public sealed class ReplyStatusTryTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    private static readonly LocalDate AsOf = new(2025, 12, 31);

    private static InformationRequest Received() =>
        InformationRequest.Receive("q", "mzj", RequestChannel.InPerson, new LocalDate(2025, 3, 3), null, ApplicantKind.NaturalPerson);

    [Fact]
    public void Sec8_4_an_extension_told_after_the_period_ended_is_a_refusal_naming_the_event_and_the_periods_end()
    {
        var request = Received().Apply(RequestEvent.Extension(new LocalDate(2025, 5, 30), 20));

        Assert.False(Policy.TryGetReplyStatus(request, AsOf, out var status, out var refusal));

        Assert.Null(status);
        Assert.Equal((RefusalReason.ExtendedAfterPeriod, RequestEventKind.Extended, new LocalDate(2025, 5, 30), new LocalDate(2025, 3, 31)),
            (refusal.Reason, refusal.Refused, refusal.On, refusal.Limit));
        Assert.Equal(refusal, Assert.Single(Assert.Throws<RequestHistoryException>(() => Policy.ReplyStatusOn(request, AsOf)).Refusals));
    }

    [Theory]
    [InlineData(2025, 3, 31, true)]    // the period's last day: still told in time
    [InlineData(2025, 4, 1, false)]    // the day after
    public void Sec8_4_an_extension_is_told_by_the_last_day_of_the_period(int year, int month, int day, bool inTime)
    {
        var request = Received().Apply(RequestEvent.Extension(new LocalDate(year, month, day), 20));

        Assert.Equal(inTime, Policy.TryGetReplyStatus(request, AsOf, out var status, out var refusal));
        Assert.Equal(inTime, status is not null);
        Assert.Equal(inTime, refusal is null);
    }

    [Fact]
    public void D32_a_fee_paid_after_its_twenty_working_days_is_a_refusal_and_a_history_in_order_a_status()
    {
        var noticed = Received().Apply(RequestEvent.FeeNotice(new LocalDate(2025, 3, 5)));

        Assert.False(Policy.TryGetReplyStatus(noticed.Apply(RequestEvent.FeePayment(new LocalDate(2025, 6, 2))), AsOf, out _, out var refusal));
        Assert.Equal(RefusalReason.PaidAfterDeadline, refusal.Reason);
        Assert.True(Policy.TryGetReplyStatus(noticed.Apply(RequestEvent.FeePayment(new LocalDate(2025, 3, 10))), AsOf, out var status, out var none));
        Assert.Null(none);
        Assert.Equal(Policy.ReplyStatusOn(noticed.Apply(RequestEvent.FeePayment(new LocalDate(2025, 3, 10))), AsOf).Due, status.Due);
    }
}
