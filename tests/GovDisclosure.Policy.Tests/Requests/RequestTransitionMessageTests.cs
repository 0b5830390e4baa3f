using static GovDisclosure.Policy.Tests.Requests.Requests;

namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>
/// §8.3–§8.10, D32: every transition a request's history cannot take is refused with a sentence that names the request,
/// the dates involved and the clause — word for word, since these sentences are what a clerk reads.
/// </summary>
public sealed class RequestTransitionMessageTests
{
    // Received Mon 2 Sep 2024 in person.
    private static readonly InformationRequest Received = InPerson(D(2024, 9, 2), "q");

    private static readonly InformationRequest AwaitingCorrection = Received.NoticeCorrection(D(2024, 9, 4), D(2024, 9, 20));

    private static readonly InformationRequest AwaitingPayment = Received.NoticeFee(D(2024, 9, 5));

    private static string Refused(Func<object> transition) => Assert.Throws<InvalidOperationException>(transition).Message;

    private static string Rejected(Func<object> transition) => Assert.ThrowsAny<ArgumentException>(transition).Message;

    [Fact]
    public void Sec8_3_confirmation_on_the_day_of_arrival_is_accepted_before_it_refused_and_no_clock_runs_before_it()
    {
        Assert.StartsWith("Request q was confirmed on 2024-09-01 (arrived 2024-09-02), before it arrived; confirmation follows arrival (§8.3).",
            Rejected(() => InformationRequest.Receive("q", "mzj", RequestChannel.Online, D(2024, 9, 2), D(2024, 9, 1), ApplicantKind.NaturalPerson)));
        Assert.Equal(D(2024, 9, 2), InformationRequest.Receive("q", "mzj", RequestChannel.Online, D(2024, 9, 2), D(2024, 9, 2), ApplicantKind.NaturalPerson).ReceivedOn);
        var unconfirmed = InformationRequest.Receive("q", "mzj", RequestChannel.Online, D(2024, 9, 2), null, ApplicantKind.NaturalPerson);
        Assert.Equal("Request q cannot be replied: it arrived 2024-09-02 online and awaits confirmation, so no clock runs yet (§8.3).",
            Refused(() => unconfirmed.Reply(D(2024, 9, 3), RequestOutcome.Disclosed)));
    }

    [Fact]
    public void Sec8_6_a_correction_notice_after_an_extension_or_a_fee_notice_is_refused()
    {
        Assert.Equal("Request q was extended on 2024-09-27; a correction notice comes at the start, not after an extension (§8.6).",
            Refused(() => Received.Extend(D(2024, 9, 27), 20).NoticeCorrection(D(2024, 9, 30), D(2024, 10, 20))));
        Assert.Equal("Request q awaits payment of the fee noticed 2024-09-05; a correction notice comes before any fee (§8.6, D32).",
            Refused(() => AwaitingPayment.NoticeCorrection(D(2024, 9, 6), D(2024, 9, 20))));
    }

    [Fact]
    public void Sec8_6_a_correction_without_a_notice_twice_or_after_its_deadline_is_refused()
    {
        Assert.Equal("Request q awaits no correction: it had no correction notice (§8.6).", Refused(() => Received.Corrected(D(2024, 9, 5))));
        Assert.Equal("Request q awaits no correction: it was corrected on 2024-09-10.",
            Refused(() => AwaitingCorrection.Corrected(D(2024, 9, 10)).Corrected(D(2024, 9, 11))));
        Assert.Equal("Request q was corrected on 2024-09-23, after its deadline 2024-09-20: it was abandoned the day after the deadline (§8.6). " +
                     "A late correction accepted for good reason is a new request.", Refused(() => AwaitingCorrection.Corrected(D(2024, 9, 23))));
    }

    [Theory]
    [InlineData("consult")]
    [InlineData("be extended")]
    [InlineData("be deferred")]
    public void Sec8_6_nothing_runs_on_a_request_that_awaits_its_correction(string action)
    {
        Func<object> transition = action switch
        {
            "consult" => () => AwaitingCorrection.Consult(D(2024, 9, 5), ConsultationParty.ThirdParty),
            "be extended" => () => AwaitingCorrection.Extend(D(2024, 9, 5), 20),
            _ => () => AwaitingCorrection.Defer(D(2024, 9, 5), D(2024, 10, 31)),
        };

        Assert.Equal($"Request q cannot {action}: it awaits the correction asked for on 2024-09-04, and its clock runs again only from the corrected request (§8.6).",
            Refused(transition));
    }

    [Fact]
    public void Sec8_8_an_extension_beyond_the_regime_and_a_deferral_not_later_than_the_telling_are_rejected()
    {
        Assert.StartsWith("Request q, received 2024-09-02 under the ", Rejected(() => Received.Extend(D(2024, 9, 27), 21)));
        Assert.Contains(", can be extended by 1 to 20 working days (", Rejected(() => Received.Extend(D(2024, 9, 27), 0)));
        Assert.StartsWith("Request q: the later date 2024-09-10 (told 2024-09-10) must be after the day the applicant is told.",
            Rejected(() => Received.Defer(D(2024, 9, 10), D(2024, 9, 10))));
    }

    [Fact]
    public void D32_a_payment_without_a_fee_notice_or_twice_is_refused()
    {
        Assert.Equal("Request q has no fee awaiting payment: there was no fee notice (§8.7, D32).", Refused(() => Received.FeePaid(D(2024, 9, 5))));
        Assert.Equal("Request q has no fee awaiting payment: it was paid on 2024-09-09.", Refused(() => AwaitingPayment.FeePaid(D(2024, 9, 9)).FeePaid(D(2024, 9, 10))));
    }

    [Fact]
    public void D32_a_reply_must_match_what_the_request_awaits()
    {
        Assert.Equal("Request q cannot be replied Disclosed on 2024-09-10: it awaits the correction due by 2024-09-20, so the only reply is AbandonedUncorrected.",
            Refused(() => AwaitingCorrection.Reply(D(2024, 9, 10), RequestOutcome.Disclosed)));
        Assert.Equal("Request q cannot be replied Disclosed on 2024-09-10: it awaits payment of the fee noticed 2024-09-05, so the only reply is AbandonedUnpaid.",
            Refused(() => AwaitingPayment.Reply(D(2024, 9, 10), RequestOutcome.Disclosed)));
        Assert.Equal("Request q cannot be replied AbandonedUncorrected on 2024-09-10: AbandonedUncorrected needs an unanswered correction notice (§8.6).",
            Refused(() => Received.Reply(D(2024, 9, 10), RequestOutcome.AbandonedUncorrected)));
        Assert.Equal("Request q cannot be replied AbandonedUnpaid on 2024-09-10: AbandonedUnpaid needs an unanswered fee notice (D32).",
            Refused(() => Received.Reply(D(2024, 9, 10), RequestOutcome.AbandonedUnpaid)));
        Assert.Equal("Request q cannot be closed as not corrected on 2024-09-20: the applicant has until 2024-09-20 (§8.6).",
            Refused(() => AwaitingCorrection.Reply(D(2024, 9, 20), RequestOutcome.AbandonedUncorrected)));
        Assert.Equal("Request q cannot consult: it was replied on 2024-09-10 (Disclosed); only the delivery can follow.",
            Refused(() => Received.Reply(D(2024, 9, 10), RequestOutcome.Disclosed).Consult(D(2024, 9, 11), ConsultationParty.ThirdParty)));
    }

    [Fact]
    public void Sec8_10_a_delivery_needs_one_reply_and_a_day_of_receipt_only_for_post()
    {
        var replied = Received.Reply(D(2024, 9, 10), RequestOutcome.Disclosed);

        Assert.Equal("Request q has no reply to deliver; reply first (§8.9).", Refused(() => Received.Deliver(D(2024, 9, 10), DeliveryMethod.InPerson)));
        Assert.Equal("Request q's reply was already delivered on 2024-09-10.",
            Refused(() => replied.Deliver(D(2024, 9, 10), DeliveryMethod.InPerson).Deliver(D(2024, 9, 11), DeliveryMethod.InPerson)));
        Assert.StartsWith("Request q: a day of receipt is recorded only for a posted reply, on or after the posting day (in person, 2024-09-10).",
            Rejected(() => replied.Deliver(D(2024, 9, 10), DeliveryMethod.InPerson, D(2024, 9, 12))));
    }
}
