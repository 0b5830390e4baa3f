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
        if (message.Contains("does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return $"the input is empty; expected {what}.";   // nothing, blanks, or a byte-order mark alone: not JSON at all rather than broken JSON
        }

        var found = Found(message);
        var said = found == "'/'" ? "comments are not allowed: the file must be strict JSON."
            : message.Contains("after a single JSON value", StringComparison.Ordinal)
            ? $"there is more after the end of {what}: a second root value or trailing text is not allowed."
            : message.Contains("maximum configured depth", StringComparison.Ordinal) ? "the JSON nests deeper than 64 levels; no document of this library does."
            : message.Contains("trailing comma", StringComparison.Ordinal) ? "a comma before a closing bracket or brace is not allowed."
            : message.Contains("reached end of data", StringComparison.Ordinal) ? "the input ends inside a string."
            : message.Contains("Expected depth to be zero", StringComparison.Ordinal) ? $"the input ends before {what} is complete."
            : message.Contains("escapable character", StringComparison.Ordinal) ? $"a string holds a backslash followed by {found}, an escape JSON does not have."
            : message.Contains("hex digit", StringComparison.Ordinal) ? $"a string holds \\u followed by {found}, not by four hexadecimal digits (\\u00e9)."
            : message.Contains("within a JSON string", StringComparison.Ordinal) ? $"a string holds the control character {found}; write it escaped (\\n, \\t, \\u0009)."
            : NamesByteOutsideAscii(message) ? $"a character outside a string ({found}), such as a full-width comma, colon or quotation mark; JSON's punctuation is ASCII."
            : message.Contains("start of a property name", StringComparison.Ordinal) ? $"expected a property name in double quotation marks; found {found}."
            : message.Contains("after a property name", StringComparison.Ordinal) ? $"expected ':' after the property name; found {found}."
            : message.Contains("invalid after a value", StringComparison.Ordinal) ? $"expected ',' or the end of the object or array; found {found}."
            : message.Contains("without a matching open", StringComparison.Ordinal) ? $"{found} closes nothing that is open."
            : message.Contains("start of a value", StringComparison.Ordinal) ? $"expected a value (an object, array, string, number, true, false or null); found {found}."
            : message.Contains("literal", StringComparison.Ordinal) ? $"expected true, false or null; found {Literal(found)}."
            : message.Contains("number", StringComparison.Ordinal) || message.Contains("leading zero", StringComparison.Ordinal)
                ? "a number is not written as JSON writes numbers (digits, an optional sign, fraction and exponent, no leading zero)."
            : "the text breaks JSON's syntax here.";
        return $"the text is not valid JSON: {said}";
    }

    /// <summary>
    /// The problem's sentence for a report reader's <paramref name="message"/>: System.Text.Json's own (a property it cannot map, one left
    /// out, a value of another type, a syntax error) said in the library's words; the converters' sentences, which are the library's, as they
    /// are. The serializer's " Path: …" tail is left out: the problem has its own path, line and column.
    /// </summary>
    internal static string DescribeBinding(string message, string what, string? path, IEnumerable<Type> types)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        message = cut < 0 ? message : message.Substring(0, cut);
        return message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal)
                ? $"{Preconditions.WithArticle(Noun(Between(message, "type '")))} has no property \"{Between(message, "property '")}\"."
            : message.Contains("missing required properties including: ", StringComparison.Ordinal)
                ? $"the required property \"{Between(message, "including: '")}\" of {Preconditions.WithArticle(Noun(Between(message, "type '")))} is missing."
            : message.StartsWith("The JSON value could not be converted to ", StringComparison.Ordinal)
                ? $"the value is not {Kind(PropertyType(message.Substring("The JSON value could not be converted to ".Length).TrimEnd('.'), path, types))}."
            : message.StartsWith("'", StringComparison.Ordinal) || message.StartsWith("Expected", StringComparison.Ordinal) ? Describe(message, what)
            : message;
    }

    /// <summary>The text after <paramref name="opening"/> in <paramref name="message"/>, up to the next quotation mark.</summary>
    private static string Between(string message, string opening)
    {
        var start = message.IndexOf(opening, StringComparison.Ordinal) + opening.Length;
        return message.Substring(start, message.IndexOf('\'', start) - start);
    }

    /// <summary>A report type's name as words: <c>GovDisclosure.Policy.Reporting.DeadlineReport</c> is "deadline report".</summary>
    private static string Noun(string type)
    {
        var name = type.Substring(type.LastIndexOf('.') + 1);
        return string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }

    /// <summary>The type of the property <paramref name="path"/> ends with, on the report type the serializer names (it names the object, not
    /// the property); null when either is not found.</summary>
    private static Type? PropertyType(string typeName, string? path, IEnumerable<Type> types)
    {
        var name = path?.Substring(path.LastIndexOf('.') + 1);
        var property = types.FirstOrDefault(type => type.FullName == typeName)?.GetProperties()
            .FirstOrDefault(candidate => string.Equals(candidate.Name, name, StringComparison.OrdinalIgnoreCase));
        return property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
    }

    /// <summary>What a value of <paramref name="type"/> is, as a problem names the value it expected.</summary>
    private static string Kind(Type? type) =>
        type == typeof(int) ? "a whole number"
        : type == typeof(double) || type == typeof(decimal) ? "a number"
        : type == typeof(bool) ? "true or false"
        : type == typeof(string) ? "a string"
        : type == typeof(LocalDate) ? "an ISO date such as \"2025-03-31\""
        : "what the property holds";

    /// <summary>The character the reader names at the start of its message (<c>'x'</c>, <c>'0xEF'</c>), or "a character".</summary>
    private static string Found(string message)
    {
        var end = message.Length > 1 && message[0] == '\'' ? message.IndexOf("' ", 1, StringComparison.Ordinal) : -1;
        return end > 0 ? message[..(end + 1)] : "a character";
    }

    /// <summary>
    /// A broken literal as far as its first wrong character (<c>'tru}'</c>, <c>'te'</c>): the reader quotes whatever its buffer holds after
    /// it, which depends on how the stream delivered the file, and the same file must give the same problem.
    /// </summary>
    private static string Literal(string found)
    {
        if (found.Length < 3 || found[0] != '\'')
        {
            return found;
        }

        var text = found.Substring(1, found.Length - 2);
        var word = text[0] == 't' ? "true" : text[0] == 'f' ? "false" : "null";
        var same = 0;
        while (same < text.Length && same < word.Length && text[same] == word[same])
        {
            same++;
        }

        return $"'{text.Substring(0, Math.Min(text.Length, same + 1))}'";
    }

    /// <summary>Whether the reader's <paramref name="message"/> names a byte above 0x7F outside a string: not ASCII, so not JSON's.</summary>
    internal static bool NamesByteOutsideAscii(string message) =>
        Found(message) is var found && found.StartsWith("'0x", StringComparison.Ordinal) && found.Length == 6 &&
        !message.Contains("within a JSON string", StringComparison.Ordinal) &&
        byte.TryParse(found.Substring(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b) && b >= 0x80;
}
