using static GovDisclosure.Policy.Tests.Requests.Requests;

namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>
/// §8.3–§8.10, D32: every transition a request's history cannot take is refused as data — its reason, the event refused, its day and
/// the dates or limits the reason rests on — so that a host can branch on it and word it its own way; the sentences are approved in
/// <c>request-refusals.txt</c>. <see cref="InformationRequest.CanApply"/> and <see cref="InformationRequest.TryApply"/> ask without an
/// exception and agree with the recording methods.
/// </summary>
public sealed class RequestRefusalTests
{
    // Received Mon 2 Sep 2024 in person.
    private static readonly InformationRequest Received = InPerson(D(2024, 9, 2), "q");

    private static readonly InformationRequest AwaitingCorrection = Received.NoticeCorrection(D(2024, 9, 4), D(2024, 9, 20));

    private static readonly InformationRequest AwaitingPayment = Received.NoticeFee(D(2024, 9, 5));

    private static RequestRefusal Refused(Func<object> transition) => Assert.Single(Assert.Throws<RequestHistoryException>(transition).Refusals);

    [Fact]
    public void Sec8_3_confirmation_on_the_day_of_arrival_is_accepted_and_no_event_comes_before_it()
    {
        Assert.Equal(D(2024, 9, 2), InformationRequest.Receive("q", "mzj", RequestChannel.Online, D(2024, 9, 2), D(2024, 9, 2), ApplicantKind.NaturalPerson).ReceivedOn);
        var unconfirmed = InformationRequest.Receive("q", "mzj", RequestChannel.Online, D(2024, 9, 2), null, ApplicantKind.NaturalPerson);
        var refusal = Refused(() => unconfirmed.Reply(D(2024, 9, 3), RequestOutcome.Disclosed));

        Assert.Equal((RefusalReason.AwaitingConfirmation, RequestEventKind.Replied, D(2024, 9, 3), D(2024, 9, 2), "q"),
            (refusal.Reason, refusal.Refused, refusal.On, refusal.RelatedDate, refusal.RequestId));
        Assert.Equal((RefusalReason.BeforeLastEvent, (RequestEventKind?)null, D(2024, 9, 2)),
            Refused(() => unconfirmed.Confirm(D(2024, 9, 1))) is var early ? (early.Reason, early.Refused, early.RelatedDate) : default);
        Assert.Equal(D(2024, 9, 2), unconfirmed.Confirm(D(2024, 9, 2)).ReceivedOn);
    }

    [Fact]
    public void Sec8_6_a_correction_notice_after_an_extension_or_a_fee_notice_is_refused_naming_that_day()
    {
        var afterExtension = Refused(() => Received.Extend(D(2024, 9, 27), 20).NoticeCorrection(D(2024, 9, 30), D(2024, 10, 20)));
        var afterFee = Refused(() => AwaitingPayment.NoticeCorrection(D(2024, 9, 6), D(2024, 9, 20)));

        Assert.Equal((RefusalReason.CorrectionAfterExtension, D(2024, 9, 27), D(2024, 9, 30)), (afterExtension.Reason, afterExtension.RelatedDate, afterExtension.On));
        Assert.Equal((RefusalReason.CorrectionAfterFeeNotice, D(2024, 9, 5)), (afterFee.Reason, afterFee.RelatedDate));
    }

    [Fact]
    public void Sec8_6_a_correction_is_accepted_up_to_its_deadline_and_refused_the_day_after()
    {
        Assert.Equal(D(2024, 9, 20), AwaitingCorrection.Corrected(D(2024, 9, 20)).CorrectedOn);
        var late = Refused(() => AwaitingCorrection.Corrected(D(2024, 9, 21)));
        var twice = Refused(() => AwaitingCorrection.Corrected(D(2024, 9, 10)).Corrected(D(2024, 9, 11)));

        Assert.Equal((RefusalReason.CorrectedAfterDeadline, D(2024, 9, 20), D(2024, 9, 21)), (late.Reason, late.Limit, late.On));
        Assert.Equal((RefusalReason.AlreadyCorrected, D(2024, 9, 10)), (twice.Reason, twice.RelatedDate));
        Assert.Equal(RefusalReason.NoCorrectionAwaited, Refused(() => Received.Corrected(D(2024, 9, 5))).Reason);
    }

    [Theory]
    [InlineData(nameof(RequestEventKind.ConsultationSent))]
    [InlineData(nameof(RequestEventKind.Extended))]
    [InlineData(nameof(RequestEventKind.Deferred))]
    [InlineData(nameof(RequestEventKind.FeeNoticed))]
    public void Sec8_6_nothing_runs_on_a_request_that_awaits_its_correction(string kind)
    {
        RequestEvent e = RequestEventKind.Parse(kind) == RequestEventKind.ConsultationSent ? RequestEvent.Consultation(D(2024, 9, 5), ConsultationParty.ThirdParty)
            : RequestEventKind.Parse(kind) == RequestEventKind.Extended ? RequestEvent.Extension(D(2024, 9, 5), 20)
            : RequestEventKind.Parse(kind) == RequestEventKind.Deferred ? RequestEvent.Deferral(D(2024, 9, 5), D(2024, 10, 31))
            : RequestEvent.FeeNotice(D(2024, 9, 5));

        Assert.False(AwaitingCorrection.CanApply(e));
        Assert.False(AwaitingCorrection.TryApply(e, out var next, out var refusal));
        Assert.Null(next);
        Assert.Equal((RefusalReason.AwaitingCorrection, RequestEventKind.Parse(kind), D(2024, 9, 4)), (refusal!.Reason, refusal.Refused, refusal.RelatedDate));
        Assert.Equal(refusal, Refused(() => AwaitingCorrection.Apply(e)));
    }

    [Fact]
    public void Sec8_12_an_extension_of_1_to_the_regimes_maximum_is_accepted_and_0_or_one_more_refused()
    {
        Assert.True(Received.CanApply(RequestEvent.Extension(D(2024, 9, 27), 1)));
        Assert.True(Received.CanApply(RequestEvent.Extension(D(2024, 9, 27), 20)));
        Assert.Equal((RefusalReason.ExtensionTooLong, 20), Refused(() => Received.Extend(D(2024, 9, 27), 21)) is var tooLong ? (tooLong.Reason, tooLong.WorkingDays) : default);
        Assert.Equal(RefusalReason.ExtensionTooLong, Refused(() => Received.Extend(D(2024, 9, 27), 0)).Reason);
        var before2019 = InPerson(D(2019, 5, 14), "old");
        Assert.True(before2019.CanApply(RequestEvent.Extension(D(2019, 5, 20), 15)));
        Assert.Equal(15, Refused(() => before2019.Extend(D(2019, 5, 20), 16)).WorkingDays);
    }

    [Fact]
    public void D32_a_payment_without_a_fee_notice_or_twice_is_refused()
    {
        Assert.Equal((RefusalReason.NoFeeAwaited, (LocalDate?)null), Refused(() => Received.FeePaid(D(2024, 9, 5))) is var none ? (none.Reason, none.RelatedDate) : default);
        Assert.Equal((RefusalReason.AlreadyPaid, D(2024, 9, 9)),
            Refused(() => AwaitingPayment.FeePaid(D(2024, 9, 9)).FeePaid(D(2024, 9, 10))) is var twice ? (twice.Reason, twice.RelatedDate) : default);
    }

    [Fact]
    public void D32_a_reply_must_match_what_the_request_awaits()
    {
        var uncorrected = Refused(() => AwaitingCorrection.Reply(D(2024, 9, 10), RequestOutcome.Disclosed));
        var unpaid = Refused(() => AwaitingPayment.Reply(D(2024, 9, 10), RequestOutcome.Disclosed));
        var noNotice = Refused(() => Received.Reply(D(2024, 9, 10), RequestOutcome.AbandonedUnpaid));

        Assert.Equal((RefusalReason.OnlyAbandonedUncorrected, D(2024, 9, 20)), (uncorrected.Reason, uncorrected.Limit));
        Assert.Equal((RefusalReason.OnlyAbandonedUnpaid, D(2024, 9, 5)), (unpaid.Reason, unpaid.RelatedDate));
        Assert.Equal((RefusalReason.AbandonmentWithoutNotice, RequestOutcome.AbandonedUnpaid), (noNotice.Reason, noNotice.Outcome));
        Assert.Equal((RefusalReason.ClosedBeforeCorrectionDeadline, D(2024, 9, 20)),
            Refused(() => AwaitingCorrection.Reply(D(2024, 9, 20), RequestOutcome.AbandonedUncorrected)) is var early ? (early.Reason, early.Limit) : default);
        Assert.Equal(RequestOutcome.AbandonedUncorrected, AwaitingCorrection.Reply(D(2024, 9, 21), RequestOutcome.AbandonedUncorrected).Outcome);
        var replied = Refused(() => Received.Reply(D(2024, 9, 10), RequestOutcome.Disclosed).Consult(D(2024, 9, 11), ConsultationParty.ThirdParty));
        Assert.Equal((RefusalReason.AlreadyReplied, D(2024, 9, 10), RequestOutcome.Disclosed), (replied.Reason, replied.RelatedDate, replied.Outcome));
    }

    [Fact]
    public void Sec8_10_a_delivery_needs_one_reply_and_no_event_goes_back_in_time()
    {
        var replied = Received.Reply(D(2024, 9, 10), RequestOutcome.Disclosed);

        Assert.Equal(RefusalReason.NoReplyToDeliver, Refused(() => Received.Deliver(D(2024, 9, 10), DeliveryMethod.InPerson)).Reason);
        Assert.Equal((RefusalReason.AlreadyDelivered, D(2024, 9, 10)),
            Refused(() => replied.Deliver(D(2024, 9, 10), DeliveryMethod.InPerson).Deliver(D(2024, 9, 11), DeliveryMethod.InPerson)) is var twice ? (twice.Reason, twice.RelatedDate) : default);
        Assert.Equal((RefusalReason.BeforeLastEvent, D(2024, 9, 10)), Refused(() => replied.Deliver(D(2024, 9, 9), DeliveryMethod.InPerson)) is var back ? (back.Reason, back.RelatedDate) : default);
        Assert.Equal(D(2024, 9, 10), replied.Deliver(D(2024, 9, 10), DeliveryMethod.InPerson).DeliveredOn);
    }

    [Fact]
    public void Sec8_try_apply_accepts_what_the_recording_method_accepts()
    {
        var e = RequestEvent.Extension(D(2024, 9, 27), 5);

        Assert.True(Received.TryApply(e, out var next, out var refusal));
        Assert.Null(refusal);
        Assert.Equal(Received.Extend(D(2024, 9, 27), 5), next);
        Assert.Equal(next, Received.Apply(e));
        Assert.True(Received.CanApply(e));
        ArgumentAssert.Throws<ArgumentNullException>("e", () => Received.CanApply(null!));
    }

    [Fact]
    public void Sec8_5_an_answer_with_nothing_to_answer_is_refused_for_that_before_its_date()
    {
        var extended = Received.Extend(D(2024, 9, 10), 5);
        var unconfirmed = InformationRequest.Receive("u", "mzj", RequestChannel.Online, D(2024, 9, 2), null, ApplicantKind.NaturalPerson);

        Assert.Equal(RefusalReason.NoConsultationOpen, Refused(() => extended.ConsultationAnswered(D(2024, 9, 5))).Reason);
        Assert.Equal(RefusalReason.AwaitingConfirmation, Refused(() => unconfirmed.Reply(D(2024, 9, 1), RequestOutcome.Disclosed)).Reason);
        Assert.Equal(RefusalReason.AlreadyReplied,
            Refused(() => Received.Reply(D(2024, 9, 10), RequestOutcome.Disclosed).Reply(D(2024, 9, 9), RequestOutcome.Disclosed)).Reason);
    }

    [Fact]
    public void Sec8_an_event_wrong_in_itself_says_so_before_any_history_is_asked()
    {
        Assert.Equal("The later date 2024-09-10 must be after the day the applicant is told (2024-09-10).",
            ArgumentAssert.Throws<ArgumentException>("until", () => RequestEvent.Deferral(D(2024, 9, 10), D(2024, 9, 10))).Message);
        Assert.Equal("A day of receipt is recorded only for a posted reply, on or after the posting day (in person, 2024-09-10).",
            ArgumentAssert.Throws<ArgumentException>("receivedOn", () => RequestEvent.Delivery(D(2024, 9, 10), DeliveryMethod.InPerson, D(2024, 9, 12))).Message);
        Assert.Equal("The correction deadline 2024-09-03 must be after the notice (2024-09-04).",
            ArgumentAssert.Throws<ArgumentException>("correctBy", () => RequestEvent.CorrectionNotice(D(2024, 9, 4), D(2024, 9, 3))).Message);
        Assert.Equal(D(2024, 9, 12), RequestEvent.Delivery(D(2024, 9, 10), DeliveryMethod.Post, D(2024, 9, 12)).Until);
    }

    [Fact]
    public void Sec8_an_event_before_the_last_one_is_refused_for_that_first()
    {
        var answeredLate = Received.Consult(D(2024, 9, 3), ConsultationParty.ThirdParty).NoticeCorrection(D(2024, 9, 4), D(2024, 9, 10))
            .ConsultationAnswered(D(2024, 9, 20));

        Assert.Equal(RefusalReason.BeforeLastEvent, Refused(() => answeredLate.Corrected(D(2024, 9, 15))).Reason);
        Assert.Equal(RefusalReason.BeforeLastEvent, Refused(() => AwaitingCorrection.Reply(D(2024, 9, 3), RequestOutcome.Disclosed)).Reason);
    }
}
