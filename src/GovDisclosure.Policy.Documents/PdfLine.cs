using System.Text;

namespace GovDisclosure.Policy.Documents;

/// <summary>The glyphs standing on one baseline, left to right, and the text they read as.</summary>
internal sealed class PdfLine
{
    /// <summary>How far apart two baselines may be, in the font's size, and still be one line.</summary>
    private const double SameBaseline = 0.35;

    /// <summary>A gap wider than this, in the font's size, reads as a space where no space glyph stands: half-width spaces are half an em.</summary>
    private const double SpaceGap = 0.6;

    /// <summary>A gap this wide, in the font's size, between two glyphs of a line is a table's column gap: the line is a row.</summary>
    private const double ColumnGap = 2;

    /// <summary>A glyph drawn again this close to the last of the same (bold faked by printing twice) is the same glyph.</summary>
    private const double Overprint = 0.3;

    private PdfLine(int page, List<PdfGlyph> glyphs)
    {
        Page = page;
        var printed = glyphs.Where(glyph => !glyph.IsSpace).ToList();
        Left = printed.Min(glyph => glyph.Left);
        Right = printed.Max(glyph => glyph.Right);
        Top = printed.Max(glyph => glyph.Top);
        Baseline = printed[0].Baseline;
        Size = printed.Select(glyph => glyph.Size).OrderBy(size => size).ElementAt(printed.Count / 2);
        Text = TextOf(glyphs, Size);
        FirstWidth = printed[0].Right - printed[0].Left;
        IsRow = printed.Zip(printed.Skip(1), (a, b) => b.Left - a.Right).Any(gap => gap > ColumnGap * Size);
        Length = printed.Count;
    }

    internal int Page { get; }

    internal double Left { get; }

    internal double Right { get; }

    internal double Top { get; }

    internal double Baseline { get; }

    /// <summary>The median of its glyphs' font sizes.</summary>
    internal double Size { get; }

    internal string Text { get; }

    /// <summary>True for a line with a gap of two characters or more in it: a row of a table drawn without borders, never part of a
    /// paragraph.</summary>
    internal bool IsRow { get; }

    /// <summary>The advance of its first printed glyph.</summary>
    internal double FirstWidth { get; }

    /// <summary>The number of glyphs printed on it, spaces not counted.</summary>
    internal int Length { get; }

    /// <summary>The glyphs' lines from the top of the page down; glyphs that print nothing make no line.</summary>
    internal static List<PdfLine> Of(int page, IEnumerable<PdfGlyph> glyphs)
    {
        var lines = new List<PdfLine>();
        var current = new List<PdfGlyph>();
        foreach (var glyph in glyphs.OrderByDescending(glyph => glyph.Baseline).ThenBy(glyph => glyph.Left))
        {
            if (current.Count > 0 && current[0].Baseline - glyph.Baseline > SameBaseline * Math.Max(glyph.Size, current[0].Size))
            {
                Add(page, lines, current);
                current = [];
            }

            current.Add(glyph);
        }

        Add(page, lines, current);
        return lines;
    }

    /// <summary>The text of lines read one below another, as one paragraph or one cell: a line ending or starting in a Chinese character
    /// runs on into the next without a space (<c>政策解读</c> ⏎ <c>21个</c>), as Chinese is set; words of Latin letters or digits on both
    /// sides of the break are spaced.</summary>
    internal static string Join(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines.Select(TextForm.Collapse).Where(line => line.Length > 0))
        {
            if (text.Length > 0 && !TextForm.IsWide(text[text.Length - 1]) && !TextForm.IsWide(line[0]))
            {
                text.Append(' ');
            }

            text.Append(line);
        }

        return text.ToString();
    }

    private static void Add(int page, List<PdfLine> lines, List<PdfGlyph> glyphs)
    {
        if (glyphs.Any(glyph => !glyph.IsSpace))
        {
            glyphs.Sort((a, b) => a.Left.CompareTo(b.Left));
            lines.Add(new PdfLine(page, glyphs));
        }
    }

    private static string TextOf(List<PdfGlyph> glyphs, double size)
    {
        var text = new StringBuilder();
        PdfGlyph? previous = null;
        var space = false;
        foreach (var glyph in glyphs)
        {
            if (glyph.IsSpace)
            {
                space = true;
                continue;
            }

            if (previous is { } last)
            {
                if (last.Value == glyph.Value && glyph.Left - last.Left < Overprint * size)
                {
                    continue;
                }

                if (space || glyph.Left - last.Right > SpaceGap * size)
                {
                    text.Append(' ');
                }
            }

            text.Append(glyph.Value);
            (previous, space) = (glyph, false);
        }

        return TextForm.Collapse(text.ToString());
    }
}
