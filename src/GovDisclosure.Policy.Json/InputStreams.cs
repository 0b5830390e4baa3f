namespace GovDisclosure.Policy.Json;

/// <summary>How the package reports a stream it cannot read: one <see cref="IOException"/> naming what was being read, the stream's own
/// exception inside — as the core's readers do.</summary>
internal static class InputStreams
{
    /// <summary>Whether <paramref name="e"/> is the stream's failure rather than the input's.</summary>
    internal static bool IsStreamFailure(Exception e) => e is IOException or ObjectDisposedException or NotSupportedException;

    /// <summary>The exception for a stream that failed while <paramref name="what"/> was read from it.</summary>
    internal static IOException Failed(string what, Exception e) => new($"{what} could not be read from its stream: {e.Message}", e);

    /// <summary>Every byte of <paramref name="stream"/>, a UTF-8 byte-order mark dropped, for the readers that need the whole input.</summary>
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

        var bytes = buffer.GetBuffer();
        var length = (int)buffer.Length;
        var bom = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        return new ArraySegment<byte>(bytes, bom, length - bom);
    }
}
