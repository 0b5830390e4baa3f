using System.Text;
using GovDisclosure.Policy.Tests.Calendar;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §13: every reader reads the way it is called — a synchronous call only with <see cref="Stream.Read(byte[], int, int)"/>, an asynchronous
/// one only with <c>ReadAsync</c> — and an asynchronous reader never resumes on the caller's <see cref="SynchronizationContext"/> (a host that
/// blocks on it, as a desktop or classic ASP.NET host may, would otherwise deadlock).
/// </summary>
public sealed class StreamModeTests
{
    private static string Example(string name) => File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", name));

    private static byte[] Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private static readonly byte[] Register = Encoding.UTF8.GetBytes(Example("register.example.json"));

    private static readonly byte[] Profile = Encoding.UTF8.GetBytes(Example("profile.example.json"));
    private static readonly byte[] Catalog = File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "civil-affairs-catalog.json"));
    private static readonly byte[] Report = Written(stream => PolicyJson.WriteAnnualReport(
        new AnnualReport("mzj", "县民政局", 2025, "概述", ProactiveDisclosureFigures.None, RequestTable.Empty, RedressTable.Empty, "问题", "其他"), stream));
    private static readonly byte[] Holiday = File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy", "Calendar", "Data", "holiday-cn", "2025.json"));
    private static readonly byte[] Regional = Encoding.UTF8.GetBytes(RegionalNoticeJsonTests.Guangxi2023Json);

    /// <summary>Each document's bytes and its synchronous and asynchronous reader.</summary>
    private static readonly Dictionary<string, (byte[] Bytes, Func<Stream, object> Read, Func<Stream, Task> ReadAsync)> Readers = new()
    {
        ["register"] = (Register, stream => PolicyJson.ReadRegister(stream), stream => PolicyJson.ReadRegisterAsync(stream)),
        ["evaluation"] = (Register, stream => PolicyJson.EvaluateRegister(DisclosurePolicy.Default, stream, new LocalDate(2026, 3, 31)),
            stream => PolicyJson.EvaluateRegisterAsync(DisclosurePolicy.Default, stream, new LocalDate(2026, 3, 31))),
        ["profile"] = (Profile, stream => PolicyJson.ReadProfile(stream), stream => PolicyJson.ReadProfileAsync(stream)),
        ["catalog"] = (Catalog, stream => PolicyJson.ReadCatalog(stream), stream => PolicyJson.ReadCatalogAsync(stream)),
        ["annual report"] = (Report, stream => PolicyJson.ReadAnnualReport(stream), stream => PolicyJson.ReadAnnualReportAsync(stream)),
        ["holiday notice"] = (Holiday, stream => HolidayNoticeJson.Read(stream), stream => HolidayNoticeJson.ReadAsync(stream)),
        ["regional notice"] = (Regional, stream => RegionalNoticeJson.Read(stream), stream => RegionalNoticeJson.ReadAsync(stream)),
    };

    public static TheoryData<string> Documents() => [.. Readers.Keys];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Sec13_a_synchronous_read_never_reads_asynchronously(string document)
    {
        Assert.NotNull(Readers[document].Read(new OneWayStream(Readers[document].Bytes, asynchronous: false)));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Sec13_an_asynchronous_read_never_reads_synchronously_nor_resumes_on_the_callers_context(string document)
    {
        var context = new CountingContext();
        var previous = SynchronizationContext.Current;
        Task reading;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            reading = Readers[document].ReadAsync(new OneWayStream(Readers[document].Bytes, asynchronous: true));
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        await reading;

        Assert.Equal(0, context.Posts);
    }

    public static TheoryData<string, bool> Places()
    {
        var places = new TheoryData<string, bool>();
        foreach (var place in new[] { "\"$schema\": ", "\"year\": ", "\"bodies\": [", "\"commitments\": [", "\"disclosureRules\": [", "\"inspections\": [", "\"complaints\": [",
                     "\"requests\": [", "\"annualReports\": [", "\"redressCases\": [", "\"records\": [", "\"extra\": ", "the end" })
        {
            places.Add(place, false);
            places.Add(place, true);
        }

        return places;
    }

    [Theory]
    [MemberData(nameof(Places))]
    public async Task Sec13_a_stream_that_first_waits_anywhere_in_a_register_never_brings_the_reader_back_to_the_callers_context(string place, bool evaluate)
    {
        // More blanks than the reader's buffer holds, at the place; the stream answers at once up to their middle, then only later.
        var text = Example("register.example.json");
        text = place == "\"extra\": " ? text.Replace("\"$schema\": \"./register.schema.json\",", "\"$schema\": \"./register.schema.json\", \"extra\": 1,", StringComparison.Ordinal) : text;   // unknown: read past
        var at = place == "the end" ? text.Length : text.IndexOf(place, StringComparison.Ordinal) + place.Length;
        var bytes = Encoding.UTF8.GetBytes(text[..at] + new string(' ', 140_000) + text[at..]);
        var stream = new OneWayStream(bytes, asynchronous: true, waitsFrom: Encoding.UTF8.GetByteCount(text[..at]) + 70_000);
        var context = new CountingContext();
        var previous = SynchronizationContext.Current;
        Task reading;
        SynchronizationContext.SetSynchronizationContext(context);
        try
        {
            reading = evaluate ? PolicyJson.EvaluateRegisterAsync(DisclosurePolicy.Default, stream, new LocalDate(2026, 3, 31)) : PolicyJson.ReadRegisterAsync(stream);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        var problems = await Record.ExceptionAsync(() => reading) as PolicyJsonException;

        Assert.Equal(0, context.Posts);
        Assert.Equal(place == "\"extra\": " ? ["$.extra"] : [], problems?.Problems.Select(problem => problem.Path) ?? []);
    }

    /// <summary>A stream that hands out a few bytes a call, each asynchronous read from <c>waitsFrom</c> on completing later, and fails a read
    /// of the other kind.</summary>
    private sealed class OneWayStream(byte[] bytes, bool asynchronous, int waitsFrom = 0) : Stream
    {
        private const int Chunk = 4_099;
        private int position;

        private int Take(Span<byte> buffer)
        {
            var count = Math.Min(Math.Min(buffer.Length, Chunk), bytes.Length - position);
            bytes.AsSpan(position, count).CopyTo(buffer);
            position += count;
            return count;
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer) =>
            asynchronous ? throw new InvalidOperationException("the asynchronous reader read synchronously") : Take(buffer);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!asynchronous)
            {
                throw new InvalidOperationException("the synchronous reader read asynchronously");
            }

            if (position < waitsFrom)
            {
                return Take(buffer.Span);
            }

            await Task.Run(static () => { }, cancellationToken).ConfigureAwait(false);   // completes later, on the pool: the stream posts nothing
            return Take(buffer.Span);
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A context that counts what is posted to it and runs it on the thread pool, as its own.</summary>
    private sealed class CountingContext : SynchronizationContext
    {
        private int posts;

        internal int Posts => Volatile.Read(ref posts);

        public override void Post(SendOrPostCallback callback, object? state)
        {
            Interlocked.Increment(ref posts);
            ThreadPool.QueueUserWorkItem(_ =>
            {
                SetSynchronizationContext(this);
                callback(state);
            });
        }
    }
}
