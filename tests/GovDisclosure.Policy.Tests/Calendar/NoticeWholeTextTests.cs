using System.Text;

namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>
/// D1: a mistake about a notice's whole text — the wrong encoding, the wrong year — is said once, first, in place of the
/// line-by-line problems it would cause.
/// </summary>
public sealed class NoticeWholeTextTests
{
    static NoticeWholeTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<int> Years => [.. Enumerable.Range(2007, 20)];

    [Fact]
    public void D1_a_notice_saved_as_GBK_and_read_as_UTF8_is_one_problem_that_says_how_to_save_it()
    {
        var gbk = Encoding.GetEncoding(936).GetBytes(Title(2026) + "\n" + NoticeTextOfficialTests.Blocks(2026)[0].Text);
        var misread = Encoding.UTF8.GetString(gbk);

        var problem = Assert.Single(Assert.Throws<CalendarDataException>(() => HolidayNotice.ParseText(2026, misread)).Problems);

        Assert.StartsWith("line 1: the text holds U+FFFD replacement characters", problem, StringComparison.Ordinal);
        Assert.Contains("probably saved as GBK", problem, StringComparison.Ordinal);
        Assert.Contains("Save it as UTF-8", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void D1_the_replacement_character_is_found_on_the_line_that_holds_it()
    {
        var text = NoticeTextOfficialTests.Blocks(2026)[0].Text.Replace("清明节", "清\uFFFD节", StringComparison.Ordinal);

        var problem = Assert.Single(Assert.Throws<CalendarDataException>(() => HolidayNotice.ParseText(2026, text)).Problems);

        Assert.StartsWith("line 4: ", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025, 2026)]
    [InlineData(2027, 2026)]
    public void D1_another_years_notice_read_for_a_year_is_one_problem_naming_the_year_its_title_gives(int readAs, int titleYear)
    {
        var text = "\n" + Title(titleYear) + "\n" + NoticeTextOfficialTests.Blocks(titleYear)[0].Text;

        var problem = Assert.Single(Assert.Throws<CalendarDataException>(() => HolidayNotice.ParseText(readAs, text)).Problems);

        Assert.Equal($"line 2: this text is the {titleYear} notice (\"{Title(titleYear)}\"), but it was read as the {readAs} one; read it for {titleYear}.", problem);
    }

    [Fact]
    public void D1_the_title_check_applies_to_amendments_too()
    {
        var notice = NoticeTextOfficialTests.Read(2019);
        var text = "国务院办公厅关于调整2018年劳动节假期安排的通知\n" + NoticeTextOfficialTests.Blocks(2019)[1].Text;

        var problem = Assert.Single(Assert.Throws<CalendarDataException>(() => NoticeAmendment.ParseText(notice, text)).Problems);

        Assert.StartsWith("line 1: this text is the 2018 notice", problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void D1_each_official_notice_with_its_own_title_reads_as_without_it(int year)
    {
        var text = Title(year) + "\n" + NoticeTextOfficialTests.Blocks(year)[0].Text;

        Assert.Equal(HolidayNotice.ParseText(year, NoticeTextOfficialTests.Blocks(year)[0].Text).Days, HolidayNotice.ParseText(year, text).Days);
    }

    [Fact]
    public void D1_a_year_in_a_sentence_that_is_not_the_title_is_no_title()
    {
        var text = "经国务院批准，现将2027年元旦、春节等节假日安排通知如下。\n" + NoticeTextOfficialTests.Blocks(2026)[0].Text;

        Assert.Equal(NoticeTextOfficialTests.Read(2026).Days.Count, HolidayNotice.ParseText(2026, text).Days.Count);
    }

    private static string Title(int year) => $"国务院办公厅关于{year}年部分节假日安排的通知";
}
