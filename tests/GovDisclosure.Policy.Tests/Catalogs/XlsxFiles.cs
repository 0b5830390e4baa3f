using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;
using Workbook = DocumentFormat.OpenXml.Spreadsheet.Workbook;

namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>A sheet as a test lays it out: rows of cells from A1 (null is no cell), and merged ranges (from 0: row, column, to row, to column).</summary>
internal sealed record TestSheet(string Name, IReadOnlyList<string?[]> Rows, IReadOnlyList<(int Row, int Column, int ToRow, int ToColumn)> Merges)
{
    /// <summary>The sheet as CSV: a merged range's value in its first cell only, as Excel and WPS export it.</summary>
    internal string Csv() => string.Join("\r\n", Rows.Select(row => string.Join(",", row.Select(cell =>
        cell is null ? "" : cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell))));
}

/// <summary>Writes .xlsx workbooks with the Open XML SDK, as Excel stores them: digits-only cells as numbers, other text as strings, merged
/// ranges with their value in the first cell.</summary>
internal static class XlsxFiles
{
    internal static MemoryStream Write(params TestSheet[] sheets)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var book = document.AddWorkbookPart();
            book.Workbook = new Workbook();
            var list = book.Workbook.AppendChild(new Sheets());
            for (var s = 0; s < sheets.Length; s++)
            {
                var part = book.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < sheets[s].Rows.Count; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < sheets[s].Rows[r].Length; c++)
                    {
                        if (sheets[s].Rows[r][c] is { } value)
                        {
                            row.Append(Cell(Reference(r, c), value));
                        }
                    }

                    data.Append(row);
                }

                var worksheet = new Worksheet(data);
                if (sheets[s].Merges.Count > 0)
                {
                    worksheet.Append(new MergeCells(sheets[s].Merges.Select(m => new MergeCell { Reference = $"{Reference(m.Row, m.Column)}:{Reference(m.ToRow, m.ToColumn)}" })));
                }

                part.Worksheet = worksheet;
                list.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = (uint)(s + 1), Name = sheets[s].Name });
            }
        }

        stream.Position = 0;
        return stream;
    }

    private static Cell Cell(string reference, string value) => value.Length is > 0 and < 10 && value.All(char.IsAsciiDigit)
        ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value) }
        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }) };

    internal static string Reference(int row, int column)
    {
        var letters = "";
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters = (char)('A' + ((c - 1) % 26)) + letters;
        }

        return $"{letters}{row + 1}";
    }
}
