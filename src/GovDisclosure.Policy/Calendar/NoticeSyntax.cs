using System.Text.RegularExpressions;

namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// The pieces of a notice's text that <see cref="NoticeText"/> reads: headings, sentences, clauses, dates, counts, the title. Each
/// runs in time linear in its line — scanners where a pattern would backtrack, bounded patterns elsewhere, each with a timeout as a
/// guard — so that no text, however hostile, can hold a reader for long.
/// </summary>
internal static class NoticeSyntax
{
    /// <summary>The longest line read: a notice's line is a sentence or a short paragraph (the longest official one has 395 characters).</summary>
    internal const int MaxLineLength = 1000;

    /// <summary>The longest any one pattern may run on a line before the line is reported instead; linear patterns on bounded lines
    /// take microseconds, so this only guards against a pattern that should never have been written.</summary>
    internal static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private const string Digit = "[0-9０-９]";

    // A date: no digit before it, so that a run of digits is read from its start (and, so, once).
    internal static readonly Regex Mention = new(
        $@"(?<!{Digit})(?:(?<y>{Digit}{{4}})年)?(?:(?<m>{Digit}{{1,2}})月)?(?<d>{Digit}+)日(?:[（(](?<note>[^（()）]{{0,20}})[）)])?", Options, MatchTimeout);

    internal static readonly Regex Count = new($@"(?:共|放假)(?<n>{Digit}+|[{ChineseNumeral.Characters}]+)天", Options, MatchTimeout);
    internal static readonly Regex Weekday = new(@"^(?:星期|周)(?<d>[一二三四五六日天])$", Options, MatchTimeout);
    internal static readonly Regex AmendedHoliday = new($@"调整(?:{Digit}{{4}}年)?(?<name>[^，。]{{1,20}}?)放假安排", Options, MatchTimeout);
    internal static readonly Regex Extension = new($@"延长(?:{Digit}{{4}}年)?(?<name>[^，。]{{1,20}}?)假期至", Options, MatchTimeout);
    internal static readonly Regex SigningDate = new($@"^{Digit}{{4}}年{Digit}{{1,2}}月{Digit}{{1,2}}日$", Options, MatchTimeout);

    private static readonly string[] RangeSeparators = ["至", "—", "－", "–", "-", "到"];

    /// <summary>The value of digits written in ASCII or full width (the groups above hold nothing else).</summary>
    internal static int Value(string digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c >= '０' ? c - '０' : c - '0');
        }

        return value;
    }

    /// <summary>The first digit of <paramref name="line"/> that is neither ASCII nor full width (Arabic-Indic, Devanagari…), or null.</summary>
    internal static char? ForeignDigit(string line)
    {
        foreach (var c in line)
        {
            if (char.IsDigit(c) && !IsDigit(c))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>
    /// A heading: an optional number ("一、"), a name, a colon, the arrangement ("一、元旦：1月1日放假"). The name is what comes before
    /// the first colon, provided no comma or full stop comes before it.
    /// </summary>
    internal static bool TryHeading(string line, out string name, out int bodyStart)
    {
        (name, bodyStart) = ("", 0);
        var stop = line.IndexOfAny(['：', ':', '，', '。', ',']);
        if (stop < 0 || line[stop] is not ('：' or ':'))
        {
            return false;
        }

        var numbered = 0;
        while (numbered < stop && "一二三四五六七八九十".IndexOf(line[numbered]) >= 0)
        {
            numbered++;
        }

        var start = numbered > 0 && line[numbered] == '、' ? numbered + 1 : 0;
        name = line[start..stop].Trim();
        bodyStart = stop + 1;
        while (bodyStart < line.Length && char.IsWhiteSpace(line[bodyStart]))
        {
            bodyStart++;
        }

        return name.Length > 0;
    }

    /// <summary>The sentences of a line, each with its full stop where it has one.</summary>
    internal static IEnumerable<string> Sentences(string line)
    {
        var start = 0;
        while (start < line.Length)
        {
            var stop = line.IndexOf('。', start);
            var end = stop < 0 ? line.Length : stop + 1;
            if (end - start > (stop < 0 ? 0 : 1))
            {
                yield return line[start..end];
            }

            start = end;
        }
    }

    /// <summary>
    /// A sentence cut at each comma, semicolon or full stop outside parentheses — where no closing parenthesis comes after it before
    /// the next opening one — so that "（农历五月初五，端午节）" stays whole. One pass from the end.
    /// </summary>
    internal static List<string> Clauses(string sentence)
    {
        var breaks = new List<int>();
        var closingAhead = false;
        for (var i = sentence.Length - 1; i >= 0; i--)
        {
            switch (sentence[i])
            {
                case '）' or ')':
                    closingAhead = true;
                    break;
                case '（' or '(':
                    closingAhead = false;
                    break;
                case '，' or '；' or ',' or ';' or '。' when !closingAhead:
                    breaks.Add(i);
                    break;
            }
        }

        var clauses = new List<string>(breaks.Count + 1);
        var start = 0;
        for (var i = breaks.Count - 1; i >= 0; i--)
        {
            clauses.Add(sentence[start..breaks[i]]);
            start = breaks[i] + 1;
        }

        clauses.Add(sentence[start..]);
        return clauses;
    }

    /// <summary>Whether the text between two dates joins them as a range ("至", "—", "到"…).</summary>
    internal static bool IsRangeSeparator(string between) => Array.IndexOf(RangeSeparators, between.Trim()) >= 0;

    /// <summary>
    /// The year a notice's title line names, "国务院办公厅关于2027年部分节假日安排的通知": a line of no spaces ending in 的通知 whose first digits
    /// after 关于 are a year followed by 年. Null for any other line.
    /// </summary>
    internal static int? TitleYear(string line)
    {
        var title = line.Trim();
        var about = title.IndexOf("关于", StringComparison.Ordinal);
        if (about < 0 || !title.EndsWith("的通知", StringComparison.Ordinal) || title.Any(char.IsWhiteSpace))
        {
            return null;
        }

        var digits = about + 2;
        while (digits < title.Length && !IsDigit(title[digits]))
        {
            digits++;
        }

        var end = digits;
        while (end < title.Length && IsDigit(title[end]))
        {
            end++;
        }

        return end - digits == 4 && end < title.Length && title[end] == '年' ? Value(title[digits..end]) : null;
    }

    /// <summary>How many days off <paramref name="off"/> makes with the weekends that adjoin it ("与周末连休").</summary>
    internal static int WithAdjoiningWeekend(List<LocalDate> off)
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

    /// <summary>A count written in digits (at most three) or as a well-formed Chinese numeral; null for anything else.</summary>
    internal static int? Number(string text) =>
        ChineseNumeral.IsNumeralCharacter(text[0]) ? (ChineseNumeral.TryParse(text.AsSpan(), out var value) ? value : null)
        : text.Length <= 3 ? Value(text) : null;

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';
}
