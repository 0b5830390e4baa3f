using System.Globalization;

namespace GovDisclosure.Policy.Data;

/// <summary>
/// The values of the current row of one table's query, read strictly: a value of the wrong type, a text that is not a date or a code, an
/// empty required column is a problem named by the table, the row's key and the column (D48), and the row is marked not valid.
/// </summary>
internal sealed class RowReader
{
    private readonly DbDataReader reader;
    private readonly string table;
    private readonly string[] columns;
    private readonly TableProblems problems;
    private readonly int offset;   // of this table's first column in the query's row
    private int keyOrdinal = -1;
    private string? keyValue;
    private int positionColumn;

    internal RowReader(DbDataReader reader, string table, string[] columns, TableProblems problems, int offset = 0)
    {
        this.offset = offset;
        this.reader = reader;
        this.table = table;
        this.columns = columns;
        this.problems = problems;
    }

    /// <summary>Whether the row has read without a problem since the row began.</summary>
    internal bool Valid { get; private set; }

    /// <summary>Starts a row keyed by column <paramref name="ordinal"/>'s <paramref name="value"/> (read by the caller) and, for a row of a list
    /// (a publication, an event, a body's catalog), by the position in column <paramref name="positionOrdinal"/>, as it is.</summary>
    internal void Begin(int ordinal, string? value, int positionOrdinal = -1)
    {
        (keyOrdinal, keyValue, positionColumn, Valid) = (ordinal, value, positionOrdinal, true);
    }

    /// <summary>Starts a row keyed by column <paramref name="ordinal"/> and the position in column <paramref name="positionOrdinal"/>, their
    /// values as they are, for problems to name; checked when read.</summary>
    internal void Begin(int ordinal, int positionOrdinal = -1) =>
        Begin(ordinal, reader.IsDBNull(offset + ordinal) ? null : Convert.ToString(reader.GetValue(offset + ordinal), CultureInfo.InvariantCulture), positionOrdinal);

    /// <summary>The id in column <paramref name="ordinal"/>: text, or a whole number (a host's integer key) as its digits; null when NULL or
    /// neither (a problem when <paramref name="required"/>).</summary>
    internal string? Id(int ordinal, bool required) =>
        reader.IsDBNull(offset + ordinal) ? Missing<string>(ordinal, required)
        : reader.GetFieldType(offset + ordinal) is var type && type == typeof(string) ? NotBlank(ordinal, reader.GetString(offset + ordinal), required)
        : Integral(ordinal, type) is { } number ? number.ToString(CultureInfo.InvariantCulture)
        : WrongType<string>(ordinal, "text or a whole number");

    /// <summary>The host's name of column <paramref name="ordinal"/>.</summary>
    internal string Column(int ordinal) => columns[ordinal];

    /// <summary>The row's key as a problem names it: <c>id 'mzj-IM3-1'</c>, <c>record_id 'x', position 2</c>.</summary>
    internal string? Key =>
        keyOrdinal < 0 ? null
        : (keyValue is null ? $"{columns[keyOrdinal]} empty" : $"{columns[keyOrdinal]} '{Quote(keyValue)}'")
          + (Position is { } at ? $", {columns[positionColumn]} {at.ToString(CultureInfo.InvariantCulture)}" : "");

    /// <summary>The row's position in its list, as it is; read only when a problem names the row, while the reader is still on it.</summary>
    private long? Position =>
        positionColumn >= 0 && !reader.IsDBNull(offset + positionColumn) ? Integral(positionColumn, reader.GetFieldType(offset + positionColumn)) : null;


    /// <summary>Reports a problem of the row, at column <paramref name="ordinal"/> (or of the whole row when null), and marks the row not valid.</summary>
    internal void Problem(int? ordinal, string message)
    {
        problems.Add(new TableProblem(table, Key, ordinal is { } i ? columns[i] : null, message));
        Valid = false;
    }

    internal bool IsNull(int ordinal) => reader.IsDBNull(offset + ordinal);

    /// <summary>The text of column <paramref name="ordinal"/>; null when it is NULL (a problem when <paramref name="required"/>) or not text.</summary>
    internal string? Text(int ordinal, bool required) =>
        reader.IsDBNull(offset + ordinal) ? Missing<string>(ordinal, required)
        : reader.GetFieldType(offset + ordinal) == typeof(string) ? NotBlank(ordinal, reader.GetString(offset + ordinal), required)
        : WrongType<string>(ordinal, "text");

    private string NotBlank(int ordinal, string text, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Problem(ordinal, "is blank; the column needs a value.");
        }

        return text;
    }

    /// <summary>The date in column <paramref name="ordinal"/>: a date value, or ISO text <c>yyyy-MM-dd</c>; null when NULL or not a date.</summary>
    internal LocalDate? Date(int ordinal, bool required)
    {
        if (reader.IsDBNull(offset + ordinal))
        {
            return Missing<LocalDate?>(ordinal, required);
        }

        var type = reader.GetFieldType(offset + ordinal);
        if (type == typeof(string))
        {
            var text = reader.GetString(offset + ordinal);
            if (IsoDates.TryParse(text.AsSpan(), out var date))
            {
                return date;
            }

            Problem(ordinal, $"holds '{Quote(text)}', which is not a date; expected yyyy-MM-dd (ISO 8601), as 2025-03-31.");
            return null;
        }

        if (type == typeof(DateTime))
        {
            var value = reader.GetDateTime(offset + ordinal);
            if (value.TimeOfDay == TimeSpan.Zero)
            {
                return LocalDate.FromDateTime(value);
            }

            Problem(ordinal, $"holds {value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}, a time of day; expected a date.");
            return null;
        }

        // A provider's DateOnly (System.DateOnly: .NET 6 and later, unknown to the netstandard2.0 build), read through its ISO form.
        if (type.FullName == "System.DateOnly" && reader.GetValue(offset + ordinal) is IFormattable day
            && IsoDates.TryParse(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).AsSpan(), out var dateOnly))
        {
            return dateOnly;
        }

        return WrongType<LocalDate?>(ordinal, "a date");
    }

    /// <summary>The flag in column <paramref name="ordinal"/>: a boolean, or an integer 0 or 1; false when NULL.</summary>
    internal bool Flag(int ordinal) => OptionalFlag(ordinal) ?? false;

    /// <summary>The flag in column <paramref name="ordinal"/>, or null when NULL or not a flag.</summary>
    internal bool? OptionalFlag(int ordinal)
    {
        if (reader.IsDBNull(offset + ordinal))
        {
            return null;
        }

        var type = reader.GetFieldType(offset + ordinal);
        if (type == typeof(bool))
        {
            return reader.GetBoolean(offset + ordinal);
        }

        return Integral(ordinal, type) switch
        {
            0 => false,
            1 => true,
            { } other => Wrong<bool?>(ordinal, $"holds {other.ToString(CultureInfo.InvariantCulture)}; expected a flag (true or false, 1 or 0)."),
            null => WrongType<bool?>(ordinal, "a flag (true or false, 1 or 0)"),
        };
    }

    /// <summary>The whole number in column <paramref name="ordinal"/>, between <paramref name="min"/> and <paramref name="max"/>; null when NULL
    /// or not such a number.</summary>
    internal int? Integer(int ordinal, bool required, int min, int max)
    {
        if (reader.IsDBNull(offset + ordinal))
        {
            return Missing<int?>(ordinal, required);
        }

        return Integral(ordinal, reader.GetFieldType(offset + ordinal)) switch
        {
            { } value when value >= min && value <= max => (int)value,
            { } value => Wrong<int?>(ordinal, $"holds {value.ToString(CultureInfo.InvariantCulture)}; expected a whole number from {min} to {max}."),
            null => WrongType<int?>(ordinal, "a whole number"),
        };
    }

    /// <summary>The member of <typeparamref name="T"/> whose code is in column <paramref name="ordinal"/>; null when NULL or not a code.</summary>
    internal T? Code<T>(int ordinal, bool required, string what)
        where T : PolicyEnum<T>
    {
        var code = Text(ordinal, required);
        if (code is null || required && string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        return PolicyEnum<T>.TryParse(code, out var member) ? member
            : Wrong<T>(ordinal, $"holds '{Quote(code)}', which is not {what} code; expected one of {string.Join(", ", PolicyEnum<T>.InOrder.Select(m => m.Name))}.");
    }

    /// <summary>
    /// Reads the codes of column <paramref name="ordinal"/> — <c>GovernmentPortal,DisclosureColumn</c>; empty text for none — into
    /// <paramref name="into"/>, without allocating; their number, or -1 when one is not a code of <typeparamref name="T"/> (a problem).
    /// </summary>
    internal int Codes<T>(int ordinal, T[] into, string what)
        where T : PolicyEnum<T>
    {
        if (Text(ordinal, required: false) is not { } text)
        {
            return 0;
        }

        var rest = text.AsSpan();
        if (rest.Trim().IsEmpty)
        {
            return 0;   // blank: no codes
        }

        for (var count = 0; ; count++)
        {
            var comma = rest.IndexOf(',');
            var code = (comma < 0 ? rest : rest.Slice(0, comma)).Trim();
            if (count == into.Length)
            {
                Problem(ordinal, $"holds more than {into.Length} codes; {what} list names each at most once.");
                return -1;
            }

            if (Find(code, PolicyEnum<T>.InOrder) is not { } member)
            {
                Problem(ordinal, $"holds '{Quote(text)}', and '{Quote(code.ToString())}' is not {what} code; expected codes separated by commas, each one of " +
                    $"{string.Join(", ", PolicyEnum<T>.InOrder.Select(m => m.Name))}.");
                return -1;
            }

            into[count] = member;
            if (comma < 0)
            {
                return count + 1;
            }

            rest = rest.Slice(comma + 1);
        }
    }

    private static T? Find<T>(ReadOnlySpan<char> code, IReadOnlyList<T> members)
        where T : PolicyEnum<T>
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (code.SequenceEqual(members[i].Name.AsSpan()))
            {
                return members[i];
            }
        }

        return null;
    }

    /// <summary>An integer value of any integral type, or null when the column holds something else.</summary>
    private long? Integral(int ordinal, Type type) =>
        type == typeof(long) ? reader.GetInt64(offset + ordinal)
            : type == typeof(int) ? reader.GetInt32(offset + ordinal)
            : type == typeof(short) ? reader.GetInt16(offset + ordinal)
            : type == typeof(byte) ? reader.GetByte(offset + ordinal)
            : type == typeof(decimal) && reader.GetDecimal(offset + ordinal) is var d && d == decimal.Truncate(d) && d is >= long.MinValue and <= long.MaxValue ? (long)d
            : null;

    /// <summary>Nothing, for a NULL; a problem too when the column is <paramref name="required"/>.</summary>
    private T? Missing<T>(int ordinal, bool required)
    {
        if (required)
        {
            Problem(ordinal, "is empty (NULL); the column needs a value.");
        }

        return default;
    }

    private T? WrongType<T>(int ordinal, string expected) =>
        Wrong<T>(ordinal, $"holds a value of type {reader.GetFieldType(offset + ordinal).Name} ({reader.GetDataTypeName(offset + ordinal)}); expected {expected}.");

    private T? Wrong<T>(int ordinal, string message)
    {
        Problem(ordinal, message);
        return default;
    }

    /// <summary>A value as a problem quotes it: at most 80 characters.</summary>
    internal static string Quote(string text) => text.Length <= 80 ? text : text.Substring(0, 80) + $"… ({text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters)";
}
