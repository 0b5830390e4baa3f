using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §13: a record's id and subject are read as written — escaped or not, of any length — and text that is not text is one problem at its
/// property; a problem's column is counted from its own line, however the file is laid out.
/// </summary>
public sealed class RecordTextTests
{
    private static readonly string Example = Edits.RegisterExample;

    private static Register Read(string json) => PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Theory]
    [InlineData(10)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(300)]
    public void Sec13_an_escaped_id_and_subject_of_any_length_read_as_written(int length)
    {
        var id = "编号" + new string('x', length) + "\"\\/";
        var escaped = System.Text.Json.JsonSerializer.Serialize(id);   // \u7F16\u53F7… and \" and \/ — every character escaped as JSON allows

        var register = Read(Example.Edited("\"id\": \"mzj-MO1-01\"", $"\"id\": {escaped}").Edited("\"subject\": \"关于调整城乡低保标准的通知\"", $"\"subject\": {escaped}"));

        Assert.Equal(id, register.Records[0].Id);
        Assert.Equal(id, register.Records[1].Subject);
    }

    [Theory]
    [InlineData("\"id\": \"mzj-MO1-01\"", "\"id\": \"\\ud800x\"", "$.records[0].id")]
    [InlineData("\"subject\": \"关于调整城乡低保标准的通知\"", "\"subject\": \"\\udc00\"", "$.records[1].subject")]
    [InlineData("\"name\": \"县民政局\"", "\"name\": \"\\ud800\"", "$.bodies[0].name")]
    public void Sec13_a_string_escaping_a_lone_surrogate_is_one_problem_at_its_property(string old, string replacement, string path)
    {
        var problem = Edits.OneRegisterProblem(Example.Edited(old, replacement));

        Assert.Equal((path, "the string is not valid text: it escapes a lone surrogate (such as \\ud800) or holds bytes that are not UTF-8."), (problem.Path, problem.Message));
    }

    [Fact]
    public void Sec13_an_id_that_is_not_UTF8_is_one_problem_at_its_property()
    {
        var bytes = Encoding.UTF8.GetBytes(Example.Edited("\"id\": \"mzj-MO1-01\"", "\"id\": \"mzj-\u0001\""));
        bytes[Array.IndexOf(bytes, (byte)1)] = 0xFF;   // a byte no UTF-8 text holds

        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new MemoryStream(bytes))).Problems);

        Assert.Equal("$.records[0].id", problem.Path);
        Assert.StartsWith("the file is not UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(",\n")]
    [InlineData(", ")]
    public void Sec13_in_a_file_of_one_record_a_line_or_of_all_on_one_line_a_problem_is_at_its_own_line_and_column(string separator)
    {
        var records = string.Join(separator, Enumerable.Range(0, 400).Select(i =>
            $"{{\"id\": \"r{i}\", \"body\": \"mzj\", \"entry\": \"IM1\", \"subject\": \"事项{i}\", \"trigger\": \"{(i == 377 ? "2025-13-01" : "2025-03-03")}\", \"publications\": []}}"));
        var json = "{\"year\": 2025, \"bodies\": [{\"id\": \"mzj\", \"name\": \"县民政局\", \"type\": \"AdministrativeOrgan\", " +
                   "\"principal\": {\"name\": \"王芳\", \"tookOffice\": \"2022-03-01\"}}],\n\"records\": [\n" + records + "]}";

        var whole = Edits.OneRegisterProblem(json);
        var streamed = Assert.Single(Assert.Throws<PolicyJsonException>(() =>
            PolicyJson.EvaluateRegister(DisclosurePolicy.Default, new MemoryStream(Encoding.UTF8.GetBytes(json)), new LocalDate(2026, 3, 31))).Problems);

        var lineNumber = separator.Contains('\n', StringComparison.Ordinal) ? 380 : 3;   // the root's and the bodies' line, "records", then the records
        var line = json.Split('\n')[lineNumber - 1];
        var column = Encoding.UTF8.GetByteCount(line[..line.IndexOf("\"2025-13-01\"", StringComparison.Ordinal)]) + 1;   // columns count bytes
        Assert.Equal(("$.records[377].trigger", lineNumber, column), (whole.Path, whole.Line, whole.Column));
        Assert.Equal(whole, streamed);
    }
}
