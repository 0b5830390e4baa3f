using static GovDisclosure.Policy.Tests.Requests.Requests;

namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>
/// §8.3–§8.8, D31–D33: each step a reply clock lists — its clause and its sentences — and the boundaries where one step becomes another.
/// September 2024: Mid-Autumn off Sun 15 – Tue 17, Sat 14 worked; National Day off Tue 1 – Mon 7 Oct, Sun 29 Sep and Sat 12 Oct worked.
/// </summary>
public sealed class ReplyClockStepTests
{
    private static ClockStep Step(InformationRequest request, ClockStepKind kind) => Seed.ReplyDue(request).ReplySteps().Single(step => step.Kind == kind);

    private static string NoClock(InformationRequest request) => Assert.Throws<InvalidOperationException>(() => Seed.ReplyDue(request)).Message;

    [Fact]
    public void Sec8_3_the_receipt_step_rests_on_8_3_and_names_the_regulations()
    {
        var receipt = Step(InPerson(D(2024, 9, 2)), ClockStepKind.Receipt);

        Assert.Equal("§8.3", receipt.SourceId);
        Assert.Equal((D(2024, 9, 2), D(2024, 9, 2), 0), (receipt.From, receipt.To, receipt.WorkingDays));
        Assert.StartsWith("received 2024-09-02: ", receipt.DescriptionEn);
        Assert.StartsWith("2024-09-02收到申请：", receipt.DescriptionZh);
    }

    [Fact]
    public void Sec8_6_a_correction_asked_on_the_7th_working_day_is_in_time_and_the_day_after_is_late()
    {
        // Received Mon 2 Sep: Sep 3–6 (4), 9–11 (7); the 7th working day is Wed 11 Sep.
        var onTime = Step(InPerson(D(2024, 9, 2)).NoticeCorrection(D(2024, 9, 11), D(2024, 9, 20)).Corrected(D(2024, 9, 13)), ClockStepKind.Restart);
        var late = Step(InPerson(D(2024, 9, 2)).NoticeCorrection(D(2024, 9, 12), D(2024, 9, 20)).Corrected(D(2024, 9, 13)), ClockStepKind.Restart);

        Assert.Equal("§8.6", onTime.SourceId);
        Assert.Equal("2024-09-11告知补正（限2024-09-20前）；2024-09-13收到补正后的申请，重新计算答复期限（§8.6）", onTime.DescriptionZh);
        Assert.Equal("correction asked on 2024-09-11 (by 2024-09-20); restarted 2024-09-13 on the corrected request (§8.6)", onTime.DescriptionEn);
        Assert.Equal("2024-09-12告知补正（限2024-09-20前），晚于收到申请后7个工作日（2024-09-11）；2024-09-13收到补正后的申请，重新计算答复期限（§8.6）", late.DescriptionZh);
        Assert.Equal("correction asked on 2024-09-12 (by 2024-09-20), later than 7 working days after receipt (2024-09-11); restarted 2024-09-13 on the corrected request (§8.6)",
            late.DescriptionEn);
    }

    [Fact]
    public void D32_a_fee_stop_says_when_the_notice_came_and_when_it_was_paid()
    {
        var stop = Step(InPerson(D(2024, 9, 2)).NoticeFee(D(2024, 9, 5)).FeePaid(D(2024, 9, 10)), ClockStepKind.Stop);

        Assert.Equal((D(2024, 9, 6), D(2024, 9, 10), 3, "D32"), (stop.From, stop.To, stop.WorkingDays, stop.SourceId));
        Assert.Equal("stopped 2024-09-06 to 2024-09-10 (fee notice received 2024-09-05, paid 2024-09-10): 3 working days not counted (D32)", stop.DescriptionEn);
        Assert.Equal("2024-09-06至2024-09-10不计入答复期限（2024-09-05收到收费通知，2024-09-10缴费），含工作日3天（D32）", stop.DescriptionZh);
    }

    [Fact]
    public void D32_closing_as_unpaid_on_the_last_day_to_pay_is_refused_with_that_day()
    {
        // Fee notice received Thu 5 Sep: its 20th working day is Thu 10 Oct.
        var closed = InPerson(D(2024, 9, 2)).NoticeFee(D(2024, 9, 5)).Reply(D(2024, 10, 10), RequestOutcome.AbandonedUnpaid);

        Assert.Equal((RefusalReason.ClosedUnpaidBeforeDeadline, D(2024, 10, 10), D(2024, 10, 10)),
            Refusal(() => Seed.ReplyDue(closed)) is var refusal ? (refusal.Reason, refusal.On, refusal.Limit) : default);
    }

    [Fact]
    public void D33_an_answer_on_the_15th_working_day_is_an_answer_and_the_clock_stops_to_it()
    {
        // Sent Wed 25 Sep; its 15th working day is Mon 21 Oct.
        var answered = Step(InPerson(D(2024, 9, 23)).Consult(D(2024, 9, 25), ConsultationParty.OtherBody).ConsultationAnswered(D(2024, 10, 21)), ClockStepKind.Stop);

        Assert.Contains("answered 2024-10-21", answered.DescriptionEn);
        Assert.Contains("2024-10-21答复", answered.DescriptionZh);
        Assert.Equal(D(2024, 10, 21), answered.To);
    }

    [Fact]
    public void D33_a_consultation_sent_on_the_due_date_stops_nothing_and_one_sent_the_day_before_moves_it()
    {
        // Received Mon 23 Sep: due Thu 24 Oct. Sent on the 24th, the stop starts on the 25th, after the period.
        var onDue = InPerson(D(2024, 9, 23)).Consult(D(2024, 10, 24), ConsultationParty.ThirdParty).ConsultationAnswered(D(2024, 10, 30));
        var before = InPerson(D(2024, 9, 23)).Consult(D(2024, 10, 23), ConsultationParty.ThirdParty).ConsultationAnswered(D(2024, 10, 30));

        Assert.Equal(D(2024, 10, 24), Due(onDue));
        Assert.DoesNotContain(Seed.ReplyDue(onDue).ReplySteps(), step => step.Kind == ClockStepKind.Stop);
        // Stopped Oct 24–30; the 20th working day is then Thu 31 Oct.
        Assert.Equal(D(2024, 10, 31), Due(before));
    }

    [Fact]
    public void D33_consultations_that_touch_join_into_one_stop()
    {
        // The first stops Sep 26 – Oct 8; the second, sent on Oct 8, stops from Oct 9: one stretch, Sep 26 – Oct 15.
        var request = InPerson(D(2024, 9, 23))
            .Consult(D(2024, 9, 25), ConsultationParty.ThirdParty).ConsultationAnswered(D(2024, 10, 8))
            .Consult(D(2024, 10, 8), ConsultationParty.OtherBody).ConsultationAnswered(D(2024, 10, 15));

        var stop = Step(request, ClockStepKind.Stop);

        Assert.Equal((D(2024, 9, 26), D(2024, 10, 15)), (stop.From, stop.To));
    }

    [Fact]
    public void D33_a_consultation_sent_before_the_corrected_request_stops_only_the_days_after_the_restart()
    {
        // Consulted Tue 3 Sep, correction asked Wed 4 Sep, corrected Wed 11 Sep, answered Fri 20 Sep: the clock restarts on the 11th and
        // stands still Sep 12–20; then Sep 23–27 (5), Sun 29 (6), 30 (7), Oct 8–11 (11), Sat 12 (12), 14–18 (17), 21–23 (20).
        var request = InPerson(D(2024, 9, 2)).Consult(D(2024, 9, 3), ConsultationParty.ThirdParty)
            .NoticeCorrection(D(2024, 9, 4), D(2024, 9, 20)).Corrected(D(2024, 9, 11)).ConsultationAnswered(D(2024, 9, 20));

        var stop = Step(request, ClockStepKind.Stop);

        Assert.Equal((D(2024, 9, 12), D(2024, 9, 20)), (stop.From, stop.To));
        Assert.Equal(D(2024, 10, 23), Due(request));
    }

    [Fact]
    public void Sec8_8_a_deferral_step_rests_on_8_8_and_says_when_its_date_is_moved_to_a_working_day()
    {
        var moved = Step(InPerson(D(2024, 9, 23)).Defer(D(2024, 10, 10), D(2024, 11, 30)), ClockStepKind.Deferral);   // a Saturday
        var kept = Step(InPerson(D(2024, 9, 23)).Defer(D(2024, 10, 10), D(2024, 11, 29)), ClockStepKind.Deferral);

        Assert.Equal("§8.8", moved.SourceId);
        Assert.Equal("2024-10-10告知申请人延至2024-11-30答复（§8.8），该日非工作日，顺延至2024-12-02", moved.DescriptionZh);
        Assert.Equal("deferred on 2024-10-10 to 2024-11-30 (§8.8), not a working day, so 2024-12-02", moved.DescriptionEn);
        Assert.Equal("2024-10-10告知申请人延至2024-11-29答复（§8.8）", kept.DescriptionZh);
        Assert.Equal("deferred on 2024-10-10 to 2024-11-29 (§8.8)", kept.DescriptionEn);
    }

    [Fact]
    public void Sec8_3_to_8_6_a_request_with_no_clock_running_says_why()
    {
        var unconfirmed = InformationRequest.Receive("R-2", "mzj", RequestChannel.Online, D(2024, 9, 2), null, ApplicantKind.NaturalPerson);
        var awaitingCorrection = InPerson(D(2024, 9, 2)).NoticeCorrection(D(2024, 9, 4), D(2024, 9, 20));
        var awaitingPayment = InPerson(D(2024, 9, 2)).NoticeFee(D(2024, 9, 5));

        Assert.StartsWith("Request R-2 has no reply clock running: it arrived 2024-09-02 ", NoClock(unconfirmed));
        Assert.EndsWith("and awaits confirmation (§8.3).", NoClock(unconfirmed));
        Assert.Equal("Request R-1 has no reply clock running: it awaits the correction asked for by 2024-09-20; the period restarts from the corrected request (§8.6).",
            NoClock(awaitingCorrection));
        Assert.Equal("Request R-1 has no reply clock running: it awaits payment of the fee noticed 2024-09-05, which stops the clock (D32).", NoClock(awaitingPayment));
    }
}
