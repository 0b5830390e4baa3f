using System.Text.RegularExpressions;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// A table put together from its parts on consecutive pages. A part that starts the page after the last one's, as wide, continues the
/// table: rows that repeat its header are dropped, and a cell its page break cut in two — a merged cell (<c>（四）无 | 法提供</c>) or a row
/// allowed to break — is made one again where the text above filled its last line and the text below does not start a row of its own (a
/// figure, a numbering such as <c>2.</c>). Where the break cut cells so, its blank cells under text are cut cells too; and a row whose
/// every cell runs on or is blank is one row with the row above.
/// </summary>
internal sealed class PdfTableAssembly
{
    /// <summary>How far apart a part's edges may be from the table's and still continue it.</summary>
    private const double SameEdge = 3;

    /// <summary>A row label's numbering: 三、 （四） (4) 1. 1、 — a cell that starts with one starts a row of its own.</summary>
    private static readonly Regex Numbering = new(@"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．])", RegexOptions.CultureInvariant);

    private readonly List<PdfCell> cells = [];
    private readonly List<int> rowPages = [];

    internal PdfTableAssembly(PdfTablePart first)
    {
        (Left, Right) = (first.Left, first.Right);
        Append(first.Cells, first.RowCount, first.Page);
    }

    internal double Left { get; }

    internal double Right { get; }

    internal int LastPage { get; private set; }

    /// <summary>Whether <paramref name="part"/>, the first thing on its page, continues the table ending the page before.</summary>
    internal bool IsContinuedBy(PdfTablePart part) => Continues(LastPage, Left, Right, part);

    /// <summary>Whether <paramref name="next"/>, the first thing on its page, continues <paramref name="part"/>, the last on the page before.</summary>
    internal static bool Continues(PdfTablePart part, PdfTablePart next) => Continues(part.Page, part.Left, part.Right, next);

    private static bool Continues(int page, double left, double right, PdfTablePart next) =>
        next.Page == page + 1 && Math.Abs(next.Left - left) <= SameEdge && Math.Abs(next.Right - right) <= SameEdge;

    /// <summary>Adds the part's rows below the table's, without the header rows it repeats, the cells the page break cut joined.</summary>
    internal void Continue(PdfTablePart part)
    {
        var header = Enumerable.Range(0, rowPages.Count).TakeWhile(row => !RowHasFigure(cells, row)).Select(row => Signature(cells, row)).ToList();
        var repeated = 0;
        while (repeated < header.Count && repeated < part.RowCount - 1 && Signature(part.Cells, repeated) == header[repeated])
        {
            repeated++;
        }

        var rest = part.Cells.Where(cell => cell.Bottom > repeated).ToList();
        foreach (var cell in rest)
        {
            (cell.Top, cell.Bottom) = (Math.Max(cell.Top, repeated) - repeated, cell.Bottom - repeated);
        }

        var last = rowPages.Count - 1;
        var firstRow = rest.Where(cell => cell.Top == 0).Select(below => (Below: below, Above: cells.FirstOrDefault(cell => cell.Bottom == last + 1 && SameColumns(cell, below)))).ToList();
        var runsOn = firstRow.Select(pair => pair.Above is { } above && !pair.Below.IsBlank && RunsOn(above, pair.Below)).ToList();
        var cut = runsOn.Any(on => on);   // the break cut cells of this row: its blank cells under text continue that text's cells too
        var fold = cut && firstRow.Select((pair, i) => runsOn[i] || (pair.Below.IsBlank && pair.Above is not null)).All(joined => joined);
        var shift = fold ? 1 : 0;   // a row the break cut in two is one row: its rest is no row of its own
        for (var i = 0; i < firstRow.Count; i++)
        {
            var (below, above) = firstRow[i];
            if (above is not null && (fold || runsOn[i] || (cut && below.IsBlank && !above.IsBlank && !above.IsFigure)))
            {
                above.Absorb(below, last + 1 + below.Bottom - shift);
                rest.Remove(below);
            }
        }

        foreach (var cell in rest)
        {
            (cell.Top, cell.Bottom) = (cell.Top - shift, cell.Bottom - shift);
        }

        Append(rest, part.RowCount - repeated - shift, part.Page);
    }

    /// <summary>The table as a grid whose columns are every left and right border of its cells, each row knowing its page.</summary>
    internal TableBlock Build()
    {
        var borders = PdfTableFinder.Cluster(cells.SelectMany(cell => new[] { cell.Left, cell.Right }));
        var grid = rowPages.Select(_ => new GridCell?[Math.Max(borders.Count - 1, 0)]).ToArray();
        foreach (var cell in cells.OrderBy(cell => cell.Top).ThenBy(cell => cell.Left))
        {
            var (left, right) = (PdfTableFinder.Nearest(borders, cell.Left), PdfTableFinder.Nearest(borders, cell.Right));
            var placed = new GridCell(cell.Text, cell.Top, left);
            for (var r = cell.Top; r < cell.Bottom; r++)
            {
                for (var c = left; c < right; c++)
                {
                    grid[r][c] ??= placed;
                }
            }
        }

        var rows = grid.Select((row, r) => row.Select((cell, c) => cell ?? new GridCell("", r, c)).ToArray()).ToArray();
        return new TableBlock(rows, [.. rowPages]) { Page = rowPages.Count == 0 ? null : rowPages[0] };
    }

    /// <summary>Whether the text of the cell below the page break runs on from the cell above it: the line above was full, and the text
    /// below is neither a figure nor the numbering that starts a row of its own.</summary>
    private static bool RunsOn(PdfCell above, PdfCell below) =>
        !above.IsBlank && !above.IsFigure && !below.IsFigure && !Numbering.IsMatch(TextForm.Compact(below.Text)) && above.IsFullBefore(below);

    private static bool SameColumns(PdfCell a, PdfCell b) => Math.Abs(a.Left - b.Left) <= SameEdge && Math.Abs(a.Right - b.Right) <= SameEdge;

    private static bool RowHasFigure(List<PdfCell> cells, int row) => cells.Any(cell => cell.Top <= row && cell.Bottom > row && cell.IsFigure);

    /// <summary>A row's cells that start in it, left to right, by text and the rows they span: a repeated header row has the same.</summary>
    private static string Signature(List<PdfCell> cells, int row) =>
        string.Join("|", cells.Where(cell => cell.Top == row).OrderBy(cell => cell.Left).Select(cell => $"{TextForm.Compact(cell.Text)}/{cell.Bottom - cell.Top}"));

    private void Append(List<PdfCell> part, int rowCount, int page)
    {
        var offset = rowPages.Count;
        foreach (var cell in part)
        {
            (cell.Top, cell.Bottom) = (cell.Top + offset, cell.Bottom + offset);
        }

        cells.AddRange(part);
        rowPages.AddRange(Enumerable.Repeat(page, rowCount));
        LastPage = page;
    }
}
