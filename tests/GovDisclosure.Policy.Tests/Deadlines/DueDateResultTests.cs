using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Tests.Deadlines;

/// <summary>"Due beyond the calendar" as a value (D27, D41): the official calendar ends on 2026-12-31.</summary>
public sealed class DueDateResultTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    // December 2026 has no holiday: 2026-12-03 is the last day whose 20 working days (D4) end on the calendar's last day.
    [Theory]
    [InlineData(2, 30)]
    [InlineData(3, 31)]
    public void D41_a_count_that_ends_in_the_calendar_gives_the_deadline_DueDate_gives(int eventDay, int dueDay)
    {
        var result = Policy.DueDateOrBeyond(ScheduleEntry.IM1, D(2026, 12, eventDay));

        Assert.False(result.IsBeyondCalendar);
        Assert.True(result.TryGetDeadline(out var deadline));
        Assert.Equal(D(2026, 12, dueDay), deadline.Due);
        Assert.Equal(Policy.DueDate(ScheduleEntry.IM1, D(2026, 12, eventDay)).ExplanationEn, result.Deadline.ExplanationEn);
        Assert.Equal((D(2026, 12, eventDay), 0), (result.CountedFrom, result.MissingYears.Count));
        Assert.Equal(deadline.ToString(), result.ToString());
    }

    [Fact]
    public void D41_a_count_that_runs_past_the_calendars_last_day_is_due_beyond_it_with_the_year_it_needs()
    {
        var result = Policy.DueDateOrBeyond(ScheduleEntry.IM1, D(2026, 12, 4));

        Assert.True(result.IsBeyondCalendar);
        Assert.False(result.TryGetDeadline(out var deadline));
        Assert.Null(deadline);
        Assert.Equal(D(2026, 12, 4), result.CountedFrom);
        Assert.Equal([2027], result.MissingYears);
        Assert.Equal("counted from 2026-12-04: due beyond the calendar, which needs 2027", result.ToString());
        var error = Assert.Throws<InvalidOperationException>(() => result.Deadline);
        Assert.Equal("The count from 2026-12-04 ends beyond the calendar, which needs 2027; there is no deadline yet.", error.Message);
    }

    [Fact]
    public void D5_D41_a_periodic_entry_counts_from_its_period_end_so_December_is_due_beyond_and_November_is_not()
    {
        var december = Policy.DueDateOrBeyond(ScheduleEntry.MO1, D(2026, 12, 10));
        var november = Policy.DueDateOrBeyond(ScheduleEntry.MO1, D(2026, 11, 10));

        Assert.Equal((true, D(2026, 12, 31)), (december.IsBeyondCalendar, december.CountedFrom));
        Assert.Equal((false, D(2026, 11, 30), Policy.DueDate(ScheduleEntry.MO1, D(2026, 11, 10)).Due), (november.IsBeyondCalendar, november.CountedFrom, november.Deadline.Due));
    }

    [Fact]
    public void D41_a_date_outside_the_calendar_is_a_wrong_input_not_a_year_in_progress()
    {
        Assert.Equal(2027, Assert.Throws<CalendarCoverageException>(() => Policy.DueDateOrBeyond(ScheduleEntry.IM1, D(2027, 1, 1))).Date.Year);
        Assert.Throws<CalendarCoverageException>(() => Policy.DueDateOrBeyond(ScheduleEntry.IM1, D(2006, 12, 31)));
        Assert.False(Policy.DueDateOrBeyond(ScheduleEntry.IM1, D(2026, 12, 31)).TryGetDeadline(out _));
        Assert.False(Policy.DueDateOrBeyond(ScheduleEntry.IM1, D(2007, 1, 4)).IsBeyondCalendar);
    }

    [Fact]
    public void D41_a_county_row_is_due_beyond_the_calendar_the_same_way()
    {
        var catalog = new CountyCatalog("某县民政", [new CatalogRow("1", ["最低生活保障"], "保障对象名单", "依据", "制定或获取信息之日起10个工作日内", "县民政局",
            [NationalChannel.GovernmentWebsite], CatalogAudience.WholeSociety, [DisclosureMode.Proactive], [AdministrativeLevel.County])]);
        var policy = Policy.WithCatalog(catalog);

        Assert.Equal(D(2026, 12, 31), policy.DueDateOrBeyond(catalog.KeyOf("1"), D(2026, 12, 17)).Deadline.Due);
        Assert.Equal([2027], policy.DueDateOrBeyond(catalog.KeyOf("1"), D(2026, 12, 18)).MissingYears);
    }

    [Fact]
    public void Sec8_4_D41_a_reply_clock_that_runs_past_the_calendar_is_due_beyond_it()
    {
        var late = InformationRequest.Receive("R-1", "mzj", RequestChannel.InPerson, D(2026, 12, 4), null, ApplicantKind.NaturalPerson);
        var early = InformationRequest.Receive("R-2", "mzj", RequestChannel.InPerson, D(2026, 12, 3), null, ApplicantKind.NaturalPerson);

        var beyond = Policy.ReplyDueOrBeyond(late);
        Assert.Equal((true, D(2026, 12, 4)), (beyond.IsBeyondCalendar, beyond.CountedFrom));
        Assert.Equal([2027], beyond.MissingYears);
        Assert.Throws<CalendarCoverageException>(() => Policy.ReplyDueOrBeyond(InformationRequest.Receive("R-3", "mzj", RequestChannel.InPerson, D(2027, 1, 4), null, ApplicantKind.NaturalPerson)));
        Assert.Throws<CalendarCoverageException>(() => Policy.ReplyDue(late));
        Assert.Equal((D(2026, 12, 31), Policy.ReplyDue(early).ExplanationEn), (Policy.ReplyDueOrBeyond(early).Deadline.Due, Policy.ReplyDueOrBeyond(early).Deadline.ExplanationEn));
    }

    [Property]
    public Property D41_the_result_is_DueDates_deadline_or_beyond_exactly_where_DueDate_runs_out_of_calendar() =>
        Prop.ForAll(Gen.Elements(ScheduleEntry.InOrder.ToArray()).ToArbitrary(), Gen.Choose(0, 578).ToArbitrary(), (entry, offset) =>
        {
            var date = D(2025, 6, 1).PlusDays(offset);
            var result = Policy.DueDateOrBeyond(entry, date);
            try
            {
                var due = Policy.DueDate(entry, date).Due;
                return !result.IsBeyondCalendar && result.Deadline.Due == due;
            }
            catch (CalendarCoverageException)
            {
                return result.IsBeyondCalendar && result.MissingYears.SequenceEqual([2027]) && result.CountedFrom >= date;
            }
        });

    [Theory]
    [InlineData("2006-12-31", "2027-01-01", false, false)]
    [InlineData("2007-01-01", "2027-01-01", true, true)]
    [InlineData("2026-12-31", "2027-01-01", true, true)]
    [InlineData("2027-01-01", "2027-01-02", true, false)]
    [InlineData("2026-06-01", "2026-12-31", false, false)]
    [InlineData("2026-06-01", "2006-12-31", false, false)]
    public void D27_D41_beyond_is_a_count_from_on_or_after_the_first_day_needing_a_day_after_the_last(string countedFrom, string needed, bool beyond, bool startsInside)
    {
        var from = NodaTime.Text.LocalDatePattern.Iso.Parse(countedFrom).Value;
        var exception = new CalendarCoverageException("date", NodaTime.Text.LocalDatePattern.Iso.Parse(needed).Value, ChinaWorkingDayCalendar.Official.Coverage, "a test");

        Assert.Equal((beyond, startsInside), (DueDateResult.IsBeyond(exception, from), DueDateResult.StartsInsideAndEndsBeyond(exception, from)));
    }

    [Fact]
    public void D41_several_missing_years_are_listed_in_order_with_commas()
    {
        var result = DueDateResult.Beyond(D(2025, 12, 31), [2026, 2027]);

        Assert.Equal("counted from 2025-12-31: due beyond the calendar, which needs 2026, 2027", result.ToString());
        Assert.Equal("The count from 2025-12-31 ends beyond the calendar, which needs 2026, 2027; there is no deadline yet.",
            Assert.Throws<InvalidOperationException>(() => result.Deadline).Message);
    }
}
