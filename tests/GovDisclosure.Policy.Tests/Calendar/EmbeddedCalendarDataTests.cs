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

    private static HolidayNotice ReadNotice(string file)
    {
        using var stream = File.OpenRead(file);
        return HolidayNoticeJson.Read(stream);
    }
}
