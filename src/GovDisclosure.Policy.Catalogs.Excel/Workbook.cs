using System.Globalization;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace GovDisclosure.Policy.Catalogs.Excel;

/// <summary>A sheet of a workbook: its name and its rows of cells as text, each merged range's value in every cell it covers.</summary>
internal sealed record Sheet(string Name, IReadOnlyList<IReadOnlyList<string?>> Rows);

/// <summary>The sheets of an .xlsx or .xls file, read by ExcelDataReader.</summary>
internal static class Workbook
{
    internal static Sheet[] Read(Stream workbook, string catalogName)
    {
        CodePages.Registered();
        var bytes = Copy(workbook);
        try
        {
            using var reader = ExcelReaderFactory.CreateReader(bytes);
            var sheets = new List<Sheet>();
            do
            {
                var rows = new List<string?[]>();
                while (reader.Read())
                {
                    var cells = new string?[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = Text(reader.GetValue(i));
                    }

                    rows.Add(cells);
                }

                Spread(rows, [.. (reader.MergeCells ?? []).Select(range => (range.FromRow, range.FromColumn, range.ToRow, range.ToColumn))]);
                sheets.Add(new Sheet(reader.Name, rows));
            }
            while (reader.NextResult());
            return [.. sheets];
        }
        catch (Exception e) when (e is ExcelReaderException or InvalidDataException or NotSupportedException or InvalidOperationException or
                                      ArgumentException or IndexOutOfRangeException or System.Xml.XmlException)
        {
            throw new CatalogDataException(catalogName, [new CatalogProblem(0, null,
                $"The file is not a workbook that can be read as .xlsx or .xls ({e.Message}); save it from Excel or WPS as .xlsx and read it again.")]);
        }
    }

    /// <summary>A cell's value as a catalog reads it: text as written, a number as the shortest text that gives it back (a whole number
    /// without a decimal point), a date as yyyy-MM-dd; null for an empty cell.</summary>
    internal static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Each merged range's value in every cell it covers, as the sheet shows it.</summary>
    /// <param name="rows">The sheet's rows, from 0.</param>
    /// <param name="merged">The merged ranges, from 0, each with its last row and column.</param>
    internal static void Spread(List<string?[]> rows, (int FromRow, int FromColumn, int ToRow, int ToColumn)[] merged)
    {
        foreach (var range in merged)
        {
            if (range.FromRow >= rows.Count || range.FromColumn >= rows[range.FromRow].Length)
            {
                continue;   // a merged range below or beside every value holds none
            }

            var value = rows[range.FromRow][range.FromColumn];
            for (var row = range.FromRow; row <= Math.Min(range.ToRow, rows.Count - 1); row++)
            {
                if (rows[row].Length <= range.ToColumn)
                {
                    var wider = new string?[range.ToColumn + 1];
                    rows[row].CopyTo(wider, 0);
                    rows[row] = wider;
                }

                for (var column = range.FromColumn; column <= range.ToColumn; column++)
                {
                    rows[row][column] = value;
                }
            }
        }
    }

    /// <summary>The whole file in memory: ExcelDataReader seeks, and a caller's stream need not.</summary>
    private static MemoryStream Copy(Stream workbook)
    {
        var copy = new MemoryStream();
        try
        {
            workbook.CopyTo(copy);
        }
        catch (Exception e) when (e is NotSupportedException or ObjectDisposedException)
        {
            throw new IOException($"The workbook could not be read: {e.Message}", e);
        }

        copy.Position = 0;
        return copy;
    }

    /// <summary>The code-page encodings, registered once, on the first read: ExcelDataReader decodes .xls text through them.</summary>
    private static class CodePages
    {
        static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        /// <summary>Runs the static constructor, once per process.</summary>
        internal static void Registered()
        {
        }
    }
}
