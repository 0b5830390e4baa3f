using System.Globalization;
using System.Net;
using System.Text;
using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>
/// A report as county sites publish it: the page a content system wraps around Word's "save as web page" — navigation, a list of other
/// years' reports before the article, a 发布时间 line, a footer — with Word's markup inside: <c>MsoNormal</c> paragraphs, every cell's text
/// in nested <c>span</c>s with <c>mso-</c> styles and <c>&amp;nbsp;</c>, <c>&lt;o:p&gt;</c>, <c>rowspan="22"</c>, a number split across
/// spans, full-width digits, blank cells holding <c>&amp;nbsp;</c>, text wrapped mid-sentence, conditional comments and the width row Word
/// leaves under each table. Shared with tools/FixtureMaker.
/// </summary>
internal static class MsoPage
{
    private const string Cell = "style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'";

    /// <summary>The report as its page publishes it: the publisher's name signs section 六.</summary>
    internal static PublishedAnnualReport Signed(PublishedAnnualReport report) =>
        report.WithText(ReportSection.OtherMatters, report.Text(ReportSection.OtherMatters) + "\n" + report.PublisherName);

    /// <summary>The page of <paramref name="report"/>, its title in an <c>h1</c> or a <c>div</c>, with or without a <c>PubDate</c> meta.</summary>
    internal static string Write(PublishedAnnualReport report, bool titleAsHeading, bool pubDateMeta, string charset)
    {
        var page = new StringBuilder();
        var date = report.PublishedOn?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) + " 15:07";
        page.Append("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">\r\n<head>\r\n");
        page.Append($"<meta http-equiv=Content-Type content=\"text/html; charset={charset}\">\r\n");
        if (pubDateMeta && report.PublishedOn is not null)
        {
            page.Append($"<meta name=\"PubDate\" content=\"{date}\">\r\n");
        }

        page.Append($"<title>{Encode(report.Title)}_{Encode(report.PublisherName)}门户网站</title>\r\n");
        page.Append("<style>\r\n<!--\r\n p.MsoNormal, li.MsoNormal {mso-style-parent:\"\"; margin:0cm; text-align:justify; font-size:10.5pt; font-family:\"Times New Roman\",serif;}\r\n-->\r\n</style>\r\n");
        page.Append("<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->\r\n</head>\r\n<body>\r\n");
        page.Append("<div class=\"header\"><ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li><li><a href=\"/zwgk/zfxxgk/\">政府信息公开</a></li></ul>\r\n");
        page.Append("<div class=\"crumb\">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年度报告</div></div>\r\n");
        page.Append("<div class=\"side\"><h3>相关报告</h3><ul>");
        foreach (var year in new[] { report.Year - 1, report.Year - 2 })
        {
            page.Append($"<li><a href=\"/nb/{year}.htm\">{Encode(report.PublisherName)}{year}年政府信息公开工作年度报告</a></li>");
        }

        page.Append("</ul></div>\r\n<div class=\"article\">\r\n");
        page.Append(titleAsHeading ? $"<h1 class=\"title\">{Encode(report.Title)}</h1>\r\n" : $"<div class=\"xxgk_title\">{Encode(report.Title)}</div>\r\n");
        if (report.PublishedOn is not null)
        {
            page.Append($"<div class=\"info\"><span>发布时间：{date}</span>&nbsp;&nbsp;<span>来源：{Encode(report.PublisherName)}</span>&nbsp;&nbsp;<span>【字体：大 中 小】</span></div>\r\n");
        }

        page.Append("<div class=\"TRS_Editor\"><div class=WordSection1 style='layout-grid:15.6pt'>\r\n");
        foreach (var section in ReportSection.InOrder)
        {
            page.Append($"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><b><span style='font-size:16.0pt;font-family:黑体;mso-hansi-font-family:\"Times New Roman\"'>{section.Heading}<span lang=EN-US><o:p></o:p></span></span></b></p>\r\n");
            foreach (var line in report.Text(section).Split('\n').Where(line => line.Length > 0))
            {
                page.Append($"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{Wrapped(line)}<span lang=EN-US><o:p></o:p></span></span></p>\r\n");
            }

            page.Append(section == ReportSection.Proactive ? Proactive(report.Proactive)
                : section == ReportSection.Requests ? Requests(report.Requests)
                : section == ReportSection.Redress ? Redress(report.Redress)
                : "");
        }

        page.Append("<p class=MsoNormal align=right style='text-align:right'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>");
        page.Append(Encode(report.PublisherName)).Append("<span lang=EN-US><o:p></o:p></span></span></p>\r\n</div></div>\r\n</div>\r\n");
        page.Append("<div class=\"footer\"><p>主办单位：").Append(Encode(report.PublisherName)).Append("&nbsp;&nbsp;网站标识码：3500000000</p><p>闽ICP备00000000号</p></div>\r\n</body>\r\n</html>\r\n");
        return page.ToString();
    }

    private static string Proactive(PublishedProactiveFigures figures)
    {
        var rows = new List<string>
        {
            Row(Text("第二十条第（一）项", colspan: 4)),
            Row(Text("信息内容") + Text("本年制发件数") + Text("本年废止件数") + Text("现行有效件数")),
            Row(Text("规章") + Figures(figures.Rules.Issued, figures.Rules.Repealed, figures.Rules.InForce)),
            Row(Text("行政规范性文件") + Figures(figures.NormativeDocuments.Issued, figures.NormativeDocuments.Repealed, figures.NormativeDocuments.InForce)),
            Row(Text("第二十条第（五）项", colspan: 4)),
            Row(Text("信息内容") + Text("本年处理决定数量", colspan: 3)),
            Row(Text("行政许可") + Figure(figures.LicensingDecisions, colspan: 3)),
            Row(Text("第二十条第（六）项", colspan: 4)),
            Row(Text("信息内容") + Text("本年处理决定数量", colspan: 3)),
            Row(Text("行政处罚") + Figure(figures.PenaltyDecisions, colspan: 3)),
            Row(Text("行政强制") + Figure(figures.CoercionDecisions, colspan: 3)),
            Row(Text("第二十条第（八）项", colspan: 4)),
            Row(Text("信息内容") + Text("本年收费金额（单位：万元）", colspan: 3)),
            Row(Text("行政事业性收费") + Figure(figures.FeesTenThousandYuan, colspan: 3)),
        };
        return Table(rows, 4);
    }

    private static string Requests(PublishedRequestTable table)
    {
        var rows = new List<string>
        {
            Row(Text("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowspan: 3, colspan: 3) + Text("申请人情况", colspan: 7)),
            Row(Text("自然人", rowspan: 2) + Text("法人或其他组织", colspan: 5) + Text("总计", rowspan: 2)),
            Row(Text("商业企业") + Text("科研机构") + Text("社会<br>公益组织") + Text("法律服务机构") + Text("其他")),
        };
        RequestOutcomeGroup? group = null;
        foreach (var row in RequestTable.Rows)
        {
            var label = new StringBuilder();
            if (row == RequestTableRow.Disclosed)
            {
                label.Append(Text("三、本年度办理结果", rowspan: 22));
            }

            if (row.Outcome is { RowInGroup: not null } outcome)
            {
                if (outcome.Group != group)
                {
                    group = outcome.Group;
                    label.Append(Text($"（{group.TableLabel.Trim('(', ')')}）{group.Label.Zh}", rowspan: RequestTable.Rows.Count(r => r.Outcome?.Group == group)));
                }

                label.Append(Text($"{outcome.RowInGroup}.{row.Label.Zh}"));
            }
            else if (row.IsResult || row == RequestTableRow.Total)
            {
                label.Append(Text(row == RequestTableRow.Total ? "（七）总计"
                    : $"（{row.Outcome!.Group.TableLabel.Trim('(', ')')}）{row.Label.Zh}" + (row == RequestTableRow.PartlyDisclosed ? "（区分处理的，只计这一情形，不计其他情形）" : ""), colspan: 2));
            }
            else
            {
                label.Append(Text($"{row.TableLabel}、{row.Label.Zh}", colspan: 3));
            }

            var counts = table[row];
            rows.Add(Row(label + Figures(counts.NaturalPersons, counts.CommercialEnterprises, counts.ResearchInstitutions, counts.SocialWelfareOrganizations,
                counts.LegalServicesInstitutions, counts.OtherOrganizations, counts.Total)));
        }

        return Table(rows, 10);
    }

    private static string Redress(PublishedRedressTable table)
    {
        var results = string.Concat(RedressResult.InOrder.Select(result => Text(result.Label.Zh))) + Text("总计");
        var tall = string.Concat(RedressResult.InOrder.Select(result => Text(result.Label.Zh, rowspan: 2))) + Text("总计", rowspan: 2);
        var figures = RedressCaseKind.InOrder.SelectMany(kind => RedressResult.InOrder.Select(result => (decimal?)table[kind][result]).Append(table[kind].Total));
        return Table(
        [
            Row(Text("行政复议", colspan: 5) + Text("行政诉讼", colspan: 10)),
            Row(tall + Text("未经复议直接起诉", colspan: 5) + Text("复议后起诉", colspan: 5)),
            Row(results + results),
            Row(string.Concat(figures.Select((figure, i) => Figure(figure, colspan: 1, style: i)))),
        ], 15);
    }

    private static string Table(IEnumerable<string> rows, int columns) =>
        "<div align=center><table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>\r\n" +
        string.Concat(rows) +
        "<![if !supportMisc]>\r\n <tr height=0>\r\n" + string.Concat(Enumerable.Repeat("  <td width=57 style='border:none'></td>\r\n", columns)) + " </tr>\r\n <![endif]>\r\n</table></div>\r\n";

    private static string Row(string cells) => $" <tr style='mso-yfti-irow:0;height:20.0pt'>\r\n{cells} </tr>\r\n";

    private static string Text(string text, int rowspan = 1, int colspan = 1) =>
        $"  <td{Spans(rowspan, colspan)} valign=center {Cell}>\r\n  <p class=MsoNormal align=center style='text-align:center'><span style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体'>{(text.Contains("<br>", StringComparison.Ordinal) ? text : Encode(text))}<span lang=EN-US><o:p></o:p></span></span></p>\r\n  </td>\r\n";

    private static string Figures(params int?[] figures) => string.Concat(figures.Select((figure, i) => Figure(figure, colspan: 1, style: i)));

    /// <summary>A figure cell in one of Word's shapes, chosen by <paramref name="style"/>: plain, split across spans, full-width, padded with
    /// <c>&amp;nbsp;</c>, in a nested <c>p</c>; a blank is Word's empty cell, <c>&lt;o:p&gt;&amp;nbsp;&lt;/o:p&gt;</c>.</summary>
    private static string Figure(decimal? figure, int colspan, int style = 0)
    {
        var text = figure?.ToString(CultureInfo.InvariantCulture);
        var inner = text is null ? "<span lang=EN-US style='font-size:10.5pt'><o:p>&nbsp;</o:p></span>"
            : (style % 5) switch
            {
                1 when text.Length > 1 => $"<span lang=EN-US style='font-size:10.5pt'>{text.Substring(0, 1)}</span><span lang=EN-US style='font-size:10.5pt;mso-bidi-font-family:宋体'>{text.Substring(1)}</span><span lang=EN-US><o:p></o:p></span>",
                2 => $"<span style='font-size:10.5pt;font-family:宋体'>{string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c))}</span><span lang=EN-US><o:p></o:p></span>",
                3 => $"<span lang=EN-US style='font-size:10.5pt'><span style='mso-spacerun:yes'>&nbsp;</span>{text}<span style='mso-spacerun:yes'>&nbsp;</span><o:p></o:p></span>",
                _ => $"<span lang=EN-US style='font-size:10.5pt;font-family:\"Times New Roman\",serif'>{text}<o:p></o:p></span>",
            };
        return $"  <td{Spans(1, colspan)} valign=center {Cell}>\r\n  <p class=MsoNormal align=center style='text-align:center'>{inner}</p>\r\n  </td>\r\n";
    }

    private static string Spans(int rowspan, int colspan) => (rowspan > 1 ? $" rowspan={rowspan}" : "") + (colspan > 1 ? $" colspan={colspan}" : "");

    /// <summary>The text as Word writes it into HTML: encoded, its lines broken in the source every 30 characters, between characters a browser
    /// joins again.</summary>
    private static string Wrapped(string line)
    {
        var encoded = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            var wrap = i > 0 && i % 30 == 0 && line[i] > '\u2E80' && line[i - 1] > '\u2E80';
            encoded.Append(wrap ? "\r\n" : "").Append(Encode(line[i].ToString()));
        }

        return encoded.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
