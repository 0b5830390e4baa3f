using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace GovDisclosure.Policy.Json;

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

    /// <summary>
    /// The properties of <paramref name="what"/>, as <see cref="FieldNames{TField}"/> names them. A reader switches on the member
    /// <see cref="Next"/> gives, cast to <typeparamref name="TField"/>, so that no reordering can change what a case reads.
    /// </summary>
    internal static JsonFields Of<TField>(string what)
        where TField : struct, Enum =>
        new(what, FieldNames<TField>.Names);

    /// <summary>What <see cref="Next"/> returns at the end of the object.</summary>
    internal const int End = -2;

    /// <summary>
    /// Reads the next property of an object: its index, with the reader on its value; -1 for an unknown or repeated property,
    /// reported and skipped; <see cref="End"/> at the end of the object, or where the buffer ends (<see cref="JsonInput.Next"/>).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal int Next(JsonInput input, ref Utf8JsonReader reader, ref ulong seen, in JsonPath path) =>
        input.Next(ref reader) && reader.TokenType != JsonTokenType.EndObject ? Match(input, ref reader, ref seen, path) : End;

    /// <summary>
    /// With the reader on a property name: the index of the property, with the reader moved to its value; or -1 when the
    /// property is unknown or repeated, reported and skipped.
    /// </summary>
    internal int Match(JsonInput input, ref Utf8JsonReader reader, ref ulong seen, in JsonPath path)
    {
        var field = -1;
        string? name = null;
        var escaped = reader.ValueIsEscaped;
        if (!escaped)
        {
            // Files usually give the properties in the documented order: the one after the last seen is tried first.
            var next = 64 - BitOperations.LeadingZeroCount(seen & 0xFFFF_FFFFUL);   // the low half: the properties read
            field = lookup.IndexOf(reader.ValueSpan, likely: next);
        }
        else
        {
            // Unescaped once, by the input, which reports a name escaping a lone surrogate (comparing it would throw).
            name = input.Text(ref reader, path);
            field = name is null ? -1 : Array.IndexOf(names, name);
        }

        if (field < 0)
        {
            name = escaped ? name : input.Text(ref reader, path);
            if (name is not null)
            {
                input.Problem(ref reader, path.Of(Preconditions.Cut(name)), Unknown(name));
            }

            MarkMeant(name, ref seen);
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

        input.Next(ref reader);
        if (field < 0)
        {
            input.Skip(ref reader);
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

    /// <summary>
    /// One mistake, one problem: marks in the high half of <paramref name="seen"/> the property an unknown <paramref name="name"/> (reported)
    /// stood for, or every property when the name is not text (null), so that none of them is reported missing too.
    /// </summary>
    internal void MarkMeant(string? name, ref ulong seen)
    {
        if (name is null)
        {
            seen |= ((1UL << names.Length) - 1) << 32;
        }
        else if (Closest(name) is var meant and >= 0)
        {
            seen |= 1UL << (32 + meant);
        }
    }

    /// <summary>Whether any of <paramref name="bits"/> was given, or stood for by a misspelt name (reported already).</summary>
    internal static bool Given(ulong seen, ulong bits) => ((seen | (seen >> 32)) & bits) != 0;

    /// <summary>The bits of the properties <paramref name="fields"/>, for <see cref="RequireAll"/>.</summary>
    internal ulong Bits<TField>(params TField[] fields)
        where TField : struct, Enum
    {
        var bits = 0UL;
        foreach (var field in fields)
        {
            bits |= 1UL << Convert.ToInt32(field, CultureInfo.InvariantCulture);
        }

        return bits;
    }

    /// <summary>The name of property <paramref name="field"/>.</summary>
    internal string Name(int field) => names[field];

    /// <summary>The properties' names, in order.</summary>
    internal IReadOnlyList<string> Names => names;

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
        return $"{Preconditions.WithArticle(what)} has no property \"{Preconditions.Cut(name)}\"" + (closest < 0 ? "." : $"; did you mean \"{names[closest]}\"?") +
               $" Known properties: {string.Join(", ", names)}.";
    }

    /// <summary>The index of the known property closest to <paramref name="name"/>, when one is close enough to be what was meant; else -1.</summary>
    private int Closest(string name)
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
