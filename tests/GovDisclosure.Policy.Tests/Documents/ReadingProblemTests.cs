using System.Text;
using GovDisclosure.Policy.Tests.Reporting;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§12, §12.11: what a reader cannot read is a problem naming its table, row and column or its section, and the rest is read all
/// the same; a blank stays blank and a spoiled cell is never a 0.</summary>
public sealed class ReadingProblemTests
{
    private static readonly AnnualReport Sentinel = Reports.Report2025 with
    {
        Requests = Reports.Report2025.Requests.With(RequestTableRow.NotHeld, new ApplicantCounts(0, 7777, 0, 0, 0, 0, 0)),
    };

    private static (DocumentProblemKind, string?, string?, string?)[] Places(ReportReading reading) =>
        [.. reading.Problems.Select(problem => (problem.Kind, problem.Table, problem.Row, problem.Column))];

    [Fact]
    public void Sec12_11_a_cell_holding_a_dash_is_named_by_table_row_and_column_and_left_blank()
    {
        var read = HtmlRoundTripTests.ReadHtml(HtmlRoundTripTests.Page(Sentinel).Replace("<td>7777</td>", "<td>—</td>", StringComparison.Ordinal));

        var problem = Assert.Single(read.Problems);
        Assert.Equal("table 三, row 三（四）1, column 商业企业: the cell holds \"—\"; a whole number or nothing was expected", problem.ToString());
        Assert.Equal((DocumentProblemKind.NotAFigure, "三", "三（四）1", "商业企业"), (problem.Kind, problem.Table, problem.Row, problem.Column));
        Assert.Null(read.Report!.Requests[RequestTableRow.NotHeld].CommercialEnterprises);
        Assert.Equal(0, read.Report.Requests[RequestTableRow.NotHeld].NaturalPersons);
    }

    [Theory]
    [InlineData("3件")]
    [InlineData("/")]
    [InlineData("无")]
    [InlineData("1.5")]
    [InlineData("-")]
    [InlineData("1234567890")]
    public void Sec12_11_a_cell_holding_anything_but_a_whole_number_or_nothing_is_not_read(string cell)
    {
        var read = HtmlRoundTripTests.ReadHtml(HtmlRoundTripTests.Page(Sentinel).Replace("<td>7777</td>", $"<td>{cell}</td>", StringComparison.Ordinal));

        Assert.Equal([(DocumentProblemKind.NotAFigure, "三", "三（四）1", "商业企业")], Places(read));
    }

    [Theory]
    [InlineData("７７７７", 7777)]
    [InlineData(" 7 777 ", 7777)]
    [InlineData("<span>77</span><span>77</span>", 7777)]
    [InlineData("<p>&nbsp;</p>", null)]
    [InlineData("", null)]
    [InlineData("－3", -3)]
    public void Sec12_11_a_cell_in_full_width_digits_split_or_padded_reads_as_its_figure_and_an_empty_one_as_blank(string cell, int? figure)
    {
        var read = HtmlRoundTripTests.ReadHtml(HtmlRoundTripTests.Page(Sentinel).Replace("<td>7777</td>", $"<td>{cell}</td>", StringComparison.Ordinal));

        Assert.Empty(read.Problems);
        Assert.Equal(figure, read.Report!.Requests[RequestTableRow.NotHeld].CommercialEnterprises);
    }

    [Fact]
    public void Sec12_a_missing_table_is_named_after_its_sections_heading_and_its_cells_stay_blank()
    {
        var page = HtmlRoundTripTests.Page(Sentinel);
        var start = page.IndexOf("<table class=\"requests\">", StringComparison.Ordinal);
        var withoutTable = page.Remove(start, page.IndexOf("</table>", start, StringComparison.Ordinal) + "</table>".Length - start);

        var read = HtmlRoundTripTests.ReadHtml(withoutTable);

        var problem = Assert.Single(read.Problems);
        Assert.Equal("table 三: not found after section 三's heading", problem.ToString());
        Assert.Equal(PublishedRequestTable.Blank, read.Report!.Requests);
        Assert.Equal(Sentinel.Redress.Reconsideration.Upheld, read.Report.Redress.Reconsideration.Upheld);
    }

    [Fact]
    public void Sec12_a_missing_heading_is_named_and_its_sections_text_left_empty()
    {
        var read = HtmlRoundTripTests.ReadHtml(HtmlRoundTripTests.Page(Sentinel).Replace("<h2>五、存在的主要问题及改进情况</h2>", "", StringComparison.Ordinal));

        var problem = Assert.Single(read.Problems);
        Assert.Equal((DocumentProblemKind.SectionNotFound, ReportSection.ProblemsAndImprovements), (problem.Kind, problem.Section));
        Assert.Equal("section 五: the heading 五、存在的主要问题及改进情况 was not found; the section's text is left empty", problem.ToString());
        Assert.Equal("", read.Report!.Text(ReportSection.ProblemsAndImprovements));
        Assert.Equal(Sentinel.Redress.Reconsideration.Upheld, read.Report.Redress.Reconsideration.Upheld);   // table 四 still read
    }

    [Fact]
    public void Sec12_a_column_the_header_does_not_name_is_named_and_left_blank()
    {
        var read = HtmlRoundTripTests.ReadHtml(HtmlRoundTripTests.Page(Sentinel).Replace("<th>科研机构</th>", "<th>科研院所</th>", StringComparison.Ordinal));

        Assert.Equal([(DocumentProblemKind.ColumnNotFound, "三", null, "科研机构")], Places(read));
        Assert.All(RequestTable.Rows, row => Assert.Null(read.Report!.Requests[row].ResearchInstitutions));
        Assert.Equal(7777, read.Report!.Requests[RequestTableRow.NotHeld].CommercialEnterprises);
    }

    [Fact]
    public void Sec12_a_row_missing_repeated_or_unknown_is_named()
    {
        var page = HtmlRoundTripTests.Page(Sentinel);
        var repeated = Row(page, "三(五)2");
        var spoiled = page.Replace(Row(page, "三(六)2"), "", StringComparison.Ordinal)
            .Replace(repeated, repeated + repeated.Replace("重复申请", "重复申请", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace(Row(page, "四"), Row(page, "四").Replace("四、结转下年度继续办理", "注：本表数据截至12月31日", StringComparison.Ordinal), StringComparison.Ordinal);

        var read = HtmlRoundTripTests.ReadHtml(spoiled);

        Assert.Equal(
        [
            (DocumentProblemKind.RowRepeated, "三", "三（五）2", null),
            (DocumentProblemKind.RowUnknown, "三", "注：本表数据截至12月31日", null),
            (DocumentProblemKind.RowNotFound, "三", "三（六）2", null),
            (DocumentProblemKind.RowNotFound, "三", "四", null),
        ], Places(read));
        Assert.Equal(PublishedApplicantCounts.Blank, read.Report!.Requests[RequestTableRow.AbandonedUnpaid]);
    }

    [Fact]
    public void Sec12_11_a_table_of_the_format_before_2021_is_recognised_and_named_and_its_tables_not_read()
    {
        var page = HtmlRoundTripTests.Page(Sentinel);
        var other = Row(page, "三(六)1").Replace("1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "其他处理", StringComparison.Ordinal);
        var earlier = page.Replace(Row(page, "三(六)2"), "", StringComparison.Ordinal).Replace(Row(page, "三(六)3"), "", StringComparison.Ordinal)
            .Replace(Row(page, "三(六)1"), other, StringComparison.Ordinal);

        var read = HtmlRoundTripTests.ReadHtml(earlier);

        Assert.Equal([(DocumentProblemKind.EarlierFormat, null, null, null)], Places(read));
        Assert.Equal(ReportFormat.Earlier, read.Report!.Format);
        Assert.Equal(PublishedRequestTable.Blank, read.Report.Requests);
        Assert.Equal(AuditFindingKind.EarlierFormat, Reports.Seed.Audit(read.Report).Findings[0].Kind);
    }

    [Fact]
    public void Sec12_11_a_report_on_a_year_before_2021_is_named_as_in_the_earlier_format()
    {
        var read = HtmlRoundTripTests.ReadHtml(HtmlRoundTripTests.Page(Reports.Report2025).Replace("2025年政府信息公开", "2019年政府信息公开", StringComparison.Ordinal));

        Assert.Equal([(DocumentProblemKind.EarlierFormat, null, null, null)], Places(read));
        Assert.Equal((2019, ReportFormat.Earlier), (read.Report!.Year, read.Report.Format));
        Assert.Contains("2019", read.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec12_a_page_that_is_no_report_says_so_and_gives_no_report()
    {
        var read = HtmlRoundTripTests.ReadHtml("<html><head><title>县政府召开常务会议</title></head><body><p>会议研究了政务公开工作。</p></body></html>");

        Assert.False(read.IsReport);
        Assert.Null(read.Report);
        Assert.Equal([(DocumentProblemKind.NotAReport, null, null, null)], Places(read));
        Assert.Equal("no annual report (1 problem)", read.ToString());
    }

    [Fact]
    public void Sec9_5_table_four_is_found_by_either_of_its_result_words_read_under_a_caption_row_and_its_cells_are_whole_numbers()
    {
        var page = HtmlRoundTripTests.Page(Sentinel);
        var renamed = page.Replace("尚未审结", "未结", StringComparison.Ordinal);
        var captioned = page.Replace("<table class=\"redress\">\n", "<table class=\"redress\">\n<tr><td colspan=\"15\">表4</td></tr>\n", StringComparison.Ordinal);
        var fraction = page.Replace("<tr><td>1</td>", "<tr><td>1.5</td>", StringComparison.Ordinal);

        Assert.Equal([(DocumentProblemKind.ColumnNotFound, "四", "行政复议", "尚未审结"), (DocumentProblemKind.ColumnNotFound, "四", "行政诉讼（未经复议直接起诉）", "尚未审结"),
            (DocumentProblemKind.ColumnNotFound, "四", "行政诉讼（复议后起诉）", "尚未审结")], Places(HtmlRoundTripTests.ReadHtml(renamed)));
        Assert.Equal(15, HtmlRoundTripTests.ReadHtml(captioned).Problems.Count(problem => problem.Kind == DocumentProblemKind.ColumnNotFound));
        Assert.Equal([(DocumentProblemKind.NotAFigure, "四", "行政复议", "结果维持")], Places(HtmlRoundTripTests.ReadHtml(fraction)));
    }

    /// <summary>The row of the library's page whose <c>data-row</c> is <paramref name="label"/>.</summary>
    internal static string Row(string page, string label)
    {
        var start = page.IndexOf($"<tr data-row=\"{label}\">", StringComparison.Ordinal);
        return page.Substring(start, page.IndexOf("</tr>", start, StringComparison.Ordinal) + "</tr>".Length - start);
    }

    internal static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
