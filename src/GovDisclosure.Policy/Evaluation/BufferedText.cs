using System.Text;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// A piece of text a <see cref="RecordBuffer"/> holds as its source gave it — a string, characters or UTF-8 bytes — copied into
/// buffers that are reused, and made into a string only when something asks for one (a finding, an outcome, a problem).
/// </summary>
internal sealed class BufferedText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private string? text;
    private char[] chars = new char[32];
    private byte[] bytes = new byte[64];
    private int length;
    private Form form;

    private enum Form : byte
    {
        None,
        Text,
        Chars,
        Utf8,
    }

    /// <summary>The text as a string, made anew on each read unless it was given as one; null when none is held.</summary>
    internal string? Value => form switch
    {
        Form.Text => text,
        Form.Chars => new string(chars, 0, length),
        Form.Utf8 => Utf8.GetString(bytes, 0, length),
        _ => null,
    };

    /// <summary>Whether text is held (an empty text included).</summary>
    internal bool IsSet => form != Form.None;

    /// <summary>Whether no text is held, or it is empty or white space only (U+3000 included), as <see cref="string.IsNullOrWhiteSpace"/> says.</summary>
    internal bool IsBlank => form switch
    {
        Form.Text => string.IsNullOrWhiteSpace(text),
        Form.Chars => IsWhiteSpace(chars.AsSpan(0, length)),
        Form.Utf8 => IsWhiteSpace(bytes.AsSpan(0, length)),
        _ => true,
    };

    internal void Clear() => (text, form) = (null, Form.None);

    internal void Set(string? value) => (text, form) = (value, value is null ? Form.None : Form.Text);

    internal void Set(ReadOnlySpan<char> value)
    {
        if (value.Length > chars.Length)
        {
            chars = new char[Math.Max(value.Length, chars.Length * 2)];
        }

        value.CopyTo(chars);
        (text, length, form) = (null, value.Length, Form.Chars);
    }

    /// <summary>Holds <paramref name="value"/>, which must be valid UTF-8.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not valid UTF-8; named <paramref name="paramName"/>.</exception>
    internal void SetUtf8(ReadOnlySpan<byte> value, string paramName)
    {
        if (!TrySetUtf8(value))
        {
            throw new PolicyArgumentException($"{paramName} is not valid UTF-8.", paramName);
        }
    }

    /// <summary>Holds <paramref name="value"/> when it is valid UTF-8; otherwise false, and what was held is kept.</summary>
    internal bool TrySetUtf8(ReadOnlySpan<byte> value)
    {
        if (!System.Text.Unicode.Utf8.IsValid(value))
        {
            return false;
        }

        if (value.Length > bytes.Length)
        {
            bytes = new byte[Math.Max(value.Length, bytes.Length * 2)];
        }

        value.CopyTo(bytes);
        (text, length, form) = (null, value.Length, Form.Utf8);
        return true;
    }

    private static bool IsWhiteSpace(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsWhiteSpace(ReadOnlySpan<byte> value)
    {
        foreach (var b in value)
        {
            if (b >= 0x80)
            {
                // Non-ASCII: let the framework decide what counts as white space (U+3000 does).
                return string.IsNullOrWhiteSpace(Utf8.GetString(value.ToArray()));
            }

            if (b is not ((byte)' ' or (>= 0x09 and <= 0x0D)))
            {
                return false;
            }
        }

        return true;
    }
}
