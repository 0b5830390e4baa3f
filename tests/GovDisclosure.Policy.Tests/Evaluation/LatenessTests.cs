namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>When a publication is on time, and by how many working days it is late (D13, D17, D25).</summary>
public sealed class LatenessTests
{
    private static ObligationOutcome OutcomeOf(DisclosureRecord record, LocalDate asOf) =>
        Assert.Single(DisclosurePolicy.Default.Evaluate(new RegisterBuilder(2024)
            .AddBodies([Registers.School()])
            .AddRecords([record])
            .AddCommitments([Registers.GoodCommitment])
            .AddInspections([Registers.CountyInspections])
            .Build(), asOf).Outcomes, o => o.RecordId == record.Id);

    // ST1 formed Friday 1 March 2024: 20 working days, March has no holiday, so due Friday 29 March.
    private static DisclosureRecord PublishedOn(LocalDate published) =>
        new("r", "school", ScheduleEntry.ST1, new LocalDate(2024, 3, 1), [Registers.Portal(published)]);

    [Theory]
    [InlineData(3, 28, "OnTime", 0)]   // the day before the due date
    [InlineData(3, 29, "OnTime", 0)]   // the due date itself
    [InlineData(3, 30, "Late", 1)]     // Saturday: counted to Monday, so 1
    [InlineData(3, 31, "Late", 1)]     // Sunday: likewise
    [InlineData(4, 1, "Late", 1)]      // Monday
    [InlineData(4, 2, "Late", 2)]
    public void D17_a_late_publication_counts_working_days_to_the_next_working_day_and_at_least_one(int month, int day, string outcome, int daysLate)
    {
        var result = OutcomeOf(PublishedOn(new LocalDate(2024, month, day)), new LocalDate(2024, 6, 28));

        Assert.Equal(new LocalDate(2024, 3, 29), result.Due);
        Assert.Equal((Outcome.Parse(outcome), daysLate), (result.Outcome, result.WorkingDaysLate));
    }

    [Fact]
    public void D17_publication_during_a_holiday_counts_to_the_first_working_day_after_it()
    {
        // Due Wednesday 13 March; published Saturday 16 March: Thursday, Friday and Monday 18 March.
        var record = new DisclosureRecord("r", "school", ScheduleEntry.ST1, new LocalDate(2024, 2, 8), [Registers.Portal(new LocalDate(2024, 3, 16))]);

        var result = OutcomeOf(record, new LocalDate(2024, 6, 28));

        Assert.Equal((new LocalDate(2024, 3, 13), 3), (result.Due, result.WorkingDaysLate));
    }

    [Theory]
    [InlineData(2, 29, false)]   // the day before the period: refused by the register
    [InlineData(3, 1, true)]     // its first day
    public void D25_a_periodic_report_may_be_published_from_the_first_day_of_its_period(int month, int day, bool accepted)
    {
        var record = new DisclosureRecord("mo", "mzj", ScheduleEntry.MO1, new LocalDate(2024, 3, 15), [Registers.Portal(new LocalDate(2024, month, day))]);

        var result = new RegisterBuilder(2024).AddBodies([Registers.Bureau()]).AddRecords([record]).BuildResult();

        Assert.Equal(accepted, result.IsValid);
        if (accepted)
        {
            var outcome = Assert.Single(DisclosurePolicy.Default.Evaluate(result.Accepted, new LocalDate(2024, 6, 28)).Outcomes, o => o.RecordId == "mo");
            Assert.Equal(Outcome.OnTime, outcome.Outcome);
        }
    }

    [Theory]
    [InlineData(12, "Pending")]   // the day before the due date
    [InlineData(13, "Pending")]   // the due date: still time
    [InlineData(14, "Missing")]   // the day after
    public void D13_an_unpublished_obligation_is_missing_only_after_its_due_date(int day, string outcome)
    {
        var record = new DisclosureRecord("r", "school", ScheduleEntry.ST1, new LocalDate(2024, 2, 8), []);

        Assert.Equal(Outcome.Parse(outcome), OutcomeOf(record, new LocalDate(2024, 3, day)).Outcome);
    }

    [Theory]
    [InlineData(12, "Pending")]   // published the day after the evaluation: not seen yet
    [InlineData(13, "OnTime")]    // published on the evaluation day: seen
    public void D13_a_publication_on_the_evaluation_day_counts(int asOfDay, string outcome)
    {
        var record = new DisclosureRecord("r", "school", ScheduleEntry.ST1, new LocalDate(2024, 2, 8), [Registers.Portal(new LocalDate(2024, 3, 13))]);

        Assert.Equal(Outcome.Parse(outcome), OutcomeOf(record, new LocalDate(2024, 3, asOfDay)).Outcome);
    }
}
