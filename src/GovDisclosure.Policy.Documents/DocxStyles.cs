using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovDisclosure.Policy.Documents;

/// <summary>The styles of the library's .docx: the body in 仿宋 16 pt with a two-character indent, the title in 宋体 22 pt bold and centred, the
/// section headings in 黑体 16 pt, table cells in 宋体 10.5 pt centred.</summary>
internal static class DocxStyles
{
    internal const string Title = "Title";
    internal const string Heading = "Heading1";
    internal const string Cell = "TableText";

    internal static Styles Create() => new(
        Style("Normal", "Normal", StyleValues.Paragraph, "仿宋", 32, bold: false, JustificationValues.Both, firstLineIndent: 640, isDefault: true),
        Style(Title, "Title", StyleValues.Paragraph, "宋体", 44, bold: true, JustificationValues.Center, firstLineIndent: 0, isDefault: false),
        Style(Heading, "heading 1", StyleValues.Paragraph, "黑体", 32, bold: false, JustificationValues.Left, firstLineIndent: 640, isDefault: false),
        Style(Cell, "Table Text", StyleValues.Paragraph, "宋体", 21, bold: false, JustificationValues.Center, firstLineIndent: 0, isDefault: false));

    /// <summary>A paragraph of one run in <paramref name="style"/> (the body's when null).</summary>
    internal static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Style Style(string id, string name, StyleValues type, string font, int halfPoints, bool bold, JustificationValues justification,
        int firstLineIndent, bool isDefault)
    {
        var run = new StyleRunProperties(new RunFonts { Ascii = font, HighAnsi = font, EastAsia = font });
        if (bold)
        {
            run.Append(new Bold());
        }

        run.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var paragraph = new StyleParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "360", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { FirstLine = firstLineIndent.ToString(System.Globalization.CultureInfo.InvariantCulture) }, new Justification { Val = justification });
        OpenXmlElement[] parts = isDefault ? [new StyleName { Val = name }, paragraph, run] : [new StyleName { Val = name }, new BasedOn { Val = "Normal" }, paragraph, run];
        return new Style(parts) { Type = type, StyleId = id, Default = isDefault ? OnOffValue.FromBoolean(true) : null };
    }
}
