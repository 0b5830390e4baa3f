using System.Text.RegularExpressions;
using GovDisclosure.Policy.Reporting;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// The frame of a published report (§9.3): its title (<c>…2024年度政府信息公开工作年度报告</c>), whose year and publisher it names, the
/// headings of its six sections and the day it was published. What the blocks between the headings hold is the sections' and the
/// tables'.
/// </summary>
internal static class ReportOutline
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Regex Title = new(@"^《?(?<before>.*?)(?<year>[0-9]{4})年度?(?<after>.*?)政府信息公开(?:工作)?年度报告》?$", Options);
    private static readonly Regex PublishedLine = new(@"发布(?:时间|日期)[:：](?<date>[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2})", Options);
    private static readonly Regex Date = new(@"^(?<y>[0-9]{4})[-/.年](?<m>[0-9]{1,2})[-/.月](?<d>[0-9]{1,2})", Options);

    /// <summary>Words one of which each section's heading holds, after its numeral: 一、总体情况, 二、主动公开政府信息情况, ….</summary>
    private static readonly string[][] HeadingWords = [["总体情况", "概述"], ["主动公开"], ["申请"], ["复议", "诉讼"], ["问题"], ["其他"]];

    /// <summary>The longest heading, compacted: longer lines are sentences, not headings.</summary>
    private const int HeadingLength = 40;

    /// <summary>The section <paramref name="text"/> is the heading of: its numeral, then 、 or a point, then one of its words (two
    /// characters at the least, so a heading has four).</summary>
    internal static ReportSection? HeadingOf(string text)
    {
        var compact = TextForm.Compact(text);
        if (compact.Length < 4 || compact.Length > HeadingLength || compact[1] is not ('、' or '.' or '，' or ',' or '：' or ':'))
        {
            return null;
        }

        foreach (var section in ReportSection.InOrder)
        {
            if (compact[0] == section.Numeral[0] && HeadingWords[section.Value - 1].Any(word => compact.IndexOf(word, 2, StringComparison.Ordinal) >= 2))
            {
                return section;
            }
        }

        return null;
    }

    /// <summary>The index of each section's heading block, in order, or -1 where none was found; a heading out of order is not one.</summary>
    internal static int[] Headings(IReadOnlyList<Block> blocks)
    {
        var found = ReportSection.InOrder.Select(_ => -1).ToArray();
        var last = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is TextBlock text && HeadingOf(text.Text) is { } section && section.Value > last)
            {
                found[section.Value - 1] = i;
                last = section.Value;
            }
        }

        return found;
    }

    /// <summary>The report's title among the blocks before <paramref name="end"/>: the last such line (a site lists other reports before the
    /// article, never after its title), a heading element preferred.</summary>
    internal static ReportTitle? FindTitle(IReadOnlyList<Block> blocks, int end, string? pageTitle)
    {
        ReportTitle? found = null;
        for (var i = 0; i < end; i++)
        {
            if (blocks[i] is TextBlock text && Parse(text.Text) is { } title && (found is null || text.IsHeading || !found.FromHeading))
            {
                found = title with { FromHeading = text.IsHeading };
            }
        }

        return found ?? (pageTitle is null ? null : Parse(pageTitle.Split('_', '|', '－')[0]));
    }

    /// <summary>A title's year and publisher; null when the line is no report's title.</summary>
    internal static ReportTitle? Parse(string line)
    {
        var collapsed = TextForm.Collapse(line).Trim('《', '》', ' ');
        if (collapsed.Length > 80 || Title.Match(TextForm.Compact(collapsed)) is not { Success: true } match)
        {
            return null;
        }

        var before = match.Groups["before"].Value;
        var publisher = (before.EndsWith("关于", StringComparison.Ordinal) ? before.Substring(0, before.Length - 2) : before) + match.Groups["after"].Value;
        var year = int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return year is < DisclosureYears.First or > DisclosureYears.Last ? null : new ReportTitle(collapsed, publisher, year, RoleOf(publisher), false);
    }

    /// <summary>A government's name ends in 人民政府, a department's in 局, 委, 办, 委员会 or 办公室; any other says nothing.</summary>
    internal static BodyRole? RoleOf(string publisher) =>
        publisher.EndsWith("人民政府", StringComparison.Ordinal) ? BodyRole.Government
        : new[] { "局", "委", "办", "委员会", "办公室" }.Any(end => publisher.EndsWith(end, StringComparison.Ordinal)) ? BodyRole.Department
        : null;

    /// <summary>The day of a <c>PubDate</c> meta's content (<c>2023-02-20 15:07</c>), or of the first 发布时间 or 发布日期 line before
    /// <paramref name="end"/>; null when neither names a day.</summary>
    internal static LocalDate? PublishedOn(IReadOnlyList<Block> blocks, int end, string? pubDate)
    {
        if (pubDate is not null && DayOf(TextForm.Compact(pubDate)) is { } meta)
        {
            return meta;
        }

        for (var i = 0; i < end; i++)
        {
            if (blocks[i] is TextBlock text && PublishedLine.Match(TextForm.Compact(text.Text)) is { Success: true } line && DayOf(line.Groups["date"].Value) is { } day)
            {
                return day;
            }
        }

        return null;
    }

    private static LocalDate? DayOf(string text)
    {
        if (Date.Match(text) is not { Success: true } match)
        {
            return null;
        }

        var (year, month, day) = (Number(match, "y"), Number(match, "m"), Number(match, "d"));
        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? new LocalDate(year, month, day)
            : null;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A report's title as published, and what it names.</summary>
internal sealed record ReportTitle(string Text, string Publisher, int Year, BodyRole? Role, bool FromHeading);
