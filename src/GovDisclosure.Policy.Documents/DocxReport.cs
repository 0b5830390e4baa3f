using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// A Word document (.docx) as blocks: each paragraph's text from its runs however Word split them (tracked deletions and field codes
/// left out), each table as a grid with <c>gridSpan</c>, <c>vMerge</c> and <c>gridBefore</c> spread over their slots; content controls
/// and custom XML are read through.
/// </summary>
internal static class DocxReport
{
    /// <summary>The document's blocks and its title property. Every failure of the package, its parts or their XML — which the Open XML
    /// SDK meets only as it loads them — is the one problem of a file that is not a valid .docx.</summary>
    internal static (List<Block> Blocks, string? Title) Read(byte[] docx)
    {
        try
        {
            using var package = new MemoryStream(docx);
            using var document = WordprocessingDocument.Open(package, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body
                ?? throw new ReportDocumentException("The file is a zip package with no Word document body in it; open it in Word or WPS and save it as .docx.");
            return (Blocks(body), document.PackageProperties.Title);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FormatException or InvalidOperationException
                                      or NotSupportedException or IOException or ArgumentException)
        {
            throw new ReportDocumentException($"The file is a zip package but not a valid Word document ({e.Message}); open it in Word or WPS and save it as .docx.", e);
        }
    }

    private static List<Block> Blocks(DocumentFormat.OpenXml.Wordprocessing.Body body)
    {
        var blocks = new List<Block>();
        var stack = new Stack<OpenXmlElement>();
        Push(stack, body);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case Paragraph paragraph:
                    var text = TextForm.Collapse(TextOf(paragraph));
                    if (text.Length > 0)
                    {
                        blocks.Add(new TextBlock(text, IsHeading(paragraph)));
                    }

                    break;
                case Table table:
                    blocks.Add(Grid(table));
                    break;
                case var other:
                    Push(stack, other);
                    break;
            }
        }

        return blocks;
    }

    private static void Push(Stack<OpenXmlElement> stack, OpenXmlElement parent)
    {
        for (var child = parent.LastChild; child is not null; child = child.PreviousSibling())
        {
            stack.Push(child);
        }
    }

    /// <summary>The text of a paragraph or a cell: its runs' text, a tab or a break as white space.</summary>
    private static string TextOf(OpenXmlElement element)
    {
        var text = new System.Text.StringBuilder();
        foreach (var part in element.Descendants())
        {
            _ = part switch
            {
                Text run => text.Append(run.Text),
                TabChar => text.Append('\t'),
                Break or CarriageReturn => text.Append('\n'),
                Paragraph => text.Append('\n'),   // a cell's paragraphs, one a line
                _ => text,
            };
        }

        return text.ToString();
    }

    private static bool IsHeading(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value is { } style &&
        (style.Equals("Title", StringComparison.OrdinalIgnoreCase) || style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase));

    private static TableBlock Grid(Table table)
    {
        var rows = table.Elements<TableRow>().ToArray();
        var grid = new TableGridBuilder(rows.Length);
        foreach (var row in rows)
        {
            grid.StartRow();
            grid.Skip(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0);
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = properties?.GridSpan?.Val?.Value ?? 1;
                if (properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue))
                {
                    grid.ContinueAbove(span);
                }
                else
                {
                    grid.Add(TextForm.Collapse(TextOf(cell)), 1, span);
                }
            }
        }

        return grid.Build();
    }
}
