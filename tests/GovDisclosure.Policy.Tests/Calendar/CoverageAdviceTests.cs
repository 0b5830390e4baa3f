namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>
/// D1: a day beyond the calendar names every year whose notice is missing, in the order the calendar will take them, and
/// a day before 2007, where the library has no notices, is not told to load one.
/// </summary>
public sealed class CoverageAdviceTests
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;

    [Theory]
    [InlineData("2026-12-31", new int[0])]
    [InlineData("2027-01-01", new[] { 2027 })]
    [InlineData("2027-12-31", new[] { 2027 })]
    [InlineData("2028-01-01", new[] { 2027, 2028 })]
    [InlineData("2030-06-01", new[] { 2027, 2028, 2029, 2030 })]
    public void D1_the_years_missing_after_the_calendar_run_from_the_year_after_it_to_the_date(string date, int[] missing)
    {
        var day = Iso(date);
        var exception = new CalendarCoverageException("date", day, Official.Coverage, $"The date {date}");

        Assert.Equal(missing, exception.MissingYears);
    }

    [Fact]
    public void D1_two_missing_years_are_both_named_in_the_message_in_order()
    {
        var exception = Assert.Throws<CalendarCoverageException>(() => Official.IsWorkingDay(new LocalDate(2028, 3, 1)));

        Assert.Equal([2027, 2028], exception.MissingYears);
        Assert.EndsWith("Add the State Council notices for 2027 and 2028, in that order, with ChinaWorkingDayCalendar.WithNotice(...) when they are " +
                        "published, or opt into statutory-rule estimates with WithProvisionalYearsThrough(2028).", exception.Message);
    }

    [Fact]
    public void D1_loading_the_missing_years_in_the_order_named_covers_the_date()
    {
        var exception = Assert.Throws<CalendarCoverageException>(() => Official.IsWorkingDay(new LocalDate(2029, 3, 1)));

        var calendar = exception.MissingYears.Aggregate(Official, (held, year) => held.WithNotice(SampleNotices.Whole(year)));

        Assert.True(calendar.IsWorkingDay(new LocalDate(2029, 3, 1)));
        Assert.Equal("Add the State Council notices for 2027, 2028 and 2029, in that order,", exception.Message.Split(". ")[^1].Split(" with ")[0]);
    }

    [Fact]
    public void D1_the_years_missing_before_a_calendar_that_starts_after_2007_run_back_to_the_date_in_the_order_to_add_them()
    {
        var later = ChinaWorkingDayCalendar.FromNotices(Official.Notices.Where(notice => notice.Year >= 2010));

        var exception = Assert.Throws<CalendarCoverageException>(() => later.IsWorkingDay(new LocalDate(2008, 5, 1)));
        var calendar = exception.MissingYears.Aggregate(later, (held, year) => held.WithNotice(Official.Notices.Single(notice => notice.Year == year)));

        Assert.Equal([2009, 2008], exception.MissingYears);
        Assert.EndsWith("Add the State Council notices for 2009 and 2008, in that order, with ChinaWorkingDayCalendar.WithNotice(...).", exception.Message);
        Assert.False(calendar.IsWorkingDay(new LocalDate(2008, 5, 1)));   // Labour Day, as the 2008 notice gives it
        Assert.Equal(new LocalDate(2008, 1, 1), calendar.Coverage.Start);
    }

    [Theory]
    [InlineData("2006-12-31")]
    [InlineData("1999-05-01")]
    public void D1_a_date_before_2007_is_not_told_to_load_a_notice_the_library_cannot_read(string date)
    {
        var exception = Assert.Throws<CalendarCoverageException>(() => Official.IsWorkingDay(Iso(date)));

        Assert.Empty(exception.MissingYears);
        Assert.EndsWith("2007-01-01 to 2026-12-31. The library reads the State Council's notices from 2007 on, so no day before 2007-01-01 can be counted.",
            exception.Message);
    }

    [Fact]
    public void D1_a_date_before_2007_under_a_calendar_that_starts_later_is_told_to_load_back_to_2007_only()
    {
        var later = ChinaWorkingDayCalendar.FromNotices(Official.Notices.Where(notice => notice.Year >= 2009));

        var exception = Assert.Throws<CalendarCoverageException>(() => later.IsWorkingDay(new LocalDate(2005, 1, 4)));

        Assert.Equal([2008, 2007], exception.MissingYears);
        Assert.EndsWith("from 2007 on, so no day before 2007-01-01 can be counted. Add the State Council notices for 2008 and 2007, in that order, " +
                        "with ChinaWorkingDayCalendar.WithNotice(...) to reach 2007.", exception.Message);
    }

    [Fact]
    public void D1_a_calendar_of_ones_own_that_starts_before_2007_is_told_of_no_notice_to_load_before_it()
    {
        var exception = new CalendarCoverageException("date", new LocalDate(2004, 3, 1), new DateInterval(new LocalDate(2005, 1, 1), new LocalDate(2010, 12, 31)), "The date 2004-03-01");

        Assert.Empty(exception.MissingYears);
        Assert.EndsWith("so no day before 2007-01-01 can be counted.", exception.Message);
    }

    [Fact]
    public void D1_a_coverage_that_ends_inside_2007_tells_a_calendar_of_ones_own_to_hold_the_day()
    {
        var exception = new CalendarCoverageException("date", new LocalDate(2007, 8, 1), new DateInterval(new LocalDate(2007, 1, 1), new LocalDate(2007, 6, 30)), "The date 2007-08-01");

        Assert.Empty(exception.MissingYears);
        Assert.EndsWith("A calendar of your own must hold 2007-08-01 to answer this.", exception.Message);
    }

    [Fact]
    public void D1_a_date_of_2007_before_a_calendar_that_starts_later_is_told_to_load_back_to_its_year()
    {
        var later = ChinaWorkingDayCalendar.FromNotices(Official.Notices.Where(notice => notice.Year >= 2009));

        var exception = Assert.Throws<CalendarCoverageException>(() => later.IsWorkingDay(new LocalDate(2007, 5, 8)));

        Assert.Equal([2008, 2007], exception.MissingYears);
        Assert.EndsWith("2009-01-01 to 2026-12-31. Add the State Council notices for 2008 and 2007, in that order, with ChinaWorkingDayCalendar.WithNotice(...).",
            exception.Message);
    }

    [Fact]
    public void D1_a_date_inside_the_coverage_that_a_calendar_of_ones_own_reports_lists_no_year()
    {
        var exception = new CalendarCoverageException("date", new LocalDate(2010, 6, 1), Official.Coverage, "The date 2010-06-01");

        Assert.Empty(exception.MissingYears);
    }

    [Fact]
    public void D1_a_coverage_that_ends_inside_a_year_has_no_missing_notice_year()
    {
        var exception = new CalendarCoverageException("date", new LocalDate(2026, 8, 1), new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30)), "The date 2026-08-01");

        Assert.Empty(exception.MissingYears);
        Assert.EndsWith("A calendar of your own must hold 2026-08-01 to answer this.", exception.Message);
    }

    private static LocalDate Iso(string date) => NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
}
