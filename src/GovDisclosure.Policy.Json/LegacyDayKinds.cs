using System.Text;
using System.Text.Json;
using GovDisclosure.Policy.Calendar;
using NodaTime.Text;

namespace GovDisclosure.Policy.Json;

/// <summary>
/// Up to 0.13 a day off of a holiday period was written <c>"kind": "PublicHoliday"</c>; 0.14 tells statutory holiday days from rest days
/// (D47). Before a deadline report is bound, each such kind is rewritten to the kind <see cref="DayKind.OfDayOff(LocalDate, RegionCode?)"/>
/// gives its day and region — the kind the calendars give it now — on the same line, so a problem elsewhere keeps its line number.
/// </summary>
internal static class LegacyDayKinds
{
    private const string Legacy = "PublicHoliday";

    private static readonly byte[] LegacyToken = Encoding.UTF8.GetBytes($"\"{Legacy}\"");

    /// <summary>The bytes with every legacy kind rewritten; the same bytes when there is none, or when they are no JSON (the binder says why).</summary>
    internal static ArraySegment<byte> Upgrade(ArraySegment<byte> json)
    {
        if (json.AsSpan().IndexOf(LegacyToken) < 0)
        {
            return json;
        }

        try
        {
            return Splice(json, Find(json));
        }
        catch (JsonException)
        {
            return json;
        }
    }

    /// <summary>Each legacy kind's string token (offset and length, quotes included) and the kind it stands for.</summary>
    private static List<(int Start, int Length, DayKind Kind)> Find(ArraySegment<byte> json)
    {
        var found = new List<(int, int, DayKind)>();
        var objects = new Stack<DayFields>();
        var reader = new Utf8JsonReader(json.AsSpan());
        string? property = null;   // the name the next value is of
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    objects.Push(new DayFields());
                    break;
                case JsonTokenType.EndObject:
                    var day = objects.Pop();
                    if (day.KindStart >= 0)
                    {
                        // Without a readable date the binder reports the date; the kind put in its place is never read.
                        var kind = day.Date is { } date ? DayKind.OfDayOff(date, day.Region) : DayKind.HolidayRestDay;
                        found.Add((day.KindStart, day.KindLength, kind));
                    }

                    break;
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    continue;
                case JsonTokenType.String when objects.Count > 0:
                    Note(objects.Peek(), property, ref reader);
                    break;
            }

            property = null;
        }

        return found;
    }

    private static void Note(DayFields day, string? name, ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return;
        }

        switch (name)
        {
            case "date":
                day.Date = LocalDatePattern.Iso.Parse(reader.GetString()!) is { Success: true } parsed ? parsed.Value : null;
                break;
            case "region":
                day.Region = RegionCode.TryParse(reader.GetString()!, out var region) ? region : null;
                break;
            case "kind" when !reader.ValueIsEscaped && reader.ValueTextEquals(Legacy):
                day.KindStart = (int)reader.TokenStartIndex;
                day.KindLength = reader.ValueSpan.Length + 2;
                break;
        }
    }

    private static ArraySegment<byte> Splice(ArraySegment<byte> json, List<(int Start, int Length, DayKind Kind)> found)
    {
        using var output = new MemoryStream(json.Count + (found.Count * 8));
        var at = 0;
        foreach (var (start, length, kind) in found.OrderBy(token => token.Start))
        {
            output.Write(json.Array!, json.Offset + at, start - at);
            var name = Encoding.UTF8.GetBytes($"\"{kind.Name}\"");
            output.Write(name, 0, name.Length);
            at = start + length;
        }

        output.Write(json.Array!, json.Offset + at, json.Count - at);
        return new ArraySegment<byte>(output.ToArray());
    }

    /// <summary>What an object holds of a day: its date, region and legacy kind, if any.</summary>
    private sealed class DayFields
    {
        internal LocalDate? Date { get; set; }

        internal RegionCode? Region { get; set; }

        internal int KindStart { get; set; } = -1;

        internal int KindLength { get; set; }
    }
}
