namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>D1: reading a notice's text — each style, each special case, and every mismatch an error quoting its line.</summary>
public sealed class NoticeTextTests
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;

    /// <summary>The 2026 notice's text, whose days are checked against the data in <see cref="NoticeTextOfficialTests"/>.</summary>
    private static string Text2026 => string.Join("\n", NoticeTextOfficialTests.Blocks(2026)[0].Text);

    private static string Days(IEnumerable<NoticeDay> days) => string.Join(" ", days.Select(day => $"{day.Date:MM-dd}{(day.IsOffDay ? "o" : "W")}"));

    private static string Days(HolidayNotice notice, string name) => Days(notice.Days.Where(day => day.Name == name));

    /// <summary>A whole 2026 notice whose Spring Festival line is <paramref name="line"/>.</summary>
    private static string With2026SpringFestival(string line) =>
        string.Join("\n", Text2026.Split('\n').Select(text => text.StartsWith("二、春节", StringComparison.Ordinal) ? line : text));

    private static CalendarDataException Refused(string text, int year = 2026) =>
        Assert.Throws<CalendarDataException>(() => HolidayNotice.ParseText(year, text));

    [Fact]
    public void D1_the_short_style_gives_the_range_off_weekends_included_and_the_days_before_上班_working()
    {
        var notice = HolidayNotice.ParseText(2026, Text2026);

        Assert.Equal("02-14W 02-15o 02-16o 02-17o 02-18o 02-19o 02-20o 02-21o 02-22o 02-23o 02-28W", Days(notice, "春节"));
        Assert.Equal(["https://www.gov.cn/zhengce/content/202511/content_7047090.htm"], notice.Papers);
        Assert.Empty(notice.Amendments);
    }

    [Fact]
    public void D1_the_long_style_lists_the_range_and_the_weekend_days_whose_rest_was_moved_as_working_days()
    {
        // 2008 National Day: "9月27日（星期六）、9月28日（星期日）两个公休日调至9月29日（星期一）、30日（星期二）" and no 上班 sentence.
        var notice = NoticeTextOfficialTests.Read(2008);

        Assert.Equal("09-27W 09-28W 09-29o 09-30o 10-01o 10-02o 10-03o 10-04o 10-05o", Days(notice, "国庆节"));
    }

    [Fact]
    public void D1_in_the_long_style_a_moved_weekend_rest_day_that_is_the_holiday_itself_stays_a_day_off()
    {
        // 2008: "6月8日（农历五月初五，端午节）为法定节假日，6月8日（星期日）公休日调至6月9日（星期一）".
        var notice = NoticeTextOfficialTests.Read(2008);

        Assert.Equal("06-07o 06-08o 06-09o", Days(notice, "端午节"));
    }

    [Fact]
    public void D1_days_of_the_year_before_are_read_with_their_year_written_or_from_December()
    {
        var written = NoticeTextOfficialTests.Read(2023);   // "2022年12月31日至2023年1月2日"
        var unwritten = NoticeTextOfficialTests.Read(2019); // "12月30日至1月1日放假，共3天。 12月29日（星期六）上班。"

        Assert.Equal(new LocalDate(2022, 12, 31), written.Days[0].Date);
        Assert.Equal("2018-12-29 work 元旦, 2018-12-30 off 元旦, 2018-12-31 off 元旦, 2019-01-01 off 元旦",
            string.Join(", ", unwritten.Days.Take(4)));
    }

    [Fact]
    public void D1_a_count_may_be_written_in_Chinese_numerals()
    {
        var four = HolidayNotice.ParseText(2026, With2026SpringFestival("二、春节：2月16日至19日放假，共四天。"));
        var wrong = Refused(With2026SpringFestival("二、春节：2月16日至19日放假，共两天。"));
        var eleven = Refused(With2026SpringFestival("二、春节：2月16日至19日放假，共十一天。"));
        var twenty = Refused(With2026SpringFestival("二、春节：2月16日至19日放假，共二十天。"));
        var ten = Refused(With2026SpringFestival("二、春节：2月16日至19日放假，共十天。"));

        Assert.Equal("02-16o 02-17o 02-18o 02-19o", Days(four, "春节"));
        Assert.Equal("line 3: \"二、春节：2月16日至19日放假，共两天。\": the text counts 共两天 (2 days), but the days off it gives are 4 (2026-02-16, 2026-02-17, 2026-02-18, 2026-02-19).",
            Assert.Single(wrong.Problems));
        Assert.Contains("共十一天 (11 days)", eleven.Message);
        Assert.Contains("共二十天 (20 days)", twenty.Message);
        Assert.Contains("共十天 (10 days)", ten.Message);
    }

    [Fact]
    public void D1_a_combined_holiday_accounts_for_both_holidays()
    {
        var notice = NoticeTextOfficialTests.Read(2025);   // "六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。"

        var combined = notice.Days.Where(day => day.Name == "国庆节、中秋节").ToArray();

        Assert.Equal(10, combined.Length);
        Assert.All(combined, day => Assert.Equal(Holiday.MidAutumnAndNationalDay, day.Holiday));
        Assert.Contains(combined, day => day.Date == new LocalDate(2025, 10, 6));   // the Mid-Autumn Festival
    }

    [Fact]
    public void D1_a_补休_day_is_a_day_off_and_与周末连休_lists_the_named_day_only()
    {
        var notice = NoticeTextOfficialTests.Read(2015);   // "三、清明节：4月5日放假，4月6日（星期一）补休。" "四、劳动节：5月1日放假，与周末连休。"

        Assert.Equal("04-05o 04-06o", Days(notice, "清明节"));
        Assert.Equal("05-01o", Days(notice, "劳动节"));
    }

    [Fact]
    public void D1_a_count_beside_与周末连休_counts_the_weekend_joined()
    {
        var joined = HolidayNotice.ParseText(2026, With2026SpringFestival("二、春节：2月16日（周一）至19日放假，与周末连休，共6天。"));
        var wrong = Refused(With2026SpringFestival("二、春节：2月16日（周一）至19日放假，与周末连休，共4天。"));

        Assert.Equal("02-16o 02-17o 02-18o 02-19o", Days(joined, "春节"));
        Assert.Contains("the text counts 共4天 (4 days), but the days off it gives are 6 (2026-02-16, 2026-02-17, 2026-02-18, 2026-02-19).", wrong.Message);
    }

    [Fact]
    public void D1_星期天_周日_and_星期日_are_all_Sunday_and_notes_beside_them_are_kept()
    {
        var notice = HolidayNotice.ParseText(2026,
            With2026SpringFestival("二、春节：2月15日（农历腊月二十八、星期天）至23日（周一）放假调休，共9天。2月14日（星期六）、2月28日（周六）上班。"));

        Assert.Equal("02-14W 02-15o 02-16o 02-17o 02-18o 02-19o 02-20o 02-21o 02-22o 02-23o 02-28W", Days(notice, "春节"));
    }

    [Fact]
    public void D1_a_weekday_that_does_not_match_its_date_is_an_error_quoting_the_line()
    {
        var exception = Refused(With2026SpringFestival("二、春节：2月15日（周一）至23日（周一）放假调休，共9天。2月14日（星期天）、2月28日（周六）上班。"));

        Assert.Equal(
        [
            "line 3: \"二、春节：2月15日（周一）至23日（周一）放假调休，共9天。\": the text gives 2026-02-15 as 周一 (Monday), but it is a Sunday.",
            "line 3: \"2月14日（星期天）、2月28日（周六）上班。\": the text gives 2026-02-14 as 星期天 (Sunday), but it is a Saturday.",
        ], exception.Problems);
    }

    [Fact]
    public void D1_a_count_that_does_not_match_the_span_is_an_error_quoting_the_sentence()
    {
        var exception = Refused(With2026SpringFestival("二、春节：2月15日至23日放假调休，共7天。"));

        Assert.StartsWith("line 3: \"二、春节：2月15日至23日放假调休，共7天。\": the text counts 共7天 (7 days), but the days off it gives are 9 (2026-02-15,",
            Assert.Single(exception.Problems));
    }

    [Theory]
    [InlineData("二、春节：2月15日至23日放假。2月14日照常办公。", "line 3: \"2月14日照常办公。\": the text does not say whether 2026-02-14 is a day off (放假, 补休, 调休) or a working day (上班).")]
    [InlineData("二、春节：15日至23日放假。", "line 3: \"二、春节：15日至23日放假。\": \"15日\" has no month, and no date before it in this arrangement gives one.")]
    [InlineData("二、春节：2月15日至30日放假。", "line 3: \"二、春节：2月15日至30日放假。\": \"30日\" is not a date of 2026.")]
    [InlineData("二、春节：2月23日至2月15日放假。", "line 3: \"二、春节：2月23日至2月15日放假。\": the range 2026-02-23 to 2026-02-15 ends before it starts.")]
    [InlineData("二、春节：2月15日至3月23日放假。", "line 3: \"二、春节：2月15日至3月23日放假。\": the range 2026-02-15 to 2026-03-23 is longer than a month; no holiday is.")]
    public void D1_nothing_unreadable_is_skipped_each_problem_quotes_its_line(string line, string problem)
    {
        var exception = Refused(With2026SpringFestival(line));

        Assert.Contains(problem, exception.Problems);
    }

    [Fact]
    public void D1_the_long_style_checks_what_it_says_of_each_day()
    {
        var text = string.Join("\n",
            "一、元旦：1月1日至3日放假，共3天。",
            "其中，1月2日（星期五）为法定节假日，1月5日（星期一）照常公休。",
            "1月7日（星期三）公休日调至1月9日（星期五）。");

        var exception = Assert.Throws<CalendarDataException>(() => NoticeAmendment.ParseText(NoticeTextOfficialTests.Read(2009), text));

        Assert.Equal(
        [
            "line 2: \"其中，1月2日（星期五）为法定节假日，1月5日（星期一）照常公休。\": the text gives 2009-01-05 as an ordinary weekend rest day (公休), but it is a Monday.",
            "line 3: \"1月7日（星期三）公休日调至1月9日（星期五）。\": the text gives 2009-01-07 as moved as a weekend rest day (公休日调至), but it is a Wednesday.",
            "line 3: \"1月7日（星期三）公休日调至1月9日（星期五）。\": the text gives 2009-01-09 as a rest day moved to it (调至), but the arrangement does not give it as a day off.",
        ], exception.Problems);
    }

    [Fact]
    public void D1_a_statutory_day_the_long_style_names_must_be_a_day_off_of_its_arrangement()
    {
        var text = "一、元旦：1月1日放假。其中，1月2日为法定节假日。";

        var exception = Assert.Throws<CalendarDataException>(() => NoticeAmendment.ParseText(NoticeTextOfficialTests.Read(2009), text));

        Assert.Equal("line 1: \"其中，1月2日为法定节假日。\": the text gives 2009-01-02 as a statutory holiday (法定节假日), but the arrangement does not give it as a day off.",
            Assert.Single(exception.Problems));
    }

    [Fact]
    public void D1_a_notice_that_leaves_a_holiday_out_is_an_error_naming_it()
    {
        var text = string.Join("\n", Text2026.Split('\n').Where(line => !line.StartsWith("五、端午节", StringComparison.Ordinal)));

        var exception = Refused(text);

        Assert.Equal("the 2026 notice leaves out 端午节 (Dragon Boat Festival): its statutory day 2026-06-19 is not listed as a day off " +
                     "(全国年节及纪念日放假办法, as in force that year); a notice must list every holiday of its year.", Assert.Single(exception.Problems));
    }

    [Fact]
    public void D1_a_notice_listing_only_New_Years_Day_is_refused_naming_every_holiday_it_leaves_out()
    {
        var exception = Assert.Throws<CalendarDataException>(() => new HolidayNotice(2027, [new NoticeDay(new LocalDate(2027, 1, 1), true, "元旦")]));

        Assert.Equal(["春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"],
            exception.Problems.Select(problem => problem.Split(' ')[5]));
    }

    [Fact]
    public void D1_a_single_sentence_without_a_heading_has_no_holiday_name()
    {
        var amendment = NoticeAmendment.ParseText(NoticeTextOfficialTests.Read(2026), "9月3日（周四）至4日放假，共2天。");

        Assert.All(amendment.Days, day => Assert.Equal(Holiday.Other, day.Holiday));
        Assert.Equal("09-03o 09-04o", Days(amendment.Days));
        Assert.Equal("其他", amendment.Days[0].Name);
    }

    [Fact]
    public void D1_an_amending_notice_names_its_holiday_from_its_preamble()
    {
        var amendment = NoticeAmendment.ParseText(HolidayNotice.ParseText(2019, NoticeTextOfficialTests.Blocks(2019)[0].Text), NoticeTextOfficialTests.Blocks(2019)[1].Text);

        Assert.Equal("04-28W 05-01o 05-02o 05-03o 05-04o 05-05W", Days(amendment.Days));
        Assert.All(amendment.Days, day => Assert.Equal("劳动节", day.Name));
        Assert.Equal(["http://www.gov.cn/zhengce/content/2019-03/22/content_5375877.htm"], amendment.Papers);
    }

    [Fact]
    public void D1_an_extension_runs_the_holiday_of_the_amended_notice_on_and_turns_its_make_up_day_into_a_day_off()
    {
        var original = HolidayNotice.ParseText(2020, NoticeTextOfficialTests.Blocks(2020)[0].Text);

        var amended = original.WithAmendment(NoticeAmendment.ParseText(original, NoticeTextOfficialTests.Blocks(2020)[1].Text));

        Assert.Equal("01-19W 01-24o 01-25o 01-26o 01-27o 01-28o 01-29o 01-30o 02-01W", Days(original, "春节"));
        Assert.Equal("01-19W 01-24o 01-25o 01-26o 01-27o 01-28o 01-29o 01-30o 01-31o 02-01o 02-02o 02-03W", Days(amended, "春节"));
        Assert.Equal("2020 notice (37 days, amended 1 time)", amended.ToString());
        Assert.Equal(2, amended.Papers.Count);
    }

    [Fact]
    public void D1_an_extension_read_as_a_notice_of_its_own_or_of_a_holiday_not_held_is_an_error()
    {
        const string Extension = "延长2020年春节假期至2月2日（农历正月初九，星期日），2月3日（星期一）起正常上班。";
        var original = HolidayNotice.ParseText(2020, NoticeTextOfficialTests.Blocks(2020)[0].Text);

        var alone = Refused(Extension, 2020);
        var other = Assert.Throws<CalendarDataException>(() => NoticeAmendment.ParseText(original, "延长2020年植树节假期至3月13日。"));
        var shorter = Assert.Throws<CalendarDataException>(() => NoticeAmendment.ParseText(original, "延长2020年春节假期至1月29日。"));

        Assert.Contains("this extends a holiday of a notice already published; read it as an amendment (NoticeAmendment.ParseText) of that notice.", alone.Problems[0]);
        Assert.Equal("line 1: \"延长2020年植树节假期至3月13日。\": the 2020 notice lists no day off of 植树节 to extend.", Assert.Single(other.Problems));
        Assert.Equal("line 1: \"延长2020年春节假期至1月29日。\": 2020-01-29 does not extend 春节, whose days off already run to 2020-01-30.", Assert.Single(shorter.Problems));
    }

    [Fact]
    public void D1_a_calendar_takes_an_amendment_of_a_year_it_holds_and_says_so()
    {
        var original = HolidayNotice.ParseText(2020, NoticeTextOfficialTests.Blocks(2020)[0].Text);
        var calendar = ChinaWorkingDayCalendar.FromNotices([.. Official.Notices.Select(notice => notice.Year == 2020 ? original : notice)]);
        var extension = NoticeAmendment.ParseText(original, NoticeTextOfficialTests.Blocks(2020)[1].Text);

        var amended = calendar.WithAmendment(extension);

        Assert.True(calendar.IsWorkingDay(new LocalDate(2020, 1, 31)));
        Assert.False(amended.IsWorkingDay(new LocalDate(2020, 1, 31)));
        Assert.EndsWith("notices 2007–2026 (amended at run time: 2020)", amended.DataVersion);
        Assert.Single(amended.Notices.Single(notice => notice.Year == 2020).Amendments);
        Assert.Same(Official, Official.WithAmendment(extension));   // the embedded data already holds it
        Assert.Contains("the calendar holds no 2027 notice for the amendment to amend (notices 2007–2026); add the notice first.",
            Assert.Throws<CalendarDataException>(() => Official.WithAmendment(new NoticeAmendment(2027, [new NoticeDay(new LocalDate(2027, 9, 3), true, "纪念日")]))).Message);
    }

    [Fact]
    public void D1_an_amendment_needs_a_day_of_its_year_and_amends_its_own_year_only()
    {
        var notice2026 = NoticeTextOfficialTests.Read(2026);

        var empty = Assert.Throws<CalendarDataException>(() => new NoticeAmendment(2026, []));
        var wrongYear = Assert.Throws<CalendarDataException>(() => notice2026.WithAmendment(new NoticeAmendment(2025, [new NoticeDay(new LocalDate(2025, 9, 3), true, "纪念日")])));
        var outside = Assert.Throws<CalendarDataException>(() => new NoticeAmendment(2026, [new NoticeDay(new LocalDate(2027, 1, 1), true, "元旦")]));

        Assert.Equal(["the 2026 amendment lists no days."], empty.Problems);
        Assert.Equal(["a 2025 amendment cannot amend the 2026 notice."], wrongYear.Problems);
        Assert.Equal(["2027-01-01: the 2026 amendment can list days from 2025-12-01 to 2026-12-31 only."], outside.Problems);
        Assert.Equal("2026 amendment (1 day)", new NoticeAmendment(2026, [new NoticeDay(new LocalDate(2026, 9, 3), true, "纪念日")]).ToString());
        Assert.Equal("text", ArgumentAssert.Throws<ArgumentNullException>(() => HolidayNotice.ParseText(2026, null!)).ParamName);
        Assert.Equal("year", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => HolidayNotice.ParseText(1999, Text2026)).ParamName);
        Assert.Equal("amended", ArgumentAssert.Throws<ArgumentNullException>(() => NoticeAmendment.ParseText(null!, "")).ParamName);
        Assert.Equal("amendment", ArgumentAssert.Throws<ArgumentNullException>(() => notice2026.WithAmendment(null!)).ParamName);
    }

    [Fact]
    public void D1_a_text_holding_a_notice_and_its_amendment_is_refused_rather_than_read_as_one()
    {
        var file = File.ReadAllText(RepositoryFiles.NoticeTextFiles.Single(path => path.EndsWith("2015.txt", StringComparison.Ordinal)));

        var exception = Refused(file, 2015);

        Assert.Equal("line 10: \"http://www.gov.cn/zhengce/content/2015-05/13/content_9742.htm\" starts another notice after days were already read; " +
                     "read each notice or amendment on its own.", Assert.Single(exception.Problems));
    }

    [Fact]
    public void D1_the_whole_published_notice_reads_title_addressees_prose_and_signing_date_passed_over()
    {
        var text = "国务院办公厅关于2026年部分节假日安排的通知\n国办发明电〔2025〕7号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n" +
                   "\n经国务院批准，现将2026年元旦、春节……具体安排通知如下。\n" + Text2026 +
                   "\n节假日期间，各地区、各部门要妥善安排好值班和安全、保卫等工作。\n国务院办公厅\n2025年11月4日\n（此件公开发布）";

        var notice = HolidayNotice.ParseText(2026, text);

        Assert.Equal(NoticeTextOfficialTests.Read(2026).Days, notice.Days);
    }
}
