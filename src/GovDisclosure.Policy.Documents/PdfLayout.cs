using System.Text.RegularExpressions;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// A PDF's pages as blocks in reading order. Each page's tables are found from their borders (<see cref="PdfTableFinder"/>); its other
/// glyphs make lines, and lines make paragraphs: a line runs on into the next when it reaches the right margin and the next starts at the
/// left one (a new paragraph is indented), or when both are centred in a heading's size (a title set on two lines) — across a page break
/// too, and never into a section's heading; a line with a gap of two characters in it is a row of a table drawn without borders, a
/// paragraph of its own, read as the table flattened to text. A table that ends one page and starts the next is one table
/// (<see cref="PdfTableAssembly"/>); a box around text is text, unless a table continues it. Page numbers in the top or bottom margin are
/// left out.
/// </summary>
internal static class PdfLayout
{
    /// <summary>A page number as offices print them: <c>-3-</c>, <c>— 3 —</c>, <c>第3页</c>, <c>3/6</c>, <c>第 3 页 共 6 页</c>.</summary>
    private static readonly Regex PageNumber = new(@"^[-–—－]*(?:第?[0-9]+页?(?:[/／共][0-9]+页?)?)[-–—－]*$", RegexOptions.CultureInvariant);

    /// <summary>The share of the page's height at its top and at its bottom that page numbers stand in.</summary>
    private const double Margin = 0.1;

    /// <summary>A line this much larger than the body's text is a heading: the title.</summary>
    private const double HeadingScale = 1.15;

    internal static List<Block> Blocks(IReadOnlyList<PdfPageContent> pages)
    {
        var items = new List<(PdfLine? Line, PdfTablePart? Table)>();
        foreach (var page in pages)
        {
            var (tables, rest) = PdfTableFinder.Find(page);
            var lines = PdfLine.Of(page.Number, rest).Where(line => !IsPageNumber(line, page)).ToList();
            items.AddRange(lines.Select(line => ((PdfLine?)line, (PdfTablePart?)null)).Concat(tables.Select(table => ((PdfLine?)null, (PdfTablePart?)table)))
                .OrderByDescending(item => item.Item1?.Top ?? item.Item2!.Top));
        }

        var text = items.Where(item => item.Line is not null).Select(item => item.Line!).ToList();
        return new Reader(Measure.Of(text, pages.ToDictionary(page => page.Number, page => page.Width))).Read(items);
    }

    private static bool IsPageNumber(PdfLine line, PdfPageContent page) =>
        (line.Top < page.Height * Margin || line.Baseline > page.Height * (1 - Margin)) && PageNumber.IsMatch(TextForm.Compact(line.Text));

    /// <summary>The text's margins and the body's size, from all its lines: the left margin is where lines start furthest left, the right one
    /// where most full lines end (punctuation may hang past it); the body's size the size most text is set in below the largest (the
    /// title's, which headings may share); and each page's width, which a centred line stands in the middle of.</summary>
    private sealed record Measure(double Left, double Right, double BodySize, double Largest, Dictionary<int, double> PageWidths)
    {
        internal static Measure Of(List<PdfLine> lines, Dictionary<int, double> pageWidths)
        {
            if (lines.Count == 0)
            {
                return new Measure(0, 0, 0, 0, pageWidths);
            }

            var rights = lines.Where(line => line.Length >= 10).Select(line => line.Right).DefaultIfEmpty(lines.Max(line => line.Right)).OrderBy(r => r).ToList();
            var largest = lines.Max(line => line.Size);
            var body = lines.Where(line => line.Size < largest).DefaultIfEmpty(lines[0]).GroupBy(line => Math.Round(line.Size * 2) / 2)
                .OrderByDescending(size => size.Sum(line => line.Length)).First().Key;
            return new Measure(lines.Min(line => line.Left), rights[(int)(rights.Count * 0.8)], body, largest, pageWidths);
        }

        /// <summary>Set in a heading's size: larger than the body's, or the largest there is.</summary>
        internal bool IsHeadingSize(PdfLine line) => line.Size >= HeadingScale * BodySize || line.Size >= Largest;

        internal bool ReachesRight(PdfLine line) => line.Right >= Right - 1.5 * line.Size;

        internal bool StartsAtLeft(PdfLine line) => line.Left <= Left + 0.8 * line.Size;

        /// <summary>In the middle of its page, as far from the page's right edge as from its left.</summary>
        internal bool IsCentred(PdfLine line) => Math.Abs(line.Left - (PageWidths[line.Page] - line.Right)) <= line.Size;
    }

    /// <summary>Reads the items in order, a paragraph or a table open at a time.</summary>
    private sealed class Reader(Measure measure)
    {
        private readonly List<Block> blocks = [];
        private readonly List<PdfLine> paragraph = [];
        private PdfTableAssembly? table;

        internal List<Block> Read(List<(PdfLine? Line, PdfTablePart? Table)> items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var part = items[i].Table;
                if (part is not null && table is not null && table.IsContinuedBy(part))
                {
                    table.Continue(part);
                }
                else if (part is not null && (!part.IsBox || (i + 1 < items.Count && items[i + 1].Table is { } next && PdfTableAssembly.Continues(part, next))))
                {
                    CloseParagraph();
                    CloseTable();
                    table = new PdfTableAssembly(part);
                }
                else
                {
                    CloseTable();
                    foreach (var line in part?.Cells[0].Lines ?? [items[i].Line!])
                    {
                        Add(line);
                    }
                }
            }

            CloseParagraph();
            CloseTable();
            return blocks;
        }

        private void Add(PdfLine line)
        {
            if (paragraph.Count > 0 && !RunsOn(paragraph[paragraph.Count - 1], line))
            {
                CloseParagraph();
            }

            paragraph.Add(line);
        }

        private bool RunsOn(PdfLine above, PdfLine below)
        {
            var sameSize = Math.Abs(above.Size - below.Size) <= 0.15 * above.Size;
            var near = below.Page == above.Page
                ? above.Baseline - below.Baseline is var gap && gap > 0 && gap <= 2.5 * above.Size
                : below.Page == above.Page + 1;
            return sameSize && near && !above.IsRow && !below.IsRow && ReportOutline.HeadingOf(below.Text) is null
                   && ((measure.ReachesRight(above) && measure.StartsAtLeft(below)) || (measure.IsHeadingSize(above) && measure.IsCentred(above) && measure.IsCentred(below)));
        }

        private void CloseParagraph()
        {
            if (paragraph.Count > 0)
            {
                var heading = paragraph[0].Size >= HeadingScale * measure.BodySize;
                blocks.Add(new TextBlock(PdfLine.Join(paragraph.Select(line => line.Text)), heading) { Page = paragraph[0].Page });
                paragraph.Clear();
            }
        }

        private void CloseTable()
        {
            if (table is not null)
            {
                blocks.Add(table.Build());
                table = null;
            }
        }
    }
}
