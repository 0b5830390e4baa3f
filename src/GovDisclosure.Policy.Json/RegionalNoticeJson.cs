using System.Text.Json;
using GovDisclosure.Policy.Calendar;
using static GovDisclosure.Policy.Json.FieldNames;

namespace GovDisclosure.Policy.Json;

/// <summary>
/// Regional holiday notices (§11) in JSON, the holiday-cn form with the region added (<c>schemas/regional-notice.schema.json</c>):
/// <c>{ "region": "450000", "regionName": "广西壮族自治区", "year": 2023, "papers": [], "days": [{ "name": "壮族三月三", "date": "2023-04-21", "isOffDay": true }] }</c>.
/// Read as strictly as the national notices: every problem with its JSON path, line and column.
/// </summary>
public static class RegionalNoticeJson
{
    private static readonly JsonFields NoticeFields = JsonFields.Of<NoticeField>("regional notice");

    /// <summary>Reads one regional notice.</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON (a byte-order mark is skipped); read to its end, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyJsonException">The JSON is malformed or not a valid regional notice; every problem is listed with its path, line and column.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static RegionalNotice Read(Stream utf8Json) =>
        PolicyJson.Synchronously(PolicyJson.ReadWholeAsync(utf8Json, "a regional notice", Parse, sync: true, default));

    /// <summary>Reads one regional notice as <see cref="Read"/> does, reading the stream asynchronously.</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON; read to its end, not closed.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyJsonException">The JSON is not a valid regional notice.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static Task<RegionalNotice> ReadAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        PolicyJson.ReadWholeAsync(utf8Json, "a regional notice", Parse, sync: false, cancellationToken).AsTask();

    /// <summary><paramref name="calendar"/> with a regional notice read from JSON laid over it (see <see cref="ChinaWorkingDayCalendar.WithRegionalNotice"/>).</summary>
    /// <param name="calendar">The calendar.</param>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON; read to its end, not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PolicyJsonException">The JSON is not a valid regional notice.</exception>
    /// <exception cref="CalendarDataException">The notice cannot be laid over <paramref name="calendar"/>.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static ChinaWorkingDayCalendar WithRegionalNotice(this ChinaWorkingDayCalendar calendar, Stream utf8Json) =>
        Preconditions.CheckNotNull(calendar).WithRegionalNotice(Read(utf8Json));

    /// <summary>Writes a regional notice in the form <see cref="Read"/> reads; reading it back gives a notice of the same region, year, days and papers.</summary>
    /// <param name="notice">The notice.</param>
    /// <param name="utf8Json">A writable stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text it holds has a lone surrogate, which JSON in UTF-8 cannot carry (it would read back as U+FFFD).</exception>
    public static void Write(RegionalNotice notice, Stream utf8Json)
    {
        Preconditions.CheckNotNull(notice);
        using var writer = PolicyJson.Writer(utf8Json);
        writer.WriteStartObject();
        writer.WriteText(Name(NoticeField.Region), notice.Region.ToString());
        writer.WriteText(Name(NoticeField.RegionName), notice.RegionName);
        writer.WriteNumber(Name(NoticeField.Year), notice.Year);
        HolidayNoticeJson.WritePapersAndDays(writer, notice.Papers, notice.Days);
        writer.WriteEndObject();
    }

    private static RegionalNotice? Parse(JsonInput input, ref Utf8JsonReader reader)
    {
        var root = JsonPath.Root;
        input.Next(ref reader);
        if (!JsonValues.IsObject(input, ref reader, root, "a regional notice"))
        {
            return null;
        }

        var rootOffset = input.OffsetOf(ref reader);
        RegionCode? region = null;
        string? regionName = null;
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
                case NoticeField.Schema: JsonValues.String(input, ref reader, root, "$schema"); break;   // where the schema is: a string, read and set aside
                case NoticeField.Region:
                    var code = JsonValues.String(input, ref reader, root, "region");
                    if (RegionCode.TryParse(code, out var parsed))
                    {
                        region = parsed;
                    }
                    else if (code is not null)
                    {
                        input.Problem(ref reader, "$.region", $"\"{code}\" is not an administrative-division code (GB/T 2260): six digits, for example \"450000\".");
                    }

                    break;
                case NoticeField.RegionName: regionName = JsonValues.String(input, ref reader, root, NoticeFields.Name(field)); break;
                case NoticeField.Year: year = JsonValues.Int(input, ref reader, root, NoticeFields.Name(field), StatutoryHolidays.FirstYear, StatutoryHolidays.LastYear); break;
                case NoticeField.Papers: valid &= HolidayNoticeJson.ReadPapers(input, ref reader, papers); break;
                case NoticeField.Days:
                    daysAt = input.OffsetOf(ref reader);
                    valid &= HolidayNoticeJson.ReadDays(input, ref reader, days);
                    break;
            }
        }

        NoticeFields.RequireAll(input, rootOffset, seen, NoticeFields.Bits(NoticeField.Region, NoticeField.RegionName, NoticeField.Year, NoticeField.Days), root);
        if (region is not { } regionCode || regionName is null || year is not { } noticeYear || !valid)
        {
            return null;
        }

        try
        {
            return new RegionalNotice(regionCode, regionName, noticeYear, days, papers);
        }
        catch (CalendarDataException e)
        {
            foreach (var problem in e.Problems)
            {
                input.Problem(daysAt, "$.days", problem);
            }

            return null;
        }
    }

    /// <summary>A regional notice's properties.</summary>
    private enum NoticeField
    {
        [System.Text.Json.Serialization.JsonPropertyName("$schema")] Schema,
        Region,
        RegionName,
        Year,
        Papers,
        Days,
    }
}
