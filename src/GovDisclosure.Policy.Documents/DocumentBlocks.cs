namespace GovDisclosure.Policy.Documents;

/// <summary>A piece of a document in reading order, whatever its format: a line of text or a table. Readers of HTML and Word make them;
/// <see cref="ReportInterpreter"/> reads the report from them.</summary>
internal abstract class Block
{
    /// <summary>False for a block outside the report's own part of a page (a site's navigation, its footer): read for a title or a date,
    /// never for a section's text or a table.</summary>
    internal bool InArticle { get; set; } = true;

    /// <summary>The page it starts on, for a PDF's blocks; null for a document without pages.</summary>
    internal int? Page { get; init; }
}

/// <summary>A line of text, its white space collapsed (<see cref="TextForm.Collapse"/>).</summary>
internal sealed class TextBlock(string text, bool isHeading) : Block
{
    internal string Text { get; } = text;

    /// <summary>True for a heading element (<c>h1</c>…<c>h6</c>, a Word title or heading style): preferred as the report's title.</summary>
    internal bool IsHeading { get; } = isHeading;
}

/// <summary>A table as a grid: every slot holds the cell that covers it, so a merged cell is found in each slot it spans.</summary>
/// <param name="rows">The grid, row by row.</param>
/// <param name="rowPages">For a PDF's table, the page each row is on (a table runs onto the next page); null otherwise.</param>
internal sealed class TableBlock(GridCell[][] rows, int[]? rowPages = null) : Block
{
    private static readonly GridCell Missing = new("", int.MinValue, int.MinValue);   // covers no slot: never a row's own cell

    internal int RowCount => rows.Length;

    internal int ColumnCount { get; } = rows.Length == 0 ? 0 : rows.Max(row => row.Length);

    /// <summary>The page row <paramref name="row"/> is on; null for a document without pages.</summary>
    internal int? PageOf(int row) => rowPages?[row];

    /// <summary>The cell covering a slot; an empty cell where a row is shorter than the widest.</summary>
    internal GridCell this[int row, int column] => column < rows[row].Length ? rows[row][column] : Missing;

    /// <summary>The cells of a row from <paramref name="from"/> up to <paramref name="to"/> (exclusive), each once however many slots it spans.</summary>
    internal IEnumerable<GridCell> Distinct(int row, int from, int to)
    {
        GridCell? previous = null;
        for (var column = from; column < Math.Min(to, rows[row].Length); column++)
        {
            var cell = rows[row][column];
            if (!ReferenceEquals(cell, previous))
            {
                yield return cell;
            }

            previous = cell;
        }
    }

    /// <summary>Every cell's text in reading order, each cell once.</summary>
    internal IEnumerable<string> Texts() => rows.SelectMany((row, r) => Distinct(r, 0, row.Length).Where(cell => cell.Row == r).Select(cell => cell.Text));
}

/// <summary>A cell of a table: its text as published and the slot it starts at.</summary>
internal sealed class GridCell(string text, int row, int column)
{
    internal string Text { get; } = text;

    internal int Row { get; } = row;

    internal int Column { get; } = column;
}

/// <summary>Builds a <see cref="TableBlock"/> row by row from cells that span rows (HTML's <c>rowspan</c>), continue the cell above (Word's
/// <c>vMerge</c>) or span columns (<c>colspan</c>, <c>gridSpan</c>).</summary>
/// <param name="rowCount">The table's number of rows: no cell spans past the last.</param>
internal sealed class TableGridBuilder(int rowCount)
{
    /// <summary>The most columns a table may have (HTML's own limit on one cell's span), so that no page can make a grid without end.</summary>
    internal const int MaxColumns = 1000;

    private readonly List<List<GridCell?>> rows = [];
    private int row = -1;

    internal void StartRow()
    {
        row++;
        Ensure(row);
    }

    /// <summary>Places a cell at the row's first free slot, covering <paramref name="rowSpan"/> rows and <paramref name="columnSpan"/> columns.</summary>
    internal void Add(string text, int rowSpan, int columnSpan)
    {
        var column = FreeColumn();
        Place(new GridCell(text, row, column), column, Math.Max(rowSpan, 1), Math.Max(columnSpan, 1));
    }

    /// <summary>Continues the cell above at the row's first free slot (Word's <c>vMerge</c> without <c>restart</c>); a new empty cell when there is none above.</summary>
    internal void ContinueAbove(int columnSpan)
    {
        var column = FreeColumn();
        var above = row > 0 && column < rows[row - 1].Count ? rows[row - 1][column] : null;
        Place(above ?? new GridCell("", row, column), column, 1, Math.Max(columnSpan, 1));
    }

    /// <summary>Leaves <paramref name="columns"/> slots of the row empty (Word's <c>gridBefore</c>).</summary>
    internal void Skip(int columns)
    {
        var column = FreeColumn();
        Place(new GridCell("", row, column), column, 1, Math.Max(columns, 0));
    }

    /// <summary>The grid; a row shorter than the widest is as long as its cells.</summary>
    internal TableBlock Build() =>
        new([.. rows.Select((cells, r) => cells.Select((cell, c) => cell ?? new GridCell("", r, c)).ToArray())]);

    private int FreeColumn()
    {
        var cells = rows[row];
        var column = 0;
        while (column < cells.Count && cells[column] is not null)
        {
            column++;
        }

        return column;
    }

    private void Place(GridCell cell, int column, int rowSpan, int columnSpan)
    {
        var (lastRow, lastColumn) = (Math.Min(row + rowSpan, rowCount), Math.Min(column + columnSpan, MaxColumns));
        for (var r = row; r < lastRow; r++)
        {
            Ensure(r);
            var cells = rows[r];
            while (cells.Count < lastColumn)
            {
                cells.Add(null);
            }

            for (var c = column; c < lastColumn; c++)
            {
                cells[c] ??= cell;
            }
        }
    }

    private void Ensure(int index)
    {
        while (rows.Count <= index)
        {
            rows.Add([]);
        }
    }
}
