using GovDisclosure.Policy.Tests.Calendar;

namespace GovDisclosure.Policy.Tests.Deadlines;

/// <summary>Disclosure before, during and after a major decision (§3.2, D9, D10).</summary>
public sealed class MajorDecisionTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    [Fact]
    public void D9_the_draft_is_published_30_days_before_the_decision_moved_back_to_a_working_day()
    {
        // 30 days before Tuesday 8 October 2024 is Sunday 8 September: back to Friday 6 September.
        var deadlines = Policy.MajorDecision(new LocalDate(2024, 10, 8));

        Assert.Equal(new LocalDate(2024, 9, 6), deadlines.PreDisclosure.Due);
        Assert.Equal("D9", deadlines.PreDisclosure.Rule.SourceId);
        Assert.Equal(DeadlineUnit.CalendarDaysBefore, deadlines.PreDisclosure.Rule.Unit);
    }

    [Fact]
    public void D10_each_interim_stage_is_due_by_the_decision_and_the_decision_by_the_statutory_period()
    {
        var decision = new LocalDate(2024, 10, 8);

        var deadlines = Policy.MajorDecision(decision, [new LocalDate(2024, 9, 20), new LocalDate(2024, 9, 10)]);

        Assert.Equal([new LocalDate(2024, 9, 10), new LocalDate(2024, 9, 20)], deadlines.InterimStages.Select(stage => stage.EventDate));
        Assert.All(deadlines.InterimStages, stage => Assert.Equal(decision, stage.Due));
        Assert.Equal(WalkingCalendar.AddWorkingDays(decision, 20), deadlines.AfterDecision.Due);
        Assert.Equal("D10", deadlines.AfterDecision.Rule.SourceId);
        Assert.Equal(deadlines.All.Select(d => d.Due).Order(), deadlines.All.Select(d => d.Due));
    }

    [Fact]
    public void D10_a_stage_due_on_a_decision_taken_on_a_holiday_is_due_the_working_day_before()
    {
        var deadlines = Policy.MajorDecision(new LocalDate(2024, 10, 3), [new LocalDate(2024, 9, 2)]);

        Assert.Equal(new LocalDate(2024, 9, 30), deadlines.InterimStages[0].Due);
    }

    [Fact]
    public void An_interim_stage_after_the_decision_is_an_error_naming_both_dates()
    {
        var exception = ArgumentAssert.Throws<ArgumentException>(() =>
            Policy.MajorDecision(new LocalDate(2024, 10, 8), [new LocalDate(2024, 10, 9)]));

        Assert.Equal("interimStages", exception.ParamName);
        Assert.Contains("2024-10-09 falls after the decision of 2024-10-08", exception.Message);
    }

    [Theory]
    [InlineData(7, 8)]    // a stage the day before the working day: due that working day
    [InlineData(8, 8)]    // a stage on it
    [InlineData(9, 11)]   // a stage on Saturday, after it: due the first working day on or after the stage
    [InlineData(10, 11)]  // a stage on the decision day, Sunday
    public void D29_an_interim_stage_is_never_due_before_it_is_held(int stageDay, int dueDay)
    {
        // Decision on Sunday 10 March 2024: moved back to Friday 8 March.
        var stage = Assert.Single(Policy.MajorDecision(new LocalDate(2024, 3, 10), [new LocalDate(2024, 3, stageDay)]).InterimStages);

        Assert.Equal(new LocalDate(2024, 3, dueDay), stage.Due);
        Assert.Equal(stageDay > 8 ? "D29" : "D10", stage.Rule.SourceId);
    }

    [Fact]
    public void D9_a_profile_can_change_the_pre_disclosure_period()
    {
        // 45 days before Tuesday 8 October 2024 is Friday 23 August, a working day.
        var county = Policy.WithProfile(new PolicyProfile("某县").WithPreDisclosureDays(45));

        var deadline = county.MajorDecision(new LocalDate(2024, 10, 8)).PreDisclosure;

        Assert.Equal((new LocalDate(2024, 8, 23), 45, "profile \"某县\""), (deadline.Due, deadline.Rule.Offset, deadline.Rule.SourceId));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new PolicyProfile("某县").WithPreDisclosureDays(0));
        Assert.Equal(new LocalDate(2024, 8, 23), county.WithProfile(new PolicyProfile("后来的")).MajorDecision(new LocalDate(2024, 10, 8)).PreDisclosure.Due);   // D26: kept until changed
    }

    [Fact]
    public void D9_the_pre_disclosure_deadline_lists_each_day_from_its_due_date_to_the_eve_of_the_decision()
    {
        // Friday 6 September to Monday 7 October 2024, 32 days: 17 working (14 September and 29 September adjusted),
        // 5 weekend days, 3 days of the Mid-Autumn Festival and 7 of National Day.
        var deadline = Policy.MajorDecision(new LocalDate(2024, 10, 8)).PreDisclosure;

        Assert.Equal((new LocalDate(2024, 9, 6), new LocalDate(2024, 10, 7), 32), (deadline.Days[0].Date, deadline.Days[^1].Date, deadline.Days.Count));
        Assert.Equal(17, deadline.Days.Count(day => day.IsWorkingDay));
        Assert.Equal([new LocalDate(2024, 9, 14), new LocalDate(2024, 9, 29)], deadline.Days.Where(day => day.Kind == DayKind.AdjustedWorkingDay).Select(day => day.Date));
        // D47: 17 September and 1–3 October are statutory; 16 September, 4 and 7 October rest days; 15 September and 5–6 October weekend days.
        Assert.Equal(4, deadline.Days.Count(day => day.Kind == DayKind.StatutoryHoliday));
        Assert.Equal(3, deadline.Days.Count(day => day.Kind == DayKind.HolidayRestDay));
        Assert.Equal(
            "statutory period due 2024-09-06: 30 calendar days before the decision date (D9), counted from 2024-10-08; 17 working days, 15 days skipped " +
            "(4 statutory holiday: Mid-Autumn Festival, National Day; 3 holiday rest day: Mid-Autumn Festival, National Day; 8 weekend); adjusted working days counted: 2024-09-14, 2024-09-29.",
            deadline.ExplanationEn);
        Assert.Equal("法定时限 应于2024-09-06前公开：决策之日30日前（D9），自2024-10-08起算；计工作日17天，跳过15天（法定节假日4天：中秋节、国庆节；调休放假3天：中秋节、国庆节；周末8天）；调休上班日：2024-09-14、2024-09-29。",
            deadline.ExplanationZh);
    }
}
