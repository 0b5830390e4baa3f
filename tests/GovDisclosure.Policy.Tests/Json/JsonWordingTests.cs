using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>§13: a problem of a JSON file is said in the library's words, once per mistake — its encoding included.</summary>
public sealed class JsonWordingTests
{
    private static readonly string County = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "county-2025.json"));

    private static IReadOnlyList<JsonProblem> Problems(byte[] json) =>
        Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new MemoryStream(json))).Problems;

    private static IReadOnlyList<JsonProblem> StreamedProblems(byte[] json) =>
        Assert.Throws<PolicyJsonException>(() => PolicyJson.EvaluateRegister(DisclosurePolicy.Default, new MemoryStream(json), new LocalDate(2026, 3, 31))).Problems;

    /// <summary><paramref name="text"/> in UTF-8 but for the <paramref name="length"/> characters at <paramref name="from"/>, which become 你 in GBK.</summary>
    private static byte[] WithGbkText(string text, int from, int length) =>
        [.. Encoding.UTF8.GetBytes(text[..from]), 0xC4, 0xE3, .. Encoding.UTF8.GetBytes(text[(from + length)..])];

    /// <summary>Two problems: the file's encoding, where it first shows, then a full-width character outside a string, at its line.</summary>
    private static void AssertEncodingThenStrayCharacter(IReadOnlyList<JsonProblem> problems, (string Path, int Line) encoding, int strayLine)
    {
        Assert.Equal(2, problems.Count);
        Assert.Equal(encoding, (problems[0].Path, problems[0].Line));
        Assert.StartsWith("the file is not UTF-8", problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(strayLine, problems[1].Line);
        Assert.StartsWith("the text is not valid JSON: a character outside a string ('0xEF'), such as a full-width", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec13_a_register_saved_as_GBK_is_one_encoding_problem_at_its_first_chinese_text()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK").GetBytes(County);

        var problem = Assert.Single(Problems(gbk));

        Assert.StartsWith("the file is not UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Equal(("$.bodies[0].name", 6), (problem.Path, problem.Line));
        Assert.Equal([problem], StreamedProblems(gbk));
    }

    [Fact]
    public void Sec13_a_register_saved_as_GBK_with_a_syntax_error_is_the_encoding_problem_and_the_syntax_error()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK").GetBytes(County.Replace("\"records\": [", "\"records\": [,", StringComparison.Ordinal));

        var problems = Problems(gbk);

        Assert.Equal(2, problems.Count);
        Assert.StartsWith("the file is not UTF-8", problems[0].Message, StringComparison.Ordinal);
        Assert.Equal("the text is not valid JSON: expected a value (an object, array, string, number, true, false or null); found ','.", problems[1].Message);
    }

    [Theory]
    [InlineData("\"bodies\"")]
    [InlineData("\"tookOffice\"")]
    public void Sec13_a_property_name_that_is_not_text_is_one_problem_not_also_a_missing_property_or_its_consequences(string name)
    {
        var at = County.IndexOf(name, StringComparison.Ordinal);
        var json = WithGbkText(County, at + 1, name.Length - 2);

        var problem = Assert.Single(Problems(json));

        Assert.StartsWith("the file is not UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Equal([problem], StreamedProblems(json));
    }

    [Fact]
    public void Sec13_a_full_width_comma_between_values_is_invalid_JSON_at_its_line_not_an_encoding_problem()
    {
        var json = Encoding.UTF8.GetBytes(County.Replace("\"year\": 2025,", "\"year\": 2025，", StringComparison.Ordinal));

        var problem = Assert.Single(Problems(json));

        Assert.Equal(2, problem.Line);
        Assert.StartsWith("the text is not valid JSON: a character outside a string", problem.Message, StringComparison.Ordinal);
        Assert.Contains("full-width", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec13_a_stray_full_width_colon_after_a_string_that_is_not_UTF8_is_still_a_stray_character()
    {
        // Whether the stray byte is text or another encoding is judged from the element it stands in, not from what came before it.
        var text = County.Replace("\"records\": [", "\"records\"： [", StringComparison.Ordinal);
        var at = text.IndexOf("县民政局", StringComparison.Ordinal);
        var json = WithGbkText(text, at, 4);

        AssertEncodingThenStrayCharacter(Problems(json), ("$.bodies[0].name", 6), strayLine: 684);
    }

    [Fact]
    public void Sec13_a_stray_full_width_comma_in_a_record_after_a_record_whose_text_is_not_UTF8_is_still_a_stray_character()
    {
        // The first record's subject is GBK; the second's stray comma is judged from the second record alone, lines after the first.
        var text = County.Replace("\"subject\": \"MO1-01\"", "\"subject\": \"@\"", StringComparison.Ordinal)
            .Replace("\"trigger\": \"2025-02-01\",", "\"trigger\": \"2025-02-01\"，", StringComparison.Ordinal);
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var json = WithGbkText(text, at, 1);

        AssertEncodingThenStrayCharacter(Problems(json), ("$.records[0].subject", 690), strayLine: 704);
        AssertEncodingThenStrayCharacter(StreamedProblems(json), ("$.records[0].subject", 690), strayLine: 704);
    }

    [Theory]
    [InlineData("{\"year\": 2025,}", "a comma before a closing bracket or brace is not allowed.")]
    [InlineData("{\"year\": 2025 \"bodies\": []}", "expected ',' or the end of the object or array; found '\"'.")]
    [InlineData("{'year': 2025}", "expected a property name in double quotation marks; found '''.")]
    [InlineData("{\"year\" 2025}", "expected ':' after the property name; found '2'.")]
    [InlineData("{\"year\": NaN}", "expected a value (an object, array, string, number, true, false or null); found 'N'.")]
    [InlineData("{\"year\": tru}", "expected true, false or null; found 'tru}'.")]
    [InlineData("{\"year\": fals}", "expected true, false or null; found 'fals}'.")]
    [InlineData("{\"year\": nul}", "expected true, false or null; found 'nul}'.")]
    [InlineData("{\"year\": nx, \"bodies\": []}", "expected true, false or null; found 'nx'.")]
    [InlineData("{\"year\": fx, \"bodies\": []}", "expected true, false or null; found 'fx'.")]
    [InlineData("{\"year\": 01}", "a number is not written as JSON writes numbers (digits, an optional sign, fraction and exponent, no leading zero).")]
    [InlineData("{\"bodies\": [1}", "'}' closes nothing that is open.")]
    [InlineData("{\"x\": \"a\tb\"}", "a string holds the control character '0x09'; write it escaped (\\n, \\t, \\u0009).")]
    [InlineData("{\"x\": \"a\\qb\"}", "a string holds a backslash followed by 'q', an escape JSON does not have.")]
    [InlineData("{} {}", "there is more after the end of a register: a second root value or trailing text is not allowed.")]
    [InlineData("{\"year\": 2025} // note", "comments are not allowed: the file must be strict JSON.")]
    [InlineData("{\"x\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
        "the JSON nests deeper than 64 levels; no document of this library does.")]
    public void Sec13_each_syntax_error_is_said_in_the_librarys_words(string json, string expected)
    {
        var problem = Problems(Encoding.UTF8.GetBytes(json))[^1];

        Assert.Equal("the text is not valid JSON: " + expected, problem.Message);
        Assert.DoesNotContain("reader options", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("isFinalBlock", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[{\"cadence\": \"Monthly\"", "the text is not valid JSON: the input ends before deadline reports is complete.")]
    [InlineData("[{\"cadence\" 1}]", "the text is not valid JSON: expected ':' after the property name; found '1'.")]
    [InlineData("[{\"cadence\": \"Monthly\", \"due\": true}]", "the value is not an ISO date such as \"2025-03-31\".")]
    public void Sec13_a_report_readers_problems_are_said_in_the_librarys_words(string json, string expected)
    {
        var problem = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadDeadlineReports(new MemoryStream(Encoding.UTF8.GetBytes(json)))).Problems[0];

        Assert.Equal(expected, problem.Message);
    }
}
