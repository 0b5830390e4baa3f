namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §13: a stream that fails, was disposed or cannot read gives every reader the same exception — an <see cref="IOException"/> naming
/// what was being read, the stream's own exception inside.
/// </summary>
public sealed class StreamFailureTests
{
    public static TheoryData<string> Readers => [.. ReaderByName.Keys];

    private static readonly Dictionary<string, Action<Stream>> ReaderByName = new()
    {
        ["catalog CSV"] = stream => CountyCatalog.ReadCsv(stream, "民政"),
        ["catalog JSON"] = stream => PolicyJson.ReadCatalog(stream),
        ["register"] = stream => PolicyJson.ReadRegister(stream),
        ["profile"] = stream => PolicyJson.ReadProfile(stream),
        ["annual report"] = stream => PolicyJson.ReadAnnualReport(stream),
        ["notice"] = stream => HolidayNoticeJson.Read(stream),
        ["regional notice"] = stream => RegionalNoticeJson.Read(stream),
        ["deadlines"] = stream => PolicyJson.ReadDeadlines(stream),
        ["deadline reports"] = stream => PolicyJson.ReadDeadlineReports(stream),
        ["evaluation report"] = stream => PolicyJson.ReadEvaluationReport(stream),
    };

    private static readonly Dictionary<string, string> Expected = new()
    {
        ["catalog CSV"] = "The catalog \"民政\"",
        ["catalog JSON"] = "A catalog",
        ["register"] = "A register",
        ["profile"] = "A profile",
        ["annual report"] = "An annual report",
        ["notice"] = "A holiday notice",
        ["regional notice"] = "A regional notice",
        ["deadlines"] = "Deadlines",
        ["deadline reports"] = "Deadline reports",
        ["evaluation report"] = "An evaluation report",
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Sec13_a_disposed_stream_is_an_IOException_with_the_streams_exception_inside(string reader)
    {
        var stream = new MemoryStream([1, 2, 3]);
        stream.Dispose();

        var exception = Assert.Throws<IOException>(() => ReaderByName[reader](stream));

        Assert.IsType<ObjectDisposedException>(exception.InnerException);
        Assert.StartsWith(Expected[reader] + " could not be read from its stream: ", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Sec13_a_stream_that_fails_midway_is_an_IOException_with_its_failure_inside(string reader)
    {
        var exception = Assert.Throws<IOException>(() => ReaderByName[reader](new FailingStream()));

        Assert.Equal("the disk went away", exception.InnerException!.Message);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Sec13_a_stream_that_cannot_read_is_an_IOException(string reader)
    {
        var exception = Assert.Throws<IOException>(() => ReaderByName[reader](new WriteOnlyStream()));

        Assert.IsType<NotSupportedException>(exception.InnerException);
    }

    private sealed class FailingStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("the disk went away");

        public override int Read(Span<byte> buffer) => throw new IOException("the disk went away");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => throw new IOException("the disk went away");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new IOException("the disk went away");

        public override void CopyTo(Stream destination, int bufferSize) => throw new IOException("the disk went away");
    }

    private sealed class WriteOnlyStream : MemoryStream
    {
        public override bool CanRead => false;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("Stream does not support reading.");

        public override int Read(Span<byte> buffer) => throw new NotSupportedException("Stream does not support reading.");

        public override void CopyTo(Stream destination, int bufferSize) => throw new NotSupportedException("Stream does not support reading.");
    }
}
