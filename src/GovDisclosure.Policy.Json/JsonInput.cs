using System.Buffers;
using System.Text;
using System.Text.Json;

namespace GovDisclosure.Policy.Json;

/// <summary>
/// Parses one JSON value from a reader positioned before it, reading its tokens with <see cref="JsonInput.Next"/>: when the buffer
/// ends first, the input notes that more is needed, the parse unwinds (its result is discarded), and it is repeated after a refill.
/// </summary>
internal delegate T JsonValueParser<T>(JsonInput input, ref Utf8JsonReader reader);

/// <summary>
/// One JSON document read from a stream as it arrives: a buffer that refills (and grows only for a single value larger
/// than itself), the reader's state carried between refills, and line and column kept for every problem. The framing
/// (the root object, its property names, the elements of a top-level array) is read token by token; each element is
/// parsed whole from the buffer, and parsed again after a refill if the buffer ended inside it, so that nothing but the
/// element being read is ever held. Strict: no comments, no trailing commas, nothing after the root, UTF-8 only (a
/// byte-order mark is skipped). The synchronous and asynchronous forms share one code path.
/// </summary>
internal sealed partial class JsonInput
{
    private const int InitialBufferSize = 1 << 16;

    /// <summary>
    /// How much unread input the buffer should hold before an element is parsed: an element that ends past the buffer is
    /// parsed again after a refill, and the exception that signals it costs far more than the element, so the buffer is
    /// refilled first while it holds less than this. Only an element longer than this is ever parsed twice.
    /// </summary>
    private const int ReadAhead = 1 << 14;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream stream;
    private readonly bool sync;
    private readonly CancellationToken cancellation;
    private readonly string what;
    private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    private int start;           // the first byte not yet consumed
    private int end;             // one past the last byte read
    private long bufferOffset;   // the input offset of buffer[0]
    private bool final;          // the stream has ended
    private bool begun;
    private JsonReaderState state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });

    // Line tracking: the input offset up to which newlines are counted, the line there (from 1), and where that line starts.
    private long checkpoint;
    private int checkpointLine = 1;
    private long checkpointLineStart;
    private long handled;   // the end of the last element handled: lines are counted up to it only when a position is asked for

    internal JsonInput(Stream stream, string what, bool sync, CancellationToken cancellation)
    {
        this.stream = Preconditions.CheckNotNull(stream, "utf8Json");   // every public reader names its stream so
        this.what = what;
        this.sync = sync;
        this.cancellation = cancellation;   // a stream that cannot read fails at its first read, as one that fails later does
    }

    /// <summary>The problems found so far.</summary>
    internal JsonProblems Problems { get; } = new();

    /// <summary>
    /// Called once when a syntax error or the input's early end stops the reading, before the problems are thrown: a reader
    /// adds there what it would have found in what it had read by then.
    /// </summary>
    internal Action? Ending { get; set; }

    /// <summary>The exception that ends the reading: the problems found, with what <see cref="Ending"/> adds.</summary>
    private PolicyJsonException Ended()
    {
        var ending = Ending;
        Ending = null;
        ending?.Invoke();
        return Problems.ToException();
    }

    /// <summary>The type of the last framing token read by <see cref="NextTokenAsync"/>.</summary>
    internal JsonTokenType TokenType { get; private set; }

    /// <summary>The line and column of the last framing token.</summary>
    internal (int Line, int Column) TokenPosition { get; private set; }

    /// <summary>The offset in the input where the reader handed to a parser begins.</summary>
    private long ReaderBase { get; set; }

    /// <summary>Gives the buffer back to the pool.</summary>
    internal void Release()
    {
        var rented = buffer;
        buffer = [];
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads the next framing token; false at the end of the input. A property name's text is in <see cref="PropertyName"/> (null, with
    /// its problem reported, when the name is not text).</summary>
    internal async ValueTask<bool> NextTokenAsync()
    {
        while (true)
        {
            if (TryReadToken(out var done))
            {
                return !done;
            }

            await FillAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The name of the last framing property token.</summary>
    internal string? PropertyName { get; private set; }

    /// <summary>Parses the next complete value with <paramref name="parse"/>, refilling and parsing again while the buffer ends inside it.</summary>
    internal async ValueTask<T> ParseValueAsync<T>(JsonValueParser<T> parse)
    {
        T result = default!;
        await ParseEachAsync(parse, value =>
        {
            result = value;
            return false;
        }).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// Parses values one after another — the elements of an array — handing each to <paramref name="accept"/> until it returns
    /// false. As many as the buffer holds are read with one reader, so that an element costs no more than its tokens.
    /// </summary>
    internal async ValueTask ParseEachAsync<T>(JsonValueParser<T> parse, Func<T, bool> accept)
    {
        while (true)
        {
            if (begun && ParseAvailable(parse, accept))
            {
                return;
            }

            await FillAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The line and column (in bytes, from 1) of the reader's current token.</summary>
    internal (int Line, int Column) PositionOf(ref Utf8JsonReader reader) => PositionAt(ReaderBase + reader.TokenStartIndex);

    /// <summary>The line and column of an input offset at or after the start of the element being read or handled.</summary>
    internal (int Line, int Column) PositionAt(long offset)
    {
        CatchUp();
        var from = (int)(checkpoint - bufferOffset);
        var to = (int)Math.Min(offset - bufferOffset, end);
        var line = checkpointLine;
        var lineStart = checkpointLineStart;
        if (to > from)
        {
            var span = buffer.AsSpan(from, to - from);
            var count = span.Count((byte)'\n');
            if (count > 0)
            {
                line += count;
                lineStart = checkpoint + span.LastIndexOf((byte)'\n') + 1;
            }
        }

        return (line, (int)(offset - lineStart) + 1);
    }

    /// <summary>Adds a problem at the reader's current token.</summary>
    internal void Problem(ref Utf8JsonReader reader, string path, string message)
    {
        if (Problems.Counts)
        {
            var (line, column) = PositionOf(ref reader);
            Problems.Add(new JsonProblem(path, line, column, message));
        }
        else
        {
            Problems.Add(null);
        }
    }

    /// <summary>Adds a problem at a position worked out earlier.</summary>
    internal void Problem((int Line, int Column) at, string path, string message) =>
        Problems.Add(Problems.Counts ? new JsonProblem(path, at.Line, at.Column, message) : null);

    /// <summary>Adds a problem at an input offset within the element being read.</summary>
    internal void Problem(long offset, string path, string message)
    {
        if (Problems.Counts)
        {
            var (line, column) = PositionAt(offset);
            Problems.Add(new JsonProblem(path, line, column, message));
        }
        else
        {
            Problems.Add(null);
        }
    }

    /// <summary>The input offset of the reader's current token.</summary>
    internal long OffsetOf(ref Utf8JsonReader reader) => ReaderBase + reader.TokenStartIndex;

    /// <summary>
    /// Whether the buffer ended inside the element being parsed: more input is needed, and the element will be parsed again
    /// from its start. Once set, <see cref="Next"/> and <see cref="NextElement"/> say false, so that every loop of the parse ends.
    /// </summary>
    private bool starved;

    /// <summary>Whether the element being parsed was cut by the buffer's end: what its parse found is forgotten, and must change nothing.</summary>
    internal bool Starved => starved;

    /// <summary>Reads the next token of an element; false when the buffer ends first (the parse then unwinds and is repeated after a refill).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool Next(ref Utf8JsonReader reader)
    {
        if (reader.Read())
        {
            return true;
        }

        starved = true;
        return false;
    }

    /// <summary>Moves to the next element of an array; false at its end, or when the buffer ends first (as <see cref="Next"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool NextElement(ref Utf8JsonReader reader) => Next(ref reader) && reader.TokenType != JsonTokenType.EndArray;

    /// <summary>Skips the current value of an element (a property's value, say); when it is not all in the buffer, more input is needed (as <see cref="Next"/>).</summary>
    internal void Skip(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            starved = true;
        }
    }

    /// <summary>Parses the values the buffer holds; true when <paramref name="accept"/> said to stop, false when more input is needed.</summary>
    private bool ParseAvailable<T>(JsonValueParser<T> parse, Func<T, bool> accept)
    {
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, state);
        var readerStart = start;
        ReaderBase = bufferOffset + start;
        while (true)
        {
            if (!final && end - start < ReadAhead && start > 0)
            {
                return false;
            }

            var mark = Problems.Mark();
            var encodingMark = encodingReported;
            starved = false;
            T value;
            try
            {
                value = parse(this, ref reader);
            }
            catch (JsonException e)
            {
                throw Fatal(e);
            }

            if (starved)
            {
                // What the cut element said is said again when it is parsed whole.
                Problems.Rollback(mark);
                encodingReported = encodingMark;
                if (final)
                {
                    var (line, column) = PositionAt(bufferOffset + end);
                    Problems.Add(new JsonProblem("$", line, column, $"the input ends before {what} is complete."));
                    throw Ended();
                }

                return false;
            }

            // Committed element by element, so that a refill resumes after the last whole one. Lines may be counted past the
            // element only once it is handled, so that its handler can still find the line of any offset in it; they are
            // counted when a position is next asked for, or at the refill (most elements raise no problem).
            start = readerStart + (int)reader.BytesConsumed;
            state = reader.CurrentState;
            var more = accept(value);
            handled = bufferOffset + start;
            if (!more)
            {
                return true;
            }
        }
    }

    private bool TryReadToken(out bool done)
    {
        done = false;
        if (!begun)
        {
            return false;
        }

        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, state);
        ReaderBase = bufferOffset + start;
        try
        {
            if (!reader.Read())
            {
                if (!final)
                {
                    return false;
                }

                done = true;
                return true;
            }
        }
        catch (JsonException e)
        {
            throw Fatal(e);
        }

        TokenType = reader.TokenType;
        TokenPosition = PositionOf(ref reader);
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
        {
            NotUtf8At(ref reader, "$");
        }

        PropertyName = reader.TokenType == JsonTokenType.PropertyName ? Text(ref reader, JsonPath.Root) : null;
        Commit(reader.BytesConsumed, reader.CurrentState);
        return true;
    }

    private void Commit(long consumed, JsonReaderState after)
    {
        start += (int)consumed;
        state = after;
        Advance(bufferOffset + start);
    }

    /// <summary>Counts the newlines up to the end of the last element handled, when they are not counted yet.</summary>
    private void CatchUp()
    {
        if (handled > checkpoint)
        {
            Advance(handled);
        }
    }

    /// <summary>Counts the newlines up to <paramref name="offset"/>, so that later positions are found from there.</summary>
    private void Advance(long offset)
    {
        var span = buffer.AsSpan((int)(checkpoint - bufferOffset), (int)(offset - checkpoint));
        var count = span.Count((byte)'\n');
        if (count > 0)
        {
            checkpointLine += count;
            checkpointLineStart = checkpoint + span.LastIndexOf((byte)'\n') + 1;
        }

        checkpoint = offset;
    }

    private async ValueTask FillAsync()
    {
        cancellation.ThrowIfCancellationRequested();
        if (start > 0)
        {
            Advance(bufferOffset + start);
            buffer.AsSpan(start, end - start).CopyTo(buffer);
            bufferOffset += start;
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            // One value larger than the buffer: the buffer grows to hold it.
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, end).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        int read;
        try
        {
            read = sync
                ? stream.Read(buffer, end, buffer.Length - end)
                : await stream.ReadAsync(buffer.AsMemory(end), cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (InputStreams.IsStreamFailure(e))
        {
            throw InputStreams.Failed(char.ToUpperInvariant(what[0]) + what.Substring(1), e);
        }

        end += read;
        final = read == 0;
        if (!begun && (end >= 3 || final))
        {
            begun = true;
            if (buffer.AsSpan(0, end).StartsWith("\uFEFF"u8))
            {
                // A UTF-8 byte-order mark, as Windows tools write: skipped; columns count from after it.
                start = 3;
                checkpoint = checkpointLineStart = 3;
            }
        }
    }
}
