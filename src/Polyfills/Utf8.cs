using System.Buffers;

// The two members of System.Text.Unicode.Utf8 the library uses, for the netstandard2.0 build only.
namespace System.Text.Unicode
{
    /// <summary>Strict UTF-8 checks and decoding: overlong forms, surrogates and truncated sequences are invalid.</summary>
    internal static class Utf8
    {
        private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static bool IsValid(ReadOnlySpan<byte> bytes) => ValidPrefixLength(bytes) == bytes.Length;

        /// <summary>Decodes <paramref name="bytes"/>; on invalid data, decodes the valid prefix and stops there.</summary>
        public static OperationStatus ToUtf16(ReadOnlySpan<byte> bytes, Span<char> chars, out int bytesRead, out int charsWritten, bool replaceInvalidSequences = true)
        {
            if (replaceInvalidSequences)
            {
                throw new NotSupportedException("Only strict decoding is provided for netstandard2.0.");
            }

            bytesRead = ValidPrefixLength(bytes);
            var text = Strict.GetString(bytes.Slice(0, bytesRead).ToArray());
            if (text.Length > chars.Length)
            {
                throw new ArgumentException("The destination is too small.", nameof(chars));
            }

            text.AsSpan().CopyTo(chars);
            charsWritten = text.Length;
            return bytesRead == bytes.Length ? OperationStatus.Done : OperationStatus.InvalidData;
        }

        /// <summary>How many bytes from the start form whole, valid UTF-8 sequences (RFC 3629).</summary>
        private static int ValidPrefixLength(ReadOnlySpan<byte> bytes)
        {
            var i = 0;
            while (i < bytes.Length)
            {
                var length = SequenceLength(bytes.Slice(i));
                if (length == 0)
                {
                    return i;
                }

                i += length;
            }

            return i;
        }

        /// <summary>The length of the valid sequence that starts <paramref name="s"/>, or 0 when it is not valid.</summary>
        private static int SequenceLength(ReadOnlySpan<byte> s)
        {
            var lead = s[0];
            var (length, low, high) = lead switch
            {
                < 0x80 => (1, 0x80, 0xBF),
                >= 0xC2 and <= 0xDF => (2, 0x80, 0xBF),
                0xE0 => (3, 0xA0, 0xBF),
                0xED => (3, 0x80, 0x9F),
                >= 0xE1 and <= 0xEF => (3, 0x80, 0xBF),
                0xF0 => (4, 0x90, 0xBF),
                >= 0xF1 and <= 0xF3 => (4, 0x80, 0xBF),
                0xF4 => (4, 0x80, 0x8F),
                _ => (0, 0, 0),
            };
            if (length == 0 || s.Length < length)
            {
                return 0;
            }

            // The second byte has the lead's own range; the others are plain continuation bytes.
            for (var k = 1; k < length; k++)
            {
                var (min, max) = k == 1 ? (low, high) : (0x80, 0xBF);
                if (s[k] < min || s[k] > max)
                {
                    return 0;
                }
            }

            return length;
        }
    }
}

namespace System.Numerics
{
    /// <summary>The one bit operation the library uses, for the netstandard2.0 build only.</summary>
    internal static class BitOperations
    {
        public static int LeadingZeroCount(ulong value)
        {
            var count = 0;
            for (var bit = 1UL << 63; bit != 0 && (value & bit) == 0; bit >>= 1)
            {
                count++;
            }

            return count;
        }
    }
}
