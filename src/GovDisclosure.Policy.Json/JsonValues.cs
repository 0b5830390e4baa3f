using System.Text;
using System.Text.Json;

namespace GovDisclosure.Policy.Json;

/// <summary>Typed values read from the reader's current token, each reporting a problem (with what was found) instead of guessing.</summary>
internal static class JsonValues
{
    internal static bool IsNull(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null;

    /// <summary>A non-empty string.</summary>
    internal static string? String(JsonInput input, ref Utf8JsonReader reader, in JsonPath path, string name)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = input.Text(ref reader, path, name);
            if (text is null)
            {
                return null;
            }

            if (!string.IsNullOrWhiteSpace(text))
            {
                return text;
            }
        }

        Refuse(input, ref reader, name.Length == 0 ? path.ToString() : path.Of(name), $"expected a non-empty string; found {Describe(ref reader)}.");
        return null;
    }

    /// <summary>A string that may be empty: a text section a body may leave blank, as its writer writes it.</summary>
    internal static string? Text(JsonInput input, ref Utf8JsonReader reader, in JsonPath path, string name)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return input.Text(ref reader, path, name);
        }

        Refuse(input, ref reader, path.Of(name), $"expected a string (it may be empty); found {Describe(ref reader)}.");
        return null;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    internal static int? Int(JsonInput input, ref Utf8JsonReader reader, in JsonPath path, string name, int min, int max)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) && number >= min && number <= max)
        {
            return number;
        }

        Refuse(input, ref reader, path.Of(name), $"expected a whole number from {min} to {max}; found {Describe(ref reader)}.");
        return null;
    }

    /// <summary>A decimal number.</summary>
    internal static decimal? Decimal(JsonInput input, ref Utf8JsonReader reader, in JsonPath path, string name)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
        {
            return number;
        }

        Refuse(input, ref reader, path.Of(name), $"expected a number; found {Describe(ref reader)}.");
        return null;
    }

    /// <summary>true or false.</summary>
    internal static bool? Bool(JsonInput input, ref Utf8JsonReader reader, in JsonPath path, string name)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                Refuse(input, ref reader, path.Of(name), $"expected true or false; found {Describe(ref reader)}.");
                return null;
        }
    }

    /// <summary>An ISO date, <c>yyyy-MM-dd</c>, read from the bytes (no string is made): a day that does not exist is a problem.</summary>
    internal static LocalDate? Date(JsonInput input, ref Utf8JsonReader reader, in JsonPath path, string name)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && TryParseDate(reader.ValueSpan, out var date))
        {
            return date;
        }

        Refuse(input, ref reader, name.Length == 0 ? path.ToString() : path.Of(name),
            $"expected an ISO date such as \"2025-03-31\" (a day that exists, years 0001–9999); found {Describe(ref reader)}.");
        return null;
    }

    /// <summary>A code of a closed set (<c>"IM1"</c>, <c>"School"</c>), matched on its bytes.</summary>
    internal static T? Code<T>(JsonInput input, ref Utf8JsonReader reader, CodeTable<T> codes, in JsonPath path, string name)
        where T : PolicyEnum<T>
    {
        if (Known(ref reader, codes) is { } member)
        {
            return member;
        }

        if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped)
        {
            if (input.Text(ref reader, path, name) is not { } text)
            {
                input.Skip(ref reader);   // not text at all: said once, at the property
                return null;
            }

            if (PolicyEnum<T>.TryParse(text, out var escaped))
            {
                return escaped;
            }
        }

        Refuse(input, ref reader, name.Length == 0 ? path.ToString() : path.Of(name),
            $"{Describe(ref reader)} is not a {typeof(T).Name} code; valid codes: {string.Join(", ", PolicyEnum<T>.InOrder.Select(m => m.Name))}.");
        return null;
    }

    /// <summary>The code at the reader when it is one of <paramref name="codes"/>, written plainly; else null, for <see cref="Code"/> to read or report.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static T? Known<T>(ref Utf8JsonReader reader, CodeTable<T> codes)
        where T : PolicyEnum<T> =>
        reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped ? codes.Match(reader.ValueSpan) : null;

    /// <summary>Reads one element of an array at <paramref name="path"/>; null, with a problem reported, when it is not what was expected.</summary>
    internal delegate T? ElementReader<T>(JsonInput input, ref Utf8JsonReader reader, in JsonPath path)
        where T : class;

    internal static List<string>? Strings(JsonInput input, ref Utf8JsonReader reader, in JsonPath path, string name) =>
        Elements(input, ref reader, path, name, static (JsonInput i, ref Utf8JsonReader r, in JsonPath p) => String(i, ref r, p, ""));

    internal static List<T>? Codes<T>(JsonInput input, ref Utf8JsonReader reader, CodeTable<T> codes, in JsonPath path, string name)
        where T : PolicyEnum<T> =>
        Elements(input, ref reader, path, name, (JsonInput i, ref Utf8JsonReader r, in JsonPath p) => Code(i, ref r, codes, p, ""));

    /// <summary>The elements of the array property <paramref name="name"/>, or null when it is not an array or an element is refused.</summary>
    internal static List<T>? Elements<T>(JsonInput input, ref Utf8JsonReader reader, in JsonPath path, string name, ElementReader<T> read)
        where T : class
    {
        if (!JsonValues.IsArray(input, ref reader, path, name))
        {
            return null;
        }

        var values = new List<T>();
        var complete = true;
        for (var i = 0; input.NextElement(ref reader); i++)
        {
            if (read(input, ref reader, path.Element(name, i)) is { } value)
            {
                values.Add(value);
            }
            else
            {
                complete = false;
            }
        }

        return complete ? values : null;
    }

    /// <summary>Whether the reader is on the start of an array; reports what it found instead.</summary>
    internal static bool IsArray(JsonInput input, ref Utf8JsonReader reader, in JsonPath path, string name)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return true;
        }

        Refuse(input, ref reader, path.Of(name), $"expected an array; found {Describe(ref reader)}.");
        return false;
    }

    /// <summary>Whether the reader is on the start of an object; reports what it found, and skips it, instead.</summary>
    internal static bool IsObject(JsonInput input, ref Utf8JsonReader reader, in JsonPath path, string what)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        Refuse(input, ref reader, path.ToString(), $"expected {what} (an object); found {Describe(ref reader)}.");
        return false;
    }

    internal static bool TryParseDate(ReadOnlySpan<byte> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        int Digits(ReadOnlySpan<byte> digits)
        {
            var value = 0;
            foreach (var digit in digits)
            {
                if (digit < '0' || digit > '9')
                {
                    return -1;
                }

                value = (value * 10) + (digit - '0');
            }

            return value;
        }

        var (year, month, day) = (Digits(text[..4]), Digits(text.Slice(5, 2)), Digits(text.Slice(8, 2)));
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>
    /// Reports that the value at the reader is not what was expected, and skips it whole — an array or an object where a date was
    /// expected, say — so that the next property is read where it stands.
    /// </summary>
    internal static void Refuse(JsonInput input, ref Utf8JsonReader reader, string path, string message)
    {
        input.Problem(ref reader, path, message);
        input.Skip(ref reader);
    }

    /// <summary>What the reader's token is, for a message: a string quoted, a number as written, or its kind.</summary>
    internal static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => Quote(ref reader),
        JsonTokenType.Number => $"the number {Encoding.UTF8.GetString(reader.ValueSpan)}",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => reader.TokenType.ToString(),
    };

    private static string Quote(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped && !System.Text.Unicode.Utf8.IsValid(reader.ValueSpan))
        {
            return $"bytes that are not text: {JsonInput.NotUtf8}";
        }

        string text;
        try
        {
            text = reader.ValueIsEscaped ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan);
        }
        catch (InvalidOperationException)
        {
            return "a string that is not valid text";
        }

        return JsonSerializer.Serialize(text.Length > 60 ? text[..60] + "…" : text, QuoteOptions);
    }

    /// <summary>Quotes text as JSON writes a string, its Chinese as it is: a problem quotes what the office wrote, not <c>\u6821</c>.</summary>
    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
