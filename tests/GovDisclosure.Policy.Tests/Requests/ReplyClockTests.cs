using static GovDisclosure.Policy.Tests.Requests.Requests;

namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>
/// §8.4–§8.6, §8.8, §8.12, D31–D33, D40: the reply clock, with the days written out by hand. National Day 2024: off Tue 1 – Mon 7 Oct,
/// Sun 29 Sep and Sat 12 Oct worked; Mid-Autumn 2024: off Sun 15 – Tue 17 Sep, Sat 14 Sep worked.
/// </summary>
public sealed class ReplyClockTests
{
    [Fact]
    public void Sec8_4_a_reply_is_due_20_working_days_after_receipt_across_National_Day()
    {
        // Mon 23 Sep: Sep 24–27 (4), Sun 29 (5), 30 (6), Oct 1–7 off, Oct 8–11 (10), Sat 12 (11), 14–18 (16), 21–24 (20).
        var deadline = Seed.ReplyDue(InPerson(D(2024, 9, 23)));

        Assert.Equal(D(2024, 10, 24), deadline.Due);
        Assert.Equal(RequestRegime.Regulations2019, ((ReplyBasis)deadline.Basis).Regime);
        Assert.Equal("R-1", ((ReplyBasis)deadline.Basis).RequestId);
        Assert.Equal("R-1", deadline.Subject);
        Assert.Equal(DeadlineTrigger.RequestReceived, deadline.Rule.Trigger);
        Assert.Equal(20, deadline.Rule.Offset);
        Assert.False(deadline.IsProvisional);
        Assert.Equal([ClockStepKind.Receipt], ((ReplyBasis)deadline.Basis).Steps.Select(step => step.Kind));
    }

    [Fact]
    public void Sec8_4_a_reply_across_Spring_Festival_2024()
    {
        // Thu 8 Feb: Fri 9 (1), Feb 10–17 off, Sun 18 (2), 19–23 (7), 26 Feb – 1 Mar (12), 4–8 (17), 11–13 (20).
        Assert.Equal(D(2024, 3, 13), Due(InPerson(D(2024, 2, 8))));
    }

    [Fact]
    public void D31_the_day_of_receipt_is_not_counted_even_on_a_holiday()
    {
        // Received Sat 5 Oct, a holiday: Oct 8–11 (4), Sat 12 (5), 14–18 (10), 21–25 (15), 28–31 (19), Fri 1 Nov (20).
        Assert.Equal(D(2024, 11, 1), Due(InPerson(D(2024, 10, 5))));
        Assert.Equal(D(2024, 11, 1), Due(InPerson(D(2024, 10, 7))));
        Assert.Equal(D(2024, 11, 4), Due(InPerson(D(2024, 10, 8))));
    }

    [Fact]
    public void Sec8_12_D40_a_request_received_the_day_before_2019_05_15_has_15_working_days()
    {
        // Tue 14 May 2019: May 15–17 (3), 20–24 (8), 27–31 (13), Jun 3–4 (15).
        var deadline = Seed.ReplyDue(InPerson(D(2019, 5, 14)));

        Assert.Equal(D(2019, 6, 4), deadline.Due);
        Assert.Equal(RequestRegime.Regulations2007, ((ReplyBasis)deadline.Basis).Regime);
        Assert.Equal("§8.12", deadline.Rule.SourceId);
    }

    [Fact]
    public void Sec8_12_a_request_received_on_and_after_2019_05_15_has_20_working_days()
    {
        // Wed 15 May: May 16–17 (2), 20–24 (7), 27–31 (12), Jun 3–6 (16), Fri 7 Jun Dragon Boat off, 10–13 (20).
        Assert.Equal(D(2019, 6, 13), Due(InPerson(D(2019, 5, 15))));
        Assert.Equal(RequestRegime.Regulations2019, Seed.ReplyDue(InPerson(D(2019, 5, 15))).Regime());
        Assert.Equal(D(2019, 6, 14), Due(InPerson(D(2019, 5, 16))));
    }

    [Fact]
    public void Sec8_12_the_longest_extension_is_15_working_days_before_2019_05_15_and_20_from_it()
    {
        Assert.Equal((RefusalReason.ExtensionTooLong, 15), Refusal(() => InPerson(D(2019, 5, 14)).Extend(D(2019, 5, 20), 16)) is var r15 ? (r15.Reason, r15.WorkingDays) : default);
        Assert.Equal(15, InPerson(D(2019, 5, 14)).Extend(D(2019, 5, 20), 15).Events[0].WorkingDays);
        Assert.Equal((RefusalReason.ExtensionTooLong, 20), Refusal(() => InPerson(D(2019, 5, 15)).Extend(D(2019, 5, 20), 21)) is var r20 ? (r20.Reason, r20.WorkingDays) : default);
        Assert.Equal(RefusalReason.ExtensionTooLong, Refusal(() => InPerson(D(2019, 5, 15)).Extend(D(2019, 5, 20), 0)).Reason);
        Assert.Equal(20, InPerson(D(2019, 5, 15)).Extend(D(2019, 5, 20), 20).Events[0].WorkingDays);
    }

    [Fact]
    public void Sec8_4_an_extension_adds_its_working_days_and_may_be_told_on_the_last_day_of_the_first_period()
    {
        // First period ends Thu 24 Oct; 20 more: Oct 25 (1), 28–31 (5), Nov 1 (6), 4–8 (11), 11–15 (16), 18–21 (20).
        var extended = InPerson(D(2024, 9, 23)).Extend(D(2024, 10, 24), 20);
        var deadline = Seed.ReplyDue(extended);

        Assert.Equal(D(2024, 11, 21), deadline.Due);
        var step = Assert.Single(((ReplyBasis)deadline.Basis).Steps, s => s.Kind == ClockStepKind.Extension);
        Assert.Equal(20, step.WorkingDays);
        Assert.Contains("extended on 2024-10-24 by 20 working days from 2024-10-24", deadline.ExplanationEn);
        Assert.Equal(D(2024, 10, 29), Due(InPerson(D(2024, 9, 23)).Extend(D(2024, 10, 10), 3)));
    }

    [Fact]
    public void Sec8_4_an_extension_told_after_the_first_period_ended_is_refused()
    {
        var late = InPerson(D(2024, 9, 23)).Extend(D(2024, 10, 25), 20);

        var refusal = Refusal(() => Seed.ReplyDue(late));
        Assert.Equal((RefusalReason.ExtendedAfterPeriod, D(2024, 10, 24), D(2024, 10, 25)), (refusal.Reason, refusal.Limit, refusal.On));
        Assert.Equal(D(2024, 11, 21), Due(InPerson(D(2024, 9, 23)).Extend(D(2024, 10, 24), 20)));
    }

    [Fact]
    public void Sec8_4_a_second_extension_is_refused()
    {
        var extended = InPerson(D(2024, 9, 23)).Extend(D(2024, 10, 10), 5);

        Assert.Equal(RefusalReason.SecondExtension, Refusal(() => extended.Extend(D(2024, 10, 11), 5)).Reason);
    }

    [Fact]
    public void Sec8_6_a_corrected_request_restarts_the_period_from_its_receipt()
    {
        // Corrected Wed 11 Sep: 12–13 (2), Sat 14 (3), 15–17 off, 18–20 (6), 23–27 (11), Sun 29 (12), 30 (13), Oct 8–11 (17), Sat 12 (18), 14–15 (20).
        var request = InPerson(D(2024, 9, 2)).NoticeCorrection(D(2024, 9, 4), D(2024, 9, 20)).Corrected(D(2024, 9, 11));
        var deadline = Seed.ReplyDue(request);

        Assert.Equal(D(2024, 10, 15), deadline.Due);
        Assert.Equal(D(2024, 9, 11), deadline.Trigger);
        Assert.Equal(D(2024, 9, 2), deadline.EventDate);
        Assert.Equal([ClockStepKind.Receipt, ClockStepKind.Restart], ((ReplyBasis)deadline.Basis).Steps.Select(s => s.Kind));
        Assert.Contains("restarted 2024-09-11 on the corrected request (§8.6)", deadline.ExplanationEn);
        Assert.Contains("重新计算答复期限（§8.6）", deadline.ExplanationZh);
    }

    [Fact]
    public void Sec8_6_no_clock_runs_while_a_correction_is_awaited()
    {
        var request = InPerson(D(2024, 9, 2)).NoticeCorrection(D(2024, 9, 4), D(2024, 9, 20));

        Assert.True(request.IsAwaitingCorrection);
        Assert.Null(request.ClockStartsOn);
        Assert.Contains("awaits the correction", Assert.Throws<InvalidOperationException>(() => Seed.ReplyDue(request)).Message);
        Assert.Equal(RefusalReason.AwaitingCorrection, Refusal(() => request.Extend(D(2024, 9, 5), 5)).Reason);
        Assert.Equal(RefusalReason.AwaitingCorrection, Refusal(() => request.Consult(D(2024, 9, 5), ConsultationParty.ThirdParty)).Reason);
    }

    [Fact]
    public void Sec8_6_a_correction_after_its_deadline_and_a_second_notice_are_refused()
    {
        var noticed = InPerson(D(2024, 9, 2)).NoticeCorrection(D(2024, 9, 4), D(2024, 9, 20));

        Assert.Equal(D(2024, 9, 20), noticed.Corrected(D(2024, 9, 20)).ClockStartsOn);
        Assert.Equal(RefusalReason.CorrectedAfterDeadline, Refusal(() => noticed.Corrected(D(2024, 9, 21))).Reason);
        Assert.Equal(RefusalReason.SecondCorrectionNotice, Refusal(() => noticed.Corrected(D(2024, 9, 11)).NoticeCorrection(D(2024, 9, 12), D(2024, 9, 20))).Reason);
        ArgumentAssert.Throws<ArgumentException>(() => InPerson(D(2024, 9, 2)).NoticeCorrection(D(2024, 9, 4), D(2024, 9, 4)));
        Assert.Equal(RefusalReason.NoCorrectionAwaited, Refusal(() => InPerson(D(2024, 9, 2)).Corrected(D(2024, 9, 4))).Reason);
    }

    [Fact]
    public void D33_a_consultation_stops_the_clock_from_the_day_after_sending_to_the_answer()
    {
        // Received Mon 23 Sep; counted Sep 24–25 (2); sent Wed 25 Sep, stopped Sep 26 – Oct 15 (11 working days: Sep 26, 27, 29, 30,
        // Oct 8–12, 14, 15); then Oct 16–18 (5), 21–25 (10), 28–31 (14), Nov 1 (15), 4–8 (20).
        var request = InPerson(D(2024, 9, 23)).Consult(D(2024, 9, 25), ConsultationParty.ThirdParty).ConsultationAnswered(D(2024, 10, 15));
        var deadline = Seed.ReplyDue(request);

        Assert.Equal(D(2024, 11, 8), deadline.Due);
        var stop = Assert.Single(((ReplyBasis)deadline.Basis).Steps, s => s.Kind == ClockStepKind.Stop);
        Assert.Equal((D(2024, 9, 26), D(2024, 10, 15), 11), (stop.From, stop.To, stop.WorkingDays));
        Assert.Equal("§8.5, D33", stop.SourceId);
        Assert.Contains("20 working days, ", deadline.ExplanationEn);
        Assert.Contains("stopped 2024-09-26 to 2024-10-15 (third party consulted on 2024-09-25, answered 2024-10-15): 11 working days not counted", deadline.ExplanationEn);
    }

    [Fact]
    public void D33_without_an_answer_the_clock_stops_to_the_15th_working_day()
    {
        // Sent Wed 25 Sep; 15th working day: Sep 26, 27, 29, 30 (4), Oct 8–12 (9), 14–18 (14), Mon 21 (15). Then 18 to count:
        // Oct 22–25 (4), 28–31 (8), Nov 1 (9), 4–8 (14), 11–14 (18).
        var open = InPerson(D(2024, 9, 23)).Consult(D(2024, 9, 25), ConsultationParty.OtherBody);

        Assert.Equal(D(2024, 11, 14), Due(open));
        Assert.Equal(D(2024, 11, 14), Due(open.ConsultationAnswered(D(2024, 10, 25))));   // a late answer stops it no longer
        Assert.Equal(D(2024, 11, 14), Due(open.ConsultationAnswered(D(2024, 10, 21))));   // answered on the 15th working day
        Assert.Equal(D(2024, 11, 13), Due(open.ConsultationAnswered(D(2024, 10, 18))));   // the day before it
        Assert.Contains("no answer by the 15th working day, 2024-10-21", Seed.ReplyDue(open).ExplanationEn);
    }

    [Fact]
    public void D33_overlapping_consultations_stop_the_clock_once()
    {
        // Stops Sep 26 – Oct 15 and Oct 10 – Oct 18 join into Sep 26 – Oct 18; then Oct 21–25 (7), 28–31 (11), Nov 1 (12), 4–8 (17), 11–13 (20).
        var request = InPerson(D(2024, 9, 23)).Consult(D(2024, 9, 25), ConsultationParty.ThirdParty).Consult(D(2024, 10, 9), ConsultationParty.OtherBody)
            .ConsultationAnswered(D(2024, 10, 15)).ConsultationAnswered(D(2024, 10, 18));
        var deadline = Seed.ReplyDue(request);

        Assert.Equal(D(2024, 11, 13), deadline.Due);
        var stop = Assert.Single(((ReplyBasis)deadline.Basis).Steps, s => s.Kind == ClockStepKind.Stop);
        Assert.Equal((D(2024, 9, 26), D(2024, 10, 18)), (stop.From, stop.To));
        Assert.Equal(14, stop.WorkingDays);
    }

    [Fact]
    public void D33_an_answer_on_the_day_of_sending_stops_nothing()
    {
        var request = InPerson(D(2024, 9, 23)).Consult(D(2024, 9, 25), ConsultationParty.ThirdParty).ConsultationAnswered(D(2024, 9, 25));

        Assert.Equal(D(2024, 10, 24), Due(request));
        Assert.DoesNotContain(Seed.ReplyDue(request).ReplySteps(), s => s.Kind == ClockStepKind.Stop);
    }

    [Fact]
    public void D33_an_answer_with_no_consultation_is_refused()
    {
        Assert.Equal(RefusalReason.NoConsultationOpen, Refusal(() => InPerson(D(2024, 9, 23)).ConsultationAnswered(D(2024, 9, 25))).Reason);
    }

    [Fact]
    public void D32_a_fee_notice_stops_the_clock_from_the_day_after_it_was_received_to_payment()
    {
        // Received Mon 2 Sep; Sep 3–5 (3); notice received Thu 5 Sep, paid Wed 11 Sep: stopped Sep 6–11; then Sep 12–13 (5), Sat 14 (6),
        // 18–20 (9), 23–27 (14), Sun 29 (15), 30 (16), Oct 8–11 (20).
        var request = InPerson(D(2024, 9, 2)).NoticeFee(D(2024, 9, 5)).FeePaid(D(2024, 9, 11));
        var deadline = Seed.ReplyDue(request);

        Assert.Equal(D(2024, 10, 11), deadline.Due);
        Assert.Equal("D32", Assert.Single(((ReplyBasis)deadline.Basis).Steps, s => s.Kind == ClockStepKind.Stop).SourceId);
    }

    [Fact]
    public void D32_a_profile_can_switch_the_fee_pause_off()
    {
        // Plain 20 working days from Mon 2 Sep: Sep 3–6 (4), 9–13 (9), Sat 14 (10), 18–20 (13), 23–27 (18), Sun 29 (19), Mon 30 (20).
        var policy = Seed.WithProfile(new PolicyProfile("no fee pause").WithRequestRules(new RequestRules { FeeNoticeStopsClock = false }));
        var request = InPerson(D(2024, 9, 2)).NoticeFee(D(2024, 9, 5));

        Assert.Equal(D(2024, 9, 30), policy.ReplyDue(request).Due);
        Assert.Equal(D(2024, 9, 30), policy.ReplyDue(request.FeePaid(D(2024, 9, 11))).Due);
        Assert.Contains("awaits payment", Assert.Throws<InvalidOperationException>(() => Seed.ReplyDue(request)).Message);
    }

    [Fact]
    public void D32_a_payment_after_its_20_working_days_is_refused()
    {
        // Notice received Thu 5 Sep: Sep 6 (1), 9–13 (6), Sat 14 (7), 18–20 (10), 23–27 (15), Sun 29 (16), 30 (17), Oct 8–10 (20).
        // Paid on that last day: Sep 3–5 counted (3), Sep 6 – Oct 10 stopped, then Oct 11 (4), Sat 12 (5), 14–18 (10), 21–25 (15), 28–31 (19), Nov 1 (20).
        var noticed = InPerson(D(2024, 9, 2)).NoticeFee(D(2024, 9, 5));

        Assert.Equal(D(2024, 11, 1), Due(noticed.FeePaid(D(2024, 10, 10))));
        Assert.Equal((RefusalReason.PaidAfterDeadline, D(2024, 10, 10)), Refusal(() => Seed.ReplyDue(noticed.FeePaid(D(2024, 10, 11)))) is var late ? (late.Reason, late.Limit) : default);
        Assert.Equal(RefusalReason.NoFeeAwaited, Refusal(() => InPerson(D(2024, 9, 2)).FeePaid(D(2024, 9, 5))).Reason);
        Assert.Equal(RefusalReason.SecondFeeNotice, Refusal(() => noticed.FeePaid(D(2024, 9, 6)).NoticeFee(D(2024, 9, 9))).Reason);
    }

    [Fact]
    public void D32_D33_a_fee_and_a_consultation_that_overlap_stop_the_clock_once()
    {
        // Consultation Sep 26 – Oct 15 and fee Oct 9 – Oct 18 join into Sep 26 – Oct 18, as two consultations would (Nov 13).
        var request = InPerson(D(2024, 9, 23)).Consult(D(2024, 9, 25), ConsultationParty.ThirdParty).NoticeFee(D(2024, 10, 8))
            .ConsultationAnswered(D(2024, 10, 15)).FeePaid(D(2024, 10, 18));
        var stop = Assert.Single(Seed.ReplyDue(request).ReplySteps(), s => s.Kind == ClockStepKind.Stop);

        Assert.Equal(D(2024, 11, 13), Due(request));
        Assert.Equal("§8.5, D32, D33", stop.SourceId);
    }

    [Fact]
    public void Sec8_8_a_deferral_makes_the_bodys_date_the_due_date_moved_to_a_working_day()
    {
        var deferred = InPerson(D(2024, 9, 23)).Defer(D(2024, 10, 10), D(2024, 11, 30));   // a Saturday
        var deadline = Seed.ReplyDue(deferred);

        Assert.Equal(D(2024, 12, 2), deadline.Due);
        Assert.Equal(D(2024, 11, 29), Due(InPerson(D(2024, 9, 23)).Defer(D(2024, 10, 24), D(2024, 11, 29))));
        Assert.Contains("deferred on 2024-10-10 to 2024-11-30 (§8.8), not a working day, so 2024-12-02", deadline.ExplanationEn);
    }

    [Fact]
    public void Sec8_8_a_deferral_told_after_the_period_or_to_an_earlier_date_is_refused()
    {
        Assert.Equal((RefusalReason.DeferredAfterPeriod, D(2024, 10, 24)),
            Refusal(() => Seed.ReplyDue(InPerson(D(2024, 9, 23)).Defer(D(2024, 10, 25), D(2024, 11, 29)))) is var after ? (after.Reason, after.Limit) : default);
        Assert.Equal((RefusalReason.DeferredNotLater, D(2024, 10, 24), D(2024, 10, 24)),
            Refusal(() => Seed.ReplyDue(InPerson(D(2024, 9, 23)).Defer(D(2024, 10, 10), D(2024, 10, 24)))) is var same ? (same.Reason, same.RelatedDate, same.Limit) : default);
        Assert.Equal(D(2024, 10, 25), Due(InPerson(D(2024, 9, 23)).Defer(D(2024, 10, 10), D(2024, 10, 25))));
        ArgumentAssert.Throws<ArgumentException>(() => InPerson(D(2024, 9, 23)).Defer(D(2024, 10, 10), D(2024, 10, 10)));
    }

    [Fact]
    public void Sec8_8_a_deferred_request_cannot_be_extended_or_deferred_again()
    {
        var deferred = InPerson(D(2024, 9, 23)).Defer(D(2024, 10, 10), D(2024, 11, 29));

        Assert.Equal(RefusalReason.ExtensionAfterDeferral, Refusal(() => deferred.Extend(D(2024, 10, 11), 5)).Reason);
        Assert.Equal(RefusalReason.SecondDeferral, Refusal(() => deferred.Defer(D(2024, 10, 11), D(2024, 12, 20))).Reason);
    }

    [Fact]
    public void Sec8_4_the_explanation_lists_every_step_in_both_languages()
    {
        var request = InformationRequest.Receive("YSQ-7", "mzj", RequestChannel.Online, D(2024, 8, 30), D(2024, 9, 2), ApplicantKind.NaturalPerson)
            .NoticeCorrection(D(2024, 9, 4), D(2024, 9, 20)).Corrected(D(2024, 9, 11))
            .Consult(D(2024, 9, 25), ConsultationParty.ThirdParty).ConsultationAnswered(D(2024, 10, 15))
            .Extend(D(2024, 10, 30), 10);
        var deadline = Seed.ReplyDue(request);

        Assert.Equal([ClockStepKind.Receipt, ClockStepKind.Restart, ClockStepKind.Stop, ClockStepKind.Extension], ((ReplyBasis)deadline.Basis).Steps.Select(s => s.Kind));
        Assert.StartsWith("YSQ-7 reply due ", deadline.ExplanationEn);
        Assert.StartsWith("YSQ-7 应于", deadline.ExplanationZh);
        Assert.Contains("以双方确认之日为收到申请之日", deadline.ExplanationZh);
        Assert.Contains("statutory holiday: Mid-Autumn Festival, National Day", deadline.ExplanationEn);
        // Restarted Wed 11 Sep: Sep 12–13, Sat 14, 18–20, 23–25 (9); stopped Sep 26 – Oct 15; Oct 16–18 (12), 21–25 (17), 28–31 (21),
        // Nov 1 (22), 4–8 (27), 11–13 (30): the first period ended Wed 30 Oct, the day of the extension.
        Assert.Equal(D(2024, 11, 13), deadline.Due);
        Assert.Contains("30 working days", deadline.ExplanationEn);
    }

    [Fact]
    public void Sec8_4_events_cannot_go_back_in_time()
    {
        var request = InPerson(D(2024, 9, 23)).Consult(D(2024, 9, 25), ConsultationParty.ThirdParty);

        Assert.Equal((RefusalReason.BeforeLastEvent, D(2024, 9, 25)), Refusal(() => request.ConsultationAnswered(D(2024, 9, 24))) is var back ? (back.Reason, back.RelatedDate) : default);
        Assert.Equal(RefusalReason.BeforeLastEvent, Refusal(() => InPerson(D(2024, 9, 23)).Reply(D(2024, 9, 22), RequestOutcome.Disclosed)).Reason);
        Assert.Equal(D(2024, 9, 25), request.ConsultationAnswered(D(2024, 9, 25)).LastAction);
    }

    [Fact]
    public void D33_an_unanswered_consultation_across_Spring_Festival_2025()
    {
        // Spring Festival 2025: off Tue 28 Jan – Tue 4 Feb; Sun 26 Jan and Sat 8 Feb worked. Received Wed 15 Jan: Jan 16–17 (2).
        // Sent Fri 17 Jan; its 15th working day: Jan 20–24 (5), Sun 26 (6), 27 (7), Feb 5–7 (10), Sat 8 (11), 10–13 (15) = Thu 13 Feb.
        // Then 18: Feb 14 (1), 17–21 (6), 24–28 (11), Mar 3–7 (16), 10–11 (18) = Tue 11 Mar.
        var request = InPerson(D(2025, 1, 15)).Consult(D(2025, 1, 17), ConsultationParty.ThirdParty);
        var deadline = Seed.ReplyDue(request);

        Assert.Equal(D(2025, 3, 11), deadline.Due);
        var stop = Assert.Single(((ReplyBasis)deadline.Basis).Steps, s => s.Kind == ClockStepKind.Stop);
        Assert.Equal((D(2025, 1, 18), D(2025, 2, 13), 15), (stop.From, stop.To, stop.WorkingDays));
        Assert.Contains("adjusted working days counted: 2025-01-26, 2025-02-08", deadline.ExplanationEn);
    }

    [Fact]
    public void D40_before_2019_05_15_a_consultation_is_capped_at_15_working_days_too()
    {
        // National Day 2018: off 1–7 Oct, Sat 29 and Sun 30 Sep worked. Received Tue 25 Sep 2018: Sep 26–27 (2); sent Thu 27 Sep, 15th working
        // day Tue 23 Oct (Sep 28, 29, 30, Oct 8–12, 15–19, 22, 23); then 13: Oct 24–26 (3), 29 Oct – 2 Nov (8), 5–9 Nov (13) = Fri 9 Nov.
        var request = InPerson(D(2018, 9, 25)).Consult(D(2018, 9, 27), ConsultationParty.OtherBody);

        Assert.Equal(D(2018, 11, 9), Due(request));
        Assert.Equal(D(2018, 10, 19), Due(InPerson(D(2018, 9, 25))));
        Assert.Equal(RequestRegime.Regulations2007, Seed.ReplyDue(request).Regime());
    }

    [Fact]
    public void D40_before_2019_05_15_a_correction_restarts_the_15_working_days()
    {
        // Corrected Wed 10 Oct 2018: Oct 11–12 (2), 15–19 (7), 22–26 (12), 29–31 (15).
        var request = InPerson(D(2018, 9, 25)).NoticeCorrection(D(2018, 9, 26), D(2018, 10, 20)).Corrected(D(2018, 10, 10));

        Assert.Equal(D(2018, 10, 31), Due(request));
    }

    [Fact]
    public void Sec8_5_an_answer_closes_the_earliest_consultation_still_open()
    {
        var request = InPerson(D(2024, 9, 23)).Consult(D(2024, 9, 25), ConsultationParty.ThirdParty).Consult(D(2024, 10, 9), ConsultationParty.OtherBody)
            .ConsultationAnswered(D(2024, 10, 10));

        // The first, sent 25 Sep, stops Sep 26 – Oct 10; the second, sent 9 Oct and unanswered, to its 15th working day:
        // Oct 10–11 (2), Sat 12 (3), 14–18 (8), 21–25 (13), 28–29 (15) = Tue 29 Oct.
        var stop = Assert.Single(Seed.ReplyDue(request).ReplySteps(), s => s.Kind == ClockStepKind.Stop);
        Assert.Equal((D(2024, 9, 26), D(2024, 10, 29)), (stop.From, stop.To));
        Assert.Contains("third party consulted on 2024-09-25, answered 2024-10-10; other administrative body consulted on 2024-10-09, no answer", stop.DescriptionEn);
    }

    [Fact]
    public void D1_a_reply_clock_is_provisional_on_estimated_days_and_refused_past_the_calendar()
    {
        var late2026 = InPerson(D(2026, 12, 10));

        Assert.Throws<CalendarCoverageException>(() => Seed.ReplyDue(late2026));
        var provisional = Seed.WithCalendar(ChinaWorkingDayCalendar.Official.WithProvisionalYearsThrough(2027)).ReplyDue(late2026);
        Assert.True(provisional.IsProvisional);
        Assert.False(Seed.ReplyDue(InPerson(D(2026, 11, 2))).IsProvisional);
    }
}
