using System.Text;

namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// Reads the 公开时限 sentences of county catalogs (§10, D35) — the forms listed on <see cref="TimeLimit"/> — left to
/// right, one part at a time, so that a sentence it cannot read gets a message that says where reading stopped.
/// </summary>
internal static partial class TimeLimitReader
{
    internal const string StatedSource = "D35";

    /// <summary>实时, 即时 and 及时 name no count of days: the statutory period applies (D49).</summary>
    private const string StatutorySource = "D49";

    /// <summary>The event D3 counts from, named for 实时, 即时 and standing rows (D4, D8).</summary>
    internal const string FormedOrChanged = "信息形成或者变更之日";

    /// <summary>D45: the longest periods a catalog is likely to mean; longer ones are read and warned.</summary>
    private const int LikelyWorkingDays = 60;
    private const int LikelyCalendarDays = 90;

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

        var parts = new List<Part>();
        var (onRequest, otherLaw, warnings) = (false, (string?)null, new List<string>());
        while (!reader.AtEnd)
        {
            var start = reader.Position;
            if (parts.Count > 0 && !LooksLikePeriod(reader.Sentence))
            {
                return Unreadable(text, $"{IsoText.Quote(reader.Rest)} follows a complete time limit");
            }

            if (ReadPart(ref reader, warnings, out var part) is { } problem)
            {
                return Unreadable(text, parts.Count == 0 ? problem : $"its part {parts.Count + 1}, {IsoText.Quote(reader.TextFrom(start))}, {problem}");
            }

            parts.Add(part with { Text = reader.TextFrom(start).TrimEnd(Separators) });
            for (reader.SkipSeparators(); !reader.AtEnd; reader.SkipSeparators())
            {
                if (TakeOnRequestAfterPosting(ref reader))
                {
                    onRequest = true;
                }
                else if (reader.Sentence is var sentence && sentence.Contains("另有规定") && sentence.EndsWith("从其规定", StringComparison.Ordinal))
                {
                    otherLaw = reader.Skip(sentence.Length);
                }
                else
                {
                    break;
                }
            }
        }

        limit = Finish(text, parts, onRequest, otherLaw, warnings);
        return null;
    }

    private static string Unreadable(string text, string problem) => $"The time limit {IsoText.Quote(text)} cannot be read: {problem}; {Expected}.";

    /// <summary>The limit of the parts read: one part numbered 0, or parts 1, 2, … (D43); with the warnings of D44 and D45.</summary>
    private static TimeLimit Finish(string text, List<Part> parts, bool onRequest, string? otherLaw, List<string> warnings)
    {
        var made = new TimeLimitPart[parts.Count];
        for (var i = 0; i < made.Length; i++)
        {
            var p = parts[i];
            var rule = p.Source == StatutorySource
                ? DeadlineRule.StatutoryPeriod(StatutorySource)
                : new DeadlineRule(p.Cadence.IsPeriodic ? DeadlineTrigger.PeriodEnd : DeadlineTrigger.EventDate, p.Period,
                    p.WorkingDays ? DeadlineUnit.WorkingDays : DeadlineUnit.CalendarDays, p.Source);
            made[i] = new TimeLimitPart(made.Length == 1 ? 0 : i + 1, p.Text, p.Cadence, rule, p.CountsFrom, p.Posting, p.Channels);
            if (p.Source == StatedSource && p.Period > (p.WorkingDays ? LikelyWorkingDays : LikelyCalendarDays))
            {
                warnings.Add($"{(made.Length == 1 ? "The period" : $"Part {i + 1}'s period")} of {p.Period} {(p.WorkingDays ? "working" : "calendar")} days is " +
                             $"more than the {(p.WorkingDays ? $"{LikelyWorkingDays} working" : $"{LikelyCalendarDays} calendar")} days a catalog period is likely " +
                             "to have (national guideline periods are mostly 2 to 20 working days): read as written; check that it is not a typing error (D45).");
            }
        }

        if (onRequest && made.All(part => part.PostingWorkingDays is null))
        {
            warnings.Add("\"转为依申请公开\" follows no posting period: the row is read as proactive until its due date and on request after it; " +
                         "a posting period is not assumed (D44).");
        }

        return new TimeLimit(text, made, onRequest, otherLaw, [.. warnings]);
    }

    /// <summary>One event and its period, channels and posting period, as read.</summary>
    private readonly record struct Part(string Text, Cadence Cadence, int Period, bool WorkingDays, string? CountsFrom, string Source, int? Posting,
        NationalChannel[] Channels);

    private static string? ReadPart(ref Reader reader, List<string> warnings, out Part part)
    {
        part = default;
        var problem = ReadPeriod(ref reader, out var cadence, out var period, out var workingDays, out var countsFrom, out var source);
        NationalChannel[] channels = [];
        int? posting = null;
        problem ??= ReadChannels(ref reader, warnings, out channels) ?? ReadPosting(ref reader, out posting);
        if (problem is null)
        {
            part = new Part("", cadence!, period, workingDays, countsFrom, source!, posting, channels);
        }

        return problem;
    }

    private static string? ReadPeriod(ref Reader reader, out Cadence? cadence, out int period, out bool workingDays, out string? countsFrom, out string? source)
    {
        (period, workingDays, countsFrom) = (DeadlineRule.StatutoryWorkingDays, true, FormedOrChanged);   // D8: standing rows take Art. 26's period

        // An event named before 之日起 comes first, so that an event that starts like a keyword (长期护理…, 实时监测…) is read as an event.
        var sentence = reader.Sentence;
        var eventLength = sentence.IndexOf("之日起", StringComparison.Ordinal);
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

        (cadence, source) = (Cadence.Immediate, StatedSource);
        if (eventLength < 0 && !Every.Any(every => sentence.StartsWith(every, StringComparison.Ordinal)) && EventBeforeNumber(sentence) is > 0 and var beforeNumber)
        {
            // 信息形成20个工作日内, 拟征收土地现状调查结束后5个工作日内: the event runs to the number.
            countsFrom = reader.Skip(beforeNumber);
            return ReadDays(ref reader, out period, out workingDays);
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
        var start = reader.Position;
        reader.SkipSeparators();
        if (TakeOnRequestAfterPosting(ref reader))
        {
            reader.Position = start;   // 公示结束后，转为依申请公开 ends the part; Read takes it
            return null;
        }

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
}
