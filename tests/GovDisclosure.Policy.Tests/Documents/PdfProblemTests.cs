using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§12, §12.11: in a PDF, a problem of a table's cell or row names the page the row stands on as well as the table, row and column;
/// a table drawn without borders is read as lines, named as flattened; and a PDF spoiled anywhere is read or refused as a document, never
/// anything else. The sentences are kept in an approval file.</summary>
public sealed class PdfProblemTests
{
    private const string Sentinel = "987654";

    /// <summary>Pingtan's 2022 report with the cell of <paramref name="row"/>'s 总计 holding <paramref name="junk"/>, set on pages
    /// <paramref name="height"/> points tall; and the page the junk stands on.</summary>
    private static (ReportReading Reading, int Page) Spoiled(RequestTableRow row, string junk, double height, bool borders = true)
    {
        var report = Fixtures.Report("pingtan-2022");
        var cells = ApplicantKind.InOrder.Select(kind => report.Requests[row][kind]).Append(int.Parse(Sentinel, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var docx = DocumentFuzzProperties.Replace(DocxRoundTripTests.Docx(report with { Requests = report.Requests.With(row, PublishedApplicantCounts.FromCells(cells)) }), Sentinel, junk);
        var pages = PdfTypesetter.Set(DocxReport.Read(docx).Blocks, PdfSetting.A4 with { PageHeight = height });
        pages = borders ? pages : [.. pages.Select(page => page with { Rules = [] })];
        var page = pages.First(page => page.Glyphs.Any(glyph => glyph.Value == junk[..1])).Number;
        return (ReportInterpreter.Read(PdfLayout.Blocks(pages), null, null, Fixtures.DateOf(report)), page);
    }

    [Theory]
    [InlineData("一", 600)]
    [InlineData("三(七)", 600)]
    [InlineData("三(七)", 1000)]
    public void Sec12_11_a_spoiled_cell_of_a_table_running_over_pages_names_the_page_of_its_row(string label, double height)
    {
        var row = RequestTable.Rows.Single(row => row.TableLabel == label);

        var (reading, page) = Spoiled(row, "—", height);

        var problem = Assert.Single(reading.Problems);
        Assert.Equal((DocumentProblemKind.NotAFigure, page, "三", "总计"), (problem.Kind, problem.Page, problem.Table, problem.Column));
        Assert.StartsWith($"page {page}, table 三, row ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sec12_11_a_table_drawn_without_borders_is_read_as_lines_each_problem_naming_its_page()
    {
        var (reading, page) = Spoiled(RequestTable.Rows[0], "８ ９", 700, borders: false);   // eight figures where seven go

        Assert.Contains(reading.Problems, problem => problem.Kind == DocumentProblemKind.TableFlattened && problem.Table == "三");
        var runTogether = Assert.Single(reading.Problems, problem => problem.Kind == DocumentProblemKind.FiguresRunTogether);
        Assert.Equal(("一", page), (runTogether.Row, runTogether.Page));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Sec12_a_problem_is_on_page_one_or_later(int page)
    {
        var problem = new DocumentProblem(DocumentProblemKind.NotAFigure, null, "三", "一", "自然人", "m");

        Assert.Throws<ArgumentOutOfRangeException>(() => problem with { Page = page });
        Assert.Equal("page 1, table 三, row 一, column 自然人: m", (problem with { Page = 1 }).ToString());
        Assert.Equal("page 2, section 五: m", new DocumentProblem(DocumentProblemKind.SectionNotFound, ReportSection.ProblemsAndImprovements, null, null, null, "m") { Page = 2 }.ToString());
    }

    [Property(MaxTest = 80)]
    public Property Sec12_a_pdf_spoiled_anywhere_is_read_or_refused_as_a_document_never_otherwise() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var pdf = File.ReadAllBytes(Path.Combine(Fixtures.Folder, FixtureReports.Names[random.Next(FixtureReports.Names.Length)] + ".pdf"));
            for (var i = random.Next(1, 8); i > 0; i--)
            {
                pdf[random.Next(pdf.Length)] = (byte)random.Next(256);
            }

            try
            {
                var reading = PdfReadingTests.ReadPdf(random.Next(4) == 0 ? pdf.AsSpan(0, random.Next(pdf.Length)).ToArray() : pdf);
                Assert.True(reading.IsReport || reading.Problems.Count > 0);
            }
            catch (ReportDocumentException e)
            {
                Assert.Equal(1, e.ProblemCount);
            }
        });

    [Fact]
    public void Sec12_the_pdf_reading_problems_read_as_approved()
    {
        var lines = new List<string>();
        void Add(string name, Func<ReportReading> read)
        {
            try
            {
                var reading = read();
                lines.Add($"## {name}: {reading}");
                lines.AddRange(reading.Problems.Select(problem => $"{problem.Kind} | {problem}"));
            }
            catch (ReportDocumentException e)
            {
                lines.Add($"## {name}: {e.Message}");
            }
        }

        var fixture = File.ReadAllBytes(Path.Combine(Fixtures.Folder, "pingtan-2022.pdf"));
        Add("a spoiled cell on page 2", () => Spoiled(RequestTable.Rows[5], "—", 600).Reading);
        Add("table 三 drawn without borders", () => Spoiled(RequestTable.Rows[5], "—", 700, borders: false).Reading);
        Add("a pdf cut short", () => PdfReadingTests.ReadPdf(fixture.AsSpan(0, 1000).ToArray()));
        Add("a web page", () => PdfReadingTests.ReadPdf("<html></html>"u8.ToArray()));
        Approvals.Verify("pdf-problem-texts.txt", string.Join("\n", lines) + "\n");
    }
}
