using System.Text.Json;
using GovDisclosure.Policy.Calendar;
using static GovDisclosure.Policy.Json.FieldNames;

namespace GovDisclosure.Policy.Json;

/// <summary>
/// State Council holiday notices in the holiday-cn JSON format (D1):
/// <c>{ "year": 2027, "papers": ["https://…"], "days": [{ "name": "元旦", "date": "2027-01-01", "isOffDay": true }, …] }</c>.
/// Read as strictly as registers and profiles: every problem comes with its JSON path, line and column, and an unknown
/// property is an error naming the closest known one. <c>$schema</c> and <c>$id</c>, which holiday-cn's files carry, are allowed.
/// </summary>
public static class HolidayNoticeJson
{
    private static readonly JsonFields NoticeFields = JsonFields.Of<NoticeField>("holiday notice");
    private static readonly JsonFields DayFields = JsonFields.Of<DayField>("listed day");

    /// <summary>Reads one notice.</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON (a byte-order mark is skipped); read to its end, not closed.</param>
    /// <returns>The notice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyJsonException">The JSON is malformed or does not describe a valid notice; every problem found
    /// is listed with its path (for example <c>$.days[3].date</c>), line and column.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static HolidayNotice Read(Stream utf8Json) =>
        PolicyJson.Synchronously(PolicyJson.ReadWholeAsync(utf8Json, "a holiday notice", Parse, sync: true, default));

    /// <summary>Reads one notice as <see cref="Read"/> does, reading the stream asynchronously.</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON; read to its end, not closed.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyJsonException">The JSON does not describe a valid notice.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static Task<HolidayNotice> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        PolicyJson.ReadWholeAsync(utf8Json, "a holiday notice", Parse, sync: false, cancellationToken).AsTask();

    /// <summary>Writes a notice in the holiday-cn form <see cref="Read"/> reads: its year, its papers and its days, amendments laid in; reading it
    /// back gives a notice of the same year, days and papers.</summary>
    /// <param name="notice">The notice.</param>
    /// <param name="utf8Json">A writable stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text it holds has a lone surrogate, which JSON in UTF-8 cannot carry (it would read back as U+FFFD).</exception>
    public static void Write(HolidayNotice notice, Stream utf8Json)
    {
        Preconditions.CheckNotNull(notice);
        using var writer = PolicyJson.Writer(utf8Json);
        writer.WriteStartObject();
        writer.WriteNumber(Name(NoticeField.Year), notice.Year);
        WritePapersAndDays(writer, notice.Papers, notice.Days);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>papers</c> and <c>days</c>, as both notice forms hold them.</summary>
    internal static void WritePapersAndDays(Utf8JsonWriter writer, IEnumerable<string> papers, IEnumerable<NoticeDay> days)
    {
        PolicyJson.WriteStrings(writer, Name(NoticeField.Papers), papers);
        writer.WriteStartArray(Name(NoticeField.Days));
        foreach (var day in days)
        {
            writer.WriteStartObject();
            writer.WriteText(Name(DayField.Name), day.Name);
            writer.WriteText(Name(DayField.Date), day.Date.ToIso());
            writer.WriteBoolean(Name(DayField.IsOffDay), day.IsOffDay);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static HolidayNotice? Parse(JsonInput input, ref Utf8JsonReader reader)
    {
        var root = JsonPath.Root;
        input.Next(ref reader);
        if (!JsonValues.IsObject(input, ref reader, root, "a holiday notice"))
        {
            return null;
        }

        var rootOffset = input.OffsetOf(ref reader);
        int? year = null;
        var papers = new List<string>();
        var days = new List<NoticeDay>();
        long daysAt = rootOffset;
        var valid = true;
        var seen = 0UL;
        for (int field; (field = NoticeFields.Next(input, ref reader, ref seen, root)) != JsonFields.End;)
        {
            switch ((NoticeField)field)
            {
                case NoticeField.Schema or NoticeField.Id: input.Skip(ref reader); break;
                case NoticeField.Year: year = JsonValues.Int(input, ref reader, root, NoticeFields.Name(field), StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear); break;
                case NoticeField.Papers: valid &= ReadPapers(input, ref reader, papers); break;
                case NoticeField.Days:
                    daysAt = input.OffsetOf(ref reader);
                    valid &= ReadDays(input, ref reader, days);
                    break;
            }
        }

        NoticeFields.RequireAll(input, rootOffset, seen, NoticeFields.Bits(NoticeField.Year, NoticeField.Papers, NoticeField.Days), root);
        if (year is not { } noticeYear || !valid || (seen & NoticeFields.Bits(NoticeField.Papers, NoticeField.Days)) != NoticeFields.Bits(NoticeField.Papers, NoticeField.Days))
        {
            return null;
        }

        if (HolidayNotice.TryCreate(noticeYear, days, papers, out var notice, out var problems))
        {
            return notice;
        }

        foreach (var problem in problems)
        {
            input.Problem(daysAt, "$.days", problem);
        }

        return null;
    }

    /// <summary>Reads <c>$.papers</c>, an array of addresses; false when an element is not a string.</summary>
    internal static bool ReadPapers(JsonInput input, ref Utf8JsonReader reader, List<string> papers)
    {
        var name = NoticeFields.Name((int)NoticeField.Papers);
        if (!JsonValues.IsArray(input, ref reader, JsonPath.Root, name))
        {
            return false;
        }

        var valid = true;
        for (var i = 0; input.NextElement(ref reader); i++)
        {
            var at = JsonPath.Root.Element(name, i);
            if (reader.TokenType != JsonTokenType.String)
            {
                JsonValues.Refuse(input, ref reader, at.ToString(), $"expected the address of the notice (a string); found {JsonValues.Describe(ref reader)}.");
                valid = false;
            }
            else if (input.Text(ref reader, at) is { } paper)   // text that is not UTF-8 is its problem, reported once
            {
                papers.Add(paper);
            }
            else
            {
                valid = false;
            }
        }

        return valid;
    }

    /// <summary>Reads <c>$.days</c>, an array of listed days; false when one is not valid.</summary>
    internal static bool ReadDays(JsonInput input, ref Utf8JsonReader reader, List<NoticeDay> days)
    {
        if (!JsonValues.IsArray(input, ref reader, JsonPath.Root, "days"))
        {
            return false;
        }

        var valid = true;
        for (var i = 0; input.NextElement(ref reader); i++)
        {
            var path = JsonPath.Root.Element("days", i);
            if (!JsonValues.IsObject(input, ref reader, path, "a listed day with name, date and isOffDay"))
            {
                valid = false;
                continue;
            }

            var offset = input.OffsetOf(ref reader);
            string? name = null;
            LocalDate? date = null;
            bool? isOffDay = null;
            var seen = 0UL;
            for (int field; (field = DayFields.Next(input, ref reader, ref seen, path)) != JsonFields.End;)
            {
                switch ((DayField)field)
                {
                    case DayField.Name: name = JsonValues.String(input, ref reader, path, DayFields.Name(field)); break;
                    case DayField.Date: date = JsonValues.Date(input, ref reader, path, DayFields.Name(field)); break;
                    case DayField.IsOffDay: isOffDay = JsonValues.Bool(input, ref reader, path, DayFields.Name(field)); break;
                }
            }

            DayFields.RequireAll(input, offset, seen, DayFields.Bits(DayField.Name, DayField.Date, DayField.IsOffDay), path);
            if (name is not null && date is not null && isOffDay is not null)
            {
                days.Add(new NoticeDay(date.Value, isOffDay.Value, name));
            }
            else
            {
                valid = false;
            }
        }

        return valid;
    }

    /// <summary>
    /// <paramref name="calendar"/> with one more notice, read from the holiday-cn JSON format (see
    /// <see cref="ChinaWorkingDayCalendar.WithNotice(HolidayNotice)"/> for which notices can be added).
    /// </summary>
    /// <param name="calendar">The calendar to extend.</param>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON; read to its end, not closed.</param>
    /// <returns>A new calendar, or <paramref name="calendar"/> when it already holds the same notice.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyJsonException">The JSON is not a valid notice; every problem is listed with its path and line.</exception>
    /// <exception cref="CalendarDataException">The notice cannot be added: the calendar holds another for that year, or the year does not adjoin.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static ChinaWorkingDayCalendar WithNotice(this ChinaWorkingDayCalendar calendar, Stream utf8Json) =>
        Preconditions.CheckNotNull(calendar).WithNotice(Read(utf8Json));

    /// <summary>A holiday notice's properties, in holiday-cn's order.</summary>
    private enum NoticeField
    {
        [System.Text.Json.Serialization.JsonPropertyName("$schema")] Schema,
        [System.Text.Json.Serialization.JsonPropertyName("$id")] Id,
        Year,
        Papers,
        Days,
    }

    /// <summary>A listed day's properties.</summary>
    private enum DayField
    {
        Name,
        Date,
        IsOffDay,
    }
}
