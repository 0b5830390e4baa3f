using GovDisclosure.Policy.Reporting;

namespace GovDisclosure.Policy.Documents;

/// <summary>The problems of one reading, in the order they are met, with the sentences the readers share.</summary>
internal sealed class ReadProblems
{
    private readonly List<DocumentProblem> problems = [];

    internal int Count => problems.Count;

    internal IReadOnlyList<DocumentProblem> All => problems.AsReadOnly();

    /// <summary>The page the rows being read are on, which the problems of a table's cells and rows name; null outside a PDF's table.</summary>
    internal int? Page { get; set; }

    internal void Add(DocumentProblemKind kind, string message) => problems.Add(new DocumentProblem(kind, null, null, null, null, message));

    internal void Add(DocumentProblemKind kind, ReportSection section, string message) => problems.Add(new DocumentProblem(kind, section, null, null, null, message));

    internal void Add(DocumentProblemKind kind, string table, string? row, string? column, string message) =>
        problems.Add(new DocumentProblem(kind, null, table, row, column, message) { Page = Page });

    /// <summary>The cell's figure; a problem naming the cell, and null, when it holds anything but a figure or nothing.</summary>
    internal decimal? Figure(string text, bool decimals, string table, string row, string column)
    {
        if (TextForm.TryFigure(text, decimals, out var figure))
        {
            return figure;
        }

        Add(DocumentProblemKind.NotAFigure, table, row, column,
            $"the cell holds \"{Quoted(text)}\"; {(decimals ? "an amount" : "a whole number")} or nothing was expected");
        return null;
    }

    /// <summary>A flattened row whose figures cannot be told apart.</summary>
    internal void RunTogether(string table, string? row, FlatLine line, int expected) =>
        Add(DocumentProblemKind.FiguresRunTogether, table, row, null,
            $"the row's figures read as {line.Figures.Length} ({string.Join(" ", line.Figures.Select(Quoted))}) where {expected} separated by spaces were expected; its cells are left blank");

    /// <summary>A table given as lines of text, named before the problems of its rows (from <paramref name="at"/>).</summary>
    internal void Flattened(int at, string table) =>
        problems.Insert(at, new DocumentProblem(DocumentProblemKind.TableFlattened, null, table, null, null,
            "the table is published as text, not as a table; its rows are read where spaces separate their figures"));

    /// <summary>The problems in the reader's order: the document's and the sections', then tables 二, 三 and 四, each in the order met; with
    /// <paramref name="withTables"/> false, those of the document and the sections alone.</summary>
    internal IReadOnlyList<DocumentProblem> Ordered(bool withTables) =>
        problems.Where(problem => withTables || problem.Table is null).OrderBy(problem => problem.Table switch { null => 0, "二" => 1, "三" => 2, _ => 3 }).ToList().AsReadOnly();

    internal static string Quoted(string text)
    {
        var collapsed = TextForm.Collapse(text);
        return collapsed.Length <= 40 ? collapsed : collapsed.Substring(0, 40) + "…";
    }
}
