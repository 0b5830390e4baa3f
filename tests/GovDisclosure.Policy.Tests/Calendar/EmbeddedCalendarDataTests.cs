namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>
/// The embedded compact data (EmbeddedHolidayData.cs) is compiled from the holiday-cn JSON files in the
/// repository. This class is the compiler: run it with GOVDISCLOSURE_UPDATE_CALENDAR_DATA=1 to rewrite the
/// C# file after changing the JSON; without it, it fails when the two disagree.
/// </summary>
public sealed class EmbeddedCalendarDataTests
{
    [Fact]
    public void The_embedded_data_is_the_compiled_form_of_the_holiday_cn_files()
    {
        var notices = RepositoryFiles.HolidayCnNoticeFiles.Select(ReadNotice).ToArray();
        using var compiled = new MemoryStream();
        CompactHolidayDataWriter.Write(compiled, CalendarDataSource.HolidayCn, notices);
        var source = CompactHolidayDataWriter.ToCSharp(compiled.ToArray(), CalendarDataSource.HolidayCn);

        if (Environment.GetEnvironmentVariable("GOVDISCLOSURE_UPDATE_CALENDAR_DATA") == "1")
        {
            File.WriteAllText(RepositoryFiles.CompactCalendar, source);
        }

        Assert.Equal(compiled.ToArray(), EmbeddedHolidayData.Bytes.ToArray());
        Assert.Equal(source, File.ReadAllText(RepositoryFiles.CompactCalendar).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_official_calendar_holds_every_notice_of_the_source_with_its_papers_and_days()
    {
        var expected = RepositoryFiles.HolidayCnNoticeFiles.Select(ReadNotice).ToArray();
        var official = ChinaWorkingDayCalendar.Official.Notices;

        Assert.Equal(expected.Select(n => n.Year), official.Select(n => n.Year));
        Assert.All(expected.Zip(official), pair =>
        {
            Assert.Equal(pair.First.Papers, pair.Second.Papers);
            Assert.Equal(pair.First.Days, pair.Second.Days);
        });
    }

    [Fact]
    public void The_official_calendar_names_its_source_commit_and_covers_2007_to_2026()
    {
        var official = ChinaWorkingDayCalendar.Official;

        Assert.Equal(CalendarDataSource.HolidayCn, official.Source);
        Assert.Equal("d4e53bf2143de9a85bbd0a916c6c4adac32b075f", official.Source.Revision);
        Assert.Equal(new DateInterval(new LocalDate(2007, 1, 1), new LocalDate(2026, 12, 31)), official.Coverage);
        Assert.Equal(official.Coverage, official.OfficialCoverage);
        Assert.Null(official.ProvisionalCoverage);
        Assert.Equal("holiday-cn@d4e53bf (2026-08-07); notices 2007–2026", official.DataVersion);
        Assert.Equal("China working days 2007-01-01 to 2026-12-31 (holiday-cn@d4e53bf (2026-08-07); notices 2007–2026)", official.ToString());
    }

    [Fact]
    public void The_official_calendar_validates()
    {
        ChinaWorkingDayCalendar.Official.Validate();
    }

    [Fact]
    public void Corrupt_compact_data_is_reported_not_half_read()
    {
        var bytes = EmbeddedHolidayData.Bytes.ToArray();
        byte[] wrongMagic = [.. "XXXX"u8, .. bytes[4..]];

        Assert.Contains("truncated", Assert.Throws<CalendarDataException>(() => CompactHolidayData.Read(bytes.AsSpan(0, bytes.Length / 2), out _)).Message);
        Assert.Contains("format version", Assert.Throws<CalendarDataException>(() => CompactHolidayData.Read(wrongMagic, out _)).Message);
    }

    /// <summary>The compact form of one 2030 notice that lists one day, 1 May, off: its last four bytes are that day. No whole notice lists
    /// one day, so the data is written as it is, past <see cref="HolidayNotice"/>'s checks.</summary>
    private static byte[] OneDay(string sourceName = "test")
    {
        using var stream = new MemoryStream();
        CompactHolidayDataWriter.Write(stream, new CalendarDataSource(sourceName, "https://example.invalid", "abc", new LocalDate(2030, 1, 2), "MIT"),
            new NoticeData([2030], [[]], [0, 1], [2030], [5], [1], [true], [0], ["劳动节"]));
        return stream.ToArray();
    }

    private static string CorruptionOf(byte[] bytes) => Assert.Throws<CalendarDataException>(() => CompactHolidayData.Read(bytes, out _)).Message;

    [Theory]
    [InlineData(0, 1)]     // no month 0
    [InlineData(13, 1)]    // nor 13
    [InlineData(5, 0)]     // no day 0
    [InlineData(4, 31)]    // 30 days in April
    [InlineData(2, 29)]    // 2030 is not a leap year
    public void An_impossible_day_in_the_compact_data_is_reported(int month, int day)
    {
        var bytes = OneDay();
        (bytes[^3], bytes[^2]) = ((byte)month, (byte)day);

        Assert.Equal("The holiday data is not usable: the compact holiday data is corrupt: it lists an impossible day or holiday name.", CorruptionOf(bytes));
    }

    [Fact]
    public void A_holiday_name_the_compact_data_does_not_list_is_reported()
    {
        var bytes = OneDay();
        bytes[^1] = CompactHolidayData.OffDayFlag | 1;   // the one name has index 0

        Assert.Contains("it lists an impossible day or holiday name.", CorruptionOf(bytes));
    }

    [Fact]
    public void A_day_count_that_disagrees_with_the_days_listed_is_reported()
    {
        // After the day count come the notice count, the year (2 bytes), the paper count, the notice's day count and one day (4 bytes).
        var bytes = OneDay();
        bytes[^10] = 2;

        Assert.Contains("its day count is wrong.", CorruptionOf(bytes));
    }

    [Fact]
    public void Counts_of_128_and_more_are_read_back_and_one_longer_than_five_bytes_is_corruption()
    {
        var name = new string('n', 128);   // its length takes two bytes: 0x80 0x01

        CompactHolidayData.Read(OneDay(name), out var source);
        var tooLong = OneDay();
        byte[] sixBytes = [.. tooLong[..5], 0x80, 0x80, 0x80, 0x80, 0x80, 0x01, .. tooLong[6..]];
        var error = Assert.Throws<CalendarDataException>(() => CompactHolidayData.Read(sixBytes, out _));

        Assert.Equal(name, source.Name);
        Assert.Contains("it is truncated.", error.Message);
        Assert.Equal("A 7-bit encoded integer is longer than five bytes.", error.InnerException!.Message);
    }

    private static HolidayNotice ReadNotice(string file)
    {
        using var stream = File.OpenRead(file);
        return HolidayNoticeJson.Read(stream);
    }
}
