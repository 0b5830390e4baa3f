namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>The three-tier complaint network (§4.1, D11): explicit, immutable transitions.</summary>
public sealed class ComplaintTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;
    private static readonly Complaint Lodged = Complaint.Lodge("c1", "school", ComplaintChannel.Hotline, new LocalDate(2024, 3, 1));

    [Fact]
    public void D11_a_complaint_climbs_from_the_base_unit_to_the_office_and_is_resolved_and_rectified()
    {
        var atDepartment = Lodged.Escalate(new LocalDate(2024, 4, 1));
        var atOffice = atDepartment.Escalate(new LocalDate(2024, 5, 6));
        var resolved = atOffice.Resolve(new LocalDate(2024, 5, 20), "已公开收费依据");
        var rectified = resolved.Rectify(new LocalDate(2024, 6, 3));

        Assert.Equal(ComplaintTier.BaseUnit, Lodged.Tier);
        Assert.Equal(ComplaintTier.CompetentDepartment, atDepartment.Tier);
        Assert.Equal(ComplaintTier.DisclosureOffice, atOffice.Tier);
        Assert.Equal(new LocalDate(2024, 5, 6), atOffice.TierSince);
        Assert.True(resolved.IsResolved);
        Assert.Equal(new LocalDate(2024, 6, 3), rectified.RectifiedOn);
        Assert.False(Lodged.IsResolved);
    }

    [Fact]
    public void D11_each_tier_has_20_working_days()
    {
        var calendar = Policy.Calendar;
        Assert.Equal(ChinaWorkingDayCalendar.Official.AddWorkingDays(new LocalDate(2024, 3, 1), 20), Lodged.TierDeadline(calendar));
        Assert.Equal(20, Policy.AssessmentRules.ComplaintTierWorkingDays);
        Assert.False(Lodged.IsOverdue(calendar, Lodged.TierDeadline(calendar)));
        Assert.True(Lodged.IsOverdue(calendar, Lodged.TierDeadline(calendar).PlusDays(1)));
    }

    [Fact]
    public void Escalating_past_the_office_resolving_twice_and_rectifying_first_are_invalid()
    {
        var atOffice = Lodged.Escalate(new LocalDate(2024, 4, 1)).Escalate(new LocalDate(2024, 5, 6));
        var resolved = Lodged.Resolve(new LocalDate(2024, 3, 5), "ok");

        Assert.Contains("last tier", Assert.Throws<InvalidOperationException>(() => atOffice.Escalate(new LocalDate(2024, 6, 1))).Message);
        Assert.Contains("cannot resolve again", Assert.Throws<InvalidOperationException>(() => resolved.Resolve(new LocalDate(2024, 3, 6), "again")).Message);
        Assert.Contains("not resolved yet", Assert.Throws<InvalidOperationException>(() => Lodged.Rectify(new LocalDate(2024, 3, 6))).Message);
        Assert.Throws<InvalidOperationException>(() => resolved.Escalate(new LocalDate(2024, 3, 6)));
    }

    [Fact]
    public void Acting_before_the_complaint_was_lodged_is_invalid()
    {
        var exception = ArgumentAssert.Throws<ArgumentException>(() => Lodged.Resolve(new LocalDate(2024, 2, 28), "early"));

        Assert.Equal("on", exception.ParamName);
        Assert.Contains("2024-02-28 is before its last action on 2024-03-01", exception.Message);
    }

    [Fact]
    public void Every_step_names_what_it_cannot_do_once_the_complaint_is_resolved_or_rectified()
    {
        var resolved = Lodged.Resolve(new LocalDate(2024, 3, 5), "ok");
        var rectified = resolved.Rectify(new LocalDate(2024, 3, 8));

        Assert.Equal("Complaint c1 was resolved on 2024-03-05; it cannot escalate again.",
            Assert.Throws<InvalidOperationException>(() => resolved.Escalate(new LocalDate(2024, 3, 6))).Message);
        Assert.Equal("Complaint c1 was resolved on 2024-03-05; it cannot be answered again.",
            Assert.Throws<InvalidOperationException>(() => resolved.Answer(new LocalDate(2024, 3, 6))).Message);
        Assert.Equal("Complaint c1 was already rectified on 2024-03-08.", Assert.Throws<InvalidOperationException>(() => rectified.Rectify(new LocalDate(2024, 3, 9))).Message);
        Assert.Equal("Complaint c1: the base unit already answered on 2024-03-04.",
            Assert.Throws<InvalidOperationException>(() => Lodged.Answer(new LocalDate(2024, 3, 4)).Answer(new LocalDate(2024, 3, 5))).Message);
    }

    [Fact]
    public void No_step_can_go_back_before_the_last_one()
    {
        var answered = Lodged.Answer(new LocalDate(2024, 3, 8));
        var resolved = Lodged.Resolve(new LocalDate(2024, 3, 8), "ok");

        Assert.Equal("on", ArgumentAssert.Throws<ArgumentException>(() => answered.Escalate(new LocalDate(2024, 3, 7))).ParamName);
        Assert.Equal("on", ArgumentAssert.Throws<ArgumentException>(() => Lodged.Answer(new LocalDate(2024, 2, 29))).ParamName);
        Assert.Equal("on", ArgumentAssert.Throws<ArgumentException>(() => resolved.Rectify(new LocalDate(2024, 3, 7))).ParamName);
        Assert.Equal(new LocalDate(2024, 3, 8), resolved.Rectify(new LocalDate(2024, 3, 8)).RectifiedOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(251)]
    public void D11_a_tier_has_from_1_to_250_working_days(int tierWorkingDays)
    {
        var calendar = Policy.Calendar;

        Assert.Equal("tierWorkingDays", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => Lodged.TierDeadline(calendar, tierWorkingDays)).ParamName);
        Assert.Equal(calendar.AddWorkingDays(new LocalDate(2024, 3, 1), 1), Lodged.TierDeadline(calendar, 1));
        Assert.Equal(calendar.AddWorkingDays(new LocalDate(2024, 3, 1), 250), Lodged.TierDeadline(calendar, 250));
        Assert.Equal("calendar", ArgumentAssert.Throws<ArgumentNullException>(() => Lodged.TierDeadline(null!)).ParamName);
    }

    [Fact]
    public void A_complaint_describes_its_tier_and_resolution()
    {
        Assert.Equal("Complaint c1 about school at the base unit since 2024-03-01", Lodged.ToString());
        Assert.Equal("Complaint c1 about school at the competent department since 2024-04-01, resolved 2024-04-03",
            Lodged.Escalate(new LocalDate(2024, 4, 1)).Resolve(new LocalDate(2024, 4, 3), "ok").ToString());
    }

    [Fact]
    public void D11_an_overdue_complaint_shows_up_in_the_evaluation()
    {
        var register = new RegisterBuilder(2024)
            .AddBodies([Registers.School()])
            .AddCommitments([Registers.GoodCommitment])
            .AddInspections([Registers.CountyInspections])
            .AddComplaints([Lodged, Complaint.Lodge("c2", "school", ComplaintChannel.Mailbox, new LocalDate(2024, 4, 10))])
            .Build();

        var findings = Policy.Evaluate(register, Registers.SpringAsOf).Units[0].Findings;

        var overdue = Assert.Single(findings, f => f.Kind == FindingKind.ComplaintOverdue);
        Assert.Equal("c1", overdue.SubjectId);
    }
}

/// <summary>When a complaint may be escalated, and what a late answer is (D22).</summary>
public sealed class ComplaintEscalationTests
{
    private static readonly IWorkingDayCalendar Calendar = ChinaWorkingDayCalendar.Official;

    // Lodged Monday 4 March 2024; the base unit's 20 working days end on Monday 1 April (no holiday in March).
    private static readonly Complaint Lodged = Complaint.Lodge("c1", "school", ComplaintChannel.Hotline, new LocalDate(2024, 3, 4));

    private static readonly LocalDate TierDeadline = new(2024, 4, 1);

    [Fact]
    public void D22_the_tier_deadline_is_twenty_working_days_after_lodging()
    {
        Assert.Equal(TierDeadline, Lodged.TierDeadline(Calendar));
    }

    [Theory]
    [InlineData(3, 29)]   // before the period ends
    [InlineData(4, 1)]    // on its last day: still the tier's
    public void D22_an_escalation_within_the_tiers_period_and_without_its_answer_is_invalid(int month, int day)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Lodged.Escalate(new LocalDate(2024, month, day), Calendar));

        Assert.Contains("until 2024-04-01", error.Message);
        Assert.Contains("D22", error.Message);
    }

    [Fact]
    public void D22_an_escalation_the_day_after_the_period_is_allowed()
    {
        Assert.Equal(ComplaintTier.CompetentDepartment, Lodged.Escalate(new LocalDate(2024, 4, 2), Calendar).Tier);
    }

    [Fact]
    public void D22_once_the_tier_has_answered_the_complainant_may_escalate_at_once()
    {
        var escalated = Lodged.Answer(new LocalDate(2024, 3, 8)).Escalate(new LocalDate(2024, 3, 8), Calendar);

        Assert.Equal(ComplaintTier.CompetentDepartment, escalated.Tier);
        Assert.Equal([new LocalDate(2024, 3, 8), null, null], escalated.Answers);
        Assert.Throws<InvalidOperationException>(() => Lodged.Answer(new LocalDate(2024, 3, 8)).Answer(new LocalDate(2024, 3, 9)));
    }

    private static IReadOnlyList<Finding> FindingsOf(Complaint complaint, LocalDate asOf) =>
        DisclosurePolicy.Default.Evaluate(new RegisterBuilder(2024)
            .AddBodies([Registers.School()])
            .AddCommitments([Registers.GoodCommitment])
            .AddInspections([Registers.CountyInspections])
            .AddComplaints([complaint])
            .Build(), asOf).Units[0].Findings;

    [Fact]
    public void D22_an_early_escalation_in_a_register_is_reported_as_an_invalid_transition()
    {
        var findings = FindingsOf(Lodged.Escalate(new LocalDate(2024, 3, 20)).Resolve(new LocalDate(2024, 3, 25), "已答复"), new LocalDate(2024, 6, 1));

        var early = Assert.Single(findings, f => f.Kind == FindingKind.ComplaintEscalatedEarly);
        Assert.Contains("2024-03-20", early.MessageEn);
        Assert.Contains("2024-04-01", early.MessageEn);
        Assert.DoesNotContain(FindingsOf(Lodged.Escalate(new LocalDate(2024, 4, 2)).Resolve(new LocalDate(2024, 4, 3), "已答复"), new LocalDate(2024, 6, 1)),
            f => f.Kind == FindingKind.ComplaintEscalatedEarly);
    }

    [Theory]
    [InlineData(29, false)]   // resolved in March, before the deadline
    [InlineData(32, false)]   // on the deadline (1 April)
    [InlineData(33, true)]    // the day after
    public void D22_a_complaint_resolved_after_its_tiers_period_is_a_finding(int daysAfterFebruary, bool isFinding)
    {
        var resolved = new LocalDate(2024, 2, 29).PlusDays(daysAfterFebruary);

        var findings = FindingsOf(Lodged.Resolve(resolved, "已答复"), new LocalDate(2024, 6, 1));

        Assert.Equal(isFinding, findings.Any(f => f.Kind == FindingKind.ComplaintResolvedLate));
        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.ComplaintOverdue);
    }

    [Fact]
    public void D22_a_complaint_still_open_after_its_period_is_overdue_from_the_next_day()
    {
        Assert.DoesNotContain(FindingsOf(Lodged, TierDeadline), f => f.Kind == FindingKind.ComplaintOverdue);
        Assert.Contains(FindingsOf(Lodged, TierDeadline.PlusDays(1)), f => f.Kind == FindingKind.ComplaintOverdue);
    }

    [Fact]
    public void D22_two_steps_may_fall_on_the_same_day_but_not_go_back_a_day()
    {
        var sameDay = new LocalDate(2024, 4, 2);

        var resolved = Lodged.Escalate(sameDay, Calendar).Answer(sameDay).Resolve(sameDay, "已答复");

        Assert.Equal((sameDay, sameDay), (resolved.LastAction, resolved.ResolvedOn));
        Assert.Equal("on", ArgumentAssert.Throws<ArgumentException>(() => Lodged.Escalate(sameDay, Calendar).Answer(sameDay.PlusDays(-1))).ParamName);
    }

    [Fact]
    public void D11_a_complaint_resolved_after_its_deadline_is_overdue_until_the_day_of_resolution()
    {
        var resolvedLate = Lodged.Resolve(TierDeadline.PlusDays(3), "已答复");

        Assert.True(resolvedLate.IsOverdue(Calendar, TierDeadline.PlusDays(2)));
        Assert.False(resolvedLate.IsOverdue(Calendar, TierDeadline.PlusDays(3)));
        Assert.False(resolvedLate.IsOverdue(Calendar, TierDeadline));
        Assert.True(Lodged.IsOverdue(Calendar, TierDeadline.PlusDays(1)));
    }

    [Fact]
    public void D22_an_escalation_on_the_tiers_last_day_without_its_answer_is_early()
    {
        var findings = FindingsOf(Lodged.Escalate(TierDeadline).Resolve(new LocalDate(2024, 4, 3), "已答复"), new LocalDate(2024, 6, 1));

        Assert.Contains(findings, f => f.Kind == FindingKind.ComplaintEscalatedEarly && f.SubjectId == "c1");
    }

    [Fact]
    public void D22_a_complaint_lodged_and_escalated_on_the_evaluation_day_is_judged_that_day()
    {
        var sameDay = new LocalDate(2024, 3, 4);

        Assert.Contains(FindingsOf(Lodged.Escalate(sameDay), sameDay), f => f.Kind == FindingKind.ComplaintEscalatedEarly);
        Assert.DoesNotContain(FindingsOf(Lodged.Escalate(sameDay.PlusDays(1)), sameDay), f => f.Kind == FindingKind.ComplaintEscalatedEarly);
    }

    [Fact]
    public void D11_a_profile_can_change_the_tiers_working_days()
    {
        var longer = DisclosurePolicy.Default.WithProfile(new PolicyProfile("某县").WithAssessmentRules(AssessmentRules.Default with { ComplaintTierWorkingDays = 30 }));

        var findings = longer.Evaluate(new RegisterBuilder(2024)
            .AddBodies([Registers.School()])
            .AddCommitments([Registers.GoodCommitment])
            .AddInspections([Registers.CountyInspections])
            .AddComplaints([Lodged])
            .Build(), TierDeadline.PlusDays(1)).Units[0].Findings;

        Assert.DoesNotContain(findings, f => f.Kind == FindingKind.ComplaintOverdue);
    }
}
