namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>Reading a notice in the holiday-cn JSON format: every problem reported with where it is.</summary>
public sealed class HolidayNoticeJsonTests
{
    [Fact]
    public void A_well_formed_notice_is_read_with_its_year_papers_and_days_in_date_order()
    {
        var notice = SampleNotices.Hypothetical2027;

        Assert.Equal(2027, notice.Year);
        Assert.Equal(["https://example.invalid/notice-2027"], notice.Papers);
        Assert.Equal(18, notice.Days.Count);
        Assert.Equal(new NoticeDay(new LocalDate(2027, 2, 20), false, "春节"), notice.Days[8]);
        Assert.Equal(notice.Days.OrderBy(day => day.Date), notice.Days);
    }

    [Fact]
    public void Malformed_JSON_is_reported_with_its_line()
    {
        var exception = Assert.Throws<PolicyJsonException>(() =>
            HolidayNoticeJson.Read(SampleNotices.Utf8("{\n  \"year\": 2027,\n  \"papers\": [,\n}")));

        Assert.Equal(3, Assert.Single(exception.Problems).Line);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_with_its_JSON_path()
    {
        const string Json = """
            {
              "year": "2027",
              "papers": [42],
              "days": [
                { "name": "元旦", "date": "2027-13-01", "isOffDay": true },
                { "date": "2027-01-02", "isOffDay": "yes" },
                7
              ]
            }
            """;

        var problems = Assert.Throws<PolicyJsonException>(() => HolidayNoticeJson.Read(SampleNotices.Utf8(Json))).Problems;

        Assert.Equal(
        [
            ("$.year", 2, "expected a whole number from 2000 to 2099; found \"2027\"."),
            ("$.papers[0]", 3, "expected the address of the notice (a string); found the number 42."),
            ("$.days[0].date", 5, "expected an ISO date such as \"2025-03-31\" (a day that exists, years 0001–9999); found \"2027-13-01\"."),
            ("$.days[1].name", 6, "the required property \"name\" of a listed day is missing."),
            ("$.days[1].isOffDay", 6, "expected true or false; found \"yes\"."),
            ("$.days[2]", 7, "expected a listed day with name, date and isOffDay (an object); found the number 7."),
        ], problems.Select(p => (p.Path, p.Line, p.Message)));
    }

    [Fact]
    public void Missing_properties_are_each_named()
    {
        var problems = Assert.Throws<PolicyJsonException>(() => HolidayNoticeJson.Read(SampleNotices.Utf8("{}"))).Problems;

        Assert.Equal(["$.year", "$.papers", "$.days"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal($"the required property \"{p.Path[2..]}\" of a holiday notice is missing.", p.Message));
    }

    [Fact]
    public void A_notice_with_no_days_has_not_been_published_and_is_refused()
    {
        var exception = Assert.Throws<PolicyJsonException>(() =>
            HolidayNoticeJson.Read(SampleNotices.Utf8("""{ "year": 2027, "papers": [], "days": [] }""")));

        Assert.Equal("$.days", Assert.Single(exception.Problems).Path);
        Assert.Contains("the 2027 notice lists no days", exception.Message);
    }

    [Fact]
    public void A_day_listed_twice_or_both_off_and_working_is_an_error()
    {
        var date = new LocalDate(2027, 1, 1);

        var twice = Assert.Throws<CalendarDataException>(() =>
            new HolidayNotice(2027, [new NoticeDay(date, true, "元旦"), new NoticeDay(date, true, "元旦")]));
        var both = Assert.Throws<CalendarDataException>(() =>
            new HolidayNotice(2027, [new NoticeDay(date, true, "元旦"), new NoticeDay(date, false, "元旦")]));

        Assert.Equal(["2027-01-01: listed twice in the 2027 notice."], twice.Problems);
        Assert.Equal(["2027-01-01: listed both as a day off and as a working day in the 2027 notice."], both.Problems);
    }

    [Fact]
    public void A_notice_lists_days_of_its_year_and_of_the_December_before_only()
    {
        var notice = SampleNotices.Whole(2019, new NoticeDay(new LocalDate(2018, 12, 29), false, "元旦"));

        var exception = Assert.Throws<CalendarDataException>(() =>
            new HolidayNotice(2027, [new NoticeDay(new LocalDate(2028, 1, 1), true, "元旦")]));

        Assert.Equal(2019, notice.Year);
        Assert.Equal(["2028-01-01: the 2027 notice can list days from 2026-12-01 to 2027-12-31 only."], exception.Problems);
    }

    [Fact]
    public void A_listed_day_needs_a_holiday_name()
    {
        var exception = ArgumentAssert.Throws<ArgumentException>(() => new NoticeDay(new LocalDate(2027, 1, 1), true, "  "));

        Assert.Equal("name", exception.ParamName);
    }

    [Fact]
    public void A_day_listed_twice_far_apart_in_the_file_is_found_all_the_same()
    {
        const string json = """
            { "year": 2027, "papers": [], "days": [
              { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
              { "name": "国庆节", "date": "2027-10-01", "isOffDay": true },
              { "name": "元旦", "date": "2027-01-01", "isOffDay": false } ] }
            """;

        var error = Assert.Throws<PolicyJsonException>(() => HolidayNoticeJson.Read(SampleNotices.Utf8(json)));

        Assert.Contains("2027-01-01: listed both as a day off and as a working day in the 2027 notice.", error.Message);
    }
}
