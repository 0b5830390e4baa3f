namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>The calendar's small values — holidays, notice days, notices, day descriptions, data sources — and their errors (D1).</summary>
public sealed class CalendarValueTests
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;

    [Theory]
    [InlineData("元旦", "NewYearsDay")]
    [InlineData("“五一”", "LabourDay")]
    [InlineData("“五一”国际劳动节", "LabourDay")]
    [InlineData("“十一”", "NationalDay")]
    [InlineData("十一", "NationalDay")]
    [InlineData("国庆节、中秋节", "MidAutumnAndNationalDay")]
    [InlineData("中秋节、国庆节", "MidAutumnAndNationalDay")]
    [InlineData("抗日战争暨世界反法西斯战争胜利70周年纪念日", "VictoryDay70thAnniversary")]
    [InlineData(" 清明节 ", "QingmingFestival")]
    [InlineData("新设纪念日", "Other")]
    public void D1_each_name_a_notice_gives_a_holiday_maps_to_one_holiday(string noticeName, string holiday)
    {
        Assert.Equal(Holiday.Parse(holiday), Holiday.FromNoticeName(noticeName));
    }

    [Fact]
    public void D1_every_holiday_name_in_the_official_notices_is_known()
    {
        var unknown = HolidayCnData.ListedDays.Values.Select(day => day.Name).Distinct().Where(name => Holiday.FromNoticeName(name) == Holiday.Other);

        Assert.Equal([], unknown);
        Assert.Equal("元旦 New Year's Day", Holiday.NewYearsDay.ToString());
    }

    [Fact]
    public void A_notice_day_needs_an_ISO_date_and_a_holiday_name_and_prints_both()
    {
        Assert.Equal("date", ArgumentAssert.Throws<ArgumentException>(() => new NoticeDay(new LocalDate(2024, 1, 1, CalendarSystem.Julian), true, "元旦")).ParamName);
        Assert.Equal("name", ArgumentAssert.Throws<ArgumentNullException>(() => new NoticeDay(new LocalDate(2024, 1, 1), true, null!)).ParamName);
        Assert.StartsWith("The day 2024-01-01 needs the name of its holiday; it was blank.",
            ArgumentAssert.Throws<ArgumentException>(() => new NoticeDay(new LocalDate(2024, 1, 1), true, " ")).Message);
        Assert.Equal("2024-01-01 off 元旦", new NoticeDay(new LocalDate(2024, 1, 1), true, "元旦").ToString());
        Assert.Equal("2024-02-04 work 春节", new NoticeDay(new LocalDate(2024, 2, 4), false, "春节").ToString());
    }

    [Theory]
    [InlineData(1999, false)]
    [InlineData(2000, true)]
    [InlineData(2099, true)]
    [InlineData(2100, false)]
    public void D1_a_notice_is_for_a_year_whose_holiday_rules_the_library_knows_2000_to_2099(int year, bool valid)
    {
        var days = year is >= 2000 and <= 2099 ? StatutoryHolidays.ForYear(year) : [new NoticeDay(new LocalDate(year, 5, 1), true, "劳动节")];

        var error = Record.Exception(() => new HolidayNotice(year, days));

        Assert.Equal(valid, error is null);
        Assert.Equal(valid ? null : "year", (error as ArgumentOutOfRangeException)?.ParamName);
    }

    [Fact]
    public void D1_a_notice_keeps_its_days_in_date_order_and_may_list_the_first_of_December_before()
    {
        var notice = new HolidayNotice(2030, [.. StatutoryHolidays.ForYear(2030).Reverse(), new NoticeDay(new LocalDate(2029, 12, 1), false, "元旦")]);

        Assert.Equal(new LocalDate(2029, 12, 1), notice.Days[0].Date);
        Assert.Equal(notice.Days.Select(day => day.Date).Order(), notice.Days.Select(day => day.Date));
        Assert.Equal("2030 notice (14 days)", notice.ToString());
        Assert.Equal("days", ArgumentAssert.Throws<ArgumentNullException>(() => new HolidayNotice(2030, null!)).ParamName);
        Assert.Contains("2029-11-30: the 2030 notice can list days from 2029-12-01 to 2030-12-31 only.",
            Assert.Throws<CalendarDataException>(() => new HolidayNotice(2030, [new NoticeDay(new LocalDate(2029, 11, 30), false, "元旦")])).Message);
    }

    [Fact]
    public void D1_a_day_description_needs_an_ISO_date_and_a_kind_and_only_holidays_and_adjusted_days_name_a_holiday()
    {
        Assert.Equal("date", ArgumentAssert.Throws<ArgumentException>(() => new DayInfo(new LocalDate(2024, 1, 1, CalendarSystem.Julian), DayKind.Weekday)).ParamName);
        Assert.Equal("kind", ArgumentAssert.Throws<ArgumentNullException>(() => new DayInfo(new LocalDate(2024, 1, 1), null!)).ParamName);
        var error = ArgumentAssert.Throws<ArgumentException>(() => new DayInfo(new LocalDate(2024, 1, 2), DayKind.Weekday, Holiday.NewYearsDay, null, null, false));
        Assert.Equal("holiday", error.ParamName);
        Assert.StartsWith("2024-01-02 is a weekday; only a day off of a holiday period or an adjusted working day names a holiday.", error.Message);
        // D47: a weekend day inside a holiday period keeps the holiday's name.
        Assert.Equal(Holiday.SpringFestival, new DayInfo(new LocalDate(2024, 2, 17), DayKind.Weekend, Holiday.SpringFestival, "春节", 2024, false).Holiday);
    }

    [Theory]
    [InlineData(1, "星期一")]
    [InlineData(2, "星期二")]
    [InlineData(3, "星期三")]
    [InlineData(4, "星期四")]
    [InlineData(5, "星期五")]
    [InlineData(6, "星期六")]
    [InlineData(7, "星期日")]
    public void D1_the_chinese_explanation_names_the_day_of_the_week(int day, string weekday)
    {
        // 1–7 July 2024 ran from Monday to Sunday.
        Assert.StartsWith($"2024-07-0{day} {weekday}：", Official.Describe(new LocalDate(2024, 7, day)).ExplanationZh);
    }

    [Fact]
    public void D1_a_provisional_holiday_is_explained_by_its_own_name_and_the_rules_it_rests_on()
    {
        var info = Official.WithProvisionalYearsThrough(2027).Describe(new LocalDate(2027, 1, 1));

        Assert.Equal("2027-01-01 星期五：法定节假日（元旦，暂按法定节假日规则推定，尚无通知）", info.ExplanationZh);
        Assert.EndsWith("(provisional: statutory rules, no notice yet)", info.ExplanationEn);
    }

    [Fact]
    public void Data_exceptions_list_their_problems_and_need_at_least_one()
    {
        Assert.Equal("The holiday data is not usable: one", new CalendarDataException(["one"]).Message);
        Assert.Equal($"The holiday data is not usable (2 problems):{Environment.NewLine}- one{Environment.NewLine}- two", new CalendarDataException(["one", "two"]).Message);
        var none = ArgumentAssert.Throws<ArgumentException>(() => new CalendarDataException([]));
        Assert.Equal("problems", none.ParamName);
        Assert.StartsWith("At least one problem must be given.", none.Message);
    }

    [Fact]
    public void A_calendar_built_from_caller_notices_names_its_source_so()
    {
        Assert.Equal("caller-supplied", CalendarDataSource.Caller.ToString());
        Assert.Equal(("caller-supplied", "", "", default(LocalDate), ""),
            (CalendarDataSource.Caller.Name, CalendarDataSource.Caller.Url, CalendarDataSource.Caller.Revision, CalendarDataSource.Caller.RevisionDate,
             CalendarDataSource.Caller.Licence));
        Assert.StartsWith("holiday-cn@", CalendarDataSource.HolidayCn.ToString());
        Assert.Matches(@"^holiday-cn@[0-9a-f]{7} \(\d{4}-\d{2}-\d{2}\)$", CalendarDataSource.HolidayCn.ToString());
    }

    [Fact]
    public void D1_a_coverage_error_says_how_to_extend_the_calendar_on_the_side_it_ran_out()
    {
        var after = Assert.Throws<CalendarCoverageException>(() => Official.IsWorkingDay(new LocalDate(2027, 1, 1)));
        var before = Assert.Throws<CalendarCoverageException>(() => Official.IsWorkingDay(new LocalDate(2006, 12, 31)));

        Assert.EndsWith("Add the State Council notice for 2027 with ChinaWorkingDayCalendar.WithNotice(...) when it is published, " +
            "or opt into statutory-rule estimates with WithProvisionalYearsThrough(2027).", after.Message);
        Assert.EndsWith("outside the working-day calendar's coverage 2007-01-01 to 2026-12-31. " +
            "The library reads the State Council's notices from 2007 on, so no day before 2007-01-01 can be counted.", before.Message);
    }

    [Fact]
    public void D1_every_day_a_notice_lists_is_explained_by_that_notice_and_its_spelling()
    {
        // The 2007 notice also lists days of December 2006, before the calendar's first day.
        var wrong = HolidayCnData.ListedDays.Where(listed => listed.Key >= HolidayCnData.FirstDay)
            .Where(listed => Official.Describe(listed.Key) is var info && (info.NoticeYear != listed.Value.NoticeYear || info.NoticeName != listed.Value.Name))
            .Select(listed => listed.Key);

        Assert.Equal([], wrong);
    }

    [Fact]
    public void D1_the_statutory_holidays_of_a_year_come_in_date_order()
    {
        var days = StatutoryHolidays.ForYear(2027).Select(day => day.Date).ToArray();

        Assert.Equal(days.Order(), days);
        Assert.Equal(new LocalDate(2027, 1, 1), days[0]);
    }
}
