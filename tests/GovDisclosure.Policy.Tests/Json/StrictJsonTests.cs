using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// Strict reading: what the readers used to accept silently — misspelled properties, duplicate keys, trailing content,
/// comments — is now an error with path, line and the closest known name; a byte-order mark is fine; text that is not
/// UTF-8 says so.
/// </summary>
public sealed class StrictJsonTests
{
    internal const string Bodies = """
          "bodies": [
            { "id": "mzj", "name": "县民政局", "type": "AdministrativeOrgan", "principal": { "name": "王芳", "tookOffice": "2022-03-01" } }
          ],
        """;

    internal static string Register(string records, string extra = "") => $$"""
        {
          "year": 2025,{{extra}}
        {{Bodies}}
          "records": [
        {{records}}
          ]
        }
        """;

    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    private static PolicyJsonException RegisterProblems(string json) => Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(Utf8(json)));

    private static PolicyJsonException RegisterProblems(byte[] bytes) => Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new MemoryStream(bytes)));

    [Fact]
    public void A_misspelled_falsified_flag_is_an_error_that_names_the_closest_property()
    {
        var problem = Assert.Single(RegisterProblems(Register("""
                { "id": "r1", "body": "mzj", "entry": "IM1", "trigger": "2025-03-03", "falsifed": true }
            """)).Problems);

        Assert.Equal(("$.records[0].falsifed", 7), (problem.Path, problem.Line));
        Assert.Contains("did you mean \"falsified\"?", problem.Message);
        Assert.Contains("a record has no property \"falsifed\"", problem.Message);
    }

    [Fact]
    public void A_singular_publication_property_is_an_error_instead_of_a_missing_record()
    {
        var problem = Assert.Single(RegisterProblems(Register("""
                { "id": "r1", "body": "mzj", "entry": "IM1", "trigger": "2025-03-03", "publication": [] }
            """)).Problems);

        Assert.Contains("did you mean \"publications\"?", problem.Message);
    }

    [Fact]
    public void A_profiles_misspelled_removed_entries_is_an_error()
    {
        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() =>
            PolicyJson.ReadProfile(Utf8("""{ "name": "某县", "removedEntry": ["BA3"] }"""))).Problems);

        Assert.Equal("$.removedEntry", problem.Path);
        Assert.Contains("did you mean \"removedEntries\"?", problem.Message);
    }

    [Fact]
    public void An_unknown_property_with_nothing_close_lists_the_known_ones()
    {
        var problem = Assert.Single(RegisterProblems(Register("""
                { "id": "r1", "body": "mzj", "entry": "IM1", "trigger": "2025-03-03", "colour": "red" }
            """)).Problems);

        Assert.DoesNotContain("did you mean", problem.Message);
        Assert.Contains("Known properties: id, body, entry, item, catalog, row, trigger, subject, publications, classified, falsified, refused.", problem.Message);
    }

    [Fact]
    public void A_duplicate_key_is_an_error_where_it_repeats()
    {
        var problem = Assert.Single(RegisterProblems(Register("""
                { "id": "r1", "body": "mzj", "entry": "IM1", "trigger": "2025-03-03", "trigger": "2025-04-03" }
            """)).Problems);

        Assert.Equal("$.records[0].trigger", problem.Path);
        Assert.Contains("appears twice", problem.Message);
    }

    [Fact]
    public void A_duplicate_key_at_the_root_is_an_error_too()
    {
        var problem = Assert.Single(RegisterProblems(Register("", extra: "\n  \"year\": 2026,")).Problems);

        Assert.Equal(("$.year", 3), (problem.Path, problem.Line));
    }

    [Theory]
    [InlineData(" {}", "a second root value or trailing text")]
    [InlineData(" x", "a second root value or trailing text")]
    [InlineData(" // note", "comments are not allowed")]
    public void Trailing_content_a_second_root_and_comments_are_errors(string after, string expected)
    {
        var problem = RegisterProblems(Register("") + after).Problems[^1];

        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void A_comment_inside_the_document_is_an_error()
    {
        Assert.Contains("comments are not allowed", RegisterProblems(Register("    /* none */")).Problems[^1].Message);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_accepted_by_every_reader()
    {
        var register = PolicyJson.ReadRegister(new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Register(""))]));
        var profile = PolicyJson.ReadProfile(new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("""{ "name": "某县" }""")]));

        Assert.Equal(2025, register.Year);
        Assert.Equal("某县", profile.Name);
    }

    [Fact]
    public void A_bom_does_not_shift_the_reported_columns()
    {
        var problems = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadProfile(
            new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("""{ "nmae": "某县" }""")]))).Problems;

        Assert.Equal([("$.nmae", 1, 3)], problems.Select(p => (p.Path, p.Line, p.Column)));   // one mistake: not "name" missing too
    }

    [Fact]
    public void The_bytes_22_FF_22_are_reported_as_not_utf8()
    {
        var problem = RegisterProblems([0x22, 0xFF, 0x22]).Problems[0];

        Assert.Contains("not UTF-8", problem.Message);
        Assert.Contains("GBK", problem.Message);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void A_register_saved_as_gbk_says_it_is_not_utf8_with_the_line()
    {
        var gbkName = new byte[] { 0xCF, 0xD8, 0xC3, 0xF1, 0xD5, 0xFE, 0xBE, 0xD6 };   // 县民政局 in GBK
        var json = Encoding.ASCII.GetBytes("{\n  \"year\": 2025,\n  \"bodies\": [{ \"id\": \"mzj\", \"name\": \"");
        var rest = Encoding.ASCII.GetBytes("\", \"type\": \"AdministrativeOrgan\", \"principal\": { \"name\": \"x\", \"tookOffice\": \"2022-03-01\" } }],\n  \"records\": []\n}");

        var problem = Assert.Single(RegisterProblems([.. json, .. gbkName, .. rest]).Problems);

        Assert.Equal(("$.bodies[0].name", 3), (problem.Path, problem.Line));
        Assert.Contains("GBK", problem.Message);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_outside_strings_are_reported_as_not_utf8()
    {
        Assert.Contains("not UTF-8", RegisterProblems([(byte)'{', 0xC9, (byte)'}']).Problems[0].Message);
    }

    [Fact]
    public void An_escaped_lone_surrogate_is_a_problem_not_an_invalid_operation()
    {
        var problem = Assert.Single(RegisterProblems(Register("""
                { "id": "\ud800", "body": "mzj", "entry": "IM1", "trigger": "2025-03-03" }
            """)).Problems);

        Assert.Equal("$.records[0].id", problem.Path);
        Assert.Contains("lone surrogate", problem.Message);
    }

    [Fact]
    public void The_readers_of_notices_and_profiles_report_bad_utf8_as_a_problem_too()
    {
        byte[] bad = [0x22, 0xFF, 0x22];

        Assert.Contains("not UTF-8", Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadProfile(new MemoryStream(bad))).Problems[0].Message);
        Assert.Contains("not UTF-8", Assert.Throws<PolicyJsonException>(() => ChinaWorkingDayCalendar.Official.WithNotice(new MemoryStream(bad))).Problems[0].Message);
    }

    [Fact]
    public void An_empty_file_says_so_without_the_parsers_internals()
    {
        var problem = Assert.Single(RegisterProblems([]).Problems);

        Assert.Equal("the input is empty; expected a register.", problem.Message);
        Assert.DoesNotContain("isFinalBlock", problem.ToString());
    }

    [Fact]
    public void A_file_that_ends_inside_a_record_says_where()
    {
        var problem = RegisterProblems("{ \"year\": 2025, \"bodies\": [], \"records\": [ { \"id\": \"r1\"").Problems[^1];

        Assert.Equal(1, problem.Line);
        Assert.Contains("not valid JSON", problem.Message);
    }

    [Fact]
    public void Deep_nesting_is_refused_with_a_plain_message()
    {
        var problem = RegisterProblems(Register("", extra: $"\n  \"x\": {new string('[', 80)}{new string(']', 80)},")).Problems[^1];

        Assert.Contains("deeper than 64 levels", problem.Message);
    }

    [Fact]
    public void More_than_a_hundred_problems_are_counted_and_the_first_hundred_listed()
    {
        var records = string.Join(",\n", Enumerable.Range(0, 150).Select(i => $$"""    { "id": "r{{i}}", "body": "mzj", "entry": "IM1", "trigger": "not a date" }"""));

        var exception = RegisterProblems(Register(records));

        Assert.Equal(PolicyJsonException.MaxProblems, exception.Problems.Count);
        Assert.Equal(150, exception.ProblemCount);
        Assert.StartsWith("The JSON is not valid (150 problems):", exception.Message);
        Assert.EndsWith("- … and 140 more", exception.Message);
        Assert.Equal("$.records[99].trigger", exception.Problems[^1].Path);
    }

    [Fact]
    public void Problems_across_many_buffer_refills_keep_their_lines()
    {
        // About 3 MB: the reader's buffer refills many times before the bad record.
        var good = string.Join(",\n", Enumerable.Range(0, 30_000).Select(i => $$"""    { "id": "r{{i}}", "body": "mzj", "entry": "IM1", "trigger": "2025-03-03", "subject": "{{new string('x', 60)}}{{i}}" }"""));
        var json = Register(good + ",\n    { \"id\": \"bad\", \"body\": \"mzj\", \"entry\": \"IM1\", \"trigger\": \"2025-02-30\" }");

        var problem = Assert.Single(RegisterProblems(json).Problems);

        Assert.Equal(("$.records[30000].trigger", 7 + 30_000), (problem.Path, problem.Line));
    }
}
