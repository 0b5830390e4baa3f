using System.Text.Json;
using NodaTime.Text;

namespace GovDisclosure.Policy;

/// <summary>
/// The State Council General Office's yearly notice on public holidays (国务院办公厅关于…部分节假日安排的通知):
/// the days off and the adjusted working days (调休上班) it lists. A notice for year Y lists days of Y and
/// may list days at the end of December of Y − 1 (the 2019 notice lists 2018-12-29 to 2018-12-31).
/// Immutable.
/// </summary>
public sealed class HolidayNotice
{
    /// <summary>Creates a notice.</summary>
    /// <param name="year">The year the notice is for.</param>
    /// <param name="days">The days it lists: at least one, no date twice, each in <paramref name="year"/> or in December of the year before.</param>
    /// <param name="papers">Where the notice is published (URLs); may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="CalendarDataException">The days break a rule above; every broken rule is listed.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1950 and 9998.</exception>
    public HolidayNotice(int year, IEnumerable<NoticeDay> days, IEnumerable<string>? papers = null)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1950, 9998);
        Preconditions.CheckNotNull(days);
        Year = year;
        var sorted = CopyWithoutNulls(days, nameof(days));
        Array.Sort(sorted, (a, b) => a.Date.CompareTo(b.Date));
        Papers = CopyWithoutNulls(papers ?? [], nameof(papers));
        var problems = Check(year, sorted);
        if (problems.Count > 0)
        {
            throw new CalendarDataException(problems);
        }

        Days = sorted;
    }

    /// <summary>The year the notice is for.</summary>
    public int Year { get; }

    /// <summary>The listed days, in date order.</summary>
    public IReadOnlyList<NoticeDay> Days { get; }

    /// <summary>Where the notice is published, as given.</summary>
    public IReadOnlyList<string> Papers { get; }

    /// <summary>
    /// Reads one notice in the holiday-cn JSON format:
    /// <c>{ "year": 2027, "papers": ["https://…"], "days": [{ "name": "元旦", "date": "2027-01-01", "isOffDay": true }, …] }</c>.
    /// Other properties (such as <c>$schema</c>) are ignored.
    /// </summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON; read to its end, not closed.</param>
    /// <returns>The notice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="CalendarDataException">
    /// The JSON is malformed (the problem names its line) or does not describe a valid notice; every problem
    /// found is listed with its JSON path, for example <c>$.days[3].date</c>.
    /// </exception>
    public static HolidayNotice ReadJson(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json);
        }
        catch (JsonException e)
        {
            throw new CalendarDataException(
                $"line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}: the file is not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            return FromJson(document.RootElement);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Year} notice ({Days.Count} days)";

    /// <summary>Whether <paramref name="other"/> lists exactly the same days (papers are not compared).</summary>
    internal bool ListsSameDays(HolidayNotice other) => Year == other.Year && Days.SequenceEqual(other.Days);

    private static HolidayNotice FromJson(JsonElement root)
    {
        var problems = new List<string>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new CalendarDataException([$"$: expected an object with year, papers and days; found {Kind(root)}."]);
        }

        int? year = null;
        if (!root.TryGetProperty("year", out var yearElement))
        {
            problems.Add("$.year: required property is missing.");
        }
        else if (yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out var y) || y < 1950 || y > 9998)
        {
            problems.Add($"$.year: expected a year from 1950 to 9998; found {Kind(yearElement)} {yearElement.GetRawText()}.");
        }
        else
        {
            year = y;
        }

        var papers = new List<string>();
        if (!root.TryGetProperty("papers", out var papersElement))
        {
            problems.Add("$.papers: required property is missing.");
        }
        else if (papersElement.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"$.papers: expected an array of strings; found {Kind(papersElement)}.");
        }
        else
        {
            var index = 0;
            foreach (var paper in papersElement.EnumerateArray())
            {
                if (paper.ValueKind == JsonValueKind.String)
                {
                    papers.Add(paper.GetString()!);
                }
                else
                {
                    problems.Add($"$.papers[{index}]: expected a string; found {Kind(paper)}.");
                }

                index++;
            }
        }

        var days = new List<NoticeDay>();
        if (!root.TryGetProperty("days", out var daysElement))
        {
            problems.Add("$.days: required property is missing.");
        }
        else if (daysElement.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"$.days: expected an array of days; found {Kind(daysElement)}.");
        }
        else
        {
            var index = 0;
            foreach (var day in daysElement.EnumerateArray())
            {
                if (ReadDay(day, $"$.days[{index}]", problems) is { } noticeDay)
                {
                    days.Add(noticeDay);
                }

                index++;
            }
        }

        if (problems.Count == 0)
        {
            // The constructor reports what is wrong with the days as a whole.
            return new HolidayNotice(year!.Value, days, papers);
        }

        if (year is { } noticeYear)
        {
            var sorted = days.ToArray();
            Array.Sort(sorted, (a, b) => a.Date.CompareTo(b.Date));
            problems.AddRange(Check(noticeYear, sorted));
        }

        throw new CalendarDataException(problems);
    }

    private static NoticeDay? ReadDay(JsonElement day, string path, List<string> problems)
    {
        if (day.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{path}: expected an object with name, date and isOffDay; found {Kind(day)}.");
            return null;
        }

        var before = problems.Count;
        string? name = null;
        if (!day.TryGetProperty("name", out var nameElement))
        {
            problems.Add($"{path}.name: required property is missing.");
        }
        else if (nameElement.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(nameElement.GetString()))
        {
            problems.Add($"{path}.name: expected the holiday's name; found {Kind(nameElement)} {nameElement.GetRawText()}.");
        }
        else
        {
            name = nameElement.GetString();
        }

        LocalDate date = default;
        if (!day.TryGetProperty("date", out var dateElement))
        {
            problems.Add($"{path}.date: required property is missing.");
        }
        else if (dateElement.ValueKind != JsonValueKind.String || LocalDatePattern.Iso.Parse(dateElement.GetString()!) is not { Success: true } parsed)
        {
            problems.Add($"{path}.date: expected an ISO date such as \"2027-01-01\"; found {dateElement.GetRawText()}.");
        }
        else
        {
            date = parsed.Value;
        }

        bool isOffDay = false;
        if (!day.TryGetProperty("isOffDay", out var offElement))
        {
            problems.Add($"{path}.isOffDay: required property is missing.");
        }
        else if (offElement.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            problems.Add($"{path}.isOffDay: expected true or false; found {offElement.GetRawText()}.");
        }
        else
        {
            isOffDay = offElement.GetBoolean();
        }

        return problems.Count == before ? new NoticeDay(date, isOffDay, name!) : null;
    }

    private static List<string> Check(int year, NoticeDay[] sortedDays)
    {
        var problems = new List<string>();
        if (sortedDays.Length == 0)
        {
            problems.Add($"the {year} notice lists no days; a notice that has not been published cannot be added.");
        }

        var first = new LocalDate(year - 1, 12, 1);
        var last = new LocalDate(year, 12, 31);
        for (var i = 0; i < sortedDays.Length; i++)
        {
            var day = sortedDays[i];
            if (day.Date < first || day.Date > last)
            {
                problems.Add($"{day.Date.ToIso()}: the {year} notice can list days from {first.ToIso()} to {last.ToIso()} only.");
            }

            if (i > 0 && sortedDays[i - 1].Date == day.Date)
            {
                problems.Add(sortedDays[i - 1].IsOffDay == day.IsOffDay
                    ? $"{day.Date.ToIso()}: listed twice in the {year} notice."
                    : $"{day.Date.ToIso()}: listed both as a day off and as a working day in the {year} notice.");
            }
        }

        return problems;
    }

    // A loop rather than LINQ: the official calendar builds its notices on first use, where JIT time counts.
    private static T[] CopyWithoutNulls<T>(IEnumerable<T> source, string paramName)
        where T : class
    {
        var copy = new List<T>(source is ICollection<T> collection ? collection.Count : 4);
        foreach (var element in source)
        {
            copy.Add(element ?? throw new ArgumentNullException(paramName, $"{paramName} contains a null element."));
        }

        return copy.ToArray();
    }

    private static string Kind(JsonElement element) => element.ValueKind.ToString().ToLowerInvariant();
}
