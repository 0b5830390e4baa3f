namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>§11: regional notices laid over the national days, a prefecture's over its province's, and opt-in regional estimates.</summary>
public sealed class RegionalCalendarTests
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;
    private static readonly RegionCode Guangxi = new(450000);
    private static readonly RegionCode Baise = new(451000);

    /// <summary>§11, 2017: 30–31 March off, the national make-up Saturday 1 April a rest day, Saturday 8 April worked instead.</summary>
    internal static RegionalNotice Guangxi2017 => RegionalNotice.ParseText(Guangxi, "广西壮族自治区", 2017,
        "一、壮族三月三：3月30日（星期四）至4月1日（星期六）放假调休，共3天。4月8日（星期六）上班。");

    /// <summary>§11, 2023: Friday 21 to Sunday 23 April off — 23 April was a national make-up working day.</summary>
    internal static RegionalNotice Guangxi2023 => RegionalNotice.ParseText(Guangxi, "广西壮族自治区", 2023,
        "壮族三月三：4月21日（星期五）至23日（星期日）放假，共3天。");

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Sec11_Guangxi_2017_turns_the_national_make_up_Saturday_into_a_rest_day_and_works_the_next_Saturday()
    {
        var guangxi = Official.WithRegionalNotice(Guangxi2017);

        Assert.True(Official.IsWorkingDay(D(2017, 4, 1)));
        Assert.False(guangxi.IsWorkingDay(D(2017, 4, 1)));
        Assert.False(Official.IsWorkingDay(D(2017, 4, 8)));
        Assert.True(guangxi.IsWorkingDay(D(2017, 4, 8)));
        Assert.True(guangxi.IsWorkingDay(D(2017, 3, 29)));
        Assert.False(guangxi.IsWorkingDay(D(2017, 3, 30)));
        Assert.False(guangxi.IsWorkingDay(D(2017, 4, 4)));   // the national Qingming holiday stays
        Assert.True(guangxi.IsWorkingDay(D(2017, 4, 5)));
        // One working day after Wednesday 29 March: Thursday 30 March nationally, Wednesday 5 April in Guangxi.
        Assert.Equal(D(2017, 3, 30), Official.AddWorkingDays(D(2017, 3, 29), 1));
        Assert.Equal(D(2017, 4, 5), guangxi.AddWorkingDays(D(2017, 3, 29), 1));
        guangxi.Validate();
    }

    [Fact]
    public void Sec11_Guangxi_2023_rests_on_the_national_make_up_Sunday_23_April()
    {
        var guangxi = Official.WithRegionalNotice(Guangxi2023);

        Assert.Equal(DayKind.AdjustedWorkingDay, Official.Describe(D(2023, 4, 23)).Kind);
        Assert.Equal(DayKind.StatutoryHoliday, guangxi.Describe(D(2023, 4, 23)).Kind);   // the festival's 4th day, statutory in Guangxi (D47)
        Assert.True(guangxi.IsWorkingDay(D(2023, 4, 20)));
        Assert.False(guangxi.IsWorkingDay(D(2023, 4, 21)));
        Assert.True(guangxi.IsWorkingDay(D(2023, 4, 24)));
        Assert.Equal(Official.WorkingDaysBetween(D(2023, 4, 1), D(2023, 4, 30)) - 2, guangxi.WorkingDaysBetween(D(2023, 4, 1), D(2023, 4, 30)));
    }

    [Fact]
    public void Sec11_Describe_names_the_regional_notice_for_a_day_it_set_and_only_for_those()
    {
        var guangxi = Official.WithRegionalNotice(Guangxi2017);

        var rest = guangxi.Describe(D(2017, 4, 1));
        var national = guangxi.Describe(D(2017, 4, 3));

        Assert.Equal("2017-04-01 Saturday: weekend of 壮族三月三 (广西壮族自治区 2017 notice)", rest.ExplanationEn);
        Assert.Equal("2017-04-01 星期六：周末（壮族三月三，广西壮族自治区2017年通知）", rest.ExplanationZh);
        Assert.Equal(Guangxi, rest.Region);
        Assert.Equal(Holiday.Other, rest.Holiday);
        Assert.Equal("2017-04-08 Saturday: adjusted working day making up for 壮族三月三 (广西壮族自治区 2017 notice)", guangxi.Describe(D(2017, 4, 8)).ExplanationEn);
        Assert.Null(national.Region);
        Assert.Equal(Official.Describe(D(2017, 4, 3)), national);
    }

    [Fact]
    public void Sec11_the_calendar_says_which_region_it_is_for_and_the_data_version_lists_the_regional_notices()
    {
        var guangxi = Official.WithRegionalNotice(Guangxi2023).WithRegionalNotice(Guangxi2017);

        Assert.Null(Official.Region);
        Assert.Equal(Guangxi, guangxi.Region);
        Assert.Equal([2023, 2017], guangxi.RegionalNotices.Select(notice => notice.Year));
        Assert.EndsWith("; notices 2007–2026; region 450000 广西壮族自治区: notices 2017, 2023", guangxi.DataVersion);
        Assert.Same(guangxi, guangxi.WithRegionalNotice(Guangxi2017));
    }

    [Fact]
    public void Sec11_a_prefectures_notice_lies_over_its_provinces_in_whichever_order_they_are_added()
    {
        var province = new RegionalNotice(Guangxi, "广西壮族自治区", 2024,
            [new NoticeDay(D(2024, 4, 11), true, "壮族三月三"), new NoticeDay(D(2024, 4, 12), true, "壮族三月三")]);
        var prefecture = RegionalNotice.ParseText(Baise, "百色市", 2024, "4月12日（星期五）上班，4月15日（星期一）放假。", "百色市纪念日");

        var provinceFirst = Official.WithRegionalNotice(province).WithRegionalNotice(prefecture);
        var prefectureFirst = Official.WithRegionalNotice(prefecture).WithRegionalNotice(province);

        foreach (var calendar in new[] { provinceFirst, prefectureFirst })
        {
            Assert.Equal(Baise, calendar.Region);
            Assert.False(calendar.IsWorkingDay(D(2024, 4, 11)));
            Assert.True(calendar.IsWorkingDay(D(2024, 4, 12)));
            Assert.False(calendar.IsWorkingDay(D(2024, 4, 15)));
            Assert.Equal("百色市", calendar.Describe(D(2024, 4, 12)).RegionName);
            Assert.Equal("广西壮族自治区", calendar.Describe(D(2024, 4, 11)).RegionName);
        }
    }

    [Fact]
    public void Sec11_a_countys_notice_lies_over_its_prefectures_and_its_provinces()
    {
        var day = D(2024, 4, 15);
        var county = new RegionCode(451002);

        var calendar = Official
            .WithRegionalNotice(new RegionalNotice(county, "右江区", 2024, [new NoticeDay(day, true, "区纪念日")]))
            .WithRegionalNotice(new RegionalNotice(Guangxi, "广西壮族自治区", 2024, [new NoticeDay(day, true, "壮族三月三")]))
            .WithRegionalNotice(new RegionalNotice(Baise, "百色市", 2024, [new NoticeDay(day, false, "百色市纪念日")]));

        Assert.Equal(county, calendar.Region);
        Assert.False(calendar.IsWorkingDay(day));
        Assert.Equal("右江区", calendar.Describe(day).RegionName);
        Assert.EndsWith("; region 450000 广西壮族自治区: notices 2024; 451000 百色市: notices 2024; 451002 右江区: notices 2024", calendar.DataVersion);
    }

    [Fact]
    public void Sec11_the_data_version_lists_notices_and_estimates_together()
    {
        var calendar = Official.WithRegionalNotice(Guangxi2023).WithRegionalEstimates(RegionalHolidayRule.GuangxiSanyuesan);

        Assert.EndsWith("; region 450000 广西壮族自治区: notices 2023; 450000 壮族三月三 estimated 2014–2026 (provisional)", calendar.DataVersion);
        Assert.True(calendar.IsProvisional(D(2024, 6, 1), D(2013, 6, 1)));   // in either order
        Assert.False(calendar.IsProvisional(D(2023, 6, 1), D(2023, 1, 1)));
    }

    [Fact]
    public void Sec11_a_calendar_is_for_one_line_of_regions_and_one_notice_per_region_and_year()
    {
        var guangxi = Official.WithRegionalNotice(Guangxi2017);
        var tibet = new RegionalNotice(new RegionCode(540000), "西藏自治区", 2017, [new NoticeDay(D(2017, 2, 27), true, "藏历新年")]);
        var other2017 = new RegionalNotice(Guangxi, "广西壮族自治区", 2017, [new NoticeDay(D(2017, 3, 30), true, "壮族三月三")]);
        var notCovered = new RegionalNotice(Guangxi, "广西壮族自治区", 2027, []);

        Assert.Equal(["the calendar holds days of 450000 广西壮族自治区; 540000 西藏自治区 is not within it nor it within 540000, so its days belong to a calendar " +
                      "of its own (lay them over the national calendar)."], Assert.Throws<CalendarDataException>(() => guangxi.WithRegionalNotice(tibet)).Problems);
        Assert.Contains("already holds a 2017 notice of 450000 广西壮族自治区 with other days",
            Assert.Throws<CalendarDataException>(() => guangxi.WithRegionalNotice(other2017)).Message);
        Assert.Contains("the 2027 notice of 450000 广西壮族自治区 is for a year the calendar does not cover (2007–2026)",
            Assert.Throws<CalendarDataException>(() => guangxi.WithRegionalNotice(notCovered)).Message);
        Assert.Equal(2027, Official.WithProvisionalYearsThrough(2027).WithRegionalNotice(notCovered).RegionalNotices[0].Year);
        Assert.Contains("is not within it", Assert.Throws<CalendarDataException>(() =>
            Official.WithRegionalNotice(tibet).WithRegionalEstimates(RegionalHolidayRule.GuangxiSanyuesan)).Message);
        Assert.Equal("notice", ArgumentAssert.Throws<ArgumentNullException>(() => Official.WithRegionalNotice(null!)).ParamName);
        Assert.Equal("rule", ArgumentAssert.Throws<ArgumentNullException>(() => Official.WithRegionalEstimates(null!)).ParamName);
    }

    [Fact]
    public void Sec11_national_notices_added_later_keep_the_regional_days()
    {
        var guangxi = ChinaWorkingDayCalendar.FromNotices(Official.Notices.Where(notice => notice.Year <= 2016))
            .WithRegionalNotice(new RegionalNotice(Guangxi, "广西壮族自治区", 2016, [new NoticeDay(D(2016, 4, 8), true, "壮族三月三")]))
            .WithNotice(Official.Notices.Single(notice => notice.Year == 2017));

        Assert.False(guangxi.IsWorkingDay(D(2016, 4, 8)));
        Assert.Equal(Guangxi, guangxi.Region);
    }

    [Theory]
    [InlineData(2017, 3, 30)]   // no leap month before the third
    [InlineData(2023, 4, 22)]   // a leap second month: the ordinary third month comes a month later
    [InlineData(2024, 4, 11)]
    [InlineData(2031, 3, 25)]   // a leap third month: the ordinary third month, not the leap one
    public void Sec11_the_Guangxi_estimate_takes_the_ordinary_third_lunar_month_through_leap_months(int year, int month, int day)
    {
        var days = RegionalHolidayRule.GuangxiSanyuesan.DaysOf(year);

        Assert.Equal([D(year, month, day), D(year, month, day).PlusDays(1)], days.Select(d => d.Date));
        Assert.All(days, d => Assert.Equal("壮族三月三", d.Name));
        Assert.All(days, d => Assert.True(d.IsOffDay));
    }

    [Fact]
    public void Sec11_the_estimate_starts_in_2014_and_marks_every_day_of_its_years_provisional()
    {
        var estimated = Official.WithRegionalEstimates(RegionalHolidayRule.GuangxiSanyuesan);

        Assert.Empty(RegionalHolidayRule.GuangxiSanyuesan.DaysOf(2013));
        Assert.False(estimated.IsWorkingDay(D(2024, 4, 11)));
        Assert.False(estimated.IsProvisional(D(2013, 12, 30), D(2013, 12, 31)));
        Assert.True(estimated.IsProvisional(D(2013, 12, 31), D(2014, 1, 1)));
        Assert.True(estimated.IsProvisional(D(2024, 6, 1), D(2024, 6, 3)));
        Assert.True(estimated.Describe(D(2024, 6, 3)).IsProvisional);
        Assert.Equal("2024-04-11 Thursday: statutory holiday of 壮族三月三 (provisional: 广西壮族自治区 estimate, no notice yet)", estimated.Describe(D(2024, 4, 11)).ExplanationEn);
        Assert.Equal("2024-06-03 星期一：工作日（广西壮族自治区暂按惯例推定，尚无通知）", estimated.Describe(D(2024, 6, 3)).ExplanationZh);
        Assert.False(estimated.Describe(D(2013, 4, 12)).IsProvisional);
        Assert.Equal(Guangxi, estimated.Region);
        Assert.EndsWith("; region 450000 壮族三月三 estimated 2014–2026 (provisional)", estimated.DataVersion);
        Assert.Same(estimated, estimated.WithRegionalEstimates(RegionalHolidayRule.GuangxiSanyuesan));
    }

    [Fact]
    public void Sec11_a_regional_notice_replaces_the_estimate_of_its_year_before_or_after_it()
    {
        var noticeThenEstimate = Official.WithRegionalNotice(Guangxi2023).WithRegionalEstimates(RegionalHolidayRule.GuangxiSanyuesan);
        var estimateThenNotice = Official.WithRegionalEstimates(RegionalHolidayRule.GuangxiSanyuesan).WithRegionalNotice(Guangxi2023);

        foreach (var calendar in new[] { noticeThenEstimate, estimateThenNotice })
        {
            Assert.False(calendar.IsWorkingDay(D(2023, 4, 21)));
            Assert.False(calendar.IsProvisional(D(2023, 1, 1), D(2023, 12, 31)));
            Assert.True(calendar.IsProvisional(D(2023, 12, 31), D(2024, 1, 1)));
            Assert.Equal(2023, calendar.Describe(D(2023, 4, 21)).NoticeYear);
        }
    }

    [Fact]
    public void Sec11_a_regional_day_needs_both_its_region_and_its_name()
    {
        var error = ArgumentAssert.Throws<ArgumentException>(() => new DayInfo(D(2024, 4, 11), DayKind.StatutoryHoliday, Holiday.Other, "壮族三月三", 2024, false, Guangxi, null));

        Assert.Equal("regionName", error.ParamName);
        Assert.NotEqual(new DayInfo(D(2024, 4, 11), DayKind.StatutoryHoliday, Holiday.Other, "壮族三月三", 2024, false, Guangxi, "广西壮族自治区"),
            new DayInfo(D(2024, 4, 11), DayKind.StatutoryHoliday, Holiday.Other, "壮族三月三", 2024, false, Baise, "广西壮族自治区"));
    }

    [Fact]
    public void Sec11_a_regional_notice_checks_its_region_name_year_and_days()
    {
        Assert.Equal("region", ArgumentAssert.Throws<ArgumentException>(() => new RegionalNotice(default, "广西", 2024, [])).ParamName);
        Assert.Equal("regionName", ArgumentAssert.Throws<ArgumentException>(() => new RegionalNotice(Guangxi, " ", 2024, [])).ParamName);
        Assert.Equal("year", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new RegionalNotice(Guangxi, "广西", 1999, [])).ParamName);
        Assert.Equal(["2025-01-01: the 2024 450000 广西 notice can list days from 2023-12-01 to 2024-12-31 only."],
            Assert.Throws<CalendarDataException>(() => new RegionalNotice(Guangxi, "广西", 2024, [new NoticeDay(D(2025, 1, 1), true, "x")])).Problems);
        Assert.Equal("450000 广西壮族自治区 2017 notice (4 days)", Guangxi2017.ToString());
        Assert.Contains("line 1:", Assert.Throws<CalendarDataException>(() =>
            RegionalNotice.ParseText(Guangxi, "广西壮族自治区", 2023, "壮族三月三：4月21日（星期四）放假。")).Message);
    }

    [Fact]
    public void Sec11_regional_checks_name_what_is_wrong()
    {
        var region = ArgumentAssert.Throws<ArgumentException>(() => new RegionalNotice(default, "广西", 2024, []));
        var blank = ArgumentAssert.Throws<ArgumentException>(() => new RegionalNotice(Guangxi, " ", 2024, []));
        var code = ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new RegionCode(45));
        var day = ArgumentAssert.Throws<ArgumentException>(() => new DayInfo(D(2024, 4, 11), DayKind.StatutoryHoliday, Holiday.Other, "x", 2024, false, null, "广西"));

        Assert.StartsWith("A regional notice needs the code of its region, for example 450000; it was the default value.", region.Message);
        Assert.StartsWith("A regional notice needs the name of its region; it was blank.", blank.Message);
        Assert.StartsWith("45 is not an administrative-division code (GB/T 2260): six digits, the first two from 11 to 82, for example 450000.", code.Message);
        Assert.StartsWith("2024-04-11: a regional day needs both its region's code and its name; give both or neither.", day.Message);
        Assert.Equal("regionName", ArgumentAssert.Throws<ArgumentNullException>(() => new RegionalNotice(Guangxi, null!, 2024, [])).ParamName);
        Assert.Equal("year", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => RegionalNotice.ParseText(Guangxi, "广西", 1999, "4月1日放假。")).ParamName);
        Assert.Equal("text", ArgumentAssert.Throws<ArgumentNullException>(() => RegionalNotice.ParseText(Guangxi, "广西", 2024, null!)).ParamName);
        Assert.Equal("year", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => RegionalHolidayRule.GuangxiSanyuesan.DaysOf(1999)).ParamName);
        Assert.Equal(2, RegionalHolidayRule.GuangxiSanyuesan.DaysOf(2014).Count);
        Assert.True(Guangxi != Baise);
        Assert.False(Guangxi != new RegionCode(450000));
    }

    [Fact]
    public void Sec11_a_regional_notice_keeps_its_days_in_date_order()
    {
        var notice = new RegionalNotice(Guangxi, "广西壮族自治区", 2024,
            [new NoticeDay(D(2024, 4, 12), true, "壮族三月三"), new NoticeDay(D(2024, 4, 11), true, "壮族三月三")]);

        Assert.Equal([D(2024, 4, 11), D(2024, 4, 12)], notice.Days.Select(day => day.Date));
    }

    [Fact]
    public void Sec11_an_estimated_region_refuses_a_notice_of_another_region_and_a_year_it_does_not_estimate_counts_as_official()
    {
        var estimated = Official.WithRegionalEstimates(RegionalHolidayRule.GuangxiSanyuesan);
        var tibet = new RegionalNotice(new RegionCode(540000), "西藏自治区", 2017, []);
        var withNotice = estimated.WithRegionalNotice(Guangxi2023);

        Assert.Contains("is not within it", Assert.Throws<CalendarDataException>(() => estimated.WithRegionalNotice(tibet)).Message);
        Assert.True(withNotice.IsProvisional(D(2022, 12, 31), D(2023, 1, 1)));   // 2022 estimated, 2023 by notice
        Assert.False(withNotice.IsProvisional(D(2023, 1, 1), D(2023, 1, 2)));
    }

    [Fact]
    public void Sec11_an_estimate_on_a_calendar_before_its_first_year_estimates_nothing_and_says_so()
    {
        var early = ChinaWorkingDayCalendar.FromNotices(Official.Notices.Where(notice => notice.Year <= 2013)).WithRegionalEstimates(RegionalHolidayRule.GuangxiSanyuesan);

        Assert.EndsWith("; region 450000 壮族三月三 estimated in no covered year", early.DataVersion);
        Assert.False(early.IsProvisional(D(2013, 1, 1), D(2013, 12, 31)));
    }

    [Fact]
    public void Sec11_a_regional_notices_days_before_the_calendar_are_kept_with_the_notice_only()
    {
        var notice = new RegionalNotice(Guangxi, "广西壮族自治区", 2007, [new NoticeDay(D(2006, 12, 31), false, "元旦"), new NoticeDay(D(2007, 4, 20), true, "壮族三月三")]);

        var calendar = Official.WithRegionalNotice(notice);

        Assert.False(calendar.IsWorkingDay(D(2007, 4, 20)));
        Assert.Equal(D(2007, 1, 1), calendar.Coverage.Start);
    }

    [Fact]
    public void Sec11_the_data_version_lists_amended_years_in_order()
    {
        var notice2019 = HolidayNotice.ParseText(2019, NoticeTextOfficialTests.Blocks(2019)[0].Text);
        var notice2020 = HolidayNotice.ParseText(2020, NoticeTextOfficialTests.Blocks(2020)[0].Text);
        var calendar = ChinaWorkingDayCalendar.FromNotices([.. Official.Notices.Where(notice => notice.Year < 2019), notice2019, notice2020]);

        var amended = calendar.WithAmendment(NoticeAmendment.ParseText(notice2020, NoticeTextOfficialTests.Blocks(2020)[1].Text))
            .WithAmendment(NoticeAmendment.ParseText(notice2019, NoticeTextOfficialTests.Blocks(2019)[1].Text));

        Assert.Equal("caller-supplied; notices 2007–2020 (amended at run time: 2019, 2020)", amended.DataVersion);
        Assert.Equal("amendment", ArgumentAssert.Throws<ArgumentNullException>(() => calendar.WithAmendment(null!)).ParamName);
        Assert.Equal(["the calendar already holds a 2017 notice of 450000 广西壮族自治区 with other days; build the calendar again from the national one to replace it."],
            Assert.Throws<CalendarDataException>(() => Official.WithRegionalNotice(Guangxi2017).WithRegionalNotice(new RegionalNotice(Guangxi, "广西壮族自治区", 2017, []))).Problems);
    }

    [Theory]
    [InlineData("450000", true, false, false, "450000", null)]
    [InlineData("451000", false, true, false, "450000", "451000")]
    [InlineData("451002", false, false, true, "450000", "451000")]
    [InlineData("110101", false, false, true, "110000", "110100")]
    public void Sec11_a_region_code_knows_its_level_and_the_divisions_it_lies_in(string code, bool province, bool prefecture, bool county, string inProvince, string? inPrefecture)
    {
        var region = RegionCode.Parse(code);

        Assert.Equal((province, prefecture, county), (region.IsProvince, region.IsPrefecture, region.IsCounty));
        Assert.Equal(inProvince, region.Province.ToString());
        Assert.Equal(inPrefecture, region.Prefecture?.ToString());
        Assert.Equal(code, region.ToString());
        Assert.True(region.Province.Contains(region));
        Assert.True(region.Contains(region));
    }

    [Fact]
    public void Sec11_a_region_contains_the_divisions_within_it_only()
    {
        Assert.True(Guangxi.Contains(new RegionCode(451002)));
        Assert.True(Baise.Contains(new RegionCode(451002)));
        Assert.False(Baise.Contains(Guangxi));
        Assert.False(Baise.Contains(new RegionCode(452002)));
        Assert.False(new RegionCode(451002).Contains(Baise));
        Assert.False(Guangxi.Contains(new RegionCode(540000)));
        Assert.True(Guangxi.CompareTo(Baise) < 0);
    }

    [Theory]
    [InlineData("45000")]
    [InlineData("4500000")]
    [InlineData("100000")]
    [InlineData("830000")]
    [InlineData("45000x")]
    [InlineData("４５００００")]
    [InlineData(null)]
    public void Sec11_anything_but_a_six_digit_division_code_is_refused(string? code)
    {
        Assert.False(RegionCode.TryParse(code, out var region));
        Assert.Equal(default, region);
        if (code is not null)
        {
            Assert.Contains($"\"{code}\" is not an administrative-division code (GB/T 2260)", Assert.Throws<FormatException>(() => RegionCode.Parse(code)).Message);
        }
    }

    [Theory]
    [InlineData(109999, false)]
    [InlineData(110000, true)]
    [InlineData(829999, true)]
    [InlineData(830000, false)]
    public void Sec11_a_region_code_is_six_digits_from_110000_to_829999(int code, bool valid)
    {
        var error = Record.Exception(() => new RegionCode(code));

        Assert.Equal(valid, error is null);
    }
}

/// <summary>§11: regional notices read from JSON as strictly as the national ones, in the form of their schema.</summary>
public sealed class RegionalNoticeJsonTests
{
    internal const string Guangxi2023Json = """
        {
          "region": "450000",
          "regionName": "广西壮族自治区",
          "year": 2023,
          "papers": ["https://example.invalid/guangxi-2023"],
          "days": [
            { "name": "壮族三月三", "date": "2023-04-21", "isOffDay": true },
            { "name": "壮族三月三", "date": "2023-04-22", "isOffDay": true },
            { "name": "壮族三月三", "date": "2023-04-23", "isOffDay": true }
          ]
        }
        """;

    [Fact]
    public void Sec11_a_regional_notice_read_from_JSON_equals_the_one_read_from_its_text()
    {
        var calendar = ChinaWorkingDayCalendar.Official.WithRegionalNotice(SampleNotices.Utf8(Guangxi2023Json));

        var notice = Assert.Single(calendar.RegionalNotices);
        Assert.Equal(RegionalCalendarTests.Guangxi2023.Days, notice.Days);
        Assert.Equal(["https://example.invalid/guangxi-2023"], notice.Papers);
        Assert.Equal("广西壮族自治区", notice.RegionName);
    }

    [Theory]
    [InlineData("""{ "region": "45000", "regionName": "广西", "year": 2023, "days": [] }""", "$.region", "\"45000\" is not an administrative-division code")]
    [InlineData("""{ "region": "450000", "regionName": " ", "year": 2023, "days": [] }""", "$.regionName", "expected a non-empty string")]
    [InlineData("""{ "region": "450000", "regionName": "广西", "year": 2023, "days": [{ "name": "x", "date": "2024-01-01", "isOffDay": true }] }""", "$.days", "can list days from 2022-12-01 to 2023-12-31 only")]
    [InlineData("""{ "region": "450000", "regionName": "广西", "year": 2023 }""", "$.days", "the required property \"days\"")]
    [InlineData("""{ "region": "450000", "regionName": "广西", "year": 2023, "days": [], "dayz": [] }""", "$.dayz", "days")]
    public void Sec11_every_problem_of_a_regional_notice_is_reported_with_its_path(string json, string path, string message)
    {
        var exception = Assert.Throws<PolicyJsonException>(() => RegionalNoticeJson.Read(SampleNotices.Utf8(json)));

        Assert.Contains(exception.Problems, problem => problem.Path == path && problem.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sec11_a_regional_notice_is_read_asynchronously_too()
    {
        var notice = await RegionalNoticeJson.ReadAsync(SampleNotices.Utf8(Guangxi2023Json));

        Assert.Equal(3, notice.Days.Count);
    }
}
