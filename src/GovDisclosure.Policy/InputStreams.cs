namespace GovDisclosure.Policy;

/// <summary>
/// How every reader reports a stream it cannot read: one <see cref="IOException"/> naming what was being read, with the stream's own
/// exception inside — whether the stream failed, was disposed or cannot read at all.
/// </summary>
internal static class InputStreams
{
    /// <summary>Whether <paramref name="e"/> is a stream's failure rather than the input's.</summary>
    internal static bool IsStreamFailure(Exception e) => e is IOException or ObjectDisposedException or NotSupportedException;

    /// <summary>The exception for a stream that failed while <paramref name="what"/> was read from it.</summary>
    internal static IOException Failed(string what, Exception e) =>
        new($"{what} could not be read from its stream: {e.Message}", e);
}
