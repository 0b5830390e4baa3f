using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovDisclosure.Policy.Tests.Reporting;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§9.1, §12: what the caller gives wins over what the document says; the title is looked for before section 一 only; a Word
/// title or heading style marks the title; the arguments are refused in the package's words.</summary>
public sealed class ReadOptionTests
{
    private static readonly string Page = HtmlRoundTripTests.Page(Reports.Report2025);   // 县民政局2025年…: a department's

    [Fact]
    public void Sec9_1_the_callers_year_name_and_role_win_over_the_titles()
    {
        var report = HtmlRoundTripTests.ReadHtml(Page, new ReportReadOptions { Year = 2024, PublisherName = "县民政局（县老龄办）", PublisherRole = BodyRole.Government }).Report!;

        Assert.Equal((2024, "县民政局（县老龄办）", BodyRole.Government), (report.Year, report.PublisherName, report.PublisherRole));
        Assert.Equal("县民政局2025年政府信息公开工作年度报告", report.Title);   // the title stays as published
    }

    [Fact]
    public void Sec12_a_title_quoted_in_a_sections_text_is_not_the_reports()
    {
        var read = HtmlRoundTripTests.ReadHtml("<html><body><p>一、总体情况</p><p>某县民政局2023年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p></body></html>");

        Assert.Null(read.Report);
        Assert.Equal(DocumentProblemKind.TitleNotFound, Assert.Single(read.Problems).Kind);
    }

    [Theory]
    [InlineData("Title")]
    [InlineData("Heading1")]
    [InlineData("heading2")]
    public void Sec12_a_word_title_or_heading_style_marks_the_title_over_a_later_plain_line(string style)
    {
        var stream = new MemoryStream();
        stream.Write(DocxRoundTripTests.Docx(FixtureReports.Bureau));
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var body = document.MainDocumentPart!.Document!.Body!;
            var title = body.Elements<Paragraph>().First();
            title.ParagraphProperties!.ParagraphStyleId!.Val = style;
            title.InsertAfterSelf(new Paragraph(new Run(new Text("示例县民政局2023年度政府信息公开工作年度报告"))));
        }

        var read = DocxRoundTripTests.ReadDocx(stream.ToArray());

        Assert.Equal(2024, read.Report!.Year);
    }

    [Fact]
    public void Sec12_a_docx_row_starting_past_an_empty_grid_column_keeps_its_figures_in_their_columns()
    {
        var stream = new MemoryStream();
        stream.Write(DocxRoundTripTests.Docx(FixtureReports.Bureau));
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var redress = document.MainDocumentPart!.Document!.Body!.Elements<Table>().Last();
            var figures = redress.Elements<TableRow>().Last();
            figures.RemoveChild(figures.GetFirstChild<TableCell>()!);
            figures.PrependChild(new TableRowProperties(new GridBefore { Val = 1 }));
        }

        var read = DocxRoundTripTests.ReadDocx(stream.ToArray()).Report!;

        Assert.Equal(FixtureReports.Bureau.Redress with { Reconsideration = FixtureReports.Bureau.Redress.Reconsideration with { Upheld = null } }, read.Redress);
    }

    [Fact]
    public void Sec12_arguments_are_refused_in_the_packages_words()
    {
        Assert.Equal("html cannot be null.", Assert.ThrowsAny<ArgumentNullException>(() => AnnualReportDocuments.ReadHtml(null!)).Message);
        Assert.Equal("Year is 0; a year between 1 and 9998 was expected.", Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new ReportReadOptions { Year = 0 }).Message);
        Assert.Equal(1, new ReportReadOptions { Year = 1 }.Year);
        Assert.Null(new ReportReadOptions { Year = null }.Year);
        Assert.StartsWith("The date ", Assert.ThrowsAny<ArgumentException>(() => new ReportReadOptions { PublishedOn = new LocalDate(2025, 1, 1, CalendarSystem.Julian) }).Message, StringComparison.Ordinal);
        Assert.Contains("ISO (Gregorian) dates only", Assert.ThrowsAny<ArgumentException>(() => new ReportReadOptions { PublishedOn = new LocalDate(2025, 1, 1, CalendarSystem.Julian) }).Message, StringComparison.Ordinal);
        Assert.Null(new ReportReadOptions { PublishedOn = null }.PublishedOn);

        var closed = new MemoryStream();
        closed.Dispose();
        Assert.StartsWith("The stream could not be read: ", Assert.Throws<IOException>(() => AnnualReportDocuments.ReadDocx(closed)).Message, StringComparison.Ordinal);
        Assert.StartsWith("The stream could not be written: ", Assert.Throws<IOException>(() => AnnualReportDocx.Write(FixtureReports.Bureau, closed)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.4", "The file is a PDF file, not a .docx; read it with AnnualReportDocuments.ReadPdf.")]
    [InlineData("{\\rtf1", "The file is an RTF file, not a .docx; open it in Word or WPS and save it as .docx, then read it with AnnualReportDocuments.ReadDocx.")]
    [InlineData("<html></html>", "The file is a web page, not a .docx; read it with AnnualReportDocuments.ReadHtml.")]
    public void Sec12_a_file_of_another_kind_is_refused_with_the_advice_for_it(string start, string message) =>
        Assert.EndsWith(message, Assert.Throws<ReportDocumentException>(() => AnnualReportDocuments.ReadDocx(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(start)))).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Sec12_11_a_long_cell_is_quoted_to_forty_characters_and_a_shorter_one_whole()
    {
        var page = HtmlRoundTripTests.Page(Reports.Report2025 with
        {
            Requests = Reports.Report2025.Requests.With(RequestTableRow.NotHeld, new ApplicantCounts(0, 7777, 0, 0, 0, 0, 0)),
        });
        var forty = new string('无', 40);

        Assert.Contains($"\"{forty}\";", HtmlRoundTripTests.ReadHtml(page.Replace("<td>7777</td>", $"<td>{forty}</td>", StringComparison.Ordinal)).Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains($"\"{forty}…\";", HtmlRoundTripTests.ReadHtml(page.Replace("<td>7777</td>", $"<td>{forty}有</td>", StringComparison.Ordinal)).Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec12_an_empty_table_and_a_table_of_no_report_are_passed_over()
    {
        var page = Page.Replace("<h2>四、政府信息公开行政复议、行政诉讼情况</h2>", "<h2>四、政府信息公开行政复议、行政诉讼情况</h2><table></table><table><tr><td>附件</td></tr></table>", StringComparison.Ordinal);

        Assert.Empty(HtmlRoundTripTests.ReadHtml(page).Problems);
    }
}
