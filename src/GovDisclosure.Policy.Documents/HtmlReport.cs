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
        var walker = new PageWalker(document.DocumentElement);
        walker.Walk(document.Body ?? (INode)document.DocumentElement);
        return (walker.Blocks, walker.Elements);
    }

    /// <summary>Walks a page depth first without recursion, so that no nesting however deep can exhaust the stack: an element is pushed
    /// again, marked, to be left after its children. Text runs on into the current line; a block element ends it.</summary>
    private sealed class PageWalker(IElement root)
    {
        private readonly System.Text.StringBuilder line = new();
        private readonly Stack<(INode Node, bool Leaving)> stack = new();
        private IElement owner = root;
        private bool heading;
        private int headingDepth;

        internal List<Block> Blocks { get; } = [];

        internal List<IElement> Elements { get; } = [];

        internal void Walk(INode start)
        {
            stack.Push((start, false));
            while (stack.Count > 0)
            {
                var (node, leaving) = stack.Pop();
                if (node is IText text)
                {
                    line.Append(text.Data);
                    heading |= headingDepth > 0;
                }
                else if (node is IElement element && !Skipped.Contains(element.LocalName))
                {
                    Visit(element, leaving);
                }
            }

            Flush();
        }

        private void Visit(IElement element, bool leaving)
        {
            if (element is IHtmlTableElement table)
            {
                Flush();
                Blocks.Add(Grid(table));
                Elements.Add(table);
                return;
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
                return;
            }

            headingDepth += isHeading ? 1 : 0;
            stack.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));   // a comment, Word's conditional ones among them, is passed over when popped
            }
        }

        private void Flush()
        {
            var text = TextForm.Collapse(line.ToString());
            if (text.Length > 0)
            {
                Blocks.Add(new TextBlock(text, heading));
                Elements.Add(owner);
            }

            (line.Length, heading) = (0, false);
        }
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
