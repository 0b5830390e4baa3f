namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// Reads a catalog from the rows of a sheet — a CSV's records or a spreadsheet's rows — as counties lay it out (§10, §13): titles above a
/// header of one or two rows (<see cref="CatalogHeader"/>), then a row per 序号, merged item cells left blank below their first row. Every
/// problem is collected with its sheet, row, column and 序号; nothing is guessed.
/// </summary>
internal static partial class CatalogSheet
{
    /// <summary>The rows read, where each was, and every problem found.</summary>
    internal static (CatalogRow[] Rows, int[] RowNumbers) Read(IReadOnlyList<SheetRow> sheet, string? sheetName, ProblemList<CatalogProblem> problems)
    {
        CatalogProblem Problem(int row, string? column, string message) => new(row, column, message) { Sheet = sheetName };
        if (CatalogHeader.Read(sheet, Problem, problems) is not { } header)
        {
            return ([], []);
        }

        var (rows, rowNumbers) = (new List<CatalogRow>(), new List<int>());
        var above = Array.Empty<string>();
        for (var i = header.Rows; i < sheet.Count; i++)
        {
            if (sheet[i].Cells.All(cell => cell.Length == 0))
            {
                continue;
            }

            var cells = new Cells(sheet[i], header, sheetName, problems);
            var items = cells.Items(above);
            rowNumbers.Add(sheet[i].Number);
            rows.Add(cells.Build(items));
            above = items;
        }

        return ([.. rows], [.. rowNumbers]);
    }

    /// <summary>The rows of a sheet given as cells, numbered from 1, each cell trimmed (null is empty).</summary>
    internal static SheetRow[] Rows(IEnumerable<IReadOnlyList<string?>> rows, string paramName)
    {
        var sheet = new List<SheetRow>();
        foreach (var row in Preconditions.CheckNotNull(rows, paramName))
        {
            var cells = Preconditions.CheckNotNull(row, paramName);
            var trimmed = new string[cells.Count];
            for (var i = 0; i < trimmed.Length; i++)
            {
                trimmed[i] = cells[i]?.Trim() ?? "";
            }

            sheet.Add(new SheetRow(sheet.Count + 1, trimmed));
        }

        return [.. sheet];
    }
}
