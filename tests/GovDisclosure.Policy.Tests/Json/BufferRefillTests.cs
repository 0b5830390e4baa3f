using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §13: an element the buffer's end cuts is parsed again, whole, after a refill ("need more" is a value the parse unwinds on, not an
/// exception): what the cut parse found is forgotten and found again once, so a file reads the same however its stream delivers it.
/// </summary>
public sealed class BufferRefillTests
{
    private const int FirstBuffer = 1 << 16;   // what the reader asks of the stream first

    private static readonly LocalDate AsOf = new(2026, 3, 31);

    /// <summary>
    /// A register of one body whose second record (of subject <paramref name="subject"/>, then 600 publications) starts some 40 KB in
    /// and ends past the first 64 KB the reader asks for: the buffer's end cuts it after its subject.
    /// </summary>
    private static byte[] RegisterWithCutRecord(byte[] subject)
    {
        var head = Encoding.UTF8.GetBytes($$$"""
            {"year": 2025, "bodies": [{"id": "mzj", "name": "县民政局", "type": "AdministrativeOrgan", "principal": {"name": "王芳", "tookOffice": "2022-03-01"}}],
             "records": [
              {"id": "a", "body": "mzj", "entry": "IM1", "trigger": "2025-01-24", "subject": "{{{new string('甲', 13_000)}}}"},
              {"id": "b", "body": "mzj", "entry": "IM1", "trigger": "2025-01-25", "subject": "
            """.TrimEnd());
        var publications = string.Join(",\n", Enumerable.Repeat("""{"date": "2025-02-01", "channels": ["GovernmentPortal"]}""", 600));
        var tail = Encoding.UTF8.GetBytes($"\", \"publications\": [\n{publications}]}}\n ]}}\n");
        return [.. head, .. subject, .. tail];
    }

    private static IReadOnlyList<JsonProblem> WholeProblems(byte[] json) =>
        Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new MemoryStream(json))).Problems;

    [Fact]
    public void Sec13_the_cut_record_starts_before_and_ends_after_the_first_buffer()
    {
        var json = RegisterWithCutRecord("乙"u8.ToArray());
        var second = json.AsSpan().IndexOf("\"id\": \"b\""u8);

        Assert.InRange(second, FirstBuffer - 32_768, FirstBuffer - 16_384);
        Assert.True(json.Length > FirstBuffer);
        Assert.Equal(["a", "b"], PolicyJson.ReadRegister(new MemoryStream(json)).Records.Select(record => record.Id));
    }

    [Fact]
    public void Sec13_text_that_is_not_utf8_in_a_record_the_buffer_cuts_is_reported_once_and_the_record_not_kept()
    {
        var json = RegisterWithCutRecord([0xB9, 0xD8, 0xD3, 0xDA]);   // 关于 in GBK
        var line = json.AsSpan(0, json.AsSpan().IndexOf("\"id\": \"b\""u8)).Count((byte)'\n') + 1;

        var problem = Assert.Single(WholeProblems(json));

        Assert.Equal("$.records[1].subject", problem.Path);
        Assert.Equal(line, problem.Line);
        Assert.StartsWith("the file is not UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Equal([problem], Assert.Throws<PolicyJsonException>(() => PolicyJson.EvaluateRegister(DisclosurePolicy.Default, new MemoryStream(json), AsOf)).Problems);
    }

    [Fact]
    public void Sec13_a_problem_in_a_record_the_buffer_cuts_is_reported_once()
    {
        var json = RegisterWithCutRecord("乙\", \"falsified\": 1, \"x\": \""u8.ToArray());

        var problems = WholeProblems(json);

        Assert.Equal(["$.records[1].falsified", "$.records[1].x"], problems.Select(problem => problem.Path));
    }

    /// <summary>
    /// A register of <paramref name="records"/> records of one body, each subject <paramref name="subjectLength"/> characters long, and after
    /// them one record whose <c>trigger</c> is <c>"2025-13-01"</c>: the one problem, which the test finds by its line and column.
    /// </summary>
    private static string LongRegister(int records, int subjectLength, bool byteOrderMark = false)
    {
        var text = new StringBuilder(byteOrderMark ? "\uFEFF" : "");
        text.Append("""
            {"year": 2025, "bodies": [{"id": "mzj", "name": "县民政局", "type": "AdministrativeOrgan", "principal": {"name": "王芳", "tookOffice": "2022-03-01"}}],
             "records": [

            """);
        for (var i = 0; i < records; i++)
        {
            text.Append($$"""  {"id": "r{{i}}", "body": "mzj", "entry": "IM1", "trigger": "2025-01-24", "subject": "{{new string('事', subjectLength)}}{{i}}"},""").Append('\n');
        }

        return text.Append("""  {"id": "bad", "body": "mzj", "entry": "IM1", "trigger": "2025-13-01"}""").Append("\n ]}\n").ToString();
    }

    [Theory]
    [InlineData(2_000, 40, false)]     // some 300 KB: a problem read after four refills
    [InlineData(2_000, 40, true)]      // the same after a byte-order mark, which columns do not count
    [InlineData(3, 40_000, false)]     // each record longer than the first buffer: the buffer grows to hold one
    public void Sec13_a_problem_after_refills_is_at_its_line_and_column(int records, int subjectLength, bool byteOrderMark)
    {
        var json = LongRegister(records, subjectLength, byteOrderMark);
        var bytes = Encoding.UTF8.GetBytes(json);
        var lines = json.TrimStart('\uFEFF').Split('\n');
        var line = Array.FindIndex(lines, text => text.Contains("2025-13-01", StringComparison.Ordinal));

        var problem = Assert.Single(WholeProblems(bytes));

        Assert.True(bytes.Length > FirstBuffer);
        Assert.Equal(("$.records[" + records + "].trigger", line + 1), (problem.Path, problem.Line));
        Assert.Equal(Encoding.UTF8.GetByteCount(lines[line][..lines[line].IndexOf("\"2025-13-01\"", StringComparison.Ordinal)]) + 1, problem.Column);
        Assert.Equal([problem], Assert.Throws<PolicyJsonException>(() => PolicyJson.EvaluateRegister(DisclosurePolicy.Default, new MemoryStream(bytes), AsOf)).Problems);
    }

    [Fact]
    public void Sec13_problems_far_apart_in_a_long_file_are_each_at_their_line()
    {
        // Lines are counted only when a position is asked for: between two problems, and across refills, none may be lost or counted twice.
        var bad = new[] { 0, 1, 900, 2_500, 2_501 };
        var text = new StringBuilder("""
            {"year": 2025, "bodies": [{"id": "mzj", "name": "县民政局", "type": "AdministrativeOrgan", "principal": {"name": "王芳", "tookOffice": "2022-03-01"}}],
             "records": [

            """);
        for (var i = 0; i < 3_000; i++)
        {
            text.Append(i == 0 ? "" : ",\n").Append($$"""  {"id": "r{{i}}", "body": "mzj", "entry": "IM1", "trigger": "{{(bad.Contains(i) ? "2025-13-01" : "2025-01-24")}}", "subject": "s{{i}}"}""");
        }

        var json = Encoding.UTF8.GetBytes(text.Append("\n ]}\n").ToString());

        var problems = WholeProblems(json);

        Assert.True(json.Length > 2 * FirstBuffer);
        Assert.Equal(bad.Select(i => ($"$.records[{i}].trigger", i + 3)), problems.Select(problem => (problem.Path, problem.Line)));
        Assert.Equal(problems, Assert.Throws<PolicyJsonException>(() => PolicyJson.EvaluateRegister(DisclosurePolicy.Default, new MemoryStream(json), AsOf)).Problems);
    }

    [Fact]
    public void Sec13_a_record_longer_than_the_buffer_reads_back_whole()
    {
        var json = LongRegister(2, 100_000).Replace("  {\"id\": \"bad\", \"body\": \"mzj\", \"entry\": \"IM1\", \"trigger\": \"2025-13-01\"}", "  {\"id\": \"last\", \"body\": \"mzj\", \"entry\": \"IM1\", \"trigger\": \"2025-01-02\"}", StringComparison.Ordinal);

        var register = PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(["r0", "r1", "last"], register.Records.Select(record => record.Id));
        Assert.Equal(new string('事', 100_000) + "1", register.Records[1].Subject);
    }

    [Fact]
    public void Sec13_the_synchronous_reader_reads_the_stream_synchronously_only()
    {
        var register = PolicyJson.ReadRegister(new SynchronousOnlyStream(Encoding.UTF8.GetBytes(LongRegister(2_000, 40).Replace("2025-13-01", "2025-01-02", StringComparison.Ordinal))));

        Assert.Equal(2_001, register.Records.Count);
    }

    /// <summary>A stream whose asynchronous reads fail the test.</summary>
    private sealed class SynchronousOnlyStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the synchronous reader read asynchronously");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("the synchronous reader read asynchronously");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(40_000)]
    public void Sec13_a_broken_literal_is_the_same_problem_however_the_stream_delivers_it(int chunk)
    {
        var json = RegisterWithCutRecord("乙\", \"classified\": te, \"x\": \""u8.ToArray());

        var atOnce = Assert.Single(WholeProblems(json));
        var chunked = Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new ChunkedStream(json, [chunk]))).Problems);

        Assert.Equal("the text is not valid JSON: expected true, false or null; found 'te'.", atOnce.Message);
        Assert.Equal(atOnce, chunked);
    }

    /// <summary>A stream that hands out its bytes in the chunk sizes <paramref name="chunks"/> gives, in turn.</summary>
    private sealed class ChunkedStream(byte[] bytes, int[] chunks) : MemoryStream(bytes, writable: false)
    {
        private int next;

        public override int Read(byte[] buffer, int offset, int count) =>
            base.Read(buffer, offset, Math.Min(count, chunks[next++ % chunks.Length]));
    }

    [Fact]
    public void Sec13_a_body_the_buffer_cuts_before_its_id_does_not_silence_a_record_naming_an_unknown_body()
    {
        // A body larger than the reader's read-ahead, its id last: its first parse is cut before the id and repeated whole after the refill.
        var json = Encoding.UTF8.GetBytes(Edits.RegisterExample
            .Edited("\"id\": \"mzj\",\n      \"name\": \"县民政局\",", "\"name\": \"县民政局\",")
            .Edited("\"supervisionContact\": \"李明\"", $"\"supervisionContact\": \"{new string('李', 30_000)}\"")
            .Edited("\"role\": \"Department\"", "\"role\": \"Department\", \"id\": \"mzj\"")
            .Edited("\"id\": \"mzj-MO1-01\",\n      \"body\": \"mzj\"", "\"id\": \"mzj-MO1-01\",\n      \"body\": \"zzz\""));

        var atOnce = Assert.Single(WholeProblems(json));
        var chunked = Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new ChunkedStream(json, [4_096]))).Problems);

        Assert.Equal(("$.records[0].body", "it names the body \"zzz\", which the register does not hold."), (atOnce.Path, atOnce.Message));
        Assert.Equal(atOnce, chunked);
    }

    [Property(MaxTest = 60)]
    public Property Sec13_a_mutated_register_reads_the_same_however_its_stream_chunks_it() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(1, 70_000).ArrayOf().Where(chunks => chunks.Length > 0).ToArbitrary(), (seed, chunks) =>
        {
            var bytes = JsonFuzzProperties.Mutate(RegisterWithCutRecord("乙"u8.ToArray()), seed);
            var atOnce = Record.Exception(() => PolicyJson.ReadRegister(new MemoryStream(bytes)));
            var chunked = Record.Exception(() => PolicyJson.ReadRegister(new ChunkedStream(bytes, chunks)));
            return (atOnce is PolicyJsonException once && chunked is PolicyJsonException inChunks
                ? once.Problems.SequenceEqual(inChunks.Problems) && once.ProblemCount == inChunks.ProblemCount
                : atOnce is null && chunked is null).Label($"seed {seed}, chunks {string.Join(",", chunks)}");
        });
}
