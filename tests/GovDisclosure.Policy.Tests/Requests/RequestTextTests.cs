using static GovDisclosure.Policy.Tests.Requests.Requests;

namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>§8: what requests, their events and their refusals say, in full — the sentences an office reads and an applicant may be shown.</summary>
public sealed class RequestTextTests
{
    // The README's worked example: received Mon 22 Sep 2025, third party consulted Wed 24 Sep, answered Thu 16 Oct; due Tue 11 Nov.
    private static readonly InformationRequest Consulted = InformationRequest.Receive("YSQ-2025-031", "mzj", RequestChannel.InPerson, D(2025, 9, 22), null,
        ApplicantKind.NaturalPerson).Consult(D(2025, 9, 24), ConsultationParty.ThirdParty).ConsultationAnswered(D(2025, 10, 16));

    [Fact]
    public void Sec8_5_the_worked_examples_explanation_in_Chinese()
    {
        Assert.Equal(
            "YSQ-2025-031 应于2025-11-11前答复：收到申请之日后20个工作日内（§8.4），自2025-09-22起算；2025-09-22收到申请：当面提交的，以提交之日为收到申请之日（§8.3），" +
            "适用2019年修订《政府信息公开条例》；2025-09-25至2025-10-16不计入答复期限（2025-09-24书面征求第三方意见，2025-10-16答复），含工作日12天（§8.5, D33）；" +
            "计工作日20天，跳过18天（法定节假日4天：国庆节、中秋节；调休放假2天：国庆节、中秋节；周末12天）；调休上班日：2025-09-28、2025-10-11。",
            Seed.ReplyDue(Consulted).ExplanationZh);
    }

    [Fact]
    public void Sec8_steps_say_what_moved_the_clock_in_Chinese()
    {
        var request = InformationRequest.Receive("R-2", "mzj", RequestChannel.Fax, D(2024, 8, 30), D(2024, 9, 2), ApplicantKind.NaturalPerson)
            .NoticeCorrection(D(2024, 9, 12), D(2024, 9, 20)).Corrected(D(2024, 9, 13))
            .Consult(D(2024, 9, 18), ConsultationParty.OtherBody).NoticeFee(D(2024, 9, 19)).FeePaid(D(2024, 9, 20))
            .Extend(D(2024, 10, 10), 5).Defer(D(2024, 10, 11), D(2024, 12, 28));
        var steps = Seed.ReplyDue(request).ReplySteps().Select(step => step.DescriptionZh).ToArray();

        // Restarted Fri 13 Sep: Sat 14 (1), Mid-Autumn 15–17, 18 (2); stopped 19 Sep through the consultation's 15th working day: Sep 19–20, 23–27,
        // Sun 29, 30, Oct 8–11, Sat 12, Mon 14; then 18: Oct 15–18, 21–25, 28–31, Nov 1, 4–7 = Thu 7 Nov, the first period's end.

        Assert.Equal(
        [
            "2024-09-02收到申请（2024-08-30到达）：通过政府信息公开工作机构的传真提交的，以双方确认之日为收到申请之日（§8.3），适用2019年修订《政府信息公开条例》",
            "2024-09-12告知补正（限2024-09-20前），晚于收到申请后7个工作日（2024-09-11）；2024-09-13收到补正后的申请，重新计算答复期限（§8.6）",
            "2024-09-19至2024-10-14不计入答复期限（2024-09-18书面征求其他行政机关意见，至第15个工作日2024-10-14未答复或逾期答复；2024-09-19收到收费通知，2024-09-20缴费），含工作日15天（§8.5, D32, D33）",
            "2024-10-10延长答复期限5个工作日（原期限2024-11-07，§8.4）",
            "2024-10-11告知申请人延至2024-12-28答复（§8.8），该日非工作日，顺延至2024-12-30",
        ], steps);
    }

    [Fact]
    public void Sec8_requests_and_events_describe_themselves()
    {
        var request = InPerson(D(2024, 9, 23)).Extend(D(2024, 10, 10), 5).Reply(D(2024, 10, 30), RequestOutcome.ThirdPartyRights)
            .Deliver(D(2024, 10, 31), DeliveryMethod.Post, D(2024, 11, 2));

        Assert.Equal("Request R-1 to mzj, received 2024-09-23, replied 2024-10-30 (ThirdPartyRights), delivered 2024-10-31", request.ToString());
        Assert.Equal(
            ["extended 2024-10-10 (5 working days)", "replied 2024-10-30 (third party's rights)", "delivered 2024-10-31 (until 2024-11-02) (by post)"],
            request.Events.Select(e => e.ToString()));
        Assert.Equal("consultation sent 2024-09-25 (third party)", InPerson(D(2024, 9, 23)).Consult(D(2024, 9, 25), ConsultationParty.ThirdParty).Events[0].ToString());
        Assert.Equal("Request R-1 to mzj, arrived 2024-09-20, awaiting confirmation",
            InformationRequest.Receive("R-1", "mzj", RequestChannel.Online, D(2024, 9, 20), null, ApplicantKind.NaturalPerson).ToString());
        Assert.Equal("received 2024-09-23: in person: received the day it was handed in (§8.3), under the 2019 Regulations",
            Seed.ReplyDue(InPerson(D(2024, 9, 23))).ReplySteps()[0].ToString());
    }

    [Fact]
    public void Sec8_events_are_equal_when_every_value_is()
    {
        var a = InPerson(D(2024, 9, 23)).Defer(D(2024, 10, 10), D(2024, 11, 29));
        var b = InPerson(D(2024, 9, 23)).Defer(D(2024, 10, 10), D(2024, 11, 29));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a.Events[0].GetHashCode(), b.Events[0].GetHashCode());
        Assert.NotEqual(a, InPerson(D(2024, 9, 23)).Defer(D(2024, 10, 10), D(2024, 11, 28)));
        Assert.NotEqual(a, InPerson(D(2024, 9, 23), "R-2").Defer(D(2024, 10, 10), D(2024, 11, 29)));
        Assert.NotEqual(a, InPerson(D(2024, 9, 23), body: "czj").Defer(D(2024, 10, 10), D(2024, 11, 29)));
        Assert.False(a.Equals(null));
        Assert.False(a.Events[0].Equals(null));
        Assert.True(a.Equals((object)b));
        Assert.NotEqual(InPerson(D(2024, 9, 23)).Reply(D(2024, 10, 1), RequestOutcome.Disclosed, toldOfRedress: false).Events[0],
            InPerson(D(2024, 9, 23)).Reply(D(2024, 10, 1), RequestOutcome.Disclosed).Events[0]);
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Sec8_an_impossible_event_is_refused_with_its_reason_as_data(Func<InformationRequest> impossible, RefusalReason reason)
    {
        var refusal = Assert.Single(Assert.Throws<RequestHistoryException>(() => impossible()).Refusals);

        Assert.Equal(reason, refusal.Reason);
        Assert.Equal(refusal.Message.En, refusal.ToString());
        Assert.StartsWith($"Request {refusal.RequestId} cannot record ", refusal.Message.En);
        Assert.StartsWith($"申请{refusal.RequestId}不能于{refusal.On.ToIso()}记录", refusal.Message.Zh);
    }

    [Fact]
    public void Sec8_every_refusal_reason_is_met_by_an_event_and_its_sentences_are_the_approved_ones()
    {
        var first = new Dictionary<RefusalReason, RequestRefusal>();
        foreach (var (impossible, _) in HistoryRefusals().Select(r => ((Func<object>)r.Impossible, r.Reason)).Concat(CalendarRefusals()))
        {
            var refusal = Assert.Single(Assert.Throws<RequestHistoryException>(() => impossible()).Refusals);
            first.TryAdd(refusal.Reason, refusal);
        }

        Assert.Equal(RefusalReason.InOrder, RefusalReason.InOrder.Where(first.ContainsKey));
        Approvals.Verify("request-refusals.txt", string.Concat(RefusalReason.InOrder.Select(reason =>
            $"{reason.Name} ({reason.ClauseId}{(reason.IsFoundOnCalendar ? ", found on the calendar" : "")})\n  {first[reason].Message.Zh}\n  {first[reason].Message.En}\n")));
    }

    [Theory]
    [MemberData(nameof(ArgumentRefusals))]
    public void Sec8_an_event_wrong_in_itself_is_an_argument_error_with_a_sentence(Func<InformationRequest> wrong, string says) =>
        Assert.Contains(says, ArgumentAssert.Throws<ArgumentException>(() => wrong()).Message);

    public static IEnumerable<(Func<object> Impossible, RefusalReason Reason)> CalendarRefusals()
    {
        var received = InPerson(D(2024, 9, 2));   // due Mon 30 Sep
        var fee = received.NoticeFee(D(2024, 9, 5));   // pay by Thu 10 Oct
        yield return (() => Seed.ReplyDue(received.Extend(D(2024, 10, 8), 5)), RefusalReason.ExtendedAfterPeriod);
        yield return (() => Seed.ReplyDue(received.Defer(D(2024, 10, 8), D(2024, 12, 2))), RefusalReason.DeferredAfterPeriod);
        yield return (() => Seed.ReplyDue(received.Defer(D(2024, 9, 10), D(2024, 9, 29))), RefusalReason.DeferredNotLater);
        yield return (() => Seed.ReplyDue(fee.FeePaid(D(2024, 10, 11))), RefusalReason.PaidAfterDeadline);
        yield return (() => Seed.ReplyDue(fee.Reply(D(2024, 10, 9), RequestOutcome.AbandonedUnpaid)), RefusalReason.ClosedUnpaidBeforeDeadline);
    }

    [Theory]
    [MemberData(nameof(CalendarRefusalData))]
    public void Sec8_a_history_the_calendar_shows_impossible_is_refused_with_its_reason(Func<object> impossible, RefusalReason reason) =>
        Assert.Equal(reason, Assert.Single(Assert.Throws<RequestHistoryException>(() => impossible()).Refusals).Reason);

    public static TheoryData<Func<object>, RefusalReason> CalendarRefusalData()
    {
        var data = new TheoryData<Func<object>, RefusalReason>();
        foreach (var (impossible, reason) in CalendarRefusals())
        {
            data.Add(impossible, reason);
        }

        return data;
    }

    public static TheoryData<Func<InformationRequest>, RefusalReason> Refusals()
    {
        var data = new TheoryData<Func<InformationRequest>, RefusalReason>();
        foreach (var (impossible, reason) in HistoryRefusals())
        {
            data.Add(impossible, reason);
        }

        return data;
    }

    private static (Func<InformationRequest> Impossible, RefusalReason Reason)[] HistoryRefusals()
    {
        var received = InPerson(D(2024, 9, 2));
        var noticed = received.NoticeCorrection(D(2024, 9, 4), D(2024, 9, 20));
        var fee = received.NoticeFee(D(2024, 9, 5));
        var replied = received.Reply(D(2024, 9, 10), RequestOutcome.Disclosed);
        var unconfirmed = InformationRequest.Receive("R-9", "mzj", RequestChannel.OrdinaryLetter, D(2024, 9, 2), null, ApplicantKind.NaturalPerson);
        return
        [
            (() => unconfirmed.Consult(D(2024, 9, 3), ConsultationParty.ThirdParty), RefusalReason.AwaitingConfirmation),
            (() => unconfirmed.Reply(D(2024, 9, 3), RequestOutcome.Disclosed), RefusalReason.AwaitingConfirmation),
            (() => unconfirmed.Extend(D(2024, 9, 3), 2), RefusalReason.AwaitingConfirmation),
            (() => received.Confirm(D(2024, 9, 3)), RefusalReason.AlreadyReceived),
            (() => replied.Consult(D(2024, 9, 11), ConsultationParty.ThirdParty), RefusalReason.AlreadyReplied),
            (() => replied.NoticeCorrection(D(2024, 9, 11), D(2024, 9, 25)), RefusalReason.AlreadyReplied),
            (() => replied.Extend(D(2024, 9, 11), 2), RefusalReason.AlreadyReplied),
            (() => replied.Defer(D(2024, 9, 11), D(2024, 12, 2)), RefusalReason.AlreadyReplied),
            (() => replied.Reply(D(2024, 9, 11), RequestOutcome.Disclosed), RefusalReason.AlreadyReplied),
            (() => noticed.Consult(D(2024, 9, 5), ConsultationParty.ThirdParty), RefusalReason.AwaitingCorrection),
            (() => noticed.Defer(D(2024, 9, 5), D(2024, 12, 2)), RefusalReason.AwaitingCorrection),
            (() => noticed.NoticeFee(D(2024, 9, 5)), RefusalReason.AwaitingCorrection),
            (() => noticed.NoticeCorrection(D(2024, 9, 5), D(2024, 9, 25)), RefusalReason.SecondCorrectionNotice),
            (() => received.Extend(D(2024, 9, 3), 2).NoticeCorrection(D(2024, 9, 5), D(2024, 9, 25)), RefusalReason.CorrectionAfterExtension),
            (() => fee.NoticeCorrection(D(2024, 9, 6), D(2024, 9, 25)), RefusalReason.CorrectionAfterFeeNotice),
            (() => received.Corrected(D(2024, 9, 10)), RefusalReason.NoCorrectionAwaited),
            (() => noticed.Corrected(D(2024, 9, 10)).Corrected(D(2024, 9, 11)), RefusalReason.AlreadyCorrected),
            (() => noticed.Corrected(D(2024, 9, 23)), RefusalReason.CorrectedAfterDeadline),
            (() => received.ConsultationAnswered(D(2024, 9, 3)), RefusalReason.NoConsultationOpen),
            (() => received.Extend(D(2024, 9, 3), 2).Extend(D(2024, 9, 4), 2), RefusalReason.SecondExtension),
            (() => received.Defer(D(2024, 9, 3), D(2024, 12, 2)).Extend(D(2024, 9, 4), 2), RefusalReason.ExtensionAfterDeferral),
            (() => received.Extend(D(2024, 9, 3), 21), RefusalReason.ExtensionTooLong),
            (() => received.Extend(D(2024, 9, 3), 0), RefusalReason.ExtensionTooLong),
            (() => fee.NoticeFee(D(2024, 9, 6)), RefusalReason.SecondFeeNotice),
            (() => received.FeePaid(D(2024, 9, 6)), RefusalReason.NoFeeAwaited),
            (() => fee.FeePaid(D(2024, 9, 6)).FeePaid(D(2024, 9, 7)), RefusalReason.AlreadyPaid),
            (() => received.Defer(D(2024, 9, 3), D(2024, 12, 2)).Defer(D(2024, 9, 4), D(2024, 12, 3)), RefusalReason.SecondDeferral),
            (() => noticed.Reply(D(2024, 9, 10), RequestOutcome.Disclosed), RefusalReason.OnlyAbandonedUncorrected),
            (() => noticed.Reply(D(2024, 9, 10), RequestOutcome.AbandonedUnpaid), RefusalReason.OnlyAbandonedUncorrected),
            (() => fee.Reply(D(2024, 9, 10), RequestOutcome.Disclosed), RefusalReason.OnlyAbandonedUnpaid),
            (() => fee.Reply(D(2024, 9, 10), RequestOutcome.AbandonedUncorrected), RefusalReason.OnlyAbandonedUnpaid),
            (() => received.Reply(D(2024, 9, 10), RequestOutcome.AbandonedUncorrected), RefusalReason.AbandonmentWithoutNotice),
            (() => received.Reply(D(2024, 9, 10), RequestOutcome.AbandonedUnpaid), RefusalReason.AbandonmentWithoutNotice),
            (() => noticed.Reply(D(2024, 9, 20), RequestOutcome.AbandonedUncorrected), RefusalReason.ClosedBeforeCorrectionDeadline),
            (() => received.Deliver(D(2024, 9, 3), DeliveryMethod.Post), RefusalReason.NoReplyToDeliver),
            (() => replied.Deliver(D(2024, 9, 10), DeliveryMethod.Post).Deliver(D(2024, 9, 11), DeliveryMethod.Post), RefusalReason.AlreadyDelivered),
            (() => received.Consult(D(2024, 9, 1), ConsultationParty.ThirdParty), RefusalReason.BeforeLastEvent),
            (() => unconfirmed.Confirm(D(2024, 9, 1)), RefusalReason.BeforeLastEvent),
        ];
    }

    public static TheoryData<Func<InformationRequest>, string> ArgumentRefusals()
    {
        var received = InPerson(D(2024, 9, 2));
        var replied = received.Reply(D(2024, 9, 10), RequestOutcome.Disclosed);
        return new()
        {
            { () => received.NoticeCorrection(D(2024, 9, 4), D(2024, 9, 3)), "The correction deadline 2024-09-03 must be after the notice (2024-09-04)." },
            { () => received.Defer(D(2024, 9, 3), D(2024, 9, 3)), "The later date 2024-09-03 must be after the day the applicant is told (2024-09-03)." },
            { () => replied.Deliver(D(2024, 9, 11), DeliveryMethod.Post, D(2024, 9, 10)), "A day of receipt is recorded only for a posted reply, on or after the posting day (by post, 2024-09-11)." },
            { () => replied.Deliver(D(2024, 9, 10), DeliveryMethod.InPerson, D(2024, 9, 12)), "A day of receipt is recorded only for a posted reply, on or after the posting day (in person, 2024-09-10)." },
            { () => InformationRequest.Receive("R-1", "mzj", RequestChannel.InPerson, D(2024, 9, 2), D(2024, 9, 2), ApplicantKind.NaturalPerson), "Request R-1 came in person: received the day it was handed in (§8.3), so it has no day of confirmation." },
            { () => InformationRequest.Receive("R-1", "mzj", RequestChannel.Online, D(2024, 9, 2), D(2024, 9, 1), ApplicantKind.NaturalPerson), "Request R-1 was confirmed on 2024-09-01 (arrived 2024-09-02), before it arrived; confirmation follows arrival (§8.3)." },
            { () => InformationRequest.Receive("R-1", " ", RequestChannel.InPerson, D(2024, 9, 2), null, ApplicantKind.NaturalPerson), "Request R-1: the body's id cannot be blank." },
            { () => InformationRequest.Receive("", "mzj", RequestChannel.InPerson, D(2024, 9, 2), null, ApplicantKind.NaturalPerson), "A request's id cannot be blank." },
        };
    }

    [Theory]
    [MemberData(nameof(ClockRefusals))]
    public void Sec8_a_question_with_no_answer_yet_is_refused_with_a_sentence(Func<object> impossible, string says) =>
        Assert.Equal(says, Assert.ThrowsAny<InvalidOperationException>(() => impossible()).Message);

    public static TheoryData<Func<object>, string> ClockRefusals()
    {
        var received = InPerson(D(2024, 9, 2));   // due Mon 30 Sep
        var fee = received.NoticeFee(D(2024, 9, 5));   // pay by Thu 10 Oct
        return new()
        {
            { () => Seed.ReplyDue(fee), "Request R-1 has no reply clock running: it awaits payment of the fee noticed 2024-09-05, which stops the clock (D32)." },
            { () => Seed.ReplyDue(received.NoticeCorrection(D(2024, 9, 3), D(2024, 9, 13))), "Request R-1 has no reply clock running: it awaits the correction asked for by 2024-09-13; the period restarts from the corrected request (§8.6)." },
            { () => Seed.ReplyDue(InformationRequest.Receive("R-1", "mzj", RequestChannel.Fax, D(2024, 9, 2), null, ApplicantKind.NaturalPerson)), "Request R-1 has no reply clock running: it arrived 2024-09-02 fax and awaits confirmation (§8.3)." },
            { () => Seed.ReplyDue(fee.Reply(D(2024, 10, 11), RequestOutcome.AbandonedUnpaid)), "Request R-1 has no reply clock running: it was closed as abandoned: fee not paid in time (三(六)2)." },
            { () => Seed.RedressWindowsFor(received), "Request R-1 has no delivered reply, so no redress period has begun (§8.11); deliver the reply first." },
        };
    }
}
