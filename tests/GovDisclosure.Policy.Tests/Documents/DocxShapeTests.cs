using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§12: a .docx as Word leaves it after editing — a figure's digits in several runs, a tracked deletion beside them, a cell of two
/// paragraphs, a heading inside a content control, a row that starts past an empty grid column — reads as the document shows it.</summary>
public sealed class DocxShapeTests
{
    private static byte[] Edited(Action<WordprocessingDocument> edit)
    {
        var report = Fixtures.Report("county-bureau-2024");
        var stream = new MemoryStream();
        stream.Write(DocxRoundTripTests.Docx(report));
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            edit(document);
        }

        return stream.ToArray();
    }

    private static TableCell CellHolding(WordprocessingDocument document, string text) =>
        document.MainDocumentPart!.Document!.Body!.Descendants<TableCell>().First(cell => cell.InnerText == text);

    [Fact]
    public void Sec12_a_figure_split_across_runs_beside_a_tracked_deletion_reads_as_shown()
    {
        var docx = Edited(document =>
        {
            var paragraph = CellHolding(document, "214").GetFirstChild<Paragraph>()!;   // 行政许可
            paragraph.RemoveAllChildren<Run>();
            paragraph.Append(new Run(new Text("2")), new DeletedRun(new Run(new DeletedText("9"))), new Run(new Text("1")), new Run(new TabChar()), new Run(new Text("4")));
        });

        var read = DocxRoundTripTests.ReadDocx(docx);

        Assert.Empty(read.Problems);
        Assert.Equal(214, read.Report!.Proactive.LicensingDecisions);
    }

    [Fact]
    public void Sec12_a_label_of_two_paragraphs_and_a_heading_inside_a_content_control_read_as_one()
    {
        var docx = Edited(document =>
        {
            var label = CellHolding(document, "一、本年新收政府信息公开申请数量");
            label.RemoveAllChildren<Paragraph>();
            label.Append(new Paragraph(new Run(new Text("一、本年新收"))), new Paragraph(new Run(new Text("政府信息公开申请数量"))));
            var heading = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().First(p => p.InnerText == "五、存在的主要问题及改进情况");
            heading.InsertBeforeSelf(new SdtBlock(new SdtContentBlock(heading.CloneNode(true))));
            heading.Remove();
        });

        var read = DocxRoundTripTests.ReadDocx(docx);

        Assert.Empty(read.Problems);
        Assert.Equal(Fixtures.Report("county-bureau-2024"), read.Report);
    }

    [Fact]
    public void Sec12_a_row_starting_past_an_empty_grid_column_keeps_its_cells_in_their_columns()
    {
        var docx = Edited(document =>
        {
            var row = CellHolding(document, "行政许可").Parent!;
            row.RemoveChild(row.GetFirstChild<TableCell>()!);
            row.PrependChild(new TableRowProperties(new GridBefore { Val = 1 }));
        });

        var read = DocxRoundTripTests.ReadDocx(docx);

        Assert.Equal([(DocumentProblemKind.RowNotFound, "行政许可")], read.Problems.Select(problem => (problem.Kind, problem.Row!)));
        Assert.Null(read.Report!.Proactive.LicensingDecisions);
    }
}
