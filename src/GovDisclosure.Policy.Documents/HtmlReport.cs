using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// A web page as blocks: its text line by line as a browser breaks it (at block elements and <c>br</c>), its tables as grids with
/// <c>rowspan</c> and <c>colspan</c> spread over their slots, its scripts, styles and Word's conditional comments passed over. Where the
/// page wraps the report in a site's navigation and footer, only the blocks inside the element holding the report's section headings
/// are the article's.
/// </summary>
internal static class HtmlReport
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "select", "option", "textarea", "svg", "math", "iframe", "object",
    };

    private static readonly HashSet<string> Breaking = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "section", "article", "header",
        "footer", "nav", "aside", "main", "form", "fieldset", "address", "figure", "figcaption", "center", "hr", "br", "caption", "body",
    };

    internal static ReportReading Read(byte[] page, ReportReadOptions options)
    {
        using var source = new MemoryStream(page);
        var document = new HtmlParser().ParseDocument(source);
        var (blocks, elements) = Blocks(document);
        Article(blocks, elements);
        var pubDate = document.Head?.Children.FirstOrDefault(meta =>
            meta.LocalName == "meta" && string.Equals(meta.GetAttribute("name"), "PubDate", StringComparison.OrdinalIgnoreCase))?.GetAttribute("content");
        return ReportInterpreter.Read(blocks, document.Title, pubDate, options);
    }

    /// <summary>The page's blocks in reading order, each with the element it came from.</summary>
    private static (List<Block> Blocks, List<IElement> Elements) Blocks(IDocument document)
    {
        var (blocks, elements) = (new List<Block>(), new List<IElement>());
        var line = new System.Text.StringBuilder();
        var (heading, headingDepth) = (false, 0);
        IElement owner = document.DocumentElement;

        void Flush()
        {
            var text = TextForm.Collapse(line.ToString());
            if (text.Length > 0)
            {
                blocks.Add(new TextBlock(text, heading));
                elements.Add(owner);
            }

            (line.Length, heading) = (0, false);
        }

        // Depth first without recursion, so that no nesting however deep can exhaust the stack: an element is pushed again, marked, to be
        // left after its children.
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((document.Body ?? (INode)document.DocumentElement, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText text)
            {
                line.Append(text.Data);
                heading |= headingDepth > 0;
                continue;
            }

            if (node is not IElement element)
            {
                continue;   // a comment, Word's conditional ones among them
            }

            if (Skipped.Contains(element.LocalName))
            {
                continue;
            }

            if (element is IHtmlTableElement table)
            {
                Flush();
                blocks.Add(Grid(table));
                elements.Add(table);
                continue;
            }

            if (Breaking.Contains(element.LocalName))
            {
                Flush();
                owner = leaving ? element.ParentElement ?? element : element;
            }

            var isHeading = element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
            if (leaving)
            {
                headingDepth -= isHeading ? 1 : 0;
                continue;
            }

            headingDepth += isHeading ? 1 : 0;
            stack.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }

        Flush();
        return (blocks, elements);
    }

    private static TableBlock Grid(IHtmlTableElement table)
    {
        var rows = table.Rows.ToArray();
        var grid = new TableGridBuilder(rows.Length);
        for (var r = 0; r < rows.Length; r++)
        {
            grid.StartRow();
            foreach (var cell in rows[r].Cells)
            {
                grid.Add(TextForm.Collapse(cell.TextContent), cell.RowSpan == 0 ? rows.Length - r : cell.RowSpan, cell.ColumnSpan);
            }
        }

        return grid.Build();
    }

    /// <summary>Marks the blocks outside the innermost element that holds every section heading found as not the article's; with fewer than
    /// two headings, the whole page is.</summary>
    private static void Article(List<Block> blocks, List<IElement> elements)
    {
        var headings = ReportOutline.Headings(blocks).Where(at => at >= 0).ToArray();
        if (headings.Length < 2)
        {
            return;
        }

        var container = elements[headings[0]];
        while (headings.Any(at => !container.Contains(elements[at])) && container.ParentElement is { } parent)
        {
            container = parent;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            blocks[i].InArticle = container.Contains(elements[i]);
        }
    }
}
