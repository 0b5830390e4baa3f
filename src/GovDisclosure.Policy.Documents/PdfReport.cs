using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Graphics;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// A PDF as blocks: PdfPig gives each page's glyphs and the paths drawn on it; the straight strokes among the paths (and rectangles
/// thin enough to be one) are the rules <see cref="PdfLayout"/> finds tables from. A PDF without a glyph on any page is a scan, refused.
/// </summary>
internal static class PdfReport
{
    /// <summary>A filled rectangle no thicker than this is a rule: Word and WPS draw some borders so.</summary>
    private const double RuleThickness = 2.5;

    /// <summary>How far a stroke may lean, in points, and still be horizontal or vertical.</summary>
    private const double Straight = 1;

    internal static ReportReading Read(byte[] pdf, ReportReadOptions options)
    {
        var (pages, title) = Pages(pdf);
        return ReportInterpreter.Read(PdfLayout.Blocks(pages), title, null, options);
    }

    /// <summary>The pages' contents and the document's title property. Every failure of PdfPig — which meets a damaged file only as it
    /// reads it — is the one problem of a file that is not a readable PDF.</summary>
    internal static (List<PdfPageContent> Pages, string? Title) Pages(byte[] pdf)
    {
        var pages = new List<PdfPageContent>();
        var images = 0;
        string? title;
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, MaxStackDepth = 100 });
            title = document.Information.Title;
            foreach (var page in document.GetPages())
            {
                pages.Add(new PdfPageContent(page.Number, page.Width, page.Height, Glyphs(page), Rules(page)));
                images += page.NumberOfImages;
            }
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new ReportDocumentException($"The PDF is protected by a password ({e.Message}); open it, and save or print it again as a PDF without one.", e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new ReportDocumentException($"The file starts as a PDF but could not be read as one ({e.Message}); open it in a PDF reader and save it again, or read the report's web page or .docx.", e);
        }

        if (pages.All(page => page.Glyphs.All(glyph => glyph.IsSpace)))
        {
            throw new ReportDocumentException(images > 0
                ? $"The PDF holds no text, only images on its {pages.Count} page{(pages.Count == 1 ? "" : "s")}: it is a scan. Read the report's web page or .docx, or a PDF exported from Word or WPS; a scan must first be made text by character recognition (OCR)."
                : $"The PDF holds no text on its {pages.Count} page{(pages.Count == 1 ? "" : "s")}; read the report's web page or .docx instead.");
        }

        return (pages, title);
    }

    private static List<PdfGlyph> Glyphs(Page page) =>
        page.Letters.Where(letter => letter.Value.Length > 0).Select(letter =>
        {
            var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
            var (start, end) = (letter.StartBaseLine.X, letter.EndBaseLine.X);
            var baseline = letter.StartBaseLine.Y;
            return new PdfGlyph(letter.Value, Math.Min(start, end), Math.Max(start, end), baseline - 0.15 * size, baseline + 0.75 * size, baseline, size);
        }).ToList();

    private static List<PdfRule> Rules(Page page)
    {
        var rules = new List<PdfRule>();
        foreach (var path in page.Paths.Where(path => !path.IsClipping))
        {
            foreach (var subpath in path)
            {
                if (path.IsStroked)
                {
                    Strokes(subpath, rules);
                }
                else if (path.IsFilled && subpath.GetBoundingRectangle() is { } box && Math.Min(box.Width, box.Height) <= RuleThickness)
                {
                    rules.Add(box.Width >= box.Height
                        ? new PdfRule(true, (box.Bottom + box.Top) / 2, box.Left, box.Right)
                        : new PdfRule(false, (box.Left + box.Right) / 2, box.Bottom, box.Top));
                }
            }
        }

        return rules;
    }

    /// <summary>The straight horizontal and vertical strokes of a subpath, its closing stroke included.</summary>
    private static void Strokes(PdfSubpath subpath, List<PdfRule> rules)
    {
        PdfPoint? start = null;
        PdfPoint? current = null;
        foreach (var command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    (start, current) = (move.Location, move.Location);
                    break;
                case PdfSubpath.Line line:
                    Add(line.From, line.To, rules);
                    current = line.To;
                    break;
                case PdfSubpath.Close when start is { } first && current is { } last:
                    Add(last, first, rules);
                    current = first;
                    break;
            }
        }
    }

    private static void Add(PdfPoint from, PdfPoint to, List<PdfRule> rules)
    {
        var (across, up) = (Math.Abs(from.X - to.X), Math.Abs(from.Y - to.Y));
        if (Math.Min(across, up) <= Straight && Math.Max(across, up) > Straight)
        {
            rules.Add(PdfRule.Of(from.X, from.Y, to.X, to.Y));
        }
    }
}
