using System.Globalization;
using System.Net;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// An annual report (§9.3) as one self-contained HTML page — no scripts, no external files, styles inline, A4 print layout — with the six
/// sections and the three tables laid out as the national format lays them out: the same rows, columns, merged headers and row labels
/// (§9.4, §9.5). In Chinese, as published, or in English for readers of the bilingual library. A report with
/// <see cref="AnnualReport.Problems"/> lists them in a box that is not printed.
/// </summary>
/// <remarks>Every figure row of table 三 carries <c>data-row</c> with its label (<c>一</c>, <c>三(三)1</c>, …), so pages can be read back by machines.</remarks>
public static class AnnualReportHtml
{
    private const string Style =
        "body{font-family:\"SimSun\",\"Songti SC\",\"Noto Serif CJK SC\",serif;max-width:960px;margin:2em auto;padding:0 1em;line-height:1.7;color:#000}" +
        "h1{text-align:center;font-size:1.5em}h2{font-size:1.15em;margin-top:1.5em}p{text-indent:2em;margin:.4em 0}" +
        "table{border-collapse:collapse;width:100%;margin:.8em 0;font-size:.9em;page-break-inside:avoid}" +
        "th,td{border:1px solid #000;padding:.25em .4em;text-align:center}th[scope=row]{text-align:left;font-weight:normal}" +
        "td{font-variant-numeric:tabular-nums}.requests td,.redress td{width:3.6em}.problems{border:2px solid #b00;padding:.5em 1em;color:#b00}" +
        "@page{size:A4;margin:2cm}@media print{body{margin:0;max-width:none}.problems{display:none}}";

    private static readonly Labels Chinese = new(
        Language: "zh-CN",
        Sections: ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
        Items: ["第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"],
        Content: "信息内容",
        DocumentColumns: ["本年制发件数", "本年废止件数", "现行有效件数"],
        Decisions: "本年处理决定数量",
        Fees: "本年收费金额（单位：万元）",
        ProactiveRows: ["规章", "行政规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费"],
        Balance: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
        Applicants: "申请人情况",
        Organizations: "法人或其他组织",
        Total: "总计",
        Results: "三、本年度办理结果",
        PartlyNote: "（区分处理的，只计这一情形，不计其他情形）",
        Reconsideration: "行政复议",
        Litigation: "行政诉讼",
        Problems: "核对发现的问题（不打印）",
        Empty: "无。");

    private static readonly Labels English = new(
        Language: "en",
        Sections: ["1. Overview", "2. Information disclosed proactively", "3. Requests for disclosure received and handled",
            "4. Administrative reconsideration and litigation about disclosure", "5. Main problems and improvements", "6. Other matters"],
        Items: ["Article 20 (1)", "Article 20 (5)", "Article 20 (6)", "Article 20 (8)"],
        Content: "Information",
        DocumentColumns: ["Issued this year", "Repealed this year", "In force"],
        Decisions: "Decisions this year",
        Fees: "Fees charged this year (10,000 yuan)",
        ProactiveRows: ["Rules", "Normative documents", "Administrative licensing", "Administrative penalties", "Administrative coercion",
            "Administrative and institutional fees"],
        Balance: "(In every column, row 1 plus row 2 equals row 3 (7) plus row 4.)",
        Applicants: "Applicants",
        Organizations: "Legal persons and other organizations",
        Total: "Total",
        Results: "3. Results this year",
        PartlyNote: " (a request handled in parts counts here only)",
        Reconsideration: "Administrative reconsideration",
        Litigation: "Administrative litigation",
        Problems: "Problems found by the check (not printed)",
        Empty: "None.");

    /// <summary>Writes the report as a Chinese HTML page, the form it is published in.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Receives the page; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteChinese(AnnualReport report, TextWriter writer) => Write(report, writer, Chinese);

    /// <summary>Writes the same page in English: the same sections, tables, rows and columns, with English labels.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Receives the page; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteEnglish(AnnualReport report, TextWriter writer) => Write(report, writer, English);

    private static void Write(AnnualReport report, TextWriter writer, Labels labels)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(writer);
        var en = labels == English;
        var title = en ? report.TitleEn : report.Title;
        writer.Write($"<!DOCTYPE html>\n<html lang=\"{labels.Language}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{Text(title)}</title>\n<style>{Style}</style>\n</head>\n<body>\n");
        writer.Write($"<h1>{Text(title)}</h1>\n");
        var problems = report.Problems;
        if (problems.Count > 0)
        {
            writer.Write($"<aside class=\"problems\"><strong>{labels.Problems}</strong><ul>");
            foreach (var problem in problems)
            {
                writer.Write($"<li>{Text(en ? problem.MessageEn : problem.MessageZh)}</li>");
            }

            writer.Write("</ul></aside>\n");
        }

        Section(writer, labels, 0, report.Overview);
        writer.Write($"<h2>{labels.Sections[1]}</h2>\n");
        ProactiveTable(writer, labels, report.Proactive);
        writer.Write($"<h2>{labels.Sections[2]}</h2>\n");
        RequestsTable(writer, labels, report.Requests, en);
        writer.Write($"<h2>{labels.Sections[3]}</h2>\n");
        RedressTable(writer, labels, report.Redress, en);
        Section(writer, labels, 4, report.ProblemsAndImprovements);
        Section(writer, labels, 5, report.OtherMatters);
        writer.Write("</body>\n</html>\n");
    }

    private static void Section(TextWriter writer, Labels labels, int index, string text)
    {
        writer.Write($"<h2>{labels.Sections[index]}</h2>\n");
        var paragraphs = text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).ToArray();
        foreach (var paragraph in paragraphs.Length == 0 ? [labels.Empty] : paragraphs)
        {
            writer.Write($"<p>{Text(paragraph)}</p>\n");
        }
    }

    private static void ProactiveTable(TextWriter writer, Labels labels, ProactiveDisclosureFigures figures)
    {
        writer.Write("<table class=\"proactive\">\n");
        writer.Write($"<tr><th colspan=\"4\">{labels.Items[0]}</th></tr>\n");
        writer.Write($"<tr><th>{labels.Content}</th>{string.Concat(labels.DocumentColumns.Select(column => $"<th>{column}</th>"))}</tr>\n");
        foreach (var (name, documents) in new[] { (labels.ProactiveRows[0], figures.Rules), (labels.ProactiveRows[1], figures.NormativeDocuments) })
        {
            writer.Write($"<tr><th scope=\"row\">{name}</th><td>{documents.Issued}</td><td>{documents.Repealed}</td><td>{documents.InForce}</td></tr>\n");
        }

        var singles = new (int Item, string Heading, (string Name, string Figure)[] Rows)[]
        {
            (1, labels.Decisions, [(labels.ProactiveRows[2], Figure(figures.LicensingDecisions))]),
            (2, labels.Decisions, [(labels.ProactiveRows[3], Figure(figures.PenaltyDecisions)), (labels.ProactiveRows[4], Figure(figures.CoercionDecisions))]),
            (3, labels.Fees, [(labels.ProactiveRows[5], figures.FeesTenThousandYuan.ToString(CultureInfo.InvariantCulture))]),
        };
        foreach (var (item, heading, rows) in singles)
        {
            writer.Write($"<tr><th colspan=\"4\">{labels.Items[item]}</th></tr>\n<tr><th>{labels.Content}</th><th colspan=\"3\">{heading}</th></tr>\n");
            foreach (var (name, figure) in rows)
            {
                writer.Write($"<tr><th scope=\"row\">{name}</th><td colspan=\"3\">{figure}</td></tr>\n");
            }
        }

        writer.Write("</table>\n");
    }

    private static void RequestsTable(TextWriter writer, Labels labels, RequestTable table, bool en)
    {
        var organizations = ApplicantKind.InOrder.Where(kind => kind.IsOrganization).ToArray();
        writer.Write("<table class=\"requests\">\n");
        writer.Write($"<tr><th rowspan=\"3\" colspan=\"3\">{labels.Balance}</th><th colspan=\"7\">{labels.Applicants}</th></tr>\n");
        writer.Write($"<tr><th rowspan=\"2\">{Name(ApplicantKind.NaturalPerson, en)}</th><th colspan=\"{organizations.Length}\">{labels.Organizations}</th>" +
                     $"<th rowspan=\"2\">{labels.Total}</th></tr>\n");
        writer.Write($"<tr>{string.Concat(organizations.Select(kind => $"<th>{Name(kind, en)}</th>"))}</tr>\n");
        var results = RequestTable.Rows.Count(row => row.IsResult) + 1;   // with 三(七)
        RequestOutcomeGroup? group = null;
        foreach (var row in RequestTable.Rows)
        {
            writer.Write($"<tr data-row=\"{row.TableLabel}\">");
            if (row == RequestTableRow.Disclosed)
            {
                writer.Write($"<th scope=\"rowgroup\" rowspan=\"{results}\">{labels.Results}</th>");
            }

            if (row.Outcome is { RowInGroup: not null } outcome)
            {
                if (outcome.Group != group)
                {
                    group = outcome.Group;
                    var size = RequestTable.Rows.Count(r => r.Outcome?.Group == group);
                    writer.Write($"<th scope=\"rowgroup\" rowspan=\"{size}\">{GroupLabel(group, en)}</th>");
                }

                writer.Write($"<th scope=\"row\">{outcome.RowInGroup}{(en ? ". " : "．")}{Text(Name(row, en))}</th>");
            }
            else if (row.IsResult || row == RequestTableRow.Total)
            {
                var label = row == RequestTableRow.Total ? $"{(en ? "(7) " : "（七）")}{labels.Total}" : GroupLabel(row.Outcome!.Group, en);
                writer.Write($"<th scope=\"row\" colspan=\"2\">{label}{(row == RequestTableRow.PartlyDisclosed ? labels.PartlyNote : "")}</th>");
            }
            else
            {
                writer.Write($"<th scope=\"row\" colspan=\"3\">{TopLabel(row, en)}</th>");
            }

            writer.Write(string.Concat(table[row].ToColumns().Select(figure => $"<td>{Figure(figure)}</td>")));
            writer.Write("</tr>\n");
        }

        writer.Write("</table>\n");
    }

    private static void RedressTable(TextWriter writer, Labels labels, RedressTable table, bool en)
    {
        var results = $"{string.Concat(RedressResult.InOrder.Select(result => $"<th>{Name(result, en)}</th>"))}<th>{labels.Total}</th>";
        writer.Write("<table class=\"redress\">\n");
        writer.Write($"<tr><th colspan=\"5\">{labels.Reconsideration}</th><th colspan=\"10\">{labels.Litigation}</th></tr>\n");
        writer.Write($"<tr>{results.Replace("<th>", "<th rowspan=\"2\">")}<th colspan=\"5\">{Name(RedressCaseKind.DirectLitigation, en)}</th>" +
                     $"<th colspan=\"5\">{Name(RedressCaseKind.LitigationAfterReconsideration, en)}</th></tr>\n");
        writer.Write($"<tr>{results}{results}</tr>\n<tr>");
        foreach (var kind in RedressCaseKind.InOrder)
        {
            var counts = table[kind];
            writer.Write(string.Concat(new[] { counts.Upheld, counts.Corrected, counts.Other, counts.Pending, counts.Total }.Select(figure => $"<td>{Figure(figure)}</td>")));
        }

        writer.Write("</tr>\n</table>\n");
    }

    /// <summary>一、…, 二、…, 四、… in Chinese; 1 …, 2 …, 4 … in English.</summary>
    private static string TopLabel(RequestTableRow row, bool en) =>
        en ? $"{"一二三四".IndexOf(row.TableLabel[0], StringComparison.Ordinal) + 1}. {Capitalized(row.Label.En)}" : $"{row.TableLabel}、{row.Label.Zh}";

    private static string GroupLabel(RequestOutcomeGroup group, bool en) =>
        en ? $"({group.Value}) {Capitalized(group.Label.En)}" : $"（{group.TableLabel.Trim('(', ')')}）{group.Label.Zh}";

    private static string Name<T>(BilingualPolicyEnum<T> member, bool en)
        where T : BilingualPolicyEnum<T> => en ? Capitalized(member.Label.En) : member.Label.Zh;

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string Figure(int figure) => figure.ToString(CultureInfo.InvariantCulture);

    private static string Text(string text) => WebUtility.HtmlEncode(text);

    private sealed record Labels(
        string Language, string[] Sections, string[] Items, string Content, string[] DocumentColumns, string Decisions, string Fees, string[] ProactiveRows,
        string Balance, string Applicants, string Organizations, string Total, string Results, string PartlyNote, string Reconsideration, string Litigation,
        string Problems, string Empty);
}
