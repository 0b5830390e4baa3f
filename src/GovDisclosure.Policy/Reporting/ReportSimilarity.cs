using System.Text;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Reporting;

/// <summary>D42: each section's distinct character 4-grams against last year's same section, once the template's text, digits, punctuation
/// and spaces are gone — so a text copied with its numbers changed scores as copied, and the headings both years print do not count.</summary>
internal static class ReportSimilarity
{
    private const int GramLength = 4;

    /// <summary>The template's own text, longest first so a phrase goes before the shorter phrases inside it.</summary>
    private static readonly string[] TemplateText =
    [
        .. new[]
            {
                "政府信息公开工作年度报告", "本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和", "勾稽关系", "申请人情况", "法人或其他组织", "信息内容", "本年制发件数",
                "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额", "万元", "规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费",
                "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "第二十条第",
            }
            .Concat(ReportSection.InOrder.SelectMany(section => new[] { section.Heading, section.Label.Zh }))
            .Concat(RequestTable.Rows.Select(row => row.Label.Zh))
            .Concat(ApplicantKind.InOrder.Select(kind => kind.Label.Zh))
            .Where(text => text.Length > 1)
            .Distinct()
            .OrderByDescending(text => text.Length),
    ];

    internal static SectionSimilarity[] Compare(PublishedAnnualReport report, PublishedAnnualReport lastYear, ReportingRules rules) =>
    [
        .. ReportSection.InOrder.Select(section =>
        {
            var grams = Grams(report.Text(section));
            var before = Grams(lastYear.Text(section));
            var share = grams.Count == 0 ? 0 : (double)grams.Count(before.Contains) / grams.Count;
            return new SectionSimilarity(section, share, grams.Count, grams.Count >= rules.MinimumDistinctGrams && share >= rules.CopiedShare);
        }),
    ];

    /// <summary>The distinct 4-grams of <paramref name="text"/> once the template's text, digits, punctuation, symbols and spaces are removed.</summary>
    internal static HashSet<string> Grams(string text)
    {
        var kept = new StringBuilder(text);
        foreach (var phrase in TemplateText)
        {
            kept.Replace(phrase, "\0");
        }

        var letters = new StringBuilder(kept.Length);
        for (var i = 0; i < kept.Length; i++)
        {
            var c = kept[i];
            if (c != '\0' && !char.IsDigit(c) && !char.IsPunctuation(c) && !char.IsSymbol(c) && !char.IsWhiteSpace(c) && !char.IsControl(c))
            {
                letters.Append(c);
            }
        }

        var grams = new HashSet<string>(StringComparer.Ordinal);
        var cleaned = letters.ToString();
        for (var i = 0; i + GramLength <= cleaned.Length; i++)
        {
            grams.Add(cleaned.Substring(i, GramLength));
        }

        return grams;
    }
}
