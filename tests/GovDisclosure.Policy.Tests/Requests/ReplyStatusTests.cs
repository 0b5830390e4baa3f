using static GovDisclosure.Policy.Tests.Requests.Requests;

namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>§8.10, §8.13, D17, D32, D36: where a request stands on a day — open, overdue, delivered on time or late, abandoned.</summary>
public sealed class ReplyStatusTests
{
    private static readonly InformationRequest Received = InPerson(D(2024, 9, 23));   // due Thu 24 Oct 2024

    [Fact]
    public void Sec8_13_an_open_request_is_overdue_from_the_day_after_its_due_date()
    {
        var onDueDay = Seed.ReplyStatusOn(Received, D(2024, 10, 24));
        var dayAfter = Seed.ReplyStatusOn(Received, D(2024, 10, 25));
        var saturday = Seed.ReplyStatusOn(Received, D(2024, 10, 26));

        Assert.Equal((RequestState.Open, false, 0), (onDueDay.State, onDueDay.IsOverdue, onDueDay.WorkingDaysLate));
        Assert.Equal((true, 1), (dayAfter.IsOverdue, dayAfter.WorkingDaysLate));
        Assert.Equal((true, 2), (saturday.IsOverdue, saturday.WorkingDaysLate));   // D17: Saturday counts to Monday 28 Oct
        Assert.Equal(D(2024, 10, 24), dayAfter.Due);
        Assert.Equal(D(2024, 10, 24), dayAfter.Deadline!.Due);
        Assert.True(dayAfter.IsJudged);
    }

    [Fact]
    public void Sec8_10_a_reply_is_on_time_when_delivered_on_or_before_the_due_date()
    {
        var replied = Received.Reply(D(2024, 10, 23), RequestOutcome.Disclosed);

        Assert.False(Seed.ReplyStatusOn(replied.Deliver(D(2024, 10, 23), DeliveryMethod.InPerson), D(2024, 12, 31)).IsLate);
        Assert.False(Seed.ReplyStatusOn(replied.Deliver(D(2024, 10, 24), DeliveryMethod.Post), D(2024, 12, 31)).IsLate);
        var late = Seed.ReplyStatusOn(replied.Deliver(D(2024, 10, 25), DeliveryMethod.InPerson), D(2024, 12, 31));
        Assert.Equal((RequestState.Delivered, true, false, 1), (late.State, late.IsLate, late.IsOverdue, late.WorkingDaysLate));
    }

    [Fact]
    public void Sec8_10_a_reply_made_in_time_but_undelivered_after_the_due_date_is_overdue()
    {
        var replied = Received.Reply(D(2024, 10, 24), RequestOutcome.Disclosed);
        var status = Seed.ReplyStatusOn(replied, D(2024, 10, 28));

        Assert.Equal(RequestState.Replied, status.State);
        Assert.Equal((true, 2), (status.IsOverdue, status.WorkingDaysLate));
    }

    [Fact]
    public void Sec8_13_events_after_the_day_are_left_out()
    {
        var delivered = Received.Reply(D(2024, 10, 24), RequestOutcome.Disclosed).Deliver(D(2024, 10, 24), DeliveryMethod.InPerson);

        Assert.Equal(RequestState.Open, Seed.ReplyStatusOn(delivered, D(2024, 10, 23)).State);
        Assert.Empty(Seed.ReplyStatusOn(delivered, D(2024, 10, 23)).Request.Events);
        Assert.Equal(RequestState.Delivered, Seed.ReplyStatusOn(delivered, D(2024, 10, 24)).State);
        ArgumentAssert.Throws<ArgumentException>(() => Seed.ReplyStatusOn(delivered, D(2024, 9, 22)));
    }

    [Fact]
    public void Sec8_6_a_request_not_corrected_by_its_deadline_is_abandoned_the_day_after()
    {
        var noticed = InPerson(D(2024, 9, 2)).NoticeCorrection(D(2024, 9, 4), D(2024, 9, 20));

        Assert.Equal(RequestState.AwaitingCorrection, Seed.ReplyStatusOn(noticed, D(2024, 9, 20)).State);
        var abandoned = Seed.ReplyStatusOn(noticed, D(2024, 9, 21));
        Assert.Equal((RequestState.Abandoned, D(2024, 9, 21)), (abandoned.State, abandoned.AbandonedOn));
        Assert.Null(abandoned.Due);
        Assert.Null(abandoned.Deadline);
        Assert.False(abandoned.IsJudged);
    }

    [Fact]
    public void D32_a_fee_unpaid_after_20_working_days_abandons_the_request_the_day_after()
    {
        var noticed = InPerson(D(2024, 9, 2)).NoticeFee(D(2024, 9, 5));   // last day to pay: Thu 10 Oct

        Assert.Equal(RequestState.AwaitingPayment, Seed.ReplyStatusOn(noticed, D(2024, 10, 10)).State);
        Assert.Equal((RequestState.Abandoned, D(2024, 10, 11)), (Seed.ReplyStatusOn(noticed, D(2024, 10, 11)).State, Seed.ReplyStatusOn(noticed, D(2024, 10, 11)).AbandonedOn));
        var noPause = Seed.WithProfile(new PolicyProfile("p").WithRequestRules(new RequestRules { FeeNoticeStopsClock = false }));
        Assert.Equal(RequestState.Open, noPause.ReplyStatusOn(noticed, D(2024, 10, 10)).State);
        Assert.Equal(RequestState.Abandoned, noPause.ReplyStatusOn(noticed, D(2024, 10, 11)).State);
    }

    [Fact]
    public void D32_closing_an_unpaid_request_needs_the_payment_period_to_have_passed()
    {
        var noticed = InPerson(D(2024, 9, 2)).NoticeFee(D(2024, 9, 5));

        Assert.Equal(RefusalReason.ClosedUnpaidBeforeDeadline, Refusal(() => Seed.ReplyDue(noticed.Reply(D(2024, 10, 10), RequestOutcome.AbandonedUnpaid))).Reason);
        var closed = noticed.Reply(D(2024, 10, 11), RequestOutcome.AbandonedUnpaid);
        Assert.False(Seed.ReplyStatusOn(closed, D(2024, 12, 31)).IsJudged);
        Assert.Contains("closed as abandoned: fee not paid in time", Assert.Throws<InvalidOperationException>(() => Seed.ReplyDue(closed)).Message);
        Assert.Equal(RefusalReason.OnlyAbandonedUnpaid, Refusal(() => noticed.Reply(D(2024, 10, 11), RequestOutcome.Disclosed)).Reason);
        Assert.Equal(RefusalReason.AbandonmentWithoutNotice, Refusal(() => Received.Reply(D(2024, 10, 11), RequestOutcome.AbandonedUnpaid)).Reason);
    }

    [Fact]
    public void Sec8_6_closing_an_uncorrected_request_needs_its_deadline_to_have_passed()
    {
        var noticed = InPerson(D(2024, 9, 2)).NoticeCorrection(D(2024, 9, 4), D(2024, 9, 20));

        Assert.Equal(RefusalReason.ClosedBeforeCorrectionDeadline, Refusal(() => noticed.Reply(D(2024, 9, 20), RequestOutcome.AbandonedUncorrected)).Reason);
        Assert.Equal(RequestOutcome.AbandonedUncorrected, noticed.Reply(D(2024, 9, 23), RequestOutcome.AbandonedUncorrected).Outcome);
        Assert.Equal(RefusalReason.AbandonmentWithoutNotice, Refusal(() => Received.Reply(D(2024, 9, 23), RequestOutcome.AbandonedUncorrected)).Reason);
    }

    [Fact]
    public void D36_not_processed_replies_are_not_judged()
    {
        var status = Seed.ReplyStatusOn(Received.Reply(D(2024, 11, 20), RequestOutcome.RepeatedRequest).Deliver(D(2024, 11, 20), DeliveryMethod.Post), D(2024, 12, 31));

        Assert.False(status.IsJudged);
        Assert.Equal(RequestState.Delivered, status.State);
    }

    [Fact]
    public void Sec8_10_a_reply_is_delivered_once_after_it_is_made()
    {
        var replied = Received.Reply(D(2024, 10, 10), RequestOutcome.Disclosed);

        Assert.Equal(RefusalReason.NoReplyToDeliver, Refusal(() => Received.Deliver(D(2024, 10, 10), DeliveryMethod.Post)).Reason);
        Assert.Equal(RefusalReason.AlreadyDelivered, Refusal(() => replied.Deliver(D(2024, 10, 10), DeliveryMethod.Post).Deliver(D(2024, 10, 11), DeliveryMethod.Post)).Reason);
        Assert.Equal(RefusalReason.AlreadyReplied, Refusal(() => replied.Reply(D(2024, 10, 11), RequestOutcome.Disclosed)).Reason);
        ArgumentAssert.Throws<ArgumentException>(() => replied.Deliver(D(2024, 10, 10), DeliveryMethod.InPerson, D(2024, 10, 12)));
        ArgumentAssert.Throws<ArgumentException>(() => replied.Deliver(D(2024, 10, 10), DeliveryMethod.Post, D(2024, 10, 9)));
        Assert.Equal(D(2024, 10, 12), replied.Deliver(D(2024, 10, 10), DeliveryMethod.Post, D(2024, 10, 12)).KnewReplyOn);
    }
}
