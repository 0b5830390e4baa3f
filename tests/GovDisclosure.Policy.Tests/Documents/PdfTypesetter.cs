namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>How <see cref="PdfTypesetter"/> sets a document: the page's height, and what a word processor may do where a table meets
/// the page's end — repeat its header rows on the next page, or let a row break across the pages.</summary>
internal sealed record PdfSetting(double PageHeight, bool RepeatHeader, bool BreakRows)
{
    internal static readonly PdfSetting A4 = new(842, RepeatHeader: false, BreakRows: false);
}

/// <summary>
/// Sets a document's blocks on PDF pages as a word processor does, as glyphs and border rules (what <c>PdfReport</c> gets from PdfPig):
/// paragraphs justified and wrapped at characters (never inside a word of Latin letters or digits), their first lines indented two
/// characters, headings centred and larger; tables with every cell boxed, merged cells in one box, text wrapped in its cell from the top;
/// page numbers (<c>-3-</c>) at the foot. Where a table runs past the page's end it continues on the next, cutting merged cells — and rows,
/// with <see cref="PdfSetting.BreakRows"/> — in two.
/// </summary>
internal sealed class PdfTypesetter(PdfSetting setting)
{
    private const double PageWidth = 595.3, LeftMargin = 80, TextWidth = 440, BottomMargin = 60, TopMargin = 60;
    private const double BodySize = 16, HeadingSize = 22, CellSize = 10.5, LineStep = 14, Padding = 3;

    private readonly List<List<PdfGlyph>> glyphs = [];
    private readonly List<List<PdfRule>> rules = [];
    private double y;

    private int Page => glyphs.Count - 1;

    internal static List<PdfPageContent> Set(IReadOnlyList<Block> blocks, PdfSetting setting)
    {
        var typesetter = new PdfTypesetter(setting);
        typesetter.NewPage();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case TextBlock text:
                    typesetter.Paragraph(text.Text, text.IsHeading);
                    break;
                case TableBlock table:
                    typesetter.Table(table);
                    break;
            }
        }

        return [.. typesetter.glyphs.Select((page, i) => new PdfPageContent(i + 1, PageWidth, setting.PageHeight,
            [.. page, .. Glyphs($"-{i + 1}-", PageWidth / 2 - 10, 30, CellSize, 0)], typesetter.rules[i]))];
    }

    /// <summary>The text's units a line may break between: each Chinese character, each space, each run of other characters.</summary>
    internal static List<string> Units(string text)
    {
        var units = new List<string>();
        foreach (var c in text)
        {
            if (IsWordCharacter(c) && units.Count > 0 && IsWordCharacter(units[^1][^1]))
            {
                units[^1] += c;
            }
            else
            {
                units.Add(c.ToString());
            }
        }

        return units;
    }

    private static bool IsWordCharacter(char c) => !TextForm.IsWide(c) && c != ' ';

    private static double Advance(char c, double size) => c == ' ' ? 0.5 * size : TextForm.IsWide(c) ? size : 0.55 * size;

    private static double Width(IEnumerable<char> text, double size) => text.Sum(c => Advance(c, size));

    /// <summary>The text wrapped into lines no wider than <paramref name="width"/>, the first <paramref name="indent"/> narrower; a space
    /// where a line breaks is not set.</summary>
    private static List<string> Wrap(string text, double width, double size, double indent)
    {
        var lines = new List<string>();
        var (line, used) = ("", indent);
        foreach (var unit in Units(text))
        {
            if (used + Width(unit, size) > width && line.Length > 0)
            {
                lines.Add(line);
                (line, used) = ("", 0);
                if (unit == " ")
                {
                    continue;
                }
            }

            line += unit;
            used += Width(unit, size);
        }

        return line.Length > 0 ? [.. lines, line] : lines;
    }

    /// <summary>A line's glyphs from <paramref name="left"/>, each gap widened by <paramref name="extra"/> (justification).</summary>
    private static IEnumerable<PdfGlyph> Glyphs(string line, double left, double baseline, double size, double extra)
    {
        var x = left;
        foreach (var c in line)
        {
            var advance = Advance(c, size);
            yield return new PdfGlyph(c.ToString(), x, x + advance, baseline - 0.15 * size, baseline + 0.75 * size, baseline, size);
            x += advance + extra;
        }
    }

    private void Paragraph(string text, bool heading)
    {
        var size = heading ? HeadingSize : BodySize;
        var lines = Wrap(text, TextWidth, size, heading ? 0 : 2 * size);
        for (var i = 0; i < lines.Count; i++)
        {
            if (y - 1.75 * size < BottomMargin)
            {
                NewPage();
            }

            y -= 1.75 * size;
            var width = Width(lines[i], size);
            var left = heading ? LeftMargin + (TextWidth - width) / 2 : LeftMargin + (i == 0 ? 2 * size : 0);
            var extra = !heading && i < lines.Count - 1 && lines[i].Length > 1 ? (LeftMargin + TextWidth - left - width) / (lines[i].Length - 1) : 0;
            glyphs[Page].AddRange(Glyphs(lines[i], left, y, size, extra));
        }

        y -= 0.5 * size;
    }

    private void Table(TableBlock table)
    {
        var columnWidth = TextWidth / table.ColumnCount;
        var cells = Enumerable.Range(0, table.RowCount).SelectMany(r => Enumerable.Range(0, table.ColumnCount).Select(c => table[r, c]))
            .Where(cell => cell.Row >= 0).Distinct().Select(cell => new SetCell(cell, Extent(table, cell))).ToList();
        foreach (var cell in cells)
        {
            cell.Lines = Wrap(cell.Grid.Text, cell.Columns * columnWidth - 2 * Padding, CellSize, 0);
        }

        // Each row's line slots: as many as its own cells need; the last row of a merged cell as many more as the rows above leave it short.
        var slots = Enumerable.Range(0, table.RowCount).Select(r => cells.Where(cell => cell.Grid.Row == r && cell.Rows == 1).Select(cell => cell.Lines.Count).Append(1).Max()).ToArray();
        foreach (var cell in cells.Where(cell => cell.Rows > 1))
        {
            var rows = Enumerable.Range(cell.Grid.Row, cell.Rows);
            slots[cell.Grid.Row + cell.Rows - 1] += Math.Max(0, cell.Lines.Count - rows.Sum(r => slots[r]));
        }

        var header = Enumerable.Range(0, table.RowCount).TakeWhile(r => !cells.Any(cell => cell.Grid.Row == r && TextForm.TryFigure(cell.Grid.Text, true, out var f) && f is not null)).Count();
        var place = Enumerable.Range(0, table.RowCount).Select(_ => new List<(int Page, double Top)>()).ToArray();
        var copies = new List<List<(int Page, double Top)>[]>();
        for (var r = 0; r < table.RowCount; r++)
        {
            var breakable = setting.BreakRows && r >= header;
            if (y - (slots[r] * LineStep + 2 * Padding) < BottomMargin && !(breakable && y - (LineStep + 2 * Padding) >= BottomMargin))
            {
                Break(r);
            }

            y -= Padding;
            for (var s = 0; s < slots[r]; s++)
            {
                if (y - LineStep - Padding < BottomMargin)
                {
                    y -= Padding;
                    Break(r);
                    y -= Padding;
                }

                place[r].Add((Page, y));
                y -= LineStep;
            }

            y -= Padding;
        }

        foreach (var cell in cells)
        {
            Draw(cell, place, columnWidth);
            foreach (var copy in copies.Where(_ => cell.Grid.Row + cell.Rows <= header))
            {
                Draw(cell, copy, columnWidth);
            }
        }

        y -= BodySize;

        void Break(int row)
        {
            NewPage();
            if (setting.RepeatHeader && row >= header && header > 0)
            {
                var copy = Enumerable.Range(0, header).Select(_ => new List<(int Page, double Top)>()).ToArray();
                for (var r = 0; r < header; r++)
                {
                    y -= Padding;
                    for (var s = 0; s < slots[r]; s++, y -= LineStep)
                    {
                        copy[r].Add((Page, y));
                    }

                    y -= Padding;
                }

                copies.Add(copy);
            }
        }
    }

    /// <summary>Boxes a cell on each page its slots are on, and sets each of its lines in the slot of the same number.</summary>
    private void Draw(SetCell cell, List<(int Page, double Top)>[] place, double columnWidth)
    {
        var slots = Enumerable.Range(cell.Grid.Row, cell.Rows).SelectMany(r => place[r]).ToList();
        var (left, right) = (LeftMargin + cell.Grid.Column * columnWidth, LeftMargin + (cell.Grid.Column + cell.Columns) * columnWidth);
        foreach (var part in slots.GroupBy(slot => slot.Page))
        {
            var (top, bottom) = (part.First().Top + Padding, part.Last().Top - LineStep - Padding);
            rules[part.Key].AddRange([new PdfRule(true, top, left, right), new PdfRule(true, bottom, left, right), new PdfRule(false, left, bottom, top), new PdfRule(false, right, bottom, top)]);
        }

        for (var line = 0; line < Math.Min(cell.Lines.Count, slots.Count); line++)
        {
            glyphs[slots[line].Page].AddRange(Glyphs(cell.Lines[line], left + Padding, slots[line].Top - LineStep + 3, CellSize, 0));
        }
    }

    private static (int Rows, int Columns) Extent(TableBlock table, GridCell cell)
    {
        var rows = 1;
        while (cell.Row + rows < table.RowCount && ReferenceEquals(table[cell.Row + rows, cell.Column], cell))
        {
            rows++;
        }

        var columns = 1;
        while (cell.Column + columns < table.ColumnCount && ReferenceEquals(table[cell.Row, cell.Column + columns], cell))
        {
            columns++;
        }

        return (rows, columns);
    }

    private void NewPage()
    {
        glyphs.Add([]);
        rules.Add([]);
        y = setting.PageHeight - TopMargin;
    }

    private sealed class SetCell(GridCell grid, (int Rows, int Columns) extent)
    {
        internal GridCell Grid { get; } = grid;

        internal int Rows { get; } = extent.Rows;

        internal int Columns { get; } = extent.Columns;

        internal List<string> Lines { get; set; } = [];
    }
}
