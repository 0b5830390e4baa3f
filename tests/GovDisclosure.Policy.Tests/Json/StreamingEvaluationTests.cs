using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Policy.Tests.Evaluation;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// The streaming evaluation: the same conclusions as reading the register whole, from any stream however it delivers its
/// bytes, synchronously or not — and a clear error for a file it cannot stream.
/// </summary>
public sealed class StreamingEvaluationTests
{
    private static readonly LocalDate AsOf = new(2026, 3, 31);

    private static MemoryStream Written(Register register)
    {
        var stream = new MemoryStream();
        PolicyJson.WriteRegister(register, stream);
        stream.Position = 0;
        return stream;
    }

    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    private static EvaluationReport InMemory(Register register) => PolicyJson.ToReport(Policy.Evaluate(register, AsOf));

    private static DisclosurePolicy Policy => JsonRoundTripProperties.Policy;

    [Property(MaxTest = 40)]
    public Property A_streamed_evaluation_concludes_what_the_register_in_memory_does() =>
        Prop.ForAll(JsonRoundTripProperties.Registers.ToArbitrary(), register =>
            PolicyJson.ToReport(PolicyJson.EvaluateRegister(Policy, Written(register), AsOf)).Equals(InMemory(register)));

    [Property(MaxTest = 20), Trait("Category", "Slow")]   // about ten seconds: every buffer refill of twenty registers
    public Property A_stream_that_delivers_one_byte_at_a_time_gives_the_same_evaluation() =>
        Prop.ForAll(JsonRoundTripProperties.Registers.ToArbitrary(), register =>
            PolicyJson.ToReport(PolicyJson.EvaluateRegister(Policy, new TrickleStream(Written(register).ToArray()), AsOf)).Equals(InMemory(register))
            && PolicyJson.ReadRegister(new TrickleStream(Written(register).ToArray())).Records.SequenceEqual(register.Records));

    [Property(MaxTest = 20)]
    public Property The_outcome_callback_sees_every_outcome_the_register_in_memory_lists_and_the_counts_stay_the_same() =>
        Prop.ForAll(JsonRoundTripProperties.Registers.ToArbitrary(), register =>
        {
            var seen = new List<ObligationOutcome>();
            var report = PolicyJson.ToReport(PolicyJson.EvaluateRegister(Policy, Written(register), AsOf, seen.Add));
            return seen.SequenceEqual(Policy.Evaluate(register, AsOf).Outcomes) && report.Equals(InMemory(register));
        });

    [Fact]
    public async Task The_async_forms_read_what_the_synchronous_ones_do()
    {
        var register = SchemaExample();

        var read = await PolicyJson.ReadRegisterAsync(Written(register));
        var evaluated = await PolicyJson.EvaluateRegisterAsync(DisclosurePolicy.Default, new TrickleStream(Written(register).ToArray(), async: true), AsOf);

        Assert.Equal(register.Records, read.Records);
        Assert.Equal(InMemory(register), PolicyJson.ToReport(evaluated));
    }

    [Fact]
    public async Task A_cancelled_read_stops_with_operation_canceled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PolicyJson.ReadRegisterAsync(Written(SchemaExample()), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PolicyJson.ReadProfileAsync(Utf8("""{ "name": "某县" }"""), cancelled.Token));
    }

    [Fact]
    public void A_file_with_its_records_before_its_bodies_says_why_it_cannot_be_streamed()
    {
        const string Json = """
            {
              "year": 2025,
              "records": [],
              "bodies": []
            }
            """;

        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.EvaluateRegister(DisclosurePolicy.Default, Utf8(Json), AsOf)).Problems);

        Assert.Equal(("$.records", 3), (problem.Path, problem.Line));
        Assert.Contains("before \"records\"", problem.Message);
        Assert.Contains("ReadRegister", problem.Message);
        Assert.Empty(PolicyJson.ReadRegister(Utf8(Json)).Records);   // read whole, the order does not matter
    }

    [Fact]
    public void The_writer_puts_the_year_bodies_and_supervision_before_the_records()
    {
        var text = Encoding.UTF8.GetString(Written(SchemaExample()).ToArray());

        Assert.True(text.IndexOf("\"bodies\"", StringComparison.Ordinal) < text.IndexOf("\"records\"", StringComparison.Ordinal));
        Assert.True(text.IndexOf("\"complaints\"", StringComparison.Ordinal) < text.IndexOf("\"records\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_streamed_evaluation_refuses_a_second_record_of_one_period_and_leaves_repeated_ids_to_the_whole_read()
    {
        var json = StrictJsonTests.Register("""
                { "id": "r1", "body": "mzj", "entry": "IM1", "trigger": "2025-03-03" },
                { "id": "r1", "body": "mzj", "entry": "IM2", "trigger": "2025-03-04" },
                { "id": "m1", "body": "mzj", "entry": "MO1", "trigger": "2025-03-03" },
                { "id": "m2", "body": "mzj", "entry": "MO1", "trigger": "2025-03-30" },
                { "id": "x", "body": "nobody", "entry": "IM1", "trigger": "2025-03-03" }
            """);

        var streamed = Assert.Throws<PolicyJsonException>(() => PolicyJson.EvaluateRegister(DisclosurePolicy.Default, Utf8(json), AsOf)).Problems;
        var whole = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(Utf8(json))).Problems;

        Assert.Equal([("$.records[3]", 10), ("$.records[4].body", 11)], streamed.Select(p => (p.Path, p.Line)));
        Assert.Contains("already covers MO1 of mzj", streamed[0].Message);
        Assert.Contains("\"nobody\", which the register does not hold", streamed[1].Message);
        Assert.Equal(["$.records[1].id", "$.records[3]", "$.records[4].body"], whole.Select(p => p.Path));   // memory per record: ids checked too
    }

    [Fact]
    public void A_streamed_evaluation_cannot_list_its_outcomes_again_and_says_what_to_do()
    {
        var evaluation = PolicyJson.EvaluateRegister(DisclosurePolicy.Default, Written(SchemaExample()), AsOf);

        Assert.Contains("outcome callback", Assert.Throws<InvalidOperationException>(() => evaluation.Outcomes.ToList()).Message);
        Assert.Empty(evaluation.Register.Records);
        Assert.Equal(SchemaExample().Bodies, evaluation.Register.Bodies);
    }

    [Fact]
    public void An_evaluation_day_outside_the_calendar_is_a_coverage_error_naming_it()
    {
        var error = Assert.Throws<CalendarCoverageException>(() =>
            PolicyJson.EvaluateRegister(DisclosurePolicy.Default, Written(SchemaExample()), new LocalDate(2027, 1, 4)));

        Assert.Equal("asOf", error.ParamName);
        Assert.Equal(new LocalDate(2027, 1, 4), error.Date);
    }

    [Fact, Trait("Category", "Slow")]   // it reads 2.3 GB: about a minute and a half
    public void A_register_of_more_than_two_gigabytes_streams_through()
    {
        // 16 million copies of one published record: about 2.3 GB, more than any array or MemoryStream can hold.
        using var input = new RepeatedRecordStream(StrictJsonTests.Bodies, """{ "id": "r", "body": "mzj", "entry": "IM1", "trigger": "2025-03-03", "publications": [{ "date": "2025-03-04", "channels": ["GovernmentPortal"] }] }""", 16_000_000);

        var evaluation = PolicyJson.EvaluateRegister(DisclosurePolicy.Default, input, AsOf);

        Assert.True(input.Length > 2_200_000_000L);
        Assert.Equal(16_000_000, evaluation.Units[0].OnTime);
    }

    internal static Register SchemaExample()
    {
        using var stream = File.OpenRead(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", "register.example.json"));
        return PolicyJson.ReadRegister(stream);
    }

    /// <summary>A register of one body and one record repeated, produced as it is read: no file and no memory for its size.</summary>
    private sealed class RepeatedRecordStream : Stream
    {
        private readonly byte[] head;
        private readonly byte[] record;
        private readonly byte[] tail = Encoding.UTF8.GetBytes("\n  ]\n}\n");
        private readonly long count;
        private long position;

        internal RepeatedRecordStream(string bodies, string record, long count)
        {
            head = Encoding.UTF8.GetBytes("{\n  \"year\": 2025,\n" + bodies + "\n  \"records\": [\n");
            this.record = Encoding.UTF8.GetBytes(record + ",\n");
            this.count = count;
            Length = head.Length + (this.record.Length * count) - 2 + tail.Length;   // the last record has no comma
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length { get; }

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var written = 0;
            while (written < buffer.Length && position < Length)
            {
                written += CopyPiece(buffer[written..]);
            }

            return written;
        }

        /// <summary>Copies the bytes from the current position up to the end of the current piece.</summary>
        private int CopyPiece(Span<byte> buffer)
        {
            ReadOnlySpan<byte> piece;
            long pieceStart;
            var recordsEnd = head.Length + (record.Length * count) - 2;
            if (position < head.Length)
            {
                piece = head;
                pieceStart = 0;
            }
            else if (position < recordsEnd)
            {
                var index = (position - head.Length) / record.Length;
                pieceStart = head.Length + (index * record.Length);
                piece = index == count - 1 ? record.AsSpan(0, record.Length - 2) : record;
            }
            else
            {
                piece = tail;
                pieceStart = recordsEnd;
            }

            var from = (int)(position - pieceStart);
            var length = Math.Min(piece.Length - from, buffer.Length);
            piece.Slice(from, length).CopyTo(buffer);
            position += length;
            return length;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream that hands out at most one byte per read, to drive the reader through a refill at every byte.</summary>
    internal sealed class TrickleStream(byte[] bytes, bool async = false) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => bytes.Length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Assert.False(async, "the asynchronous reader must not read synchronously");
            return ReadOne(buffer.AsSpan(offset, count));
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return ReadOne(buffer.Span);
        }

        // The only asynchronous read a netstandard2.0 library can call; Stream's own would read synchronously.
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int ReadOne(Span<byte> buffer)
        {
            if (position == bytes.Length || buffer.IsEmpty)
            {
                return 0;
            }

            buffer[0] = bytes[position++];
            return 1;
        }
    }

    [Fact]
    public void A_streamed_record_of_an_entry_the_policy_does_not_have_is_named_with_the_policy()
    {
        var county = DisclosurePolicy.Default.WithProfile(new PolicyProfile("县").Without(ScheduleEntry.ST1));
        var register = new RegisterBuilder(2026)
            .AddBodies([Registers.School()])
            .AddRecords([Registers.St1("s", new LocalDate(2026, 2, 9), 0)])
            .Build();

        var error = Assert.Throws<PolicyJsonException>(() => PolicyJson.EvaluateRegister(county, Written(register), AsOf));

        Assert.Contains("it names ST1, which the policy \"县\" does not have.", error.Message);
    }
}
