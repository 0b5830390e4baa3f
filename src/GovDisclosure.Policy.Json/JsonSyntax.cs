using System.Globalization;

namespace GovDisclosure.Policy.Json;

/// <summary>
/// What a syntax error of the JSON reader means, in the library's words: System.Text.Json's messages speak of reader options and final
/// blocks, which a disclosure office cannot act on. The character found is quoted; the line and column are the problem's own.
/// </summary>
internal static class JsonSyntax
{
    /// <summary>The problem's sentence for the reader's <paramref name="message"/>, reading <paramref name="what"/> ("a register").</summary>
    internal static string Describe(string message, string what)
    {
        var found = Found(message);
        var said = found == "'/'" ? "comments are not allowed: the file must be strict JSON."
            : message.Contains("after a single JSON value", StringComparison.Ordinal)
            ? $"there is more after the end of {what}: a second root value or trailing text is not allowed."
            : message.Contains("does not contain any JSON tokens", StringComparison.Ordinal) ? $"the input is empty; expected {what}."
            : message.Contains("maximum configured depth", StringComparison.Ordinal) ? "the JSON nests deeper than 64 levels; no document of this library does."
            : message.Contains("trailing comma", StringComparison.Ordinal) ? "a comma before a closing bracket or brace is not allowed."
            : message.Contains("reached end of data", StringComparison.Ordinal) ? "the input ends inside a string."
            : message.Contains("escapable character", StringComparison.Ordinal) ? $"a string holds a backslash followed by {found}, an escape JSON does not have."
            : message.Contains("within a JSON string", StringComparison.Ordinal) ? $"a string holds the control character {found}; write it escaped (\\n, \\t, \\u0009)."
            : NamesByteOutsideAscii(message) ? $"a character outside a string ({found}), such as a full-width comma, colon or quotation mark; JSON's punctuation is ASCII."
            : message.Contains("start of a property name", StringComparison.Ordinal) ? $"expected a property name in double quotation marks; found {found}."
            : message.Contains("after a property name", StringComparison.Ordinal) ? $"expected ':' after the property name; found {found}."
            : message.Contains("invalid after a value", StringComparison.Ordinal) ? $"expected ',' or the end of the object or array; found {found}."
            : message.Contains("without a matching open", StringComparison.Ordinal) ? $"{found} closes nothing that is open."
            : message.Contains("start of a value", StringComparison.Ordinal) ? $"expected a value (an object, array, string, number, true, false or null); found {found}."
            : message.Contains("literal", StringComparison.Ordinal) ? $"expected true, false or null; found {found}."
            : message.Contains("number", StringComparison.Ordinal) || message.Contains("leading zero", StringComparison.Ordinal)
                ? "a number is not written as JSON writes numbers (digits, an optional sign, fraction and exponent, no leading zero)."
            : "the text breaks JSON's syntax here.";
        return $"the text is not valid JSON: {said}";
    }

    /// <summary>The character the reader names at the start of its message (<c>'x'</c>, <c>'0xEF'</c>), or "a character".</summary>
    private static string Found(string message)
    {
        var end = message.Length > 1 && message[0] == '\'' ? message.IndexOf("' ", 1, StringComparison.Ordinal) : -1;
        return end > 0 ? message[..(end + 1)] : "a character";
    }

    /// <summary>Whether the reader's <paramref name="message"/> names a byte above 0x7F outside a string: not ASCII, so not JSON's.</summary>
    internal static bool NamesByteOutsideAscii(string message) =>
        Found(message) is var found && found.StartsWith("'0x", StringComparison.Ordinal) && found.Length == 6 &&
        !message.Contains("within a JSON string", StringComparison.Ordinal) &&
        byte.TryParse(found.Substring(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b) && b >= 0x80;
}
