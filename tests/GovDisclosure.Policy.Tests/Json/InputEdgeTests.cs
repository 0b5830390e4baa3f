using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>§13: the edges of an input — a byte-order mark and nothing else, text that is not UTF-8 where a value or the root stands, more
/// problems than are listed, a cancellation the stream itself would ignore.</summary>
public sealed class InputEdgeTests
{
    private static PolicyJsonException Refused(byte[] json) => Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new MemoryStream(json)));

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x0D, 0x0A })]
    public void Sec13_nothing_blanks_or_a_byte_order_mark_alone_is_one_empty_input_in_the_same_words(byte[] json)
    {
        var problem = Assert.Single(Refused(json).Problems);

        Assert.Equal(("$", "the input is empty; expected a register."), (problem.Path, problem.Message));
        Assert.Equal("the input is empty; expected a profile.", Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadProfile(new MemoryStream(json))).Problems).Message);
    }

    [Fact]
    public void Sec13_gbk_text_in_a_bodys_name_is_one_encoding_problem_at_the_name()
    {
        var json = Encoding.UTF8.GetBytes("""{"year": 2025, "bodies": [{"id": "mzj", "name": "NAME", "type": "AdministrativeOrgan", "principal": {"name": "王芳", "tookOffice": "2022-03-01"}}], "records": []}""");
        var at = json.AsSpan().IndexOf("NAME"u8);
        byte[] gbk = [.. json[..at], 0xC3, 0xF1, 0xD5, 0xFE, .. json[(at + 4)..]];   // 民政 in GBK

        var problem = Assert.Single(Refused(gbk).Problems);

        Assert.Equal("$.bodies[0].name", problem.Path);
        Assert.StartsWith("the file is not UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec13_gbk_text_in_a_holiday_notices_paper_is_one_encoding_problem_not_also_a_wrong_value()
    {
        byte[] json = [.. "{\"year\": 2026, \"papers\": [\""u8.ToArray(), 0xC3, 0xF1, .. "\"], \"days\": []}"u8.ToArray()];

        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() => HolidayNoticeJson.Read(new MemoryStream(json))).Problems);

        Assert.Equal("$.papers[0]", problem.Path);
        Assert.StartsWith("the file is not UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec13_a_root_string_that_is_not_utf8_is_an_encoding_problem_at_the_root()
    {
        var problems = Refused([(byte)'"', 0xC3, 0xF1, (byte)'"']).Problems;

        Assert.Equal("$", problems[0].Path);
        Assert.StartsWith("the file is not UTF-8", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec13_every_problem_is_counted_though_only_the_first_hundred_are_listed()
    {
        var records = string.Join(",\n", Enumerable.Range(0, 150).Select(i => $$"""{"id": "r{{i}}", "body": "mzj", "entry": "IM1", "trigger": "2025-02-30"}"""));
        var json = Encoding.UTF8.GetBytes($$$"""{"year": 2025, "bodies": [{"id": "mzj", "name": "县民政局", "type": "AdministrativeOrgan", "principal": {"name": "王芳", "tookOffice": "2022-03-01"}}], "records": [{{{records}}}]}""");

        var refused = Refused(json);

        Assert.Equal(150, refused.ProblemCount);
        Assert.Equal(PolicyJsonException.MaxProblems, refused.Problems.Count);
        Assert.Equal("$.records[99].trigger", refused.Problems[^1].Path);
    }

    [Fact]
    public async Task Sec13_a_cancelled_read_stops_even_when_the_stream_would_ignore_the_cancellation()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PolicyJson.ReadRegisterAsync(new HeedlessStream("{}"u8.ToArray()), cancelled.Token));
    }

    /// <summary>A stream whose asynchronous reads ignore their cancellation token.</summary>
    private sealed class HeedlessStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));
    }
}
