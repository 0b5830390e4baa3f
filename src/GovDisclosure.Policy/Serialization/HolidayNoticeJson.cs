using GovDisclosure.Policy.Calendar;

namespace GovDisclosure.Policy.Serialization;

/// <summary>
/// State Council holiday notices in the holiday-cn JSON format (D1):
/// <c>{ "year": 2027, "papers": ["https://…"], "days": [{ "name": "元旦", "date": "2027-01-01", "isOffDay": true }, …] }</c>.
/// Read with the same problem collector as registers and profiles, so every problem comes with its JSON path,
/// line and column. Other properties (such as <c>$schema</c>) are ignored.
/// </summary>
public static class HolidayNoticeJson
{
    /// <summary>Reads one notice.</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON; read to its end, not closed.</param>
    /// <returns>The notice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="PolicyJsonException">The JSON is malformed or does not describe a valid notice; every problem found
    /// is listed with its path (for example <c>$.days[3].date</c>), line and column.</exception>
    public static HolidayNotice Read(Stream utf8Json)
    {
        var (root, json) = PolicyJson.Open(utf8Json, "a holiday notice");
        var year = json.Int(root, "year", "$", 1950, 9998);
        var papers = new List<string>();
        foreach (var (node, path) in json.Array(root, "papers", "$"))
        {
            if (node.Kind == System.Text.Json.JsonValueKind.String)
            {
                papers.Add(node.Text!);
            }
            else
            {
                json.Problem(node, path, "expected the address of the notice (a string).");
            }
        }

        var days = new List<NoticeDay>();
        var daysNode = root["days"];
        foreach (var (node, path) in json.Array(root, "days", "$"))
        {
            if (!json.IsObject(node, path, "a listed day with name, date and isOffDay"))
            {
                continue;
            }

            var name = json.String(node, "name", path);
            var date = json.Date(node, "date", path);
            var isOffDay = json.Bool(node, "isOffDay", path, required: true);
            if (name is not null && date is not null)
            {
                days.Add(new NoticeDay(date.Value, isOffDay, name));
            }
        }

        if (year is { } noticeYear && daysNode is not null)
        {
            foreach (var problem in HolidayNotice.Problems(noticeYear, days))
            {
                json.Problem(daysNode, "$.days", problem);
            }
        }

        json.ThrowIfAny();
        return new HolidayNotice(year!.Value, days, papers);
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
    public static ChinaWorkingDayCalendar WithNotice(this ChinaWorkingDayCalendar calendar, Stream utf8Json) =>
        Preconditions.CheckNotNull(calendar).WithNotice(Read(utf8Json));
}
