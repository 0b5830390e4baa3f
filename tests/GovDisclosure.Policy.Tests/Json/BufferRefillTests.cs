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

    /// <summary>A stream that hands out its bytes in the chunk sizes <paramref name="chunks"/> gives, in turn.</summary>
    private sealed class ChunkedStream(byte[] bytes, int[] chunks) : MemoryStream(bytes, writable: false)
    {
        private int next;

        public override int Read(byte[] buffer, int offset, int count) =>
            base.Read(buffer, offset, Math.Min(count, chunks[next++ % chunks.Length]));
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
