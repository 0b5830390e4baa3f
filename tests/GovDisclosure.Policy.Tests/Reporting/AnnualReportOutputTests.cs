using System.Text;
using AngleSharp.Html.Parser;
using Json.Schema;
using static GovDisclosure.Policy.Tests.Reporting.Reports;

namespace GovDisclosure.Policy.Tests.Reporting;

/// <summary>The report as JSON (strict, with its schema) and as the national format's HTML page, in Chinese and English (§9.3–§9.5).</summary>
public sealed class AnnualReportOutputTests
{
    /// <summary>The row labels of §9.4, in order, as the national format prints them (SPEC §9.4, by hand).</summary>
    private static readonly string[] ChineseRowLabels =
    [
        "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果", "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "（三）不予公开", "1．属于国家秘密", "2．其他法律行政法规禁止公开", "3．危及“三安全一稳定”", "4．保护第三方合法权益", "5．属于三类内部事务信息",
        "6．属于四类过程性信息", "7．属于行政执法案卷", "8．属于行政查询事项", "（四）无法提供", "1．本机关不掌握相关政府信息", "2．没有现成信息需要另行制作",
        "3．补正后申请内容仍不明确", "（五）不予处理", "1．信访举报投诉类申请", "2．重复申请", "3．要求提供公开出版物", "4．无正当理由大量反复申请",
        "5．要求行政机关确认或重新出具已获取信息", "（六）其他处理", "1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3．其他", "（七）总计", "四、结转下年度继续办理",
    ];

    private static string Html(AnnualReport report, Action<AnnualReport, TextWriter> write)
    {
        using var writer = new StringWriter();
        write(report, writer);
        return writer.ToString();
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Page(AnnualReport report, Action<AnnualReport, TextWriter> write) =>
        new HtmlParser().ParseDocument(Html(report, write));

    private static byte[] Json(AnnualReport report)
    {
        using var stream = new MemoryStream();
        PolicyJson.WriteAnnualReport(report, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Sec9_4_the_chinese_page_holds_every_row_label_of_table_three_in_order()
    {
        var table = Page(Report2025, AnnualReportHtml.WriteChinese).QuerySelector("table.requests")!;

        var labels = table.QuerySelectorAll("th[scope=row], th[scope=rowgroup]").Select(cell => cell.TextContent).ToArray();

        Assert.Equal(ChineseRowLabels, labels);
    }

    [Fact]
    public void Sec9_4_the_chinese_page_lays_out_the_applicant_columns_under_merged_headers_and_the_figures_by_row()
    {
        var table = Page(Report2025, AnnualReportHtml.WriteChinese).QuerySelector("table.requests")!;
        var headers = table.QuerySelectorAll("tr").Take(3).Select(row => row.QuerySelectorAll("th").Select(th => (th.TextContent, th.GetAttribute("colspan"), th.GetAttribute("rowspan"))).ToArray()).ToArray();

        Assert.Equal(("申请人情况", "7", null), headers[0][1]);
        Assert.Equal([("自然人", null, "2"), ("法人或其他组织", "5", null), ("总计", null, "2")], headers[1]);
        Assert.Equal(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], headers[2].Select(h => h.TextContent));
        var rows = table.QuerySelectorAll("tr[data-row]").ToDictionary(row => row.GetAttribute("data-row")!, row => row.QuerySelectorAll("td").Select(td => td.TextContent).ToArray());
        Assert.Equal(RequestTable.Rows.Select(row => row.TableLabel), rows.Keys);
        Assert.Equal(["5", "4", "5", "5", "5", "4", "28"], rows["一"]);
        Assert.Equal(["0", "1", "1", "0", "1", "1", "4"], rows["四"]);
    }

    [Fact]
    public void Sec9_3_the_chinese_page_has_the_six_sections_the_title_and_sections_two_and_four_as_tables()
    {
        var page = Page(Report2025, AnnualReportHtml.WriteChinese);

        Assert.Equal("县民政局2025年政府信息公开工作年度报告", page.Title);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
            page.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.Equal(["2025年，本局认真贯彻《中华人民共和国政府信息公开条例》。", "全年主动公开政府信息120条。"], page.QuerySelectorAll("h2:first-of-type ~ p").Take(2).Select(p => p.TextContent));
        var proactive = page.QuerySelector("table.proactive")!.QuerySelectorAll("tr").Select(row => string.Join("|", row.Children.Select(cell => cell.TextContent))).ToArray();
        Assert.Equal(["第二十条第（一）项", "信息内容|本年制发件数|本年废止件数|现行有效件数", "规章|0|0|0", "行政规范性文件|2|1|9", "第二十条第（五）项", "信息内容|本年处理决定数量",
            "行政许可|35", "第二十条第（六）项", "信息内容|本年处理决定数量", "行政处罚|4", "行政强制|0", "第二十条第（八）项", "信息内容|本年收费金额（单位：万元）", "行政事业性收费|1.25"], proactive);
        var redress = page.QuerySelector("table.redress")!.QuerySelectorAll("tr").Select(row => row.Children.Select(cell => cell.TextContent).ToArray()).ToArray();
        Assert.Equal(["行政复议", "行政诉讼"], redress[0]);
        Assert.Equal(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"], redress[1]);
        Assert.Equal(["1", "1", "0", "1", "3", "0", "0", "0", "1", "1", "0", "1", "0", "0", "1"], redress[3]);
        Assert.Null(page.QuerySelector("script, link, img"));   // self-contained
        Assert.Null(page.QuerySelector(".problems"));
    }

    [Fact]
    public void Sec9_3_the_english_page_has_the_same_tables_with_english_labels()
    {
        var chinese = Page(Report2025, AnnualReportHtml.WriteChinese);
        var english = Page(Report2025, AnnualReportHtml.WriteEnglish);

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Annual report on government information disclosure, 2025: 县民政局", english.Title);
        Assert.Equal(chinese.QuerySelectorAll("td").Select(td => td.TextContent), english.QuerySelectorAll("td").Select(td => td.TextContent));
        var labels = english.QuerySelector("table.requests")!.QuerySelectorAll("th[scope=row], th[scope=rowgroup]").Select(cell => cell.TextContent).ToArray();
        Assert.Equal(ChineseRowLabels.Length, labels.Length);
        Assert.Equal(["1. New requests received this year", "2. Requests carried over from last year", "3. Results this year", "(1) Disclosed",
            "(2) Partly disclosed (a request handled in parts counts here only)", "(3) Not disclosed", "1. State secret"], labels.Take(7));
        Assert.Equal(["(7) Total", "4. Carried forward into next year"], labels.TakeLast(2));
    }

    [Fact]
    public void Sec9_4_a_page_of_a_report_with_problems_lists_them_in_a_box_that_is_not_printed_and_escapes_text()
    {
        var edited = Report2025 with { OtherMatters = "<script>alert(1)</script>", Redress = Report2025.Redress with { DirectLitigation = new RedressCounts(0, 0, 0, 1, 2) } };

        var html = Html(edited, AnnualReportHtml.WriteChinese);
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal(["表四“未经复议直接起诉”的总计为2，各结果之和为1。"], page.QuerySelectorAll(".problems li").Select(li => li.TextContent));
        Assert.Contains("@media print{body{margin:0;max-width:none}.problems{display:none}}", html);
        Assert.Null(page.QuerySelector("script"));
        Assert.Contains(page.QuerySelectorAll("p"), p => p.TextContent == "<script>alert(1)</script>");
        Assert.Equal("无。", new HtmlParser().ParseDocument(Html(Report2025 with { Overview = "" }, AnnualReportHtml.WriteChinese)).QuerySelector("h2 + p")!.TextContent);
    }

    [Fact]
    public void Sec9_3_the_json_form_reads_back_equal_and_conforms_to_its_schema()
    {
        var withLastYear = Report2025 with { LastYearCarriedForward = ApplicantCounts.FromColumns(1, 1, 0, 0, 0, 0) };
        foreach (var report in new[] { Report2025, withLastYear })
        {
            var json = Json(report);

            Assert.Equal(report, PolicyJson.ReadAnnualReport(new MemoryStream(json)));
            var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", "annual-report.schema.json")),
                new BuildOptions { SchemaRegistry = new SchemaRegistry() });
            using var document = System.Text.Json.JsonDocument.Parse(json);
            Assert.True(schema.Evaluate(document.RootElement).IsValid);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Sec9_3_a_text_section_left_blank_is_written_and_read_back_as_it_was(string blank)
    {
        var report = Report2025 with { Overview = blank, ProblemsAndImprovements = blank, OtherMatters = blank };

        Assert.Equal(report, PolicyJson.ReadAnnualReport(new MemoryStream(Json(report))));
    }

    [Fact]
    public void Sec9_3_a_text_section_that_is_not_a_string_is_a_problem_at_its_path()
    {
        var json = Encoding.UTF8.GetString(Json(Report2025)).Replace("\"otherMatters\": \"", "\"otherMatters\": 1, \"x\": \"", StringComparison.Ordinal);

        var problems = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadAnnualReport(new MemoryStream(Encoding.UTF8.GetBytes(json)))).Problems;

        Assert.Equal("$.otherMatters", problems[0].Path);
        Assert.Equal("expected a string (it may be empty); found the number 1.", problems[0].Message);
    }

    [Fact]
    public async Task Sec9_4_a_hand_edited_json_report_reads_as_written_and_its_problems_show()
    {
        var json = Encoding.UTF8.GetString(Json(Report2025)).Replace("\"Total\": 28", "\"Total\": 27", StringComparison.Ordinal);

        var report = await PolicyJson.ReadAnnualReportAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(27, report.Requests[RequestTableRow.NewThisYear].Total);
        Assert.Equal([ReportProblemKind.Total, ReportProblemKind.Balance], report.Problems.Select(problem => problem.Kind));
    }

    [Fact]
    public void Sec9_3_the_reader_is_strict_about_names_figures_and_missing_rows()
    {
        var json = Encoding.UTF8.GetString(Json(Report2025))
            .Replace("\"CarriedOver\": {", "\"CaryOver\": {", StringComparison.Ordinal)
            .Replace("\"licensingDecisions\": 35", "\"licensingDecisions\": 3.5", StringComparison.Ordinal);

        var error = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadAnnualReport(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        var problems = error.Problems.Select(problem => $"{problem.Path}: {problem.Message}").ToArray();
        Assert.Equal(3, problems.Length);
        Assert.Equal("$.proactive.licensingDecisions: expected a whole number from -2147483648 to 2147483647; found the number 3.5.", problems[0]);
        Assert.Equal("$.requests.CarriedOver: the required property \"CarriedOver\" of a request table is missing.", problems[1]);
        Assert.StartsWith("$.requests.CaryOver: a request table has no property \"CaryOver\"", problems[2]);
        Assert.Contains("Known properties: NewThisYear, CarriedOver, Disclosed,", problems[2]);
        Assert.All(error.Problems, problem => Assert.True(problem.Line > 1));
    }
}
