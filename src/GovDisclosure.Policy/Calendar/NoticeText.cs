using System.Globalization;
using System.Text.RegularExpressions;

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
/// Dates: a written year is used as written; a month without a year is in the notice's year, except December, which is in the year
/// before (a notice for year Y lists no December day of Y: New Year's Day of Y + 1 belongs to the next notice); a day without a month
/// takes the month and year of the date before it in the same arrangement.
/// </remarks>
internal sealed class NoticeText
{
    private static readonly Regex Heading = new(@"^(?:[一二三四五六七八九十]+、)?\s*(?<name>[^：:，。,]+?)\s*[：:]\s*(?<body>.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex Mention = new(@"(?:(?<y>\d{4})年)?(?:(?<m>\d{1,2})月)?(?<d>\d{1,2})日(?:[（(](?<note>[^）)]*)[）)])?", RegexOptions.CultureInvariant);
    private static readonly Regex Sentence = new(@"[^。]+。?", RegexOptions.CultureInvariant);
    // A comma or semicolon outside parentheses: none closes after it before the next one opens. "（农历五月初五，端午节）" stays whole.
    private static readonly Regex ClauseBreak = new(@"[，；,;。](?=[^）)]*(?:[（(]|$))", RegexOptions.CultureInvariant);
    private static readonly Regex RangeSeparator = new(@"^\s*(?:至|—|－|–|-|到)\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Count = new(@"(?:共|放假)(?<n>[0-9]+|[一二两三四五六七八九十]+)天", RegexOptions.CultureInvariant);
    private static readonly Regex Weekday = new(@"^(?:星期|周)(?<d>[一二三四五六日天])$", RegexOptions.CultureInvariant);
    private static readonly Regex AmendedHoliday = new(@"调整(?:\d{4}年)?(?<name>[^，。]+?)放假安排", RegexOptions.CultureInvariant);
    private static readonly Regex SigningDate = new(@"^\d{4}年\d{1,2}月\d{1,2}日$", RegexOptions.CultureInvariant);
    // The notice's own title line, "国务院办公厅关于2027年部分节假日安排的通知": the year it is for.
    private static readonly Regex Title = new(@"^[ \t\u3000]*\S*关于\D*?(?<y>[0-9]{4})年\S*的通知\s*$", RegexOptions.CultureInvariant | RegexOptions.Multiline);
    private static readonly Regex Extension = new(@"延长(?:\d{4}年)?(?<name>[^，。]+?)假期至", RegexOptions.CultureInvariant);

    private readonly int year;
    private readonly HolidayNotice? amended;
    private readonly List<string> problems = [];
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
    /// <exception cref="CalendarDataException">Every problem found, each quoting its line.</exception>
    internal static Result Read(int year, string text, HolidayNotice? amended, string? holidayName)
    {
        if (WholeTextProblem(year, text) is { } problem)
        {
            throw new CalendarDataException([problem]);   // one mistake, one problem: its lines would only repeat it
        }

        var reader = new NoticeText(year, amended, holidayName);
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            reader.ReadLine(lines[i].Trim().Trim('\u3000'), i + 1);
        }

        reader.Close();
        return reader.problems.Count == 0 ? new Result(reader.days, reader.papers) : throw new CalendarDataException(reader.problems);
    }

    /// <summary>
    /// A mistake about the whole text that every line would otherwise repeat: bytes that were not UTF-8 (a notice saved as GBK
    /// and read as UTF-8 holds U+FFFD where its Chinese was), or another year's notice (its title names that year).
    /// </summary>
    private static string? WholeTextProblem(int year, string text)
    {
        var replaced = text.IndexOf('\uFFFD');
        if (replaced >= 0)
        {
            return $"line {LineOf(text, replaced)}: the text holds U+FFFD replacement characters where its bytes were not UTF-8, so it was " +
                   "probably saved as GBK, as Notepad, Excel and WPS do on Chinese Windows. Save it as UTF-8 (\"Save as\", encoding UTF-8), " +
                   "or decode it as GBK (Encoding.GetEncoding(936), with CodePagesEncodingProvider registered) before reading it.";
        }

        var title = Title.Match(text);
        var titleYear = title.Success ? int.Parse(title.Groups["y"].Value, CultureInfo.InvariantCulture) : year;
        return titleYear == year
            ? null
            : $"line {LineOf(text, title.Index)}: this text is the {titleYear} notice (\"{title.Value.Trim()}\"), but it was read as the {year} one; " +
              $"read it for {titleYear}.";
    }

    private static int LineOf(string text, int index) => text.Take(index).Count(character => character == '\n') + 1;

    private void ReadLine(string line, int number)
    {
        if (line.StartsWith("http://", StringComparison.Ordinal) || line.StartsWith("https://", StringComparison.Ordinal))
        {
            if (current is not null || days.Count > 0)
            {
                // Another notice follows (a file of a year's notice and its amendments): its days must not fall to the arrangement above.
                problems.Add($"line {number}: \"{line}\" starts another notice after days were already read; read each notice or amendment on its own.");
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

        var heading = Heading.Match(line);
        var quotePrefix = "";
        if (heading.Success && !Mention.IsMatch(heading.Groups["name"].Value))   // "1月1日：…" is no heading
        {
            Close();
            current = new Arrangement(heading.Groups["name"].Value.Trim());
            quotePrefix = line[..heading.Groups["body"].Index];
            line = heading.Groups["body"].Value;
        }

        foreach (var sentence in Sentence.Matches(line).Cast<Match>().Select(match => match.Value))
        {
            if (Mention.IsMatch(sentence))
            {
                current ??= new Arrangement(null);
                ReadSentence(sentence, $"line {number}: \"{quotePrefix}{sentence.Trim()}\"");
            }

            quotePrefix = "";   // prose such as "经国务院批准……" names no day
        }
    }

    private void ReadSentence(string sentence, string where)
    {
        var arrangement = current!;
        arrangement.OffInSentence.Clear();
        var weekendJoined = sentence.Contains("与周末连休", StringComparison.Ordinal);
        foreach (var clause in ClauseBreak.Split(sentence))
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
            var stated = Number(count.Groups["n"].Value);
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
            var rangeEnd = previous is not null &&
                           RangeSeparator.IsMatch(clause[(previous.Index + previous.Length)..match.Index]);
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
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["m"].Success)
        {
            month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            dateYear = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) : month == 12 ? year - 1 : year;
        }
        else if (arrangement.LastMonth is { } last && !match.Groups["y"].Success)
        {
            (dateYear, month) = last;
        }
        else
        {
            problems.Add($"{where}: \"{match.Value}\" has no month, and no date before it in this arrangement gives one.");
            return null;
        }

        if (month is < 1 or > 12 || day < 1 || dateYear < 1 || day > CalendarSystem.Iso.GetDaysInMonth(dateYear, month))
        {
            problems.Add($"{where}: \"{match.Value}\" is not a date of {dateYear}.");
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
        var name = arrangement.Name ?? pendingName ?? Holiday.Other.NameZh;
        days.AddRange(arrangement.Off.Select(date => new NoticeDay(date, isOffDay: true, name)));
        // A date given both off and working is listed both ways, so that the notice's own check reports it.
        days.AddRange(arrangement.Work.Distinct().Select(date => new NoticeDay(date, isOffDay: false, name)));
    }

    private static int WithAdjoiningWeekend(List<LocalDate> off)
    {
        var all = new HashSet<LocalDate>(off);
        foreach (var date in off)
        {
            foreach (var step in new[] { -1, 1 })
            {
                for (var day = date.PlusDays(step); day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday; day = day.PlusDays(step))
                {
                    all.Add(day);
                }
            }
        }

        return all.Count;
    }

    /// <summary>A count written in digits or in Chinese numerals up to 99 (三, 十, 十一, 二十).</summary>
    private static int Number(string text)
    {
        if (char.IsDigit(text[0]))
        {
            return int.Parse(text, CultureInfo.InvariantCulture);
        }

        static int Digit(char c) => "零一二三四五六七八九".IndexOf(c is '两' ? '二' : c, StringComparison.Ordinal);
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        return ten < 0 ? Digit(text[0])
            : (ten == 0 ? 1 : Digit(text[0])) * 10 + (ten == text.Length - 1 ? 0 : Digit(text[^1]));
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
