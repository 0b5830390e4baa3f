namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>Records that are no valid disclosure, and records exempt from it (D18, D30).</summary>
public sealed class ValidityTests
{
    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void D18_a_falsified_or_refused_record_counts_as_missing_even_when_published_on_time(bool falsified, bool refused)
    {
        var record = Registers.St1("bad", new LocalDate(2024, 1, 8), -1, falsified: falsified, refused: refused);

        var evaluation = DisclosurePolicy.Default.Evaluate(Registers.SchoolWith(0, 0, record), Registers.SpringAsOf);

        var outcome = Assert.Single(evaluation.Outcomes, o => o.RecordId == "bad");
        Assert.Equal(Outcome.Missing, outcome.Outcome);
        Assert.Equal(0.0, evaluation.Units[0].OnTimeRate);
        var finding = Assert.Single(evaluation.Units[0].Findings, f => f.SubjectId == "bad");
        Assert.Contains("D18", finding.ClauseIds);
        Assert.Contains("counts as missing", finding.MessageEn);
        Assert.Equal(Sanction.PrincipalAccountability, evaluation.Units[0].Sanction);
    }

    [Fact]
    public void D30_a_classified_record_is_exempt_with_no_due_date()
    {
        var record = Registers.St1("secret", new LocalDate(2024, 1, 8), null, classified: true);

        var outcome = Assert.Single(DisclosurePolicy.Default.Evaluate(Registers.SchoolWith(0, 0, record), Registers.SpringAsOf).Outcomes, o => o.RecordId == "secret");

        Assert.Equal((Outcome.Exempt, (LocalDate?)null, false), (outcome.Outcome, outcome.Due, outcome.DueIsBeyondCalendar));
    }

    [Fact]
    public void D30_a_classified_record_whose_count_would_leave_the_calendar_never_aborts_the_evaluation()
    {
        var calendar = ChinaWorkingDayCalendar.Official;
        var lastYear = calendar.Coverage.End.Year;
        var secret = new DisclosureRecord("secret", "mzj", ScheduleEntry.IM1, new LocalDate(lastYear, 12, 30), []) { IsClassified = true };

        var evaluation = DisclosurePolicy.Default.Evaluate(new RegisterBuilder(lastYear)
            .AddBodies([Registers.Bureau()])
            .AddRecords([secret])
            .Build(), new LocalDate(lastYear, 12, 31));

        Assert.Equal(1, evaluation.Units[0].Exempt);
    }
}
