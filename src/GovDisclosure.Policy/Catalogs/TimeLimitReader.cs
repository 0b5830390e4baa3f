using System.Text;

namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// Reads the 公开时限 sentences of county catalogs (§10, D35) — the forms listed on <see cref="TimeLimit"/> — left to
/// right, one part at a time, so that a sentence it cannot read gets a message that says where reading stopped.
/// </summary>
internal static class TimeLimitReader
{
    internal const string StatedSource = "D35";

    /// <summary>实时, 即时 and 及时 name no count of days: the statutory period applies (D49).</summary>
    private const string StatutorySource = "D49";

    /// <summary>The event D3 counts from, named for 实时, 即时 and standing rows (D4, D8).</summary>
    internal const string FormedOrChanged = "信息形成或者变更之日";

    private const string Expected =
        "expected \"…之日起N个工作日内\", \"…之日起N日内\", \"每月/每季度/每年\" (optionally \"结束后N个工作日内\"), \"长期公开\", \"常态化公开\", \"实时\", \"即时\" or \"及时\", " +
        "optionally followed by \"公示N个工作日\"";

    private static readonly string[] Standing = ["常态化公开", "长期公开", "常态化", "长期"];
    private static readonly string[] Immediate =
        ["按进展情况及时公开", "按进展情况及时", "实时公开", "即时公开", "及时公开", "实时更新", "即时更新", "及时更新", "实时", "即时", "及时"];
    private static readonly string[] Every = ["每", "按"];
    private static readonly (string Text, Cadence Cadence)[] Periods =
        [("季度", Cadence.Quarterly), ("月度", Cadence.Monthly), ("年度", Cadence.Yearly), ("月", Cadence.Monthly), ("季", Cadence.Quarterly), ("年", Cadence.Yearly)];
    private static readonly string[] AfterPeriod = ["结束后", "期末后", "末后", "后"];
    private static readonly string[] Verbs = ["予以公开", "主动公开", "公开", "公布", "更新"];
    private static readonly (string Text, bool WorkingDays)[] Units =
        [("个工作日", true), ("工作日", true), ("个自然日", false), ("自然日", false), ("日", false), ("天", false)];
    private static readonly string[] Posting = ["公示期不少于", "公示期为", "公示期", "公示不少于", "公示"];

    /// <summary>Reads <paramref name="text"/>; returns null and the limit, or what is wrong (quoting the text) and null.</summary>
    internal static string? Read(string text, out TimeLimit? limit)
    {
        limit = null;
        var reader = new Reader(Normalize(text));
        if (reader.AtEnd)
        {
            return $"The time limit {IsoText.Quote(text)} is blank; {Expected}.";
        }

        int? posting = null;
        var problem = ReadPeriod(ref reader, out var cadence, out var period, out var workingDays, out var countsFrom, out var source)
            ?? ReadPosting(ref reader, out posting);
        if (problem is null && !reader.AtEnd)
        {
            problem = $"{IsoText.Quote(reader.Rest)} follows a complete time limit";
        }

        if (problem is not null)
        {
            return $"The time limit {IsoText.Quote(text)} cannot be read: {problem}; {Expected}.";
        }

        var rule = source == StatutorySource
            ? DeadlineRule.StatutoryPeriod(StatutorySource)
            : new DeadlineRule(cadence!.IsPeriodic ? DeadlineTrigger.PeriodEnd : DeadlineTrigger.EventDate, period,
                workingDays ? DeadlineUnit.WorkingDays : DeadlineUnit.CalendarDays, source!);
        limit = new TimeLimit(text, cadence!, rule, countsFrom, posting);
        return null;
    }

    private static string? ReadPeriod(ref Reader reader, out Cadence? cadence, out int period, out bool workingDays, out string? countsFrom, out string? source)
    {
        (period, workingDays, countsFrom) = (DeadlineRule.StatutoryWorkingDays, true, FormedOrChanged);   // D8: standing rows take Art. 26's period

        // An event named before 之日起 comes first, so that an event that starts like a keyword (长期护理…, 实时监测…) is read as an event.
        var eventLength = reader.Rest.IndexOf("之日起", StringComparison.Ordinal);
        if (eventLength > 0)
        {
            (cadence, source) = (Cadence.Immediate, StatedSource);
            countsFrom = reader.Skip(eventLength + "之日".Length);
            reader.Take("起");
            return ReadDays(ref reader, out period, out workingDays);
        }

        if (reader.TakeAny(Standing) is not null)
        {
            (cadence, source) = (Cadence.Standing, "D8");
            return null;
        }

        if (reader.TakeAny(Immediate) is not null)
        {
            (cadence, source) = (Cadence.Immediate, StatutorySource);
            return null;
        }

        (cadence, source) = (null, null);
        if (reader.TakeAny(Every) is null)
        {
            return "it names no event to count from (\"…之日起\")";
        }

        countsFrom = null;
        if (reader.TakeAny(Periods, out var periodic) is null)
        {
            return $"{IsoText.Quote(reader.Rest)} after 每/按 is not 月, 季度 or 年";
        }

        (cadence, source) = (periodic, periodic == Cadence.Yearly ? "D6" : "D5");
        if (reader.TakeAny(AfterPeriod) is not null)
        {
            source = StatedSource;
            return ReadDays(ref reader, out period, out workingDays);
        }

        reader.TakeAny(Verbs);
        reader.Take("一次");
        return null;
    }

    /// <summary>N, its unit and 内, then an optional verb.</summary>
    private static string? ReadDays(ref Reader reader, out int days, out bool workingDays)
    {
        workingDays = false;
        reader.SkipSeparators();   // a space before the number, as in 海坛 row 46 (之日起 14个工作日内)
        if (reader.TakeNumber(out days, "does not start with a number of days") is { } notNumber)
        {
            return notNumber;
        }

        if (reader.TakeAny(Units, out workingDays) is null)
        {
            return $"{IsoText.Quote(reader.Rest)} after {days} is not 个工作日, 工作日, 日, 天 or 自然日";
        }

        var max = workingDays ? TimeLimit.MaxWorkingDays : TimeLimit.MaxCalendarDays;
        if (days > max)
        {
            return $"{days} {(workingDays ? "working" : "calendar")} days is more than a period may have ({max})";
        }

        if (!reader.Take("内"))
        {
            return $"{IsoText.Quote(reader.Rest)} follows the period where 内 was expected";
        }

        reader.TakeAny(Verbs);
        return null;
    }

    private static string? ReadPosting(ref Reader reader, out int? posting)
    {
        posting = null;
        reader.SkipSeparators();
        if (reader.TakeAny(Posting) is null)
        {
            return null;
        }

        if (reader.TakeNumber(out var days, "after 公示 is not a number of working days") is { } notNumber)
        {
            return notNumber;
        }

        if (reader.TakeAny(Units, out var workingDays) is null)
        {
            return $"{IsoText.Quote(reader.Rest)} after 公示{days} is not a number of working days";
        }

        if (!workingDays)
        {
            return $"the posting period of {days} calendar days is not counted in working days, as D35 counts posting periods";
        }

        if (days < 1 || days > TimeLimit.MaxWorkingDays)
        {
            return $"a posting period of {days} working days is not from 1 to {TimeLimit.MaxWorkingDays}";
        }

        posting = days;
        reader.SkipSeparators();
        return null;
    }

    /// <summary>Full-width digits made plain; surrounding spaces trimmed.</summary>
    private static string Normalize(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            plain.Append(c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c);
        }

        return plain.ToString();
    }

    /// <summary>A position in the sentence, moved forward by what it takes.</summary>
    private ref struct Reader(string text)
    {
        private int position;

        internal readonly bool AtEnd => position == text.Length;

        internal readonly string Rest => text[position..];

        internal bool Take(string expected)
        {
            if (!text.AsSpan(position).StartsWith(expected, StringComparison.Ordinal))
            {
                return false;
            }

            position += expected.Length;
            return true;
        }

        internal string? TakeAny(string[] choices)
        {
            foreach (var choice in choices)
            {
                if (Take(choice))
                {
                    return choice;
                }
            }

            return null;
        }

        internal string? TakeAny<T>((string Text, T Value)[] choices, out T value)
        {
            foreach (var (choice, meaning) in choices)
            {
                if (Take(choice))
                {
                    value = meaning;
                    return choice;
                }
            }

            value = default!;
            return null;
        }

        /// <summary>Takes <paramref name="length"/> characters and returns them.</summary>
        internal string Skip(int length)
        {
            var taken = text.Substring(position, length);
            position += length;
            return taken;
        }

        internal void SkipSeparators()
        {
            while (position < text.Length && text[position] is '，' or ',' or '；' or ';' or '。' or ' ' or '\u3000')
            {
                position++;
            }
        }

        /// <summary>A number of days in digits, or a Chinese numeral from 一 to 九千九百九十九; null, or what is wrong (for no number at
        /// all, the rest of the sentence and <paramref name="noNumber"/>).</summary>
        internal string? TakeNumber(out int number, string noNumber)
        {
            number = 0;
            var start = position;
            while (position < text.Length && text[position] is >= '0' and <= '9')
            {
                number = Math.Min((number * 10) + (text[position++] - '0'), 1_000_000);   // capped: far past any limit, never overflowing
            }

            if (position > start)
            {
                return null;
            }

            while (position < text.Length && ChineseNumeral.IsNumeralCharacter(text[position]))
            {
                position++;
            }

            var numeral = text.AsSpan(start, position - start);
            return numeral.Length == 0 ? $"{IsoText.Quote(Rest)} {noNumber}"
                : ChineseNumeral.TryParse(numeral, out number) ? null
                : $"{IsoText.Quote(numeral.ToString())} is not a Chinese numeral (一 to 九千九百九十九, as 十五, 二十, 一百零五 are written)";
        }
    }
}
