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
        Assert.Equal(20, Policy.Assessment.ComplaintTierWorkingDays);
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
        var exception = Assert.Throws<ArgumentException>(() => Lodged.Resolve(new LocalDate(2024, 2, 28), "early"));

        Assert.Equal("on", exception.ParamName);
        Assert.Contains("2024-02-28 is before its last action on 2024-03-01", exception.Message);
    }

    [Fact]
    public void D11_an_overdue_complaint_shows_up_in_the_evaluation()
    {
        var register = new Register(2024, [Registers.School()], [], [Registers.GoodCommitment], inspections: [Registers.CountyInspections],
            complaints: [Lodged, Complaint.Lodge("c2", "school", ComplaintChannel.Mailbox, new LocalDate(2024, 4, 10))]);

        var findings = Policy.Evaluate(register, Registers.SpringAsOf).Units[0].Findings;

        var overdue = Assert.Single(findings, f => f.Kind == FindingKind.ComplaintOverdue);
        Assert.Equal("c1", overdue.SubjectId);
    }
}
