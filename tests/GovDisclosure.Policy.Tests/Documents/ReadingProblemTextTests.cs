using GovDisclosure.Policy.Tests.Reporting;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§12: the sentences of the reading problems, as users read them, kept in an approval file: one spoiled page for each kind.</summary>
public sealed class ReadingProblemTextTests
{
    [Fact]
    public void Sec12_every_kind_of_reading_problem_reads_as_approved()
    {
        var page = HtmlRoundTripTests.Page(Reports.Report2025);
        string Without(string text, string from, string to)
        {
            var start = text.IndexOf(from, StringComparison.Ordinal);
            return text.Remove(start, text.IndexOf(to, start, StringComparison.Ordinal) + to.Length - start);
        }

        var cases = new (string Name, string Page)[]
        {
            ("not a report", "<html><body><p>通知</p></body></html>"),
            ("no title, no year", "<html><body><p>一、总体情况</p></body></html>"),
            ("no heading of 五", page.Replace("<h2>五、存在的主要问题及改进情况</h2>", "", StringComparison.Ordinal)),
            ("no table 三", Without(page, "<table class=\"requests\">", "</table>")),
            ("no table 四 nor heading 四", Without(Without(page, "<table class=\"redress\">", "</table>"), "<h2>四、", "</h2>")),
            ("no figures under table 四's header", Without(page, "<tr><td>", "</tr>\n</table>")),
            ("a column of 三 and of 四 renamed", page.Replace("<th>科研机构</th>", "<th>科研院所</th>", StringComparison.Ordinal).Replace("<th>尚未审结</th>", "<th>未结</th>", StringComparison.Ordinal)),
            ("a column of 行政复议 renamed", page.Replace("<th rowspan=\"2\">结果纠正</th>", "<th rowspan=\"2\">纠正</th>", StringComparison.Ordinal)),
            ("table 四 with no 行政复议 over its first group", page.Replace("<th colspan=\"5\">行政复议</th>", "<th colspan=\"5\">复核</th>", StringComparison.Ordinal)),
            ("an earlier table 三 with a spoiled cell", page.Replace(ReadingProblemTests.Row(page, "三(六)2"), "", StringComparison.Ordinal)
                .Replace(ReadingProblemTests.Row(page, "三(六)3"), "", StringComparison.Ordinal)
                .Replace("1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "其他处理", StringComparison.Ordinal).Replace("<td>9</td>", "<td>—</td>", StringComparison.Ordinal)),
            ("rows of 三 missing, repeated, unknown", page.Replace(ReadingProblemTests.Row(page, "三(六)2"), "", StringComparison.Ordinal)
                .Replace(ReadingProblemTests.Row(page, "一"), ReadingProblemTests.Row(page, "一") + ReadingProblemTests.Row(page, "一"), StringComparison.Ordinal)
                .Replace("四、结转下年度继续办理", "注：截至12月31日", StringComparison.Ordinal)),
            ("rows of 二 misplaced and repeated", page.Replace("<th scope=\"row\">规章</th><td>0</td>", "<th scope=\"row\">规章</th>", StringComparison.Ordinal)
                .Replace("<th scope=\"row\">行政处罚</th>", "<th scope=\"row\">行政许可</th>", StringComparison.Ordinal)),
            ("cells not figures", page.Replace("<td colspan=\"3\">1.25</td>", "<td colspan=\"3\">一万二</td>", StringComparison.Ordinal)),
            ("table 三 without row 一, found by row 二", page.Replace(ReadingProblemTests.Row(page, "一"), "", StringComparison.Ordinal)),
            ("no table 三, a sentence in its section", Without(page, "<table class=\"requests\">", "</table>").Replace("<h2>三、收到和处理政府信息公开申请情况</h2>",
                "<h2>三、收到和处理政府信息公开申请情况</h2><p>本年度收到申请2件，均已办结。</p>", StringComparison.Ordinal)),
            ("table 三 flattened, every row run together", Without(page, "<table class=\"requests\">", "</table>").Replace("<h2>三、收到和处理政府信息公开申请情况</h2>",
                "<h2>三、收到和处理政府信息公开申请情况</h2><p>一、本年新收政府信息公开申请数量1100002</p>", StringComparison.Ordinal)),
            ("rows with a label and no figures, or figures and no label", page.Replace(ReadingProblemTests.Row(page, "四"), ReadingProblemTests.Row(page, "四")
                + "<tr><th colspan=\"3\">注：无</th><td></td><td></td><td></td><td></td><td></td><td></td><td></td></tr><tr><th colspan=\"3\"></th><td>5</td><td></td><td></td><td></td><td></td><td></td><td>5</td></tr>",
                StringComparison.Ordinal)),
            ("cells of 行政许可, 行政处罚 and 行政强制 not figures", page.Replace("<th scope=\"row\">行政许可</th><td colspan=\"3\">35</td>", "<th scope=\"row\">行政许可</th><td colspan=\"3\">三十五</td>", StringComparison.Ordinal)
                .Replace("<th scope=\"row\">行政处罚</th><td colspan=\"3\">4</td>", "<th scope=\"row\">行政处罚</th><td colspan=\"3\">四</td>", StringComparison.Ordinal)
                .Replace("<th scope=\"row\">行政强制</th><td colspan=\"3\">0</td>", "<th scope=\"row\">行政强制</th><td colspan=\"3\">无</td>", StringComparison.Ordinal)),
            ("table 二 as four tables, one an item", page.Replace("<tr><th colspan=\"4\">第二十条第（五）项</th></tr>", "</table><table><tr><th colspan=\"4\">第二十条第（五）项</th></tr>", StringComparison.Ordinal)
                .Replace("<tr><th colspan=\"4\">第二十条第（六）项</th></tr>", "</table><table><tr><th colspan=\"4\">第二十条第（六）项</th></tr>", StringComparison.Ordinal)
                .Replace("<tr><th colspan=\"4\">第二十条第（八）项</th></tr>", "</table><table><tr><th>收费项目</th></tr>", StringComparison.Ordinal)),
            ("earlier year", page.Replace("2025年政府信息公开", "2020年政府信息公开", StringComparison.Ordinal)),
        };
        var lines = new List<string>();
        foreach (var (name, text) in cases)
        {
            var reading = HtmlRoundTripTests.ReadHtml(text);
            lines.Add($"## {name}: {reading}");
            lines.AddRange(reading.Problems.Select(problem => $"{problem.Kind} | {problem}"));
        }

        Approvals.Verify("document-problem-texts.txt", string.Join("\n", lines) + "\n");
    }
}
