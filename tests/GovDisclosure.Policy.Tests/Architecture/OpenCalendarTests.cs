using GovDisclosure.Policy.Tests.Evaluation;

namespace GovDisclosure.Policy.Tests.Architecture;

/// <summary>
/// D1, D2: no engine depends on <see cref="ChinaWorkingDayCalendar"/>. The whole pipeline — single and batch due
/// dates, a body's calendar, an evaluation — runs on a calendar written in this project (Saturday is a working day),
/// both through <see cref="IWorkingDayCalendar"/> alone and through the ranks fast path.
/// </summary>
public sealed class OpenCalendarTests
{
    public static TheoryData<string> Calendars => ["plain", "ranked"];

    private static IWorkingDayCalendar CalendarOf(string kind) => kind == "ranked" ? new RankedSixDayWeekCalendar() : new SixDayWeekCalendar();

    private static DisclosurePolicy PolicyOn(string kind) => DisclosurePolicy.Default.WithCalendar(CalendarOf(kind));

    [Theory]
    [MemberData(nameof(Calendars))]
    public void D2_D4_an_immediate_entry_counts_Saturdays_as_working_days(string kind)
    {
        // Friday 2024-03-01 + 20 working days, Sundays off: Saturday 2 March is the first, Monday 25 March the twentieth.
        var deadline = PolicyOn(kind).DueDate(ScheduleEntry.IM1, new LocalDate(2024, 3, 1));

        Assert.Equal(new LocalDate(2024, 3, 25), deadline.Due);
        Assert.Equal(new LocalDate(2024, 3, 29), DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 3, 1)).Due);
        Assert.Equal(20, deadline.Days.Count(day => day.IsWorkingDay));
        Assert.Equal([3, 10, 17, 24], deadline.Days.Where(day => !day.IsWorkingDay).Select(day => day.Date.Day));
        Assert.Contains("20 working days, 4 days skipped (4 weekend)", deadline.ExplanationEn);
        Assert.False(deadline.IsProvisional);
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void D5_a_monthly_report_counts_from_the_month_end_in_the_given_calendar(string kind)
    {
        // 2024-01-31 (Wednesday) + 20 Monday-to-Saturday working days: Friday 23 February.
        Assert.Equal(new LocalDate(2024, 2, 23), PolicyOn(kind).DueDate(ScheduleEntry.MO1, new LocalDate(2024, 1, 9)).Due);
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void The_batch_form_gives_every_entry_the_due_date_of_the_single_form(string kind)
    {
        var policy = PolicyOn(kind);
        var entries = policy.Entries.SelectMany(entry => new[] { entry, entry }).ToArray();
        var triggers = entries.Select((_, i) => new LocalDate(2021, 1, 4).PlusDays(i * 37)).ToArray();
        var results = new LocalDate[entries.Length];

        policy.DueDates(entries.Select(e => e.Key).ToArray(), triggers, results);

        Assert.Equal(entries.Zip(triggers, (entry, trigger) => policy.DueDate(entry, trigger).Due), results);
        Assert.NotEqual(entries.Zip(triggers, (entry, trigger) => DisclosurePolicy.Default.DueDate(entry, trigger).Due), results);
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void A_bodys_calendar_is_counted_in_the_given_calendar(string kind)
    {
        var policy = PolicyOn(kind);
        var year = policy.CalendarFor(BodyType.AdministrativeOrgan, 2024);

        Assert.All(year.Scheduled, obligation => Assert.Equal(policy.DueDate(obligation.Entry()!, obligation.Deadline.EventDate).Due, obligation.Deadline.Due));
        Assert.Contains(year.Scheduled, obligation => obligation.Entry() == ScheduleEntry.MO1 && obligation.Deadline.Due == new LocalDate(2024, 2, 23));
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void D13_D17_an_evaluation_judges_outcomes_and_days_late_in_the_given_calendar(string kind)
    {
        // Due Monday 25 March on this calendar; published Friday 29 March, the official due date: 4 working days late here
        // (26, 27, 28, 29 March), on time officially.
        var record = new DisclosureRecord("im1", "mzj", ScheduleEntry.IM1, new LocalDate(2024, 3, 1), [Registers.Portal(new LocalDate(2024, 3, 29))]) { Subject = "doc" };
        var register = new RegisterBuilder(2024)
            .AddBodies([Registers.Bureau()])
            .AddRecords([record])
            .AddInspections([Registers.CountyInspections])
            .Build();

        var here = PolicyOn(kind).Evaluate(register, new LocalDate(2024, 4, 30)).Outcomes.Single(outcome => outcome.RecordId == "im1");
        var official = DisclosurePolicy.Default.Evaluate(register, new LocalDate(2024, 4, 30)).Outcomes.Single(outcome => outcome.RecordId == "im1");

        Assert.Equal((Outcome.Late, 4, new LocalDate(2024, 3, 25)), (here.Outcome, here.WorkingDaysLate, here.Due));
        Assert.Equal(Outcome.OnTime, official.Outcome);
    }

    [Theory]
    [MemberData(nameof(Calendars))]
    public void An_iCalendar_export_puts_each_event_on_the_given_calendars_due_date_and_counts_its_reminder_there(string kind)
    {
        var policy = PolicyOn(kind);
        var year = policy.CalendarFor(BodyType.AdministrativeOrgan, 2024, [new DisclosureEvent(new LocalDate(2024, 3, 1), ScheduleEntry.IM1, "doc")]);

        var ics = Ical.Net.Calendar.Load(DisclosureIcs.Export(year, "mzj", policy.Calendar, new IcsOptions(Instant.FromUtc(2024, 1, 2, 0, 0))))!;
        var im1 = ics.Events.Single(e => e.Summary!.StartsWith("IM1", StringComparison.Ordinal));

        Assert.Equal(year.Scheduled.Count, ics.Events.Count);
        Assert.Equal(new DateOnly(2024, 3, 25), im1.DtStart!.Date);
        Assert.Equal(new DateOnly(2024, 3, 21), Assert.Single(im1.Alarms).Trigger!.DateTime!.Date);   // 3 Monday-to-Saturday working days before
    }

    [Fact]
    public void D1_ranks_built_from_any_calendar_agree_with_it_on_every_covered_day()
    {
        var calendar = new SixDayWeekCalendar();
        var ranks = WorkingDayRanks.FromCalendar(calendar);

        Assert.Equal(calendar.Coverage, ranks.Coverage);
        Assert.All(calendar.Coverage.Where(day => day.Day % 7 == 0), day =>
        {
            Assert.Equal(calendar.IsWorkingDay(day), ranks.IsWorkingDay(day));
            Assert.Equal(calendar.WorkingDaysBetween(calendar.Coverage.Start, day), ranks.RankThrough(day) - ranks.RankThrough(calendar.Coverage.Start));
        });
        Assert.Equal(calendar.AddWorkingDays(new LocalDate(2025, 12, 31), 20), ranks.AddWorkingDays(new LocalDate(2025, 12, 31), 20));
        Assert.Equal(new LocalDate(2020, 1, 1), ranks.WorkingDayAt(1));   // a Wednesday, and no holidays here
        Assert.Throws<CalendarCoverageException>(() => ranks.RankThrough(calendar.Coverage.End.PlusDays(1)));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => ranks.WorkingDayAt(ranks.WorkingDayCount + 1));
    }

    [Fact]
    public void D1_ranks_of_a_calendar_that_starts_and_ends_mid_year_refuse_the_days_outside()
    {
        var ranks = WorkingDayRanks.FromCalendar(new MidYearCalendar());

        Assert.Equal(new LocalDate(2024, 3, 4), ranks.AddWorkingDays(new LocalDate(2024, 3, 1), 1));
        Assert.Equal("date", Assert.Throws<CalendarCoverageException>(() => ranks.IsWorkingDay(new LocalDate(2024, 2, 29))).ParamName);
        Assert.Equal(new LocalDate(2024, 2, 29), Assert.Throws<CalendarCoverageException>(() => ranks.AddWorkingDays(new LocalDate(2024, 3, 1), -1)).Date);
        Assert.Throws<CalendarCoverageException>(() => ranks.IsWorkingDay(new LocalDate(2024, 10, 1)));
        Assert.True(ranks.IsWorkingDay(new LocalDate(2024, 9, 30)));
    }

    [Fact]
    public void D5_a_reporting_period_is_counted_on_the_ranks_of_a_calendar_that_starts_mid_year()
    {
        var policy = DisclosurePolicy.Default.WithCalendar(new RankedMidYearCalendar());
        var results = new LocalDate[2];

        // March ends on Friday the 29th, August on Saturday the 31st; 20 weekdays later are 26 April and 27 September.
        policy.DueDates([ScheduleEntry.MO1, ScheduleEntry.MO1], [new LocalDate(2024, 3, 10), new LocalDate(2024, 8, 10)], results);

        Assert.Equal([new LocalDate(2024, 4, 26), new LocalDate(2024, 9, 27)], results);
        Assert.Equal(new LocalDate(2024, 2, 29),
            Assert.Throws<CalendarCoverageException>(() => policy.DueDates([ScheduleEntry.MO1], [new LocalDate(2024, 2, 10)], results)).Date);
    }

    [Fact]
    public void D1_a_calendar_that_does_not_count_in_batches_gets_the_batch_extensions_which_agree_with_its_single_answers()
    {
        IWorkingDayCalendar calendar = new SixDayWeekCalendar();
        LocalDate[] starts = [new(2024, 3, 2), new(2024, 3, 3), new(2024, 3, 9)];
        var same = new LocalDate[3];
        var each = new LocalDate[3];

        calendar.AddWorkingDays(starts, 5, same);
        calendar.AddWorkingDays(starts, [1, 2, 3], each);

        Assert.Equal(starts.Select(start => calendar.AddWorkingDays(start, 5)), same);
        Assert.Equal([calendar.AddWorkingDays(starts[0], 1), calendar.AddWorkingDays(starts[1], 2), calendar.AddWorkingDays(starts[2], 3)], each);
        Assert.Equal("counts", ArgumentAssert.Throws<ArgumentException>(() => calendar.AddWorkingDays(starts, [1, 2], each)).ParamName);
        Assert.StartsWith("counts has 2 elements; it needs exactly 3, one per start.", ArgumentAssert.Throws<ArgumentException>(() => calendar.AddWorkingDays(starts, [1, 2], each)).Message);
        Assert.Equal("results", ArgumentAssert.Throws<ArgumentException>(() => calendar.AddWorkingDays(starts, 5, new LocalDate[2])).ParamName);
        Assert.Equal("results", ArgumentAssert.Throws<ArgumentException>(() => calendar.AddWorkingDays(starts, [1, 2, 3], new LocalDate[2])).ParamName);
    }

    [Fact]
    public void D1_the_batch_extensions_count_on_a_ranked_calendars_ranks_and_name_a_missing_calendar()
    {
        IWorkingDayCalendar official = ChinaWorkingDayCalendar.Official;
        LocalDate[] starts = [new(2024, 9, 27), new(2024, 9, 30)];
        var same = new LocalDate[2];
        var each = new LocalDate[2];

        official.AddWorkingDays(starts, 1, same);
        official.AddWorkingDays(starts, [1, 2], each);

        Assert.Equal([new LocalDate(2024, 9, 29), new LocalDate(2024, 10, 8)], same);   // 29 September 2024 is a make-up Sunday
        Assert.Equal([new LocalDate(2024, 9, 29), new LocalDate(2024, 10, 9)], each);
        // The ranks name the start that leaves the coverage by its index; a single-date count would name only "start".
        Assert.Equal("starts[0]", Assert.Throws<CalendarCoverageException>(() => official.AddWorkingDays([new LocalDate(2006, 12, 31)], 1, new LocalDate[1])).ParamName);
        Assert.Equal("starts[1]", Assert.Throws<CalendarCoverageException>(() => official.AddWorkingDays([new LocalDate(2024, 1, 2), new LocalDate(2006, 12, 31)], [1, 1], new LocalDate[2])).ParamName);
        Assert.Equal("counts", ArgumentAssert.Throws<ArgumentException>(() => official.AddWorkingDays(starts, [1], each)).ParamName);
        Assert.Equal("calendar", ArgumentAssert.Throws<ArgumentNullException>(() => WorkingDayCalendarExtensions.AddWorkingDays(null!, starts, 1, same)).ParamName);
        Assert.Equal("calendar", ArgumentAssert.Throws<ArgumentNullException>(() => WorkingDayCalendarExtensions.AddWorkingDays(null!, starts, [1, 2], each)).ParamName);
    }

    /// <summary>Monday to Friday, covering 2024-03-01 (a Friday) to 2024-09-30 only.</summary>
    private class MidYearCalendar : SixDayWeekCalendar, IWorkingDayCalendar
    {
        DateInterval IWorkingDayCalendar.Coverage => new(new LocalDate(2024, 3, 1), new LocalDate(2024, 9, 30));

        bool IWorkingDayCalendar.IsWorkingDay(LocalDate date) => date.DayOfWeek < IsoDayOfWeek.Saturday;
    }

    /// <summary>The same, offering ranks: the batch form counts on them.</summary>
    private sealed class RankedMidYearCalendar : MidYearCalendar, IRankedWorkingDayCalendar
    {
        public RankedMidYearCalendar() => Ranks = WorkingDayRanks.FromCalendar(this);

        public WorkingDayRanks Ranks { get; }
    }
}
