using static GovDisclosure.Policy.Tests.Requests.Requests;

namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>§8.11, D39: reconsideration and litigation periods from the day the applicant knew the reply, moved off non-working last days.</summary>
public sealed class RedressWindowsTests
{
    private static InformationRequest Delivered(LocalDate on, bool told = true, LocalDate? receivedOn = null) =>
        InPerson(on.PlusDays(-20)).Reply(on, RequestOutcome.ThirdPartyRights, told)
            .Deliver(on, receivedOn is null ? DeliveryMethod.InPerson : DeliveryMethod.Post, receivedOn);

    [Fact]
    public void Sec8_11_reconsideration_within_60_days_and_litigation_within_6_months()
    {
        // Known Fri 1 Nov 2024: 60 days is Tue 31 Dec 2024; 6 months is Thu 1 May 2025, Labour Day (off 1–5 May), so Tue 6 May 2025.
        var windows = Seed.RedressWindowsFor(Delivered(D(2024, 11, 1)));

        Assert.Equal(D(2024, 11, 1), windows.KnewReplyOn);
        Assert.Equal(D(2024, 12, 31), windows.Reconsideration.Due);
        Assert.Equal(D(2025, 5, 6), windows.Litigation.Due);
        Assert.Null(windows.LitigationAfterReconsideration);
        Assert.Equal("R-1 行政复议", windows.Reconsideration.Subject);
        Assert.Equal("R-1", windows.Litigation.RequestId());
        Assert.Null(windows.Litigation.Regime());
        Assert.StartsWith("R-1 行政诉讼 litigation: last day 2025-05-06", windows.Litigation.ExplanationEn);
    }

    [Fact]
    public void Sec8_11_a_reply_that_did_not_tell_of_the_right_leaves_a_year_for_reconsideration()
    {
        // Known Fri 1 Nov 2024: a year later is Sat 1 Nov 2025, so Mon 3 Nov 2025.
        Assert.Equal(D(2025, 11, 3), Seed.RedressWindowsFor(Delivered(D(2024, 11, 1), told: false)).Reconsideration.Due);
    }

    [Fact]
    public void Sec8_11_after_a_reconsideration_decision_15_days_to_sue()
    {
        // Decision received Mon 20 Jan 2025: 15 days is Tue 4 Feb 2025, in the Spring Festival holiday (28 Jan – 4 Feb), so Wed 5 Feb.
        var windows = Seed.RedressWindowsFor(Delivered(D(2024, 11, 1)), D(2025, 1, 20));

        Assert.Equal(D(2025, 2, 5), windows.LitigationAfterReconsideration!.Due);
        Assert.Equal(DeadlineTrigger.ReconsiderationDecided, windows.LitigationAfterReconsideration.Rule.Trigger);
        ArgumentAssert.Throws<ArgumentException>(() => Seed.RedressWindowsFor(Delivered(D(2024, 11, 1)), D(2024, 10, 31)));
    }

    [Fact]
    public void Sec8_11_a_decision_received_the_day_the_reply_was_known_counts_and_one_the_day_before_is_refused()
    {
        var sameDay = Seed.RedressWindowsFor(Delivered(D(2024, 11, 1)), D(2024, 11, 1));
        var before = ArgumentAssert.Throws<ArgumentException>(() => Seed.RedressWindowsFor(Delivered(D(2024, 11, 1)), D(2024, 10, 31)));

        Assert.Equal(D(2024, 11, 18), sameDay.LitigationAfterReconsideration!.Due);   // 16 Nov is a Saturday
        Assert.Equal("R-1 复议后起诉", sameDay.LitigationAfterReconsideration.Subject);
        Assert.StartsWith("R-1 复议后起诉 suit after reconsideration: last day 2024-11-18", sameDay.LitigationAfterReconsideration.ExplanationEn);
        Assert.StartsWith("R-1 行政复议 reconsideration: last day 2024-12-31", sameDay.Reconsideration.ExplanationEn);
        Assert.Equal("decisionReceivedOn", before.ParamName);
        Assert.StartsWith("Request R-1: a reconsideration decision received on 2024-10-31 comes before the applicant knew the reply on 2024-11-01.", before.Message);
    }

    [Fact]
    public void D39_six_months_ends_on_the_months_last_day_where_it_has_no_such_day()
    {
        // Known Sat 31 Aug 2024: 6 months is 28 Feb 2025, a Friday and a working day.
        Assert.Equal(D(2025, 2, 28), Seed.RedressWindowsFor(Delivered(D(2024, 8, 31))).Litigation.Due);
        Assert.Equal(D(2024, 10, 30), Seed.RedressWindowsFor(Delivered(D(2024, 8, 31))).Reconsideration.Due);
    }

    [Fact]
    public void D39_a_posted_reply_is_known_the_day_it_was_received_where_recorded()
    {
        var windows = Seed.RedressWindowsFor(Delivered(D(2024, 10, 31), receivedOn: D(2024, 11, 1)));

        Assert.Equal(D(2024, 11, 1), windows.KnewReplyOn);
        Assert.Equal(D(2024, 12, 31), windows.Reconsideration.Due);
        Assert.Equal(D(2024, 12, 30), Seed.RedressWindowsFor(Delivered(D(2024, 10, 31))).Reconsideration.Due);
    }

    [Fact]
    public void Sec8_11_no_window_before_delivery()
    {
        var replied = InPerson(D(2024, 9, 23)).Reply(D(2024, 10, 20), RequestOutcome.Disclosed);

        Assert.Contains("no delivered reply", Assert.Throws<InvalidOperationException>(() => Seed.RedressWindowsFor(replied)).Message);
    }

    [Fact]
    public void Sec8_11_a_profile_cannot_give_a_disclosure_rule_a_period_in_months()
    {
        ArgumentAssert.Throws<ArgumentException>(() => new PolicyProfile("p").Override(Cadence.Monthly, 1, DeadlineUnit.CalendarMonths));
    }
}
