namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>
/// D1, §11: the notice reader against input no office wrote — other digits, numbers past any year, lines of megabytes, texts of
/// thousands of mistakes. Each gives a <see cref="CalendarDataException"/> naming its line, or a correct reading; never an exception
/// the reader does not document, and never a hang.
/// </summary>
public sealed class HostileNoticeTextTests
{
    private static string Official(int year) => NoticeTextOfficialTests.Blocks(year)[0].Text;

    private static HolidayNotice Notice2020 => HolidayNotice.ParseText(2020, Official(2020));

    private static string FullWidth(string text) => new([.. text.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c)]);

    private static CalendarDataException Refused(string text) => Assert.Throws<CalendarDataException>(() => HolidayNotice.ParseText(2026, text));

    private static IReadOnlyList<string> AmendmentProblems(string text) =>
        Assert.Throws<CalendarDataException>(() => NoticeAmendment.ParseText(Notice2020, text)).Problems;

    private static IReadOnlyList<string> RegionalProblems(string text) =>
        Assert.Throws<CalendarDataException>(() => RegionalNotice.ParseText(new RegionCode(450000), "广西壮族自治区", 2026, text)).Problems;

    [Theory]
    [InlineData(2008)]
    [InlineData(2020)]
    [InlineData(2026)]
    public void D1_a_notice_written_in_full_width_digits_reads_as_the_one_in_ASCII_digits(int year)
    {
        var ascii = HolidayNotice.ParseText(year, Official(year));

        var fullWidth = HolidayNotice.ParseText(year, FullWidth(Official(year)));

        Assert.Equal(ascii.Days, fullWidth.Days);
    }

    [Fact]
    public void D1_a_lone_full_width_date_is_refused_as_the_ASCII_one_is_not_as_a_format_error()
    {
        var exception = Refused("１月１日放假。");

        Assert.Equal(Refused("1月1日放假。").Problems, exception.Problems);
        Assert.Contains("the 2026 notice leaves out 春节", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("元旦：١月١日放假。", '١')]
    [InlineData("元旦：1月१日放假。", '१')]
    public void D1_a_digit_of_another_script_is_a_problem_naming_its_line_and_code_point(string text, char digit)
    {
        var problem = Assert.Single(Refused("国务院办公厅通知\n" + text).Problems);

        Assert.StartsWith($"line 2: \"{text}\" writes the digit '{digit}' (U+{(int)digit:X4})", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("元旦：1月1日放假，共99999999999天。", "\"共99999999999天\" is not a count of days")]
    [InlineData("元旦：1月1日放假，共1000天。", "\"共1000天\" is not a count of days")]
    [InlineData("元旦：1月1日放假，共一二三天。", "\"共一二三天\" is not a count of days")]
    [InlineData("元旦：1月1日放假，共二十十天。", "\"共二十十天\" is not a count of days")]
    [InlineData("元旦：9999年12月30日至31日放假。", "\"9999年12月30日\" is outside the 2026 notice")]
    [InlineData("元旦：1月99999999999日放假。", "\"1月99999999999日\" is not a date of 2026")]
    public void D1_numbers_past_what_a_notice_can_mean_are_problems_of_their_line_in_every_reader(string text, string problem)
    {
        Assert.Contains(Refused(text).Problems, found => found.StartsWith("line 1: ", StringComparison.Ordinal) && found.Contains(problem, StringComparison.Ordinal));
        Assert.Contains(RegionalProblems(text), found => found.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void D1_a_count_of_999_days_is_read_and_compared_with_the_days_it_counts()
    {
        Assert.Contains("the text counts 共999天 (999 days), but the days off it gives are 1 (2026-01-01).", Refused("元旦：1月1日放假，共999天。").Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void D1_an_amendment_that_extends_a_holiday_to_the_year_9999_is_one_problem_not_millions()
    {
        var problems = AmendmentProblems("延长2020年春节假期至9999年12月30日。");

        Assert.Equal(["line 1: \"延长2020年春节假期至9999年12月30日。\": \"9999年12月30日\" is outside the 2020 notice, whose days lie from 2019-12-01 to 2020-12-31."],
            problems);
    }

    [Fact]
    public void D1_an_amendment_with_a_count_past_int_is_a_problem_not_an_overflow()
    {
        Assert.Contains(AmendmentProblems("春节：1月31日放假，共99999999999天。"), problem => problem.Contains("is not a count of days", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(NoticeSyntax.MaxLineLength, false)]
    [InlineData(NoticeSyntax.MaxLineLength + 1, true)]
    public void D1_a_line_longer_than_a_sentence_can_be_is_refused_with_its_number(int length, bool refused)
    {
        var line = "元旦：1月1日放假。" + new string(' ', length - "元旦：1月1日放假。".Length - 1) + "x";

        var problems = Refused("国务院办公厅通知\n" + line).Problems;

        Assert.Equal(refused, problems.Contains($"line 2: {IsoText.Quote(line)} is longer than a notice's line may be (1,000 characters); " +
                                                "a line of a notice is one heading with its arrangement, or one sentence."));
    }

    [Theory]
    [InlineData(128_000)]
    [InlineData(1_000_000)]
    public void D1_a_megabyte_of_spaces_between_two_letters_is_one_problem(int spaces)
    {
        var problem = Assert.Single(Refused("a" + new string(' ', spaces) + "b").Problems);

        Assert.StartsWith("line 1: \"a      ", problem, StringComparison.Ordinal);
        Assert.Contains($"…\" ({spaces + 2:N0} characters) is longer than a notice's line may be", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void D1_lines_of_repeated_keywords_and_commas_within_the_bound_are_read_as_prose_or_refused_once()
    {
        var keywords = string.Join("\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat("调整", 490)), 40));
        var commas = string.Join("\n", Enumerable.Repeat("1月1日" + new string('，', 990) + "放假", 40));

        Assert.DoesNotContain(Refused(keywords + "\n" + "元旦：1月1日放假。").Problems, problem => problem.StartsWith("line ", StringComparison.Ordinal));
        Assert.Equal(40, Refused(commas).Problems.Count(problem => problem.Contains("does not say whether 2026-01-01", StringComparison.Ordinal)));
    }

    [Fact]
    public void D1_a_text_of_thousands_of_mistakes_keeps_the_first_hundred_each_cut_to_a_readable_length_and_counts_them_all()
    {
        var sentence = "元旦：1月1日（星期三）" + new string('甲', 200) + "放假。";
        var text = string.Join("\n", Enumerable.Repeat(sentence, 240));

        var exception = Refused(text);

        Assert.Equal(CalendarDataException.MaxProblems, exception.Problems.Count);
        Assert.Equal(240, exception.ProblemCount);   // each line's wrong weekday
        Assert.All(exception.Problems, problem => Assert.True(problem.Length < 300, problem));
        Assert.StartsWith("The holiday data is not usable (240 problems):", exception.Message, StringComparison.Ordinal);
        Assert.EndsWith("- … and 230 more", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D1_a_byte_order_mark_before_the_address_keeps_the_address()
    {
        var notice = HolidayNotice.ParseText(2026, "\uFEFF" + Official(2026));

        Assert.Equal(HolidayNotice.ParseText(2026, Official(2026)).Papers, notice.Papers);
        Assert.StartsWith("https://", Assert.Single(notice.Papers), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("  \n\u3000")]
    public void D1_line_endings_and_spaces_around_lines_change_nothing(string lineEnd)
    {
        var notice = HolidayNotice.ParseText(2026, Official(2026).Replace("\n", lineEnd, StringComparison.Ordinal));

        Assert.Equal(HolidayNotice.ParseText(2026, Official(2026)).Days, notice.Days);
    }

    [Fact]
    public void Sec11_a_regional_notice_in_full_width_digits_reads_as_in_ASCII_digits()
    {
        var notice = RegionalNotice.ParseText(new RegionCode(450000), "广西壮族自治区", 2023, "壮族三月三：４月２１日（星期五）至２３日（星期日）放假，共３天。");

        Assert.Equal(["2023-04-21", "2023-04-22", "2023-04-23"], notice.Days.Select(day => day.Date.ToIso()));
    }
}
