using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Policy.Tests.Reporting;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§12, §12.11: one spoiled cell is one problem at its place, with every other cell read; and a page or a file spoiled anywhere is
/// read or refused with <see cref="ReportDocumentException"/>, never anything else.</summary>
public sealed class DocumentFuzzProperties
{
    private const int Sentinel = 987654;
    private static readonly string[] Junk = ["—", "/", "无", "3件", "x", "1.5", "--1"];

    [Property(MaxTest = 60)]
    public Property Sec12_11_one_spoiled_cell_of_table_three_is_one_problem_at_its_row_and_column_and_every_other_cell_is_read() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var report = GeneratedReports.Make(seed);
            var (row, column) = (RequestTable.Rows[random.Next(RequestTable.Rows.Count)], random.Next(7));
            var cells = ApplicantKind.InOrder.Select(kind => report.Requests[row][kind]).Append(report.Requests[row].Total).ToArray();
            cells[column] = Sentinel;
            var spoiled = report with { Requests = report.Requests.With(row, PublishedApplicantCounts.FromCells(cells)) };
            var junk = Junk[random.Next(Junk.Length)];

            var read = DocxRoundTripTests.ReadDocx(Replace(DocxRoundTripTests.Docx(spoiled), Sentinel.ToString(System.Globalization.CultureInfo.InvariantCulture), junk));

            var problem = Assert.Single(read.Problems);
            var columnName = column < 6 ? ApplicantKind.InOrder[column].Label.Zh : "总计";
            Assert.Equal((DocumentProblemKind.NotAFigure, "三", row.TableLabel.Replace('(', '（').Replace(')', '）'), columnName),
                (problem.Kind, problem.Table, problem.Row, problem.Column));
            cells[column] = null;
            Assert.Equal(report with { Requests = report.Requests.With(row, PublishedApplicantCounts.FromCells(cells)) }, read.Report);
        });

    [Property(MaxTest = 150)]
    public Property Sec12_a_page_spoiled_anywhere_is_read_or_refused_as_a_document_never_otherwise() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var page = Calendar.NoticeTextFuzzProperties.Mutate(HtmlRoundTripTests.Page(Reports.Report2025), seed);
            var reading = Outcome(() => AnnualReportDocuments.ReadHtml(new MemoryStream(Encoding.UTF8.GetBytes(page))));
            Assert.True(reading is null || reading.IsReport || reading.Problems.Count > 0);
        });

    [Property(MaxTest = 150)]
    public Property Sec12_a_docx_spoiled_anywhere_is_read_or_refused_as_a_document_never_otherwise() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var docx = DocxRoundTripTests.Docx(GeneratedReports.Make(seed));
            for (var i = random.Next(1, 8); i > 0; i--)
            {
                docx[random.Next(docx.Length)] = (byte)random.Next(256);
            }

            _ = Outcome(() => AnnualReportDocuments.ReadDocx(new MemoryStream(random.Next(4) == 0 ? docx.AsSpan(0, random.Next(docx.Length)).ToArray() : docx)));
        });

    private static ReportReading? Outcome(Func<ReportReading> read)
    {
        try
        {
            return read();
        }
        catch (ReportDocumentException e)
        {
            Assert.Equal(1, e.ProblemCount);
            return null;
        }
    }

    internal static byte[] Replace(byte[] docx, string text, string with)
    {
        var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            foreach (var run in document.MainDocumentPart!.Document!.Body!.Descendants<Text>().Where(t => t.Text == text))
            {
                run.Text = with;
            }
        }

        return stream.ToArray();
    }
}
