using System.Numerics;
using System.Text;
using System.Text.Json;
using GovDisclosure.Policy.Calendar;

namespace GovDisclosure.Policy.Json;

/// <summary>
/// Where a value stands, as a JSON path (<c>$.records[3].publications[0].date</c>), kept as parts and written out
/// only when a problem needs it: reading a million records builds no path strings.
/// </summary>
internal readonly struct JsonPath
{
    private readonly string? name0;
    private readonly int index0;
    private readonly string? name1;
    private readonly int index1;
    private readonly string? name2;
    private readonly int index2;

    private JsonPath(string? name0, int index0, string? name1, int index1, string? name2, int index2)
    {
        (this.name0, this.index0, this.name1, this.index1, this.name2, this.index2) = (name0, index0, name1, index1, name2, index2);
    }

    internal static JsonPath Root => default;

    /// <summary>The element <paramref name="i"/> of the array property <paramref name="array"/> under this path.</summary>
    internal JsonPath Element(string array, int i) =>
        name0 is null ? new(array, i, null, -1, null, -1)
        : name1 is null ? new(name0, index0, array, i, null, -1)
        : new(name0, index0, name1, index1, array, i);

    /// <summary>The object property <paramref name="name"/> under this path.</summary>
    internal JsonPath Property(string name) => Element(name, -1);

    /// <summary>The property <paramref name="name"/> under this path, written out.</summary>
    internal string Of(string name) => $"{this}.{name}";

    public override string ToString()
    {
        var text = new StringBuilder("$");
        Append(text, name0, index0);
        Append(text, name1, index1);
        Append(text, name2, index2);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string? name, int index)
    {
        if (name is not null)
        {
            text.Append('.').Append(name);
            if (index >= 0)
            {
                text.Append('[').Append(index).Append(']');
            }
        }
    }
}

/// <summary>
/// The properties one kind of object may have, matched on their UTF-8 bytes. An unknown property is a problem that
/// names the closest known one; a repeated one is a problem too (JSON leaves duplicates undefined, and "first wins"
/// or "last wins" would each lose data silently).
/// </summary>
internal sealed class JsonFields
{
    private readonly string[] names;
    private readonly Utf8Lookup lookup;
    private readonly string what;

    internal JsonFields(string what, params string[] names)
    {
        // The low 32 bits of a reader's "seen" mark the properties read; the high 32 those a misspelt name stood for.
        System.Diagnostics.Debug.Assert(names.Length <= 32, "an object of at most 32 properties");
        this.what = what;
        this.names = names;
        lookup = new Utf8Lookup(names);
    }

    /// <summary>What <see cref="Next"/> returns at the end of the object.</summary>
    internal const int End = -2;

    /// <summary>
    /// Reads the next property of an object: its index, with the reader on its value; -1 for an unknown or repeated property,
    /// reported and skipped; <see cref="End"/> at the end of the object.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal int Next(JsonInput input, ref Utf8JsonReader reader, ref ulong seen, in JsonPath path)
    {
        JsonInput.Next(ref reader);
        return reader.TokenType == JsonTokenType.EndObject ? End : Match(input, ref reader, ref seen, path);
    }

    /// <summary>
    /// With the reader on a property name: the index of the property, with the reader moved to its value; or -1 when the
    /// property is unknown or repeated, reported and skipped.
    /// </summary>
    internal int Match(JsonInput input, ref Utf8JsonReader reader, ref ulong seen, in JsonPath path)
    {
        var field = -1;
        if (!reader.ValueIsEscaped)
        {
            // Files usually give the properties in the documented order: the one after the last seen is tried first.
            var next = 64 - BitOperations.LeadingZeroCount(seen & 0xFFFF_FFFFUL);   // the low half: the properties read
            field = next < names.Length && reader.ValueSpan.SequenceEqual(lookup.Key(next)) ? next : lookup.IndexOf(reader.ValueSpan);
        }
        else
        {
            for (var i = 0; i < names.Length && field < 0; i++)
            {
                field = reader.ValueTextEquals(lookup.Key(i)) ? i : -1;
            }
        }

        if (field < 0)
        {
            var name = input.Text(ref reader, path);
            if (name is not null)
            {
                input.Problem(ref reader, path.Of(Preconditions.Cut(name)), Unknown(name));
                if (Closest(name) is var meant and >= 0)
                {
                    seen |= 1UL << (32 + meant);   // one mistake: the property it stood for is not reported missing too
                }
            }
        }
        else if ((seen & (1UL << field)) != 0)
        {
            input.Problem(ref reader, path.Of(names[field]), $"the property \"{names[field]}\" appears twice in one {what}; give it once.");
            field = -1;
        }
        else
        {
            seen |= 1UL << field;
        }

        JsonInput.Next(ref reader);
        if (field < 0)
        {
            JsonInput.Skip(ref reader);
        }

        return field;
    }

    /// <summary>Reports every required property <paramref name="seen"/> lacks, at the object's start.</summary>
    internal void RequireAll(JsonInput input, long objectOffset, ulong seen, ulong required, in JsonPath path)
    {
        var missing = required & ~seen & ~(seen >> 32);
        for (var i = 0; missing != 0; i++, missing >>= 1)
        {
            if ((missing & 1) != 0)
            {
                input.Problem(objectOffset, path.Of(names[i]), $"the required property \"{names[i]}\" of {Preconditions.WithArticle(what)} is missing.");
            }
        }
    }

    /// <summary>Whether any of <paramref name="bits"/> was given, or stood for by a misspelt name (reported already).</summary>
    internal static bool Given(ulong seen, ulong bits) => ((seen | (seen >> 32)) & bits) != 0;

    /// <summary>The bit of the properties <paramref name="required"/>, for <see cref="RequireAll"/>.</summary>
    internal ulong Bits(params string[] required)
    {
        var bits = 0UL;
        foreach (var name in required)
        {
            bits |= 1UL << Array.IndexOf(names, name);
        }

        return bits;
    }

    /// <summary>The name of property <paramref name="field"/>.</summary>
    internal string Name(int field) => names[field];

    /// <summary>How many properties the object has.</summary>
    internal int Count => names.Length;

    /// <summary>What kind of object it is, as problems name it.</summary>
    internal string What => what;

    /// <summary>The index of the property <paramref name="name"/>, or -1.</summary>
    internal int IndexOf(string name) => Array.IndexOf(names, name);

    /// <summary>The problem of an unknown property: its name, the closest known one, and all known ones.</summary>
    internal string Unknown(string name)
    {
        var closest = Closest(name);
        return $"{Preconditions.WithArticle(what)} has no property \"{Preconditions.Cut(name)}\"" + (closest < 0 ? "" : $"; did you mean \"{names[closest]}\"?") +
               $" Known properties: {string.Join(", ", names)}.";
    }

    /// <summary>The index of the known property closest to <paramref name="name"/>, when one is close enough to be what was meant; else -1.</summary>
    internal int Closest(string name)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < names.Length; i++)
        {
            if (Math.Abs(name.Length - names[i].Length) > Math.Max(2, names[i].Length / 3))
            {
                continue;   // too far apart in length to be a misspelling; and a huge name is not compared letter by letter
            }

            var distance = Distance(name, names[i]);
            if (distance <= Math.Max(2, names[i].Length / 3) && distance < bestDistance)
            {
                (best, bestDistance) = (i, distance);
            }
        }

        return best;
    }

    /// <summary>The edit distance between two names, case-insensitively (a misspelling or a wrong case both count).</summary>
    private static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

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

        input.Problem(ref reader, name.Length == 0 ? path.ToString() : path.Of(name), $"expected a non-empty string; found {Describe(ref reader)}.");
        return null;
    }

    /// <summary>A string that may be empty: a text section a body may leave blank, as its writer writes it.</summary>
    internal static string? Text(JsonInput input, ref Utf8JsonReader reader, in JsonPath path, string name)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return input.Text(ref reader, path, name);
        }

        input.Problem(ref reader, path.Of(name), $"expected a string (it may be empty); found {Describe(ref reader)}.");
        return null;
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>.</summary>
    internal static int? Int(JsonInput input, ref Utf8JsonReader reader, in JsonPath path, string name, int min, int max)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var number) && number >= min && number <= max)
        {
            return number;
        }

        input.Problem(ref reader, path.Of(name), $"expected a whole number from {min} to {max}; found {Describe(ref reader)}.");
        return null;
    }

    /// <summary>A decimal number.</summary>
    internal static decimal? Decimal(JsonInput input, ref Utf8JsonReader reader, in JsonPath path, string name)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var number))
        {
            return number;
        }

        input.Problem(ref reader, path.Of(name), $"expected a number; found {Describe(ref reader)}.");
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
                input.Problem(ref reader, path.Of(name), $"expected true or false; found {Describe(ref reader)}.");
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

        input.Problem(ref reader, name.Length == 0 ? path.ToString() : path.Of(name),
            $"expected an ISO date such as \"2025-03-31\" (a day that exists, years 0001–9999); found {Describe(ref reader)}.");
        return null;
    }

    /// <summary>A code of a closed set (<c>"IM1"</c>, <c>"School"</c>), matched on its bytes.</summary>
    internal static T? Code<T>(JsonInput input, ref Utf8JsonReader reader, CodeTable<T> codes, in JsonPath path, string name)
        where T : PolicyEnum<T>
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (!reader.ValueIsEscaped && codes.Match(reader.ValueSpan) is { } member)
            {
                return member;
            }

            if (reader.ValueIsEscaped && input.Text(ref reader, path) is { } text && PolicyEnum<T>.TryParse(text, out var escaped))
            {
                return escaped;
            }
        }

        input.Problem(ref reader, name.Length == 0 ? path.ToString() : path.Of(name),
            $"{Describe(ref reader)} is not a {typeof(T).Name} code; valid codes: {string.Join(", ", PolicyEnum<T>.InOrder.Select(m => m.Name))}.");
        return null;
    }

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
        for (var i = 0; JsonInput.NextElement(ref reader); i++)
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

        input.Problem(ref reader, path.Of(name), $"expected an array; found {Describe(ref reader)}.");
        JsonInput.Skip(ref reader);
        return false;
    }

    /// <summary>Whether the reader is on the start of an object; reports what it found, and skips it, instead.</summary>
    internal static bool IsObject(JsonInput input, ref Utf8JsonReader reader, in JsonPath path, string what)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        input.Problem(ref reader, path.ToString(), $"expected {what} (an object); found {Describe(ref reader)}.");
        JsonInput.Skip(ref reader);
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

        return JsonSerializer.Serialize(text.Length > 60 ? text[..60] + "…" : text);
    }
}

/// <summary>The codes of one closed set as UTF-8, matched without making strings. One instance per closed set, held where it is used.</summary>
internal sealed class CodeTable<T>
    where T : PolicyEnum<T>
{
    private readonly T[] members = [.. PolicyEnum<T>.InOrder];
    private readonly Utf8Lookup lookup = new([.. PolicyEnum<T>.InOrder.Select(member => member.Name)]);

    internal T? Match(ReadOnlySpan<byte> code) => lookup.IndexOf(code) is var i and >= 0 ? members[i] : null;
}
