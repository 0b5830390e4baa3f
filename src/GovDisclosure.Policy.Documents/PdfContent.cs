namespace GovDisclosure.Policy.Documents;

/// <summary>A glyph on a PDF page, in points from the page's lower left corner: what it reads as, its box and the baseline it stands on.</summary>
/// <param name="Value">The text the glyph stands for; a space glyph is kept, for the space it makes.</param>
/// <param name="Left">Where its advance starts.</param>
/// <param name="Right">Where its advance ends.</param>
/// <param name="Bottom">Its descent below the baseline.</param>
/// <param name="Top">Its ascent above the baseline.</param>
/// <param name="Baseline">The height of the baseline it stands on.</param>
/// <param name="Size">The font's size in points, which every distance on a line is measured against.</param>
internal readonly record struct PdfGlyph(string Value, double Left, double Right, double Bottom, double Top, double Baseline, double Size)
{
    internal double CentreX => (Left + Right) / 2;

    internal double CentreY => (Bottom + Top) / 2;

    internal bool IsSpace => Value.All(TextForm.IsSpace);
}

/// <summary>A straight horizontal or vertical stroke on a page — a table's border — from <see cref="From"/> to <see cref="To"/> along it.</summary>
/// <param name="Horizontal">True for a horizontal rule; false for a vertical one.</param>
/// <param name="At">Its height, for a horizontal rule; how far across, for a vertical one.</param>
/// <param name="From">Where it starts along its length: the lower or left end.</param>
/// <param name="To">Where it ends: the upper or right end.</param>
internal readonly record struct PdfRule(bool Horizontal, double At, double From, double To)
{
    /// <summary>How far apart two strokes may be and still be one border: WPS and Word draw a cell's edges a fraction of a point off its
    /// neighbour's.</summary>
    internal const double Tolerance = 2;

    /// <summary>Whether the rule passes through <paramref name="position"/> along its length.</summary>
    internal bool Covers(double position) => position >= From - Tolerance && position <= To + Tolerance;

    internal static PdfRule Of(double x1, double y1, double x2, double y2) =>
        Math.Abs(y1 - y2) <= Math.Abs(x1 - x2)
            ? new PdfRule(true, (y1 + y2) / 2, Math.Min(x1, x2), Math.Max(x1, x2))
            : new PdfRule(false, (x1 + x2) / 2, Math.Min(y1, y2), Math.Max(y1, y2));
}

/// <summary>What a page holds for the reader: its glyphs and its rules, whatever made them.</summary>
internal sealed record PdfPageContent(int Number, double Width, double Height, IReadOnlyList<PdfGlyph> Glyphs, IReadOnlyList<PdfRule> Rules);
