using System.Globalization;
using System.Text.RegularExpressions;
using static GovDisclosure.Policy.Calendar.NoticeSyntax;

namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// Reads the text of a holiday notice (D1, §11) into the days it lists. Both styles of the State Council General Office are read:
/// the short one of 2010 on ("二、春节：2月15日（周日）至23日（周一）放假调休，共9天。2月14日（周六）上班。") and the long one of 2007–2009
/// ("其中……为法定节假日……公休日调至……上班。"). A line is either the notice's address (http…), a heading with its arrangement
/// ("一、元旦：…", or "壮族三月三：…" without its number), a further sentence of the arrangement above it, the signing date on a line of
/// its own ("2025年11月4日"), or prose with no date in it. Every clause that names a date must say
/// what the date is; every weekday and every count the text writes is checked.
/// </summary>
/// <remarks>
/// Limits: a line has at most <see cref="NoticeSyntax.MaxLineLength"/> characters; digits are ASCII or full width (０–９); every
/// date lies in the notice's year or the December before; a count is a number a year can hold. Each is a problem naming its line.
/// Dates: a written year is used as written; a month without a year is in the notice's year, except December, which is in the year
/// before (a notice for year Y lists no December day of Y: New Year's Day of Y + 1 belongs to the next notice); a day without a month
/// takes the month and year of the date before it in the same arrangement.
/// </remarks>
internal sealed class NoticeText
{
    private readonly int year;
    private readonly HolidayNotice? amended;
    private readonly ProblemList<string> problems = new();
    private readonly List<string> papers = [];
    private readonly List<NoticeDay> days = [];
    private Arrangement? current;
    private string? pendingName;

    private NoticeText(int year, HolidayNotice? amended, string? holidayName)
    {
        this.year = year;
        this.amended = amended;
        pendingName = holidayName;
    }

    /// <summary>The days listed and the papers (addresses), in text order.</summary>
    internal readonly record struct Result(IReadOnlyList<NoticeDay> Days, IReadOnlyList<string> Papers);

    /// <summary>Reads <paramref name="text"/> as a notice (or, with <paramref name="amended"/>, an amendment of it) for <paramref name="year"/>.</summary>
    /// <param name="year">The notice's year.</param>
    /// <param name="text">The text.</param>
    /// <param name="amended">The notice an amendment changes; a "延长……假期至" clause extends its holiday. Null for a notice of its own.</param>
    /// <param name="holidayName">The name for days of an arrangement with no heading; null leaves it to the text, or <c>其他</c>.</param>
    /// <exception cref="CalendarDataException">The problems found, each quoting its line (the first hundred; all counted).</exception>
    internal static Result Read(int year, string text, HolidayNotice? amended, string? holidayName)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        if (WholeTextProblem(year, lines) is { } problem)
        {
            throw new CalendarDataException([problem]);   // one mistake, one problem: its lines would only repeat it
        }

        var reader = new NoticeText(year, amended, holidayName);
        for (var i = 0; i < lines.Length; i++)
        {
            reader.ReadGuarded(lines[i].Trim().Trim('\u3000', '\uFEFF'), i + 1);   // a byte-order mark says nothing
        }

        reader.Close();
        return reader.problems.Count == 0 ? new Result(reader.days, reader.papers) : throw new CalendarDataException(reader.problems);
    }

    /// <summary>Reads a line within the limits every line keeps: its length, its digits, the time its patterns may take.</summary>
    private void ReadGuarded(string line, int number)
    {
        if (line.Length > MaxLineLength)
        {
            problems.Add($"line {number}: {IsoText.Quote(line)} is longer than a notice's line may be ({MaxLineLength.ToString("N0", CultureInfo.InvariantCulture)} characters); " +
                         "a line of a notice is one heading with its arrangement, or one sentence.");
            return;
        }

        if (ForeignDigit(line) is { } digit)
        {
            problems.Add($"line {number}: {IsoText.Quote(line)} writes the digit '{digit}' (U+{(int)digit:X4}); dates and counts are read in " +
                         "ASCII digits (0–9) or full-width ones (０–９).");
            return;
        }

        try
        {
            ReadLine(line, number);
        }
        catch (RegexMatchTimeoutException)
        {
            problems.Add($"line {number}: {IsoText.Quote(line)} could not be read within {MatchTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s; it is not a notice's sentence.");
        }
    }

    /// <summary>
    /// A mistake about the whole text that every line would otherwise repeat: bytes that were not UTF-8 (a notice saved as GBK
    /// and read as UTF-8 holds U+FFFD where its Chinese was), or another year's notice (its title names that year).
    /// </summary>
    private static string? WholeTextProblem(int year, string[] lines)
    {
        var replaced = Array.FindIndex(lines, line => line.IndexOf('\uFFFD') >= 0);
        if (replaced >= 0)
        {
            return $"line {replaced + 1}: the text holds U+FFFD replacement characters where its bytes were not UTF-8, so it was " +
                   "probably saved as GBK, as Notepad, Excel and WPS do on Chinese Windows. Save it as UTF-8 (\"Save as\", encoding UTF-8), " +
                   "or decode it as GBK (Encoding.GetEncoding(936), with CodePagesEncodingProvider registered) before reading it.";
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length <= MaxLineLength && TitleYear(lines[i]) is { } titleYear)
            {
                return titleYear == year ? null
                    : $"line {i + 1}: this text is the {titleYear} notice ({IsoText.Quote(lines[i].Trim())}), but it was read as the {year} one; " +
                      $"read it for {titleYear}.";
            }
        }

        return null;
    }

    private void ReadLine(string line, int number)
    {
        if (line.StartsWith("http://", StringComparison.Ordinal) || line.StartsWith("https://", StringComparison.Ordinal))
        {
            if (current is not null || days.Count > 0)
            {
                // Another notice follows (a file of a year's notice and its amendments): its days must not fall to the arrangement above.
                problems.Add($"line {number}: {IsoText.Quote(line)} starts another notice after days were already read; read each notice or amendment on its own.");
            }

            papers.Add(line);
            return;
        }

        if (SigningDate.IsMatch(line))
        {
            return;   // the date the notice was signed, on a line of its own under the issuing office
        }

        if (AmendedHoliday.Match(line) is { Success: true } amendedHoliday)
        {
            pendingName = amendedHoliday.Groups["name"].Value;
        }

        var quotePrefix = "";
        if (TryHeading(line, out var name, out var bodyStart) && !Mention.IsMatch(name))   // "1月1日：…" is no heading
        {
            Close();
            current = new Arrangement(name);
            quotePrefix = line[..bodyStart];
            line = line[bodyStart..];
        }

        foreach (var sentence in Sentences(line))
        {
            if (Mention.IsMatch(sentence))
            {
                current ??= new Arrangement(null);
                ReadSentence(sentence, $"line {number}: {IsoText.Quote(quotePrefix + sentence.Trim())}");
            }

            quotePrefix = "";   // prose such as "经国务院批准……" names no day
        }
    }

    private void ReadSentence(string sentence, string where)
    {
        var arrangement = current!;
        arrangement.OffInSentence.Clear();
        var weekendJoined = sentence.Contains("与周末连休", StringComparison.Ordinal);
        foreach (var clause in Clauses(sentence))
        {
            var mentions = Mentions(clause, arrangement, where);
            if (mentions is null)
            {
                continue;
            }

            if (mentions.Count > 0)
            {
                Classify(clause, Mention.Replace(clause, " "), mentions, arrangement, where);
            }
        }

        if (Count.Match(sentence) is { Success: true } count)
        {
            if (Number(count.Groups["n"].Value) is not { } stated)
            {
                problems.Add($"{where}: {IsoText.Quote(count.Value)} is not a count of days: " +
                             "write it in digits (1 to 366) or as a Chinese numeral (三, 十五, 二十).");
                return;
            }

            var listed = arrangement.OffInSentence.Order().ToList();
            var counted = weekendJoined ? WithAdjoiningWeekend(listed) : listed.Count;
            if (stated != counted)
            {
                problems.Add($"{where}: the text counts {count.Value} ({stated} days), but the days off it gives are {counted}" +
                             (listed.Count == 0 ? "." : $" ({string.Join(", ", listed.Select(date => date.ToIso()))})."));
            }
        }
    }

    private void Classify(string clause, string words, List<(LocalDate Date, int At, bool RangeEnd)> mentions, Arrangement arrangement, string where)
    {
        var extension = Extension.Match(clause);
        if (extension.Success)
        {
            Extend(extension.Groups["name"].Value, mentions[^1].Date, arrangement, where);
            return;
        }

        var movedTo = clause.IndexOf("调至", StringComparison.Ordinal);
        if (movedTo >= 0)
        {
            // Long style: "将……两个公休日调至……" moves weekend rest to the days after 调至; the weekend days become working days
            // unless they are days off of the holiday anyway (2008-06-08, Dragon Boat on a Sunday).
            foreach (var (date, at, _) in mentions)
            {
                if (at < movedTo)
                {
                    RequireWeekend(date, where, "moved as a weekend rest day (公休日调至)");
                    arrangement.Moved.Add(date);
                }
                else
                {
                    arrangement.MustBeOff.Add((date, where, "a rest day moved to it (调至)"));
                }
            }

            return;
        }

        if (words.Contains("上班", StringComparison.Ordinal))
        {
            arrangement.Work.AddRange(mentions.Select(mention => mention.Date));
        }
        else if (words.Contains("照常公休", StringComparison.Ordinal) || words.Contains("为公休日", StringComparison.Ordinal))
        {
            mentions.ForEach(mention => RequireWeekend(mention.Date, where, "an ordinary weekend rest day (公休)"));
        }
        else if (words.Contains("法定", StringComparison.Ordinal))
        {
            mentions.ForEach(mention => arrangement.MustBeOff.Add((mention.Date, where, "a statutory holiday (法定节假日)")));
        }
        else if (words.Contains("补休", StringComparison.Ordinal) || words.Contains("放假", StringComparison.Ordinal) || words.Contains("调休", StringComparison.Ordinal))
        {
            AddOff(mentions, arrangement, where);
        }
        else
        {
            problems.Add($"{where}: the text does not say whether {string.Join(", ", mentions.Select(mention => mention.Date.ToIso()))} " +
                         "is a day off (放假, 补休, 调休) or a working day (上班).");
        }
    }

    private void AddOff(List<(LocalDate Date, int At, bool RangeEnd)> mentions, Arrangement arrangement, string where)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var date = mentions[i].Date;
            if (i + 1 < mentions.Count && mentions[i + 1].RangeEnd)
            {
                var end = mentions[++i].Date;
                if (end < date || Period.DaysBetween(date, end) > 31)
                {
                    problems.Add($"{where}: the range {date.ToIso()} to {end.ToIso()} " +
                                 (end < date ? "ends before it starts." : "is longer than a month; no holiday is."));
                    continue;
                }

                for (var day = date; day <= end; day = day.PlusDays(1))
                {
                    arrangement.AddOff(day);
                }
            }
            else
            {
                arrangement.AddOff(date);
            }
        }
    }

    /// <summary>An amending notice's "延长……假期至D": the holiday's days off of the amended notice run on to D.</summary>
    private void Extend(string name, LocalDate end, Arrangement arrangement, string where)
    {
        arrangement.Name ??= name;
        var holiday = Holiday.FromNoticeName(name);
        var last = amended?.Days.Where(day => day.IsOffDay && (day.Name == name || (holiday != Holiday.Other && day.Holiday == holiday)))
            .Select(day => (LocalDate?)day.Date).LastOrDefault();
        if (last is not { } lastDay)
        {
            problems.Add(amended is null
                ? $"{where}: this extends a holiday of a notice already published; read it as an amendment (NoticeAmendment.ParseText) of that notice."
                : $"{where}: the {amended.Year} notice lists no day off of {name} to extend.");
            return;
        }

        if (end <= lastDay)
        {
            problems.Add($"{where}: {end.ToIso()} does not extend {name}, whose days off already run to {lastDay.ToIso()}.");
            return;
        }

        for (var day = lastDay.PlusDays(1); day <= end; day = day.PlusDays(1))
        {
            arrangement.AddOff(day);
        }
    }

    /// <summary>The dates of a clause, each with where it starts and whether it ends a range; null when a date could not be read.</summary>
    private List<(LocalDate Date, int At, bool RangeEnd)>? Mentions(string clause, Arrangement arrangement, string where)
    {
        var mentions = new List<(LocalDate, int, bool)>();
        Match? previous = null;
        var valid = true;
        foreach (Match match in Mention.Matches(clause))
        {
            var rangeEnd = previous is not null && IsRangeSeparator(clause[(previous.Index + previous.Length)..match.Index]);
            previous = match;
            if (Resolve(match, arrangement, where) is not { } date)
            {
                valid = false;
                continue;
            }

            CheckNote(match.Groups["note"].Value, date, where);
            mentions.Add((date, match.Index, rangeEnd));
        }

        return valid ? mentions : null;
    }

    private LocalDate? Resolve(Match match, Arrangement arrangement, string where)
    {
        int dateYear, month;
        var dayDigits = match.Groups["d"].Value;
        var day = dayDigits.Length <= 2 ? Value(dayDigits) : 0;   // "123日" is no day, and a long run of digits must not wrap
        if (match.Groups["m"].Success)
        {
            month = Value(match.Groups["m"].Value);
            dateYear = match.Groups["y"].Success ? Value(match.Groups["y"].Value) : month == 12 ? year - 1 : year;
        }
        else if (arrangement.LastMonth is { } last && !match.Groups["y"].Success)
        {
            (dateYear, month) = last;
        }
        else
        {
            problems.Add($"{where}: {IsoText.Quote(match.Value)} has no month, and no date before it in this arrangement gives one.");
            return null;
        }

        if (month is < 1 or > 12 || day < 1 || dateYear < 1 || day > CalendarSystem.Iso.GetDaysInMonth(dateYear, month))
        {
            problems.Add($"{where}: {IsoText.Quote(match.Value)} is not a date of {dateYear}.");
            return null;
        }

        if (dateYear != year && !(dateYear == year - 1 && month == 12))
        {
            // Also keeps every range and extension within a few hundred days, however far a text reaches.
            problems.Add($"{where}: {IsoText.Quote(match.Value)} is outside the {year} notice, whose days lie from {year - 1}-12-01 to {year}-12-31.");
            return null;
        }

        arrangement.LastMonth = (dateYear, month);
        return new LocalDate(dateYear, month, day);
    }

    /// <summary>Checks every weekday a date's note writes ("星期六", "周日", "星期天"); other notes (lunar dates, festival names) are kept as written.</summary>
    private void CheckNote(string note, LocalDate date, string where)
    {
        foreach (var part in note.Split('、', '，', ','))
        {
            var weekday = Weekday.Match(part.Trim());
            if (!weekday.Success)
            {
                continue;
            }

            var written = "一二三四五六日天".IndexOf(weekday.Groups["d"].Value[0], StringComparison.Ordinal);
            var expected = (IsoDayOfWeek)Math.Min(written + 1, 7);
            if (date.DayOfWeek != expected)
            {
                problems.Add($"{where}: the text gives {date.ToIso()} as {part.Trim()} ({expected}), but it is a {date.DayOfWeek}.");
            }
        }
    }

    private void RequireWeekend(LocalDate date, string where, string what)
    {
        if (date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
        {
            problems.Add($"{where}: the text gives {date.ToIso()} as {what}, but it is a {date.DayOfWeek}.");
        }
    }

    /// <summary>Ends the arrangement being read: its moved weekend days become working days, its checks run, its days are listed.</summary>
    private void Close()
    {
        if (current is not { } arrangement)
        {
            return;
        }

        current = null;
        foreach (var (date, where, what) in arrangement.MustBeOff.Where(check => !arrangement.Off.Contains(check.Date)))
        {
            problems.Add($"{where}: the text gives {date.ToIso()} as {what}, but the arrangement does not give it as a day off.");
        }

        arrangement.Work.AddRange(arrangement.Moved.Where(date => !arrangement.Off.Contains(date)));
        var name = arrangement.Name ?? pendingName ?? Holiday.Other.Label.Zh;
        days.AddRange(arrangement.Off.Select(date => new NoticeDay(date, isOffDay: true, name)));
        // A date given both off and working is listed both ways, so that the notice's own check reports it.
        days.AddRange(arrangement.Work.Distinct().Select(date => new NoticeDay(date, isOffDay: false, name)));
    }

    private sealed class Arrangement(string? name)
    {
        internal string? Name { get; set; } = name;

        internal SortedSet<LocalDate> Off { get; } = [];

        internal List<LocalDate> Work { get; } = [];

        internal List<LocalDate> Moved { get; } = [];

        internal List<(LocalDate Date, string Where, string What)> MustBeOff { get; } = [];

        internal HashSet<LocalDate> OffInSentence { get; } = [];

        internal (int Year, int Month)? LastMonth { get; set; }

        internal void AddOff(LocalDate date)
        {
            Off.Add(date);
            OffInSentence.Add(date);
        }
    }
}
