namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>D1: every State Council notice of 2007–2026, read from its published text, gives exactly the days of the holiday-cn data.</summary>
public sealed class NoticeTextOfficialTests
{
    /// <summary>The name the 2015 amendment's text leaves out: it says only "9月3日至5日调休放假".</summary>
    private const string VictoryDayName = "抗日战争暨世界反法西斯战争胜利70周年纪念日";

    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;

    public static TheoryData<int> Years => [.. AllYears];

    private static IEnumerable<int> AllYears => Enumerable.Range(2007, 20);

    [Theory]
    [MemberData(nameof(Years))]
    public void D1_each_years_notice_read_from_its_text_with_its_amendments_lists_the_days_of_the_holiday_cn_data(int year)
    {
        var notice = Read(year);

        var expected = HolidayCnData.ListedDays.Where(pair => pair.Value.NoticeYear == year)
            .Select(pair => $"{pair.Key:uuuu-MM-dd} {(pair.Value.IsOffDay ? "off" : "work")} {pair.Value.Name}").Order(StringComparer.Ordinal);
        Assert.Equal(expected, notice.Days.Select(day => day.ToString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void D1_each_notice_keeps_the_addresses_of_its_text_in_order_and_its_amendments(int year)
    {
        var blocks = Blocks(year);

        var notice = Read(year);

        Assert.Equal(blocks.Select(block => block.Address), notice.Papers);
        Assert.Equal(blocks.Count - 1, notice.Amendments.Count);
    }

    [Fact]
    public void D1_the_amended_years_are_2015_2019_and_2020()
    {
        var amended = AllYears.Where(year => Blocks(year).Count > 1);

        Assert.Equal([2015, 2019, 2020], amended);
    }

    [Fact]
    public void D1_a_calendar_of_the_notices_read_from_text_equals_the_official_calendar_on_every_day()
    {
        var notices = AllYears.Select(Read);

        var calendar = ChinaWorkingDayCalendar.FromNotices(notices);

        Assert.Equal(Official.Coverage, calendar.Coverage);
        for (var date = calendar.Coverage.Start; date <= calendar.Coverage.End; date = date.PlusDays(1))
        {
            Assert.Equal(Official.Describe(date).IsWorkingDay, calendar.IsWorkingDay(date));
        }
    }

    /// <summary>A year's notice read from the first block of its file, amended by the blocks after it.</summary>
    internal static HolidayNotice Read(int year)
    {
        var blocks = Blocks(year);
        var notice = HolidayNotice.ParseText(year, blocks[0].Text);
        foreach (var (_, text) in blocks.Skip(1))
        {
            notice = notice.WithAmendment(NoticeAmendment.ParseText(notice, text, year == 2015 ? VictoryDayName : null));
        }

        return notice;
    }

    /// <summary>The blocks of a year's file, each from its address line to the next.</summary>
    internal static List<(string Address, string Text)> Blocks(int year)
    {
        var blocks = new List<(string, string)>();
        var lines = File.ReadAllLines(RepositoryFiles.NoticeTextFiles.Single(file => Path.GetFileName(file) == $"{year}.txt"));
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("http", StringComparison.Ordinal))
            {
                var end = Array.FindIndex(lines, i + 1, line => line.StartsWith("http", StringComparison.Ordinal));
                blocks.Add((lines[i], string.Join("\n", lines[i..(end < 0 ? lines.Length : end)])));
            }
        }

        return blocks;
    }
}
