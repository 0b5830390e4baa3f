using System.Text.RegularExpressions;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// The text against the tables (§12.7) and section 六's statement on fees (§12.8). The text is read sentence by sentence for the counts the
/// tables hold; a number written in ASCII or full-width digits or as a Chinese numeral counts, and a cell left blank is not compared.
/// </summary>
internal static class ReportTextAudit
{
    private const string Number = $"(?<n>[0-9０-９]{{1,6}}|[{ChineseNumeral.Characters}]{{1,8}})";
    private const int QuotedLength = 200;
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    private static readonly Regex Received = Pattern($"(?:新收|收到|受理)(?:(?!复议|诉讼)[^。；;，,、]){{0,20}}?申请(?:共|合计|总计|数量|数)?(?:为)?{Number}件");
    private static readonly Regex ReceivedBy = Pattern($"(?<c>自然人|商业企业|科研机构|社会公益组织|法律服务机构|法人或其他组织)(?:申请|提出)?(?:的)?{Number}件");
    private static readonly Regex CarriedOver = Pattern($"上年(?:度)?结转[^。；;，,]{{0,12}}?{Number}件");
    private static readonly Regex CarriedForward = Pattern($"结转(?:至|到)?下(?:一)?年(?:度)?(?:继续办理)?[^。；;，,]{{0,6}}?{Number}件");
    private static readonly Regex Disclosed = Pattern($"予以公开{Number}件");
    private static readonly Regex Reconsiderations = Pattern($"行政复议(?:案件|申请)?(?:共)?{Number}件");
    private static readonly Regex Lawsuits = Pattern($"行政诉讼(?:案件)?(?:共)?{Number}件");
    private static readonly char[] SentenceEnds = ['。', '；', ';', '！', '？', '\n', '\r'];
    private static readonly string[] FeeWords = ["信息处理费", "收费", "费用"];

    internal static void Check(PublishedAnnualReport report, List<AuditFinding> findings)
    {
        var table = report.Requests;
        var (received, carried) = (table[RequestTableRow.NewThisYear].ToColumns(), table[RequestTableRow.CarriedOver].ToColumns());
        foreach (var section in ReportSection.InOrder)
        {
            foreach (var sentence in report.Text(section).Split(SentenceEnds, StringSplitOptions.RemoveEmptyEntries))
            {
                var place = new AuditPlace(null) { Section = section, Sentence = Shortened(sentence.Trim()) };
                ReceivedCounts(place, sentence, received, carried, findings);
                Counts(report, place, sentence, carried[6], findings);
            }
        }

        if (report.Year >= ReportFormat.FirstYearOf2021Format && !FeeWords.Any(report.Text(ReportSection.OtherMatters).Contains))
        {
            findings.Add(new AuditFinding(AuditFindingKind.FeesNotStated, new AuditPlace(null) { Section = ReportSection.OtherMatters }, null, null,
                "第六部分未说明信息处理费的收取情况（国办函〔2020〕109号），没有收取的也应说明。",
                "Section 六 says nothing of processing fees (国办函〔2020〕109号); a report that charged none says so."));
        }
    }

    /// <summary>"收到…申请 N件" and, after it in the sentence, the counts by applicant against row 一 (§12.7).</summary>
    private static void ReceivedCounts(AuditPlace place, string sentence, int?[] received, int?[] carried, List<AuditFinding> findings)
    {
        if (Received.Match(sentence) is not { Success: true } count || Value(count) is not { } total)
        {
            return;
        }

        ReceivedCount(place, total, received[6], carried[6], "总计", "total", findings);
        for (var by = ReceivedBy.Match(sentence, count.Index + count.Length); by.Success; by = by.NextMatch())
        {
            if (Value(by) is { } n)
            {
                var column = by.Groups["c"].Value;
                var (r, o, columnEn) = ApplicantKind.InOrder.FirstOrDefault(kind => kind.Label.Zh == column) is { } kind
                    ? (received[kind.Value - 1], carried[kind.Value - 1], kind.Label.En)
                    : (SumOfOrganizations(received), SumOfOrganizations(carried), "legal persons and other organizations");
                ReceivedCount(place, n, r, o, column, columnEn, findings);
            }
        }
    }

    /// <summary>The other counts a sentence may give: carried over and forward, disclosed, reconsiderations and lawsuits (§12.7).</summary>
    private static void Counts(PublishedAnnualReport report, AuditPlace place, string sentence, int? carriedOver, List<AuditFinding> findings)
    {
        var table = report.Requests;
        Compare(CarriedOver, sentence, place, carriedOver, ("三", "二", "总计"), "上年结转", "carried over", findings);
        Compare(CarriedForward, sentence, place, table[RequestTableRow.CarriedForward].Total, ("三", "四", "总计"), "结转下年度", "carried forward", findings);
        Compare(Disclosed, sentence, place, table[RequestTableRow.Disclosed].Total, ("三", "三(一)", "总计"), "予以公开", "disclosed", findings);
        Compare(Reconsiderations, sentence, place, report.Redress.Reconsideration.Total, ("四", "行政复议", "总计"), "行政复议", "reconsiderations", findings);
        var (direct, after) = (report.Redress.DirectLitigation.Total, report.Redress.LitigationAfterReconsideration.Total);
        Compare(Lawsuits, sentence, place, direct + after, ("四", "行政诉讼", "总计"), "行政诉讼", "lawsuits", findings);
    }

    /// <summary>"收到…申请 N件" against row 一; where it differs but equals 一 + 二, the year's workload, it is an ambiguous count (§12.7).</summary>
    private static void ReceivedCount(AuditPlace place, int n, int? received, int? carried, string column, string columnEn, List<AuditFinding> findings)
    {
        if (received is not { } r || r == n)
        {
            return;
        }

        var at = place with { Table = "三", Row = "一", Column = column };
        if (carried is { } o && r + o == n)
        {
            findings.Add(new AuditFinding(AuditFindingKind.AmbiguousCount, at, n, r,
                $"正文“{place.Sentence}”称收到申请{n}件，表三一行“{column}”本年新收{r}件；{n}等于一＋二（{r}＋{o}，本年办理总量），请说明口径。",
                $"The text says {n} requests received ({columnEn}) in “{place.Sentence}”, but row 一 holds {r}; {n} is 一 + 二 ({r} + {o}, the year's workload): explain which is meant."));
            return;
        }

        findings.Add(Differs(at, place.Sentence!, n, r, "收到申请", "requests received"));
    }

    private static void Compare(Regex pattern, string sentence, AuditPlace place, int? cell, (string Table, string Row, string Column) at, string what, string whatEn,
        List<AuditFinding> findings)
    {
        if (cell is { } figure && pattern.Match(sentence) is { Success: true } match && Value(match) is { } n && n != figure)
        {
            findings.Add(Differs(place with { Table = at.Table, Row = at.Row, Column = at.Column }, place.Sentence!, n, figure, what, whatEn));
        }
    }

    private static AuditFinding Differs(AuditPlace place, string sentence, int n, int cell, string what, string whatEn) =>
        new(AuditFindingKind.TextDiffers, place, n, cell,
            $"正文“{sentence}”称{what}{n}件，表{place.Table}{place.Row}行“{place.Column}”为{cell}。",
            $"The text says {n} ({whatEn}) in “{sentence}”, but table {place.Table}, row {place.Row}, {place.Column} holds {cell}.");

    /// <summary>The sentence as quoted in a finding: at most <see cref="QuotedLength"/> characters, a longer one cut with an ellipsis.</summary>
    private static string Shortened(string sentence) => sentence.Length <= QuotedLength ? sentence : sentence.Substring(0, QuotedLength) + "…";

    private static int? SumOfOrganizations(int?[] row) =>
        row[1] is { } a && row[2] is { } b && row[3] is { } c && row[4] is { } d && row[5] is { } e ? a + b + c + d + e : null;

    private static int? Value(Match match)
    {
        var text = match.Groups["n"].Value;
        return ChineseNumeral.IsNumeralCharacter(text[0]) ? (ChineseNumeral.TryParse(text.AsSpan(), out var value) ? value : null) : NoticeSyntax.Value(text);
    }

    private static Regex Pattern(string pattern) => new(pattern, Options, NoticeSyntax.MatchTimeout);
}
