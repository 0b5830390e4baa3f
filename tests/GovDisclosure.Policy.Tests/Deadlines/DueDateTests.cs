using GovDisclosure.Policy.Tests.Calendar;
using NodaTime.Text;

namespace GovDisclosure.Policy.Tests.Deadlines;

/// <summary>The due date of every schedule entry (D2–D8), against the official calendar.</summary>
public sealed class DueDateTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    [Theory]
    [InlineData("IM1", "2024-02-08", "D4")]
    [InlineData("IM2", "2024-02-08", "D4")]
    [InlineData("IM3", "2024-02-08", "D4")]
    [InlineData("IM4", "2024-02-08", "D4")]
    [InlineData("IM5", "2024-02-08", "D4")]
    [InlineData("IM6", "2024-02-08", "D4")]
    [InlineData("IM7", "2024-02-08", "D4")]
    [InlineData("IM8", "2024-02-08", "D4")]
    [InlineData("IM9", "2024-02-08", "D4")]
    [InlineData("MO1", "2024-02-29", "D5")]
    [InlineData("MO2", "2024-02-29", "D5")]
    [InlineData("QU1", "2024-03-31", "D5")]
    [InlineData("QU2", "2024-03-31", "D5")]
    [InlineData("QU3", "2024-03-31", "D5")]
    [InlineData("QU4", "2024-03-31", "D5")]
    [InlineData("QU5", "2024-03-31", "D5")]
    [InlineData("YR1", "2024-01-01", "D6")]
    [InlineData("YR2", "2024-12-31", "D6")]
    [InlineData("YR3", "2024-12-31", "D6")]
    [InlineData("YR4", "2024-12-31", "D6")]
    [InlineData("YR5", "2024-12-31", "D6")]
    [InlineData("BA1", "2024-02-08", "D7")]
    [InlineData("BA2", "2024-02-08", "D7")]
    [InlineData("BA3", "2024-02-08", "D7")]
    [InlineData("ST1", "2024-02-08", "D8")]
    [InlineData("ST2", "2024-02-08", "D8")]
    [InlineData("ST3", "2024-02-08", "D8")]
    [InlineData("ST4", "2024-02-08", "D8")]
    [InlineData("ST5", "2024-02-08", "D8")]
    [InlineData("ST6", "2024-02-08", "D8")]
    [InlineData("ST7", "2024-02-08", "D8")]
    public void D4_to_D8_each_entry_is_due_20_working_days_after_its_trigger(string code, string expectedTrigger, string source)
    {
        var trigger = LocalDatePattern.Iso.Parse(expectedTrigger).Value;

        var deadline = Policy.DueDate(ScheduleEntry.Parse(code), new LocalDate(2024, 2, 8));

        Assert.Equal(trigger, deadline.Trigger);
        Assert.Equal(WalkingCalendar.AddWorkingDays(trigger, 20), deadline.Due);
        Assert.Equal(source, deadline.Rule.SourceId);
        Assert.Equal(ScheduleEntry.Parse(code), deadline.Entry());
        Assert.False(deadline.IsProvisional);
    }

    [Fact]
    public void D3_information_no_entry_covers_is_due_20_working_days_after_it_is_formed()
    {
        var deadline = Policy.StatutoryDueDate(new LocalDate(2025, 9, 26));

        Assert.Equal(WalkingCalendar.AddWorkingDays(new LocalDate(2025, 9, 26), 20), deadline.Due);
        Assert.Same(StatutoryBasis.Instance, deadline.Basis);
        Assert.Equal(("Statutory", Policy.DueDate(ObligationKey.Of(DisclosureItem.G15), new LocalDate(2025, 9, 26)).Due), (deadline.Subject, deadline.Due));
        Assert.Equal("D3", deadline.Rule.SourceId);
    }

    [Fact]
    public void Sec7_a_G01_document_formed_just_before_the_2024_Spring_Festival_is_due_13_March_and_says_why()
    {
        var deadline = Policy.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8));

        Assert.Equal(new LocalDate(2024, 3, 13), deadline.Due);
        Assert.Equal(34, deadline.Days.Count);
        Assert.Equal(20, deadline.Days.Count(day => day.IsWorkingDay));
        Assert.Equal(8, deadline.Days.Count(day => day.Holiday == Holiday.SpringFestival && !day.IsWorkingDay));
        Assert.Equal(
            "IM1 due 2024-03-13: 20 working days after the event date (D4), counted from 2024-02-08; 20 working days, 14 days skipped " +
            "(3 statutory holiday: Spring Festival; 4 holiday rest day: Spring Festival; 7 weekend); adjusted working days counted: 2024-02-18.",
            deadline.ExplanationEn);
        Assert.Equal(
            "IM1 应于2024-03-13前公开：事项形成或变更之日后20个工作日内（D4），自2024-02-08起算；计工作日20天，跳过14天（法定节假日3天：春节；调休放假4天：春节；周末7天）；调休上班日：2024-02-18。",
            deadline.ExplanationZh);
    }

    [Fact]
    public void Sec7_the_September_2024_budget_report_is_due_1_November_across_National_Day_and_a_working_Saturday()
    {
        var deadline = Policy.DueDate(ScheduleEntry.MO1, new LocalDate(2024, 9, 12));

        Assert.Equal(new DateInterval(new LocalDate(2024, 9, 1), new LocalDate(2024, 9, 30)), deadline.Period);
        Assert.Equal(new LocalDate(2024, 9, 30), deadline.Trigger);
        Assert.Equal(new LocalDate(2024, 11, 1), deadline.Due);
        Assert.Contains(deadline.Days, day => day.Date == new LocalDate(2024, 10, 12) && day.Kind == DayKind.AdjustedWorkingDay);
    }

    [Fact]
    public void D2_an_event_on_a_public_holiday_counts_from_the_day_after()
    {
        var deadline = Policy.DueDate(ScheduleEntry.IM2, new LocalDate(2024, 10, 3));

        Assert.Equal(new LocalDate(2024, 11, 1), deadline.Due);
        Assert.All(deadline.Days.TakeWhile(day => day.Date <= new LocalDate(2024, 10, 7)), day => Assert.False(day.IsWorkingDay));
    }

    [Fact]
    public void D5_a_quarter_ending_on_a_Sunday_is_due_on_an_adjusted_working_Sunday()
    {
        // Q1 2024 ends Sunday 31 March; Qingming is off 4–6 April; Sunday 7 and Sunday 28 April are worked.
        var deadline = Policy.DueDate(ScheduleEntry.QU1, new LocalDate(2024, 2, 15));

        Assert.Equal(new LocalDate(2024, 3, 31), deadline.Trigger);
        Assert.Equal(new LocalDate(2024, 4, 28), deadline.Due);
        Assert.Equal(DayKind.AdjustedWorkingDay, ChinaWorkingDayCalendar.Official.Describe(deadline.Due).Kind);
    }

    [Fact]
    public void D6_the_annual_targets_count_from_New_Years_Day_and_the_annual_reports_from_New_Years_Eve()
    {
        var targets = Policy.DueDate(ScheduleEntry.YR1, new LocalDate(2024, 7, 1));
        var fees = Policy.DueDate(ScheduleEntry.YR2, new LocalDate(2024, 7, 1));

        Assert.Equal(new LocalDate(2024, 1, 29), targets.Due);
        Assert.Equal(new LocalDate(2025, 2, 5), fees.Due);
        Assert.Equal(new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)), fees.Period);
    }

    [Fact]
    public void IM9_a_topic_on_demand_request_is_due_20_working_days_after_it_was_accepted()
    {
        var deadline = Policy.TopicOnDemandDueDate(new LocalDate(2025, 3, 3));

        Assert.Equal(ScheduleEntry.IM9, deadline.Entry());
        Assert.Equal(WalkingCalendar.AddWorkingDays(new LocalDate(2025, 3, 3), 20), deadline.Due);
    }

    [Fact]
    public void D16_a_deadline_due_on_its_trigger_day_lists_no_days_between()
    {
        // A profile may give 0 working days: a document formed on a working day is then due that day.
        var sameDay = Policy.WithProfile(new PolicyProfile("县").Override(ScheduleEntry.IM1, 0, DeadlineUnit.WorkingDays)).DueDate(ScheduleEntry.IM1, new LocalDate(2024, 3, 4));

        Assert.Equal(new LocalDate(2024, 3, 4), sameDay.Due);
        Assert.Empty(sameDay.Days);
    }

    [Fact]
    public void D5_a_monthly_deadline_names_its_reporting_period_in_both_languages()
    {
        // September 2024 ends on a Monday; 20 working days later, past National Day (1–7 October) and the adjusted Saturday 12 October.
        var deadline = Policy.DueDate(ScheduleEntry.MO1, new LocalDate(2024, 9, 12));

        Assert.Equal(
            "MO1 due 2024-11-01 for 2024-09-01 to 2024-09-30: 20 working days after the end of the reporting period (D5), counted from 2024-09-30; " +
            "20 working days, 12 days skipped (3 statutory holiday: National Day; 2 holiday rest day: National Day; 7 weekend); adjusted working days counted: 2024-10-12.",
            deadline.ExplanationEn);
        Assert.Equal(
            "MO1 应于2024-11-01前公开（报告期2024-09-01至2024-09-30）：报告期末后20个工作日内（D5），自2024-09-30起算；计工作日20天，跳过12天（法定节假日3天：国庆节；调休放假2天：国庆节；周末7天）；调休上班日：2024-10-12。",
            deadline.ExplanationZh);
    }

    [Fact]
    public void D2_a_deadline_that_skips_no_day_says_so_and_lists_no_adjusted_day()
    {
        var nextDay = Policy.WithProfile(new PolicyProfile("县").Override(ScheduleEntry.IM1, 1, DeadlineUnit.WorkingDays)).DueDate(ScheduleEntry.IM1, new LocalDate(2024, 3, 5));

        Assert.Equal("IM1 due 2024-03-06: 1 working days after the event date (profile \"县\"), counted from 2024-03-05; 1 working day, 0 days skipped.", nextDay.ExplanationEn);
        Assert.Equal("IM1 应于2024-03-06前公开：事项形成或变更之日后1个工作日内（profile \"县\"），自2024-03-05起算；计工作日1天，跳过0天。", nextDay.ExplanationZh);
    }

    [Fact]
    public void D1_a_deadline_counted_into_a_provisional_year_says_so_in_both_languages()
    {
        // 1 January 2027 is estimated from the statutory rules, so it has no notice name: the holiday's own name stands in.
        var deadline = Policy.WithCalendar(ChinaWorkingDayCalendar.Official.WithProvisionalYearsThrough(2027)).DueDate(ScheduleEntry.MO1, new LocalDate(2026, 12, 5));

        Assert.Equal(
            "MO1 due 2027-01-29 for 2026-12-01 to 2026-12-31: 20 working days after the end of the reporting period (D5), counted from 2026-12-31; " +
            "20 working days, 9 days skipped (1 statutory holiday: New Year's Day; 8 weekend); provisional: rests on statutory-rule estimates, no notice yet.",
            deadline.ExplanationEn);
        Assert.Equal(
            "MO1 应于2027-01-29前公开（报告期2026-12-01至2026-12-31）：报告期末后20个工作日内（D5），自2026-12-31起算；计工作日20天，跳过9天（法定节假日1天：元旦；周末8天）；含暂按法定节假日规则推定的日期。",
            deadline.ExplanationZh);
    }

    [Fact]
    public void D4_D9_a_rule_describes_itself_forwards_or_backwards_in_both_languages()
    {
        var forward = Policy.GetRule(ScheduleEntry.IM1);
        var backward = Policy.MajorDecision(new LocalDate(2024, 10, 8)).PreDisclosure.Rule;

        Assert.Equal(("20 working days after the event date (D4)", "事项形成或变更之日后20个工作日内（D4）"), (forward.DescriptionEn, forward.DescriptionZh));
        Assert.Equal(("30 calendar days before the decision date (D9)", "决策之日30日前（D9）"), (backward.DescriptionEn, backward.DescriptionZh));
    }

    [Theory]
    [InlineData(2007, 9, 28, "“十一”")]   // National Day, as the 2007 notice called it
    [InlineData(2015, 9, 2, "抗日战争暨世界反法西斯战争胜利70周年纪念日")]   // a one-off holiday of 2015
    public void D1_the_chinese_explanation_names_a_holiday_as_its_notice_does(int year, int month, int day, string noticeName)
    {
        Assert.Contains(noticeName, Policy.DueDate(ScheduleEntry.IM1, new LocalDate(year, month, day)).ExplanationZh);
    }

    [Fact]
    public void The_days_of_a_deadline_are_listed_once_and_kept()
    {
        var deadline = Policy.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8));

        Assert.Same(deadline.Days, deadline.Days);
    }
}
