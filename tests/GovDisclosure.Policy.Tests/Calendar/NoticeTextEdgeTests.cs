namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>D1: the edges of reading a notice's text — line ends, lists and ranges, written years, impossible dates, extensions.</summary>
public sealed class NoticeTextEdgeTests
{
    private static readonly HolidayNotice Notice2026 = NoticeTextOfficialTests.Read(2026);

    private static string Days(NoticeAmendment amendment) => string.Join(" ", amendment.Days.Select(day => $"{day.Date:uuuu-MM-dd}{(day.IsOffDay ? "o" : "W")}"));

    private static NoticeAmendment Read(string text) => NoticeAmendment.ParseText(Notice2026, text, "纪念日");

    private static IReadOnlyList<string> Problems(string text) => Assert.Throws<CalendarDataException>(() => Read(text)).Problems;

    [Fact]
    public void D1_lines_may_end_in_CR_LF_or_CR_and_a_last_sentence_needs_no_full_stop()
    {
        Assert.Equal("2026-09-03o 2026-09-04o", Days(Read("9月3日放假。\r\n9月4日放假")));
        Assert.Equal("2026-09-03o 2026-09-04o", Days(Read("9月3日放假。\r9月4日放假。")));
    }

    [Fact]
    public void D1_dates_listed_with_a_pause_mark_are_single_days_not_a_range()
    {
        Assert.Equal("2026-09-03o 2026-09-05o", Days(Read("9月3日、5日放假。")));
        Assert.Equal("2026-09-03o 2026-09-04o 2026-09-05o", Days(Read("9月3日至5日放假。")));
        Assert.Equal("2026-09-03o", Days(Read("9月3日至3日放假，共1天。")));   // a range of one day
    }

    [Fact]
    public void D1_a_range_may_run_31_days_past_its_start_and_no_further()
    {
        Assert.Equal(32, Read("7月1日至8月1日放假。").Days.Count);
        Assert.Equal(["line 1: \"7月1日至8月2日放假。\": the range 2026-07-01 to 2026-08-02 is longer than a month; no holiday is."], Problems("7月1日至8月2日放假。"));
    }

    [Fact]
    public void D1_a_written_year_wins_over_the_December_rule()
    {
        var region = new RegionCode(450000);

        var written = RegionalNotice.ParseText(region, "广西壮族自治区", 2026, "2026年12月1日放假。", "纪念日");
        var unwritten = RegionalNotice.ParseText(region, "广西壮族自治区", 2026, "12月1日放假。", "纪念日");

        Assert.Equal(new LocalDate(2026, 12, 1), written.Days[0].Date);
        Assert.Equal(new LocalDate(2025, 12, 1), unwritten.Days[0].Date);
    }

    [Theory]
    [InlineData("2026年5日放假。", "line 1: \"2026年5日放假。\": \"2026年5日\" has no month, and no date before it in this arrangement gives one.")]
    [InlineData("13月1日放假。", "line 1: \"13月1日放假。\": \"13月1日\" is not a date of 2026.")]
    [InlineData("2月0日放假。", "line 1: \"2月0日放假。\": \"2月0日\" is not a date of 2026.")]
    [InlineData("0000年1月1日放假。", "line 1: \"0000年1月1日放假。\": \"0000年1月1日\" is not a date of 0.")]
    [InlineData("0001年1月1日放假。", "line 1: \"0001年1月1日放假。\": \"0001年1月1日\" is outside the 2026 notice, whose days lie from 2025-12-01 to 2026-12-31.")]
    [InlineData("2025年11月30日放假。", "line 1: \"2025年11月30日放假。\": \"2025年11月30日\" is outside the 2026 notice, whose days lie from 2025-12-01 to 2026-12-31.")]
    [InlineData("2027年1月1日放假。", "line 1: \"2027年1月1日放假。\": \"2027年1月1日\" is outside the 2026 notice, whose days lie from 2025-12-01 to 2026-12-31.")]
    [InlineData("123日放假。", "line 1: \"123日放假。\": \"123日\" has no month, and no date before it in this arrangement gives one.")]
    [InlineData("1月123日放假。", "line 1: \"1月123日放假。\": \"1月123日\" is not a date of 2026.")]
    public void D1_a_date_that_cannot_be_read_is_a_problem_quoting_it(string text, string problem)
    {
        Assert.Contains(problem, Problems(text));
    }

    [Fact]
    public void D1_a_line_that_starts_with_a_date_and_a_colon_is_no_heading()
    {
        var amendment = Read("9月3日：放假。");

        Assert.Equal("2026-09-03o", Days(amendment));
        Assert.Equal("纪念日", amendment.Days[0].Name);
    }

    [Fact]
    public void D1_a_count_in_a_sentence_that_gives_no_day_off_is_a_problem()
    {
        Assert.Equal(["line 1: \"9月5日（周六）上班，共1天。\": the text counts 共1天 (1 days), but the days off it gives are 0."], Problems("9月5日（周六）上班，共1天。"));
    }

    [Fact]
    public void D1_days_a_rest_is_moved_to_must_be_days_off_even_without_a_weekend_named()
    {
        Assert.Equal("2026-09-03o 2026-09-04o", Days(Read("9月3日至4日放假，调至9月4日。")));
        Assert.Equal(["line 1: \"9月3日放假，调至9月4日。\": the text gives 2026-09-04 as a rest day moved to it (调至), but the arrangement does not give it as a day off."],
            Problems("9月3日放假，调至9月4日。"));
    }

    [Fact]
    public void D1_an_address_line_after_the_first_arrangement_began_starts_another_notice()
    {
        Assert.Equal(["line 2: \"https://example.invalid/2\" starts another notice after days were already read; read each notice or amendment on its own."],
            Problems("9月3日放假。\nhttps://example.invalid/2\n9月4日放假。"));
    }

    [Fact]
    public void D1_an_extension_finds_the_holiday_by_any_of_its_names_and_keeps_its_heading()
    {
        var notice2007 = NoticeTextOfficialTests.Read(2007);   // the 2007 notice calls Labour Day "“五一”"

        var extended = NoticeAmendment.ParseText(notice2007, "延长2007年劳动节假期至5月8日（星期二）。");
        var original2020 = HolidayNotice.ParseText(2020, NoticeTextOfficialTests.Blocks(2020)[0].Text);
        var headed = NoticeAmendment.ParseText(original2020, "一、春节延长：延长2020年春节假期至2月2日（农历正月初九，星期日）。");

        Assert.Equal("2007-05-08o", Days(extended));
        Assert.Equal(["春节延长"], headed.Days.Select(day => day.Name).Distinct());
        Assert.Equal(["line 1: \"延长2020年春节假期至2月2日。\": 2020-02-02 does not extend 春节, whose days off already run to 2020-02-02."],
            Assert.Throws<CalendarDataException>(() => NoticeAmendment.ParseText(NoticeTextOfficialTests.Read(2020), "延长2020年春节假期至2月2日。")).Problems);
        Assert.Equal(["line 1: \"延长2020年元宵节假期至2月9日。\": the 2020 notice lists no day off of 元宵节 to extend."],
            Assert.Throws<CalendarDataException>(() => NoticeAmendment.ParseText(NoticeTextOfficialTests.Read(2020), "延长2020年元宵节假期至2月9日。")).Problems);
    }

    [Fact]
    public void D1_an_amendment_needs_a_year_the_library_knows_and_a_text()
    {
        Assert.Equal("year", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new NoticeAmendment(1999, [new NoticeDay(new LocalDate(1999, 9, 3), true, "x")])).ParamName);
        Assert.Equal("text", ArgumentAssert.Throws<ArgumentNullException>(() => NoticeAmendment.ParseText(Notice2026, null!)).ParamName);
    }

    [Fact]
    public void D1_a_notice_amended_twice_says_so_and_a_left_out_holiday_of_several_days_is_named_with_them()
    {
        var once = Notice2026.WithAmendment(new NoticeAmendment(2026, [new NoticeDay(new LocalDate(2026, 9, 3), true, "纪念日")]));
        var twice = once.WithAmendment(new NoticeAmendment(2026, [new NoticeDay(new LocalDate(2026, 9, 4), true, "纪念日")]));
        var noSpring = Assert.Throws<CalendarDataException>(() => new HolidayNotice(2027, StatutoryHolidays.ForYear(2027).Where(day => day.Holiday != Holiday.SpringFestival)));

        Assert.Equal("2026 notice (41 days, amended 2 times)", twice.ToString());
        Assert.Equal("the 2027 notice leaves out 春节 (Spring Festival): its statutory days 2027-02-05, 2027-02-06, 2027-02-07, 2027-02-08 are not listed as days off " +
                     "(全国年节及纪念日放假办法, as in force that year); a notice must list every holiday of its year.", Assert.Single(noSpring.Problems));
    }
}
