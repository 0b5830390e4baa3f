namespace GovDisclosure.Policy;

/// <summary>
/// How every reader reports a stream it cannot read: one <see cref="IOException"/> naming what was being read, with the stream's own
/// exception inside — whether the stream failed, was disposed or cannot read at all.
/// </summary>
internal static class InputStreams
{
    /// <summary>Whether <paramref name="e"/> is a stream's failure rather than the input's.</summary>
    internal static bool IsStreamFailure(Exception e) => e is IOException or ObjectDisposedException or NotSupportedException;

    /// <summary>Every byte of <paramref name="stream"/>, a UTF-8 byte-order mark dropped: for readers that need the whole input at once.</summary>
    /// <param name="stream">The stream, read to its end.</param>
    /// <param name="what">What is being read, for the message of a failure: "The catalog \"民政\"", "Deadlines".</param>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read.</exception>
    internal static ArraySegment<byte> ReadAll(Stream stream, string what)
    {
        using var buffer = new MemoryStream();
        try
        {
            stream.CopyTo(buffer);
        }
        catch (Exception e) when (IsStreamFailure(e))
        {
            throw Failed(what, e);
        }

        var start = buffer.GetBuffer().AsSpan(0, (int)buffer.Length).StartsWith("\uFEFF"u8) ? 3 : 0;
        return new ArraySegment<byte>(buffer.GetBuffer(), start, (int)buffer.Length - start);
    }

    /// <summary>The exception for a stream that failed while <paramref name="what"/> was read from it.</summary>
    internal static IOException Failed(string what, Exception e) =>
        new($"{what} could not be read from its stream: {e.Message}", e);
}
