using GovDisclosure.Policy.Tests.Reporting;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>
/// §12, §12.11: a real PDF published by an office — 淮安市人民政府's report on 2024, made with WPS 文字 — reads to the figures printed in
/// its cells, every one; a scan, a PDF without text, a PDF holding no report and a file that is no PDF are refused or read as such, each
/// with its reason.
/// </summary>
public sealed class PdfReadingTests
{
    internal static string Huaian => Path.Combine(RepositoryFiles.Root, "tests", "GovDisclosure.Policy.Tests", "Reporting", "PublishedReports", "huaian-2024.pdf");

    internal static ReportReading ReadPdf(byte[] pdf, ReportReadOptions? options = null) => AnnualReportDocuments.ReadPdf(new MemoryStream(pdf), options);

    [Fact]
    public void Sec12_11_the_real_WPS_pdf_reads_to_every_figure_printed_in_its_tables_with_no_problem()
    {
        var read = ReadPdf(File.ReadAllBytes(Huaian));

        Assert.Empty(read.Problems);
        var report = read.Report!;
        Assert.Equal(("淮安市人民政府2024年政府信息公开工作年度报告", "淮安市人民政府", 2024, BodyRole.Government), (report.Title, report.PublisherName, report.Year, report.PublisherRole));
        Assert.Equal(new PublishedProactiveFigures(new PublishedDocumentCounts(1, 0, 11), new PublishedDocumentCounts(8, 26, 66), 447228, 3985758, 88283, 96171.6m), report.Proactive);
        int?[][] requests =
        [
            [3001, 53, 0, 0, 61, 4, 3119], [34, 0, 0, 0, 0, 0, 34], [1288, 21, 0, 0, 50, 3, 1362], [447, 7, 0, 0, 0, 0, 454],
            [2, 0, 0, 0, 0, 0, 2], [30, 1, 0, 0, 0, 0, 31], [5, 0, 0, 0, 0, 0, 5], [6, 0, 0, 0, 0, 0, 6], [7, 1, 0, 0, 0, 0, 8], [12, 0, 0, 0, 0, 0, 12],
            [9, 0, 0, 0, 0, 0, 9], [105, 0, 0, 0, 0, 0, 105], [746, 12, 0, 0, 10, 1, 769], [11, 0, 0, 0, 0, 0, 11], [1, 0, 0, 0, 0, 0, 1],
            [56, 6, 0, 0, 0, 0, 62], [25, 0, 0, 0, 0, 0, 25], [0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0], [1, 0, 0, 0, 0, 0, 1],
            [67, 3, 0, 0, 1, 0, 71], [6, 0, 0, 0, 0, 0, 6], [108, 2, 0, 0, 0, 0, 110], [2932, 53, 0, 0, 61, 4, 3050], [103, 0, 0, 0, 0, 0, 103],
        ];
        Assert.Equal(requests.Select(cells => PublishedApplicantCounts.FromCells(cells)), RequestTable.Rows.Select(row => report.Requests[row]));
        Assert.Equal(new PublishedRedressTable(new PublishedRedressCounts(72, 64, 178, 37, 351), new PublishedRedressCounts(13, 4, 8, 1, 26),
            new PublishedRedressCounts(12, 1, 1, 6, 20)), report.Redress);
    }

    [Fact]
    public void Sec12_the_real_pdfs_paragraphs_run_on_over_lines_and_pages_and_its_page_numbers_are_left_out()
    {
        var report = ReadPdf(File.ReadAllBytes(Huaian)).Report!;

        Assert.Equal("2024年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费3940元。", report.Text(ReportSection.OtherMatters));
        var general = report.Text(ReportSection.Overview).Split('\n');
        Assert.Equal(6, general.Length);   // the opening paragraph and （一） to （五）, each one line however many it was printed on
        Assert.StartsWith("（一）主动公开情况。2024年，市政府网站主动公开各类政府信息5500余条", general[1], StringComparison.Ordinal);
        Assert.Contains("通过文字、图片等形式制作政策解读21个", general[1], StringComparison.Ordinal);   // 21 began the next line: no space
        Assert.Contains("“建设‘四最’一流营商环境", general[1], StringComparison.Ordinal);   // run on from page 1 to page 2
        Assert.DoesNotContain("-1-", report.Text(ReportSection.Overview), StringComparison.Ordinal);
        Assert.Equal("", report.Text(ReportSection.Requests));   // a table alone
    }

    [Fact]
    public void Sec12_the_audit_of_the_real_pdf_finds_its_tables_balanced()
    {
        var audit = Reports.Seed.Audit(ReadPdf(File.ReadAllBytes(Huaian)).Report!);

        Assert.DoesNotContain(audit.Findings, finding => finding.Kind == AuditFindingKind.Balance || finding.Kind == AuditFindingKind.RowTotal
                                                         || finding.Kind == AuditFindingKind.ResultTotal || finding.Kind == AuditFindingKind.RedressTotal);
    }

    [Fact]
    public void Sec12_a_scan_is_refused_as_a_scan_naming_its_pages()
    {
        var error = Assert.Throws<ReportDocumentException>(() => ReadPdf(Built(pages: 2, page => page.AddPng(new MemoryStream(Pixel), new PdfRectangle(50, 50, 500, 700)))));

        Assert.Contains("no text, only images on its 2 pages: it is a scan", error.Message, StringComparison.Ordinal);
        Assert.Contains("(OCR)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec12_a_scan_of_one_page_and_a_pdf_of_two_pages_without_text_are_named_in_the_singular_and_plural()
    {
        Assert.Contains("only images on its 1 page: it is a scan",
            Assert.Throws<ReportDocumentException>(() => ReadPdf(Built(pages: 1, page => page.AddPng(new MemoryStream(Pixel), new PdfRectangle(50, 50, 500, 700))))).Message, StringComparison.Ordinal);
        Assert.EndsWith("The PDF holds no text on its 2 pages; read the report's web page or .docx instead.",
            Assert.Throws<ReportDocumentException>(() => ReadPdf(Built(pages: 2, page => page.DrawLine(new PdfPoint(50, 50), new PdfPoint(300, 50))))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec12_a_pdf_with_text_on_one_page_and_a_scan_on_another_is_read()
    {
        var first = true;
        var pdf = Built(pages: 2, (page, font) =>
        {
            if (first)
            {
                page.AddText("Minutes", 12, new PdfPoint(72, 700), font);
            }
            else
            {
                page.AddPng(new MemoryStream(Pixel), new PdfRectangle(50, 50, 500, 700));
            }

            first = false;
        });

        Assert.Equal(DocumentProblemKind.NotAReport, Assert.Single(ReadPdf(pdf).Problems).Kind);
    }

    [Fact]
    public void Sec12_a_pdf_without_text_or_images_is_refused_as_holding_no_text()
    {
        var error = Assert.Throws<ReportDocumentException>(() => ReadPdf(Built(pages: 1, page => page.DrawLine(new PdfPoint(50, 50), new PdfPoint(300, 50)))));

        Assert.EndsWith("The PDF holds no text on its 1 page; read the report's web page or .docx instead.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec12_a_pdf_with_text_and_no_report_is_no_report_and_says_why()
    {
        var read = ReadPdf(Built(pages: 1, (page, font) => page.AddText("Minutes of the meeting", 12, new PdfPoint(72, 700), font)));

        Assert.False(read.IsReport);
        Assert.Equal(DocumentProblemKind.NotAReport, Assert.Single(read.Problems).Kind);
    }

    [Fact]
    public void Sec12_a_pdf_cut_short_or_not_a_pdf_is_refused_as_a_document()
    {
        var pdf = File.ReadAllBytes(Path.Combine(Fixtures.Folder, "pingtan-2022.pdf"));

        Assert.Throws<ReportDocumentException>(() => ReadPdf(pdf.AsSpan(0, 1000).ToArray()));
        Assert.EndsWith("The file is not a PDF: a PDF starts with %PDF, and this file does not.",
            Assert.Throws<ReportDocumentException>(() => ReadPdf("plain text"u8.ToArray())).Message, StringComparison.Ordinal);
        Assert.EndsWith("The file is a web page, not a PDF; read it with AnnualReportDocuments.ReadHtml.",
            Assert.Throws<ReportDocumentException>(() => ReadPdf("<html></html>"u8.ToArray())).Message, StringComparison.Ordinal);
        Assert.EndsWith("The file is a zip package (.docx), not a PDF; read a .docx with AnnualReportDocuments.ReadDocx.",
            Assert.Throws<ReportDocumentException>(() => ReadPdf(File.ReadAllBytes(Path.Combine(Fixtures.Folder, "pingtan-2022.docx")))).Message, StringComparison.Ordinal);
        Assert.EndsWith("The file is a PDF file, not a web page; read it with AnnualReportDocuments.ReadPdf.",
            Assert.Throws<ReportDocumentException>(() => AnnualReportDocuments.ReadHtml(new MemoryStream(pdf))).Message, StringComparison.Ordinal);
        Assert.ThrowsAny<ArgumentNullException>(() => AnnualReportDocuments.ReadPdf(null!));
    }

    [Fact]
    public void Sec12_a_pdf_protected_by_a_password_is_refused_as_such()
    {
        var owner = new string('A', 64);
        var pdf = RawPdf.With("", $"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <{owner}> /U <{new string('B', 64)}> >>");

        var error = Assert.Throws<ReportDocumentException>(() => ReadPdf(pdf));

        Assert.Contains("The PDF is protected by a password (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("); open it, and save or print it again as a PDF without one.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec12_the_options_fill_what_the_pdf_does_not_say()
    {
        var options = new ReportReadOptions { PublishedOn = new LocalDate(2025, 1, 20), PublisherRole = BodyRole.Department, PublisherName = "淮安市政府办" };

        var report = ReadPdf(File.ReadAllBytes(Huaian), options).Report!;

        Assert.Equal((new LocalDate(2025, 1, 20), BodyRole.Department, "淮安市政府办"), (report.PublishedOn, report.PublisherRole, report.PublisherName));
    }

    /// <summary>A 1×1 PNG: what a scanner's page stands for.</summary>
    private static readonly byte[] Pixel = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static byte[] Built(int pages, Action<PdfPageBuilder> draw) => Built(pages, (page, _) => draw(page));

    private static byte[] Built(int pages, Action<PdfPageBuilder, PdfDocumentBuilder.AddedFont> draw)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 0; i < pages; i++)
        {
            draw(builder.AddPage(PageSize.A4), font);
        }

        return builder.Build();
    }
}
