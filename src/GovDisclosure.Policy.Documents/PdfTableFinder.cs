namespace GovDisclosure.Policy.Documents;

/// <summary>A table's part on one page: its cells, each over the rows of the part it spans, and where the part stands.</summary>
internal sealed class PdfTablePart(int page, double left, double right, double top, int rowCount, List<PdfCell> cells)
{
    /// <summary>True for a frame of one cell: a box around text, read as text unless a table it continues or that continues it is next to it.</summary>
    internal bool IsBox => Cells.Count == 1;

    internal int Page { get; } = page;

    internal double Left { get; } = left;

    internal double Right { get; } = right;

    internal double Top { get; } = top;

    internal int RowCount { get; } = rowCount;

    internal List<PdfCell> Cells { get; } = cells;
}

/// <summary>A cell of a table found on a page: the rows it spans (<see cref="Top"/> to <see cref="Bottom"/>, exclusive), its left and right
/// borders, its text, and where its text's lines end. Scratch of one reading: joining a table's parts across pages stretches it.</summary>
internal sealed class PdfCell(int top, int bottom, double left, double right, IReadOnlyList<PdfLine> lines)
{
    /// <summary>The most a cell's text is taken to be set in from its borders.</summary>
    private const double MaxInset = 6;

    internal int Top { get; set; } = top;

    internal int Bottom { get; set; } = bottom;

    internal double Left { get; } = left;

    internal double Right { get; } = right;

    internal string Text { get; private set; } = PdfLine.Join(lines.Select(line => line.Text));

    /// <summary>The lines it was found with, for a box read as text.</summary>
    internal IReadOnlyList<PdfLine> Lines { get; } = lines;

    internal bool IsBlank => TextForm.Compact(Text).Length == 0;

    internal bool IsFigure => !IsBlank && TextForm.TryFigure(Text, decimals: true, out _);

    /// <summary>Where its last line ends, and how wide the first glyph of its first line is.</summary>
    private (double LastEnd, double FirstWidth, double Inset) measure = lines.Count == 0
        ? (left, 0, 0)
        : (lines[lines.Count - 1].Right, lines[0].FirstWidth, Math.Min(Math.Max(lines.Min(line => line.Left) - left, 0), MaxInset));

    /// <summary>Whether its last line is full: the first glyph of <paramref name="next"/> would not have fitted after it, so the word processor
    /// broke the line there and <paramref name="next"/> may run on from it.</summary>
    internal bool IsFullBefore(PdfCell next) => measure.LastEnd + 0.9 * next.measure.FirstWidth > Right - measure.Inset;

    /// <summary>Takes in the cell below it, cut from it by a page break: its text runs on, and the rows it spans are this one's.</summary>
    internal void Absorb(PdfCell below, int bottom)
    {
        if (!below.IsBlank)
        {
            Text = PdfLine.Join([Text, below.Text]);
            measure = (below.measure.LastEnd, measure.FirstWidth, measure.Inset);
        }

        Bottom = bottom;
    }
}

/// <summary>
/// Finds a page's tables from the rules their borders are drawn with: rules that cross or meet make one frame; the frame's distinct
/// horizontal and vertical positions make a grid of slots, and two neighbouring slots with no rule between them are one merged cell. A
/// glyph belongs to the cell its centre is in. A table drawn without borders is no frame: its rows are read as lines of text.
/// </summary>
internal static class PdfTableFinder
{
    /// <summary>More rules than this on a page make a drawing, not a table: the page is read as text.</summary>
    internal const int MaxRules = 4000;

    /// <summary>The most slots a frame may have, so that no page can make a grid without end.</summary>
    internal const int MaxSlots = 100_000;

    /// <summary>The page's tables, top first, and the glyphs outside them.</summary>
    internal static (List<PdfTablePart> Tables, List<PdfGlyph> Outside) Find(PdfPageContent page)
    {
        var tables = new List<PdfTablePart>();
        var rest = page.Glyphs.ToList();
        if (page.Rules.Count > MaxRules)
        {
            return (tables, rest);
        }

        foreach (var frame in Frames(page.Rules))
        {
            if (Grid(page.Number, frame, rest) is { } table)
            {
                tables.Add(table);
            }
        }

        tables.Sort((a, b) => b.Top.CompareTo(a.Top));
        return (tables, rest);
    }

    /// <summary>Positions closer than <see cref="PdfRule.Tolerance"/> to the one before taken as one, in ascending order.</summary>
    internal static List<double> Cluster(IEnumerable<double> positions)
    {
        var clustered = new List<double>();
        foreach (var position in positions.OrderBy(p => p))
        {
            if (clustered.Count == 0 || position - clustered[clustered.Count - 1] > PdfRule.Tolerance)
            {
                clustered.Add(position);
            }
        }

        return clustered;
    }

    /// <summary>The index of the clustered position nearest to <paramref name="position"/>.</summary>
    internal static int Nearest(List<double> clustered, double position)
    {
        var best = 0;
        for (var i = 1; i < clustered.Count; i++)
        {
            if (Math.Abs(clustered[i] - position) < Math.Abs(clustered[best] - position))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>The rules that cross or meet one another, each set of them a frame with two horizontal rules and two vertical ones at the least.</summary>
    private static IEnumerable<List<PdfRule>> Frames(IReadOnlyList<PdfRule> rules)
    {
        var sets = new DisjointSets(rules.Count);
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = i + 1; j < rules.Count; j++)
            {
                if (Touch(rules[i], rules[j]))
                {
                    sets.Union(i, j);
                }
            }
        }

        return Enumerable.Range(0, rules.Count).GroupBy(sets.Find).Select(set => set.Select(i => rules[i]).ToList())
            .Where(frame => frame.Count(rule => rule.Horizontal) >= 2 && frame.Count(rule => !rule.Horizontal) >= 2);
    }

    private static bool Touch(PdfRule a, PdfRule b) =>
        a.Horizontal == b.Horizontal
            ? Math.Abs(a.At - b.At) <= PdfRule.Tolerance && a.From <= b.To + PdfRule.Tolerance && b.From <= a.To + PdfRule.Tolerance
            : a.Covers(b.At) && b.Covers(a.At);

    /// <summary>The frame's cells, the glyphs inside it taken from <paramref name="glyphs"/>; null for a frame too large to be a table.</summary>
    private static PdfTablePart? Grid(int page, List<PdfRule> frame, List<PdfGlyph> glyphs)
    {
        var xs = Cluster(frame.Where(rule => !rule.Horizontal).Select(rule => rule.At));
        var ys = Cluster(frame.Where(rule => rule.Horizontal).Select(rule => -rule.At)).Select(y => -y).ToList();   // top first
        var (rows, columns) = (ys.Count - 1, xs.Count - 1);
        if ((long)rows * columns > MaxSlots)
        {
            return null;
        }

        var verticals = frame.Where(rule => !rule.Horizontal).ToLookup(rule => Nearest(xs, rule.At));
        var horizontals = frame.Where(rule => rule.Horizontal).ToLookup(rule => Nearest(ys, rule.At));
        var slots = new DisjointSets(rows * columns);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var (middleX, middleY) = ((xs[c] + xs[c + 1]) / 2, (ys[r] + ys[r + 1]) / 2);
                if (c + 1 < columns && !verticals[c + 1].Any(rule => rule.Covers(middleY)))
                {
                    slots.Union(r * columns + c, r * columns + c + 1);
                }

                if (r + 1 < rows && !horizontals[r + 1].Any(rule => rule.Covers(middleX)))
                {
                    slots.Union(r * columns + c, (r + 1) * columns + c);
                }
            }
        }

        var inside = new Dictionary<int, List<PdfGlyph>>();
        glyphs.RemoveAll(glyph =>
        {
            if (glyph.CentreX < xs[0] || glyph.CentreX > xs[columns] || glyph.CentreY > ys[0] || glyph.CentreY < ys[rows])
            {
                return false;
            }

            var (r, c) = (Slot(ys, glyph.CentreY, descending: true), Slot(xs, glyph.CentreX, descending: false));
            var cell = slots.Find(r * columns + c);
            (inside.TryGetValue(cell, out var list) ? list : inside[cell] = []).Add(glyph);
            return true;
        });

        var cells = Enumerable.Range(0, rows * columns).GroupBy(slots.Find).Select(cell =>
        {
            var (top, bottom) = (cell.Min(slot => slot / columns), cell.Max(slot => slot / columns) + 1);
            var (left, right) = (cell.Min(slot => slot % columns), cell.Max(slot => slot % columns) + 1);
            return new PdfCell(top, bottom, xs[left], xs[right], inside.TryGetValue(cell.Key, out var list) ? PdfLine.Of(page, list) : []);
        }).ToList();
        return new PdfTablePart(page, xs[0], xs[columns], ys[0], rows, cells);
    }

    /// <summary>The slot between two of the positions that <paramref name="position"/> falls in.</summary>
    private static int Slot(List<double> positions, double position, bool descending)
    {
        var slot = 0;
        while (slot < positions.Count - 2 && (descending ? position < positions[slot + 1] : position > positions[slot + 1]))
        {
            slot++;
        }

        return slot;
    }

    /// <summary>Union–find over the numbers 0 to n − 1.</summary>
    private sealed class DisjointSets
    {
        private readonly int[] parent;

        internal DisjointSets(int count) => parent = Enumerable.Range(0, count).ToArray();

        internal int Find(int item)
        {
            while (parent[item] != item)
            {
                parent[item] = parent[parent[item]];   // halves the path as it goes
                item = parent[item];
            }

            return item;
        }

        internal void Union(int a, int b) => parent[Find(a)] = Find(b);
    }
}
