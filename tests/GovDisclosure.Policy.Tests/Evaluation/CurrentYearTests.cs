namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>
/// Evaluating a year in progress (D27): the official calendar ends on 31 December of its last year, so December's,
/// the fourth quarter's and the year's reports of that year fall due beyond it — pending, with no date guessed.
/// </summary>
public sealed class CurrentYearTests
{
    private static readonly ChinaWorkingDayCalendar Calendar = ChinaWorkingDayCalendar.Official;
    private static readonly int Year = Calendar.Coverage.End.Year;

    private static RegisterEvaluation Evaluate(LocalDate asOf, params DisclosureRecord[] records) =>
        DisclosurePolicy.Default.Evaluate(new RegisterBuilder(Year).AddBodies([Registers.Bureau()]).AddRecords(records).Build(), asOf);

    [Fact]
    public void D27_a_register_of_the_calendars_last_year_can_be_evaluated_mid_year()
    {
        var evaluation = Evaluate(new LocalDate(Year, 6, 30));

        var beyond = evaluation.Outcomes.Where(o => o.DueIsBeyondCalendar).ToArray();
        Assert.NotEmpty(beyond);
        Assert.All(beyond, o => Assert.Equal((Outcome.Pending, (LocalDate?)null), (o.Outcome, o.Due)));
        Assert.Contains(beyond, o => o.Entry() == ScheduleEntry.MO1 && o.Trigger == new LocalDate(Year, 12, 1));
        Assert.Contains(beyond, o => o.Entry() == ScheduleEntry.YR2);
    }

    [Fact]
    public void D27_on_the_calendars_last_day_a_publication_before_a_due_date_beyond_it_is_on_time()
    {
        var lastDay = Calendar.Coverage.End;
        var record = new DisclosureRecord("r", "mzj", ScheduleEntry.IM1, lastDay.PlusDays(-10), [Registers.Portal(lastDay.PlusDays(-5))]);

        var outcome = Assert.Single(Evaluate(lastDay, record).Outcomes, o => o.RecordId == "r");

        Assert.Equal((Outcome.OnTime, (LocalDate?)null, true), (outcome.Outcome, outcome.Due, outcome.DueIsBeyondCalendar));
    }

    [Fact]
    public void D27_an_unpublished_record_due_beyond_the_calendar_is_pending_and_its_channel_finding_says_beyond()
    {
        var lastDay = Calendar.Coverage.End;
        var unpublished = new DisclosureRecord("u", "mzj", ScheduleEntry.IM1, lastDay.PlusDays(-3), []);
        var internalOnly = new DisclosureRecord("i", "mzj", ScheduleEntry.IM1, lastDay.PlusDays(-4), [new Publication(lastDay, [Channel.Intranet])]);

        var evaluation = Evaluate(lastDay, unpublished, internalOnly);

        Assert.Equal(Outcome.Pending, Assert.Single(evaluation.Outcomes, o => o.RecordId == "u").Outcome);
        var finding = Assert.Single(evaluation.Units[0].Findings, f => f.SubjectId == "i");
        Assert.Equal((FindingKind.NotReachingPublic, true, (LocalDate?)null), (finding.Kind, finding.DueIsBeyondCalendar, finding.Due));
    }

    [Theory]
    [InlineData(-1, false)]   // the calendar's last day
    [InlineData(0, true)]     // the first day it does not hold
    public void D27_an_evaluation_day_outside_the_calendar_is_a_coverage_error_naming_it(int daysAfterEnd, bool throws)
    {
        var asOf = Calendar.Coverage.End.PlusDays(daysAfterEnd + 1);

        var error = Record.Exception(() => Evaluate(asOf));

        Assert.Equal(throws, error is CalendarCoverageException { ParamName: "asOf" });
        Assert.Equal(throws, error is not null);
    }

    [Fact]
    public void D27_a_count_that_starts_before_the_calendar_is_still_an_error()
    {
        var first = Calendar.Coverage.Start;
        var early = new DisclosureRecord("r", "mzj", ScheduleEntry.IM1, first.PlusDays(-10), []);

        var error = Assert.Throws<CalendarCoverageException>(() =>
            DisclosurePolicy.Default.Evaluate(new RegisterBuilder(first.Year - 1)
                .AddBodies([Registers.Bureau()])
                .AddRecords([early])
                .Build(), first.PlusDays(100)));

        Assert.Equal((first.PlusDays(-10), "trigger"), (error.Date, error.ParamName));
    }

    [Fact]
    public void D27_a_reporting_period_before_the_calendar_is_an_error_about_its_trigger()
    {
        var error = Assert.Throws<CalendarCoverageException>(() =>
            DisclosurePolicy.Default.Evaluate(new RegisterBuilder(2006)
                .AddBodies([Registers.Bureau()])
                .Build(), Calendar.Coverage.Start.PlusDays(100)));

        Assert.Equal("trigger", error.ParamName);
        Assert.Equal(2006, error.Date.Year);
    }

    [Fact]
    public void D27_a_count_from_the_calendars_first_day_that_runs_past_its_end_is_pending_beyond_it()
    {
        // A calendar of 2024 alone and a profile of 366 calendar days: a document formed on 1 January is due beyond it.
        var oneYear = ChinaWorkingDayCalendar.FromNotices([ChinaWorkingDayCalendar.Official.Notices.Single(n => n.Year == 2024)]);
        var policy = DisclosurePolicy.Default.WithCalendar(oneYear).WithProfile(new PolicyProfile("县").Override(ScheduleEntry.IM1, 366, DeadlineUnit.CalendarDays));
        var record = new DisclosureRecord("r", "mzj", ScheduleEntry.IM1, new LocalDate(2024, 1, 1), []);

        var outcome = Assert.Single(policy.Evaluate(new RegisterBuilder(2024)
            .AddBodies([Registers.Bureau()])
            .AddRecords([record])
            .Build(), new LocalDate(2024, 6, 1)).Outcomes, o => o.RecordId == "r");

        Assert.Equal((Outcome.Pending, true), (outcome.Outcome, outcome.DueIsBeyondCalendar));
    }

    [Fact]
    public void D27_the_evaluation_day_must_be_an_ISO_date_inside_the_calendar_and_the_register_must_be_given()
    {
        var register = new RegisterBuilder(2024).AddBodies([Registers.Bureau()]).Build();

        Assert.Equal("asOf", ArgumentAssert.Throws<ArgumentException>(() => DisclosurePolicy.Default.Evaluate(register, new LocalDate(2024, 6, 1, CalendarSystem.Julian))).ParamName);
        Assert.StartsWith("Evaluating as of 2027-01-01 needs 2027-01-01, which is outside the working-day calendar's coverage",
            Assert.Throws<CalendarCoverageException>(() => DisclosurePolicy.Default.Evaluate(register, new LocalDate(2027, 1, 1))).Message);
        Assert.Equal("register", ArgumentAssert.Throws<ArgumentNullException>(() => DisclosurePolicy.Default.Evaluate(null!, new LocalDate(2024, 6, 1))).ParamName);
    }
}
