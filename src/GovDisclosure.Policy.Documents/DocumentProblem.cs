using GovDisclosure.Policy.Reporting;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// One thing a reader of a published annual report could not read, and where: the table (<c>二</c>, <c>三</c>, <c>四</c>), the row as the
/// format labels it (<c>三（四）1</c>, <c>行政许可</c>), the column (<c>商业企业</c>), or the section — as in
/// <c>table 三, row 三（四）1, column 商业企业: the cell holds "—"; a figure or nothing was expected</c>; in a PDF, the page as well.
/// </summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Section">The section it is in, when it is a section's; null otherwise.</param>
/// <param name="Table">The table, <c>二</c>, <c>三</c> or <c>四</c>; null for a problem of the document or of a section.</param>
/// <param name="Row">The row's label; null for a problem of the whole table.</param>
/// <param name="Column">The column's label; null for a problem of the whole row.</param>
/// <param name="Message">What was found and what was expected.</param>
/// <exception cref="ArgumentNullException"><paramref name="Kind"/> or <paramref name="Message"/> is null, when created or through <c>with</c>.</exception>
public sealed record DocumentProblem(DocumentProblemKind Kind, ReportSection? Section, string? Table, string? Row, string? Column, string Message)
{
    /// <summary>What went wrong.</summary>
    public DocumentProblemKind Kind { get; init => field = Preconditions.CheckNotNull(value, nameof(Kind)); } = Preconditions.CheckNotNull(Kind);

    /// <summary>What was found and what was expected.</summary>
    public string Message { get; init => field = Preconditions.CheckNotNull(value, nameof(Message)); } = Preconditions.CheckNotNull(Message);

    /// <summary>The page it is on, in a PDF (the first is 1): a table's page, or its row's where the table runs onto the next; null for a
    /// document without pages and for a problem of no one place, such as a row not found.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int? Page
    {
        get;
        init => field = value is < 1 ? throw new ArgumentOutOfRangeException(nameof(Page), value, $"Page is {value}; pages are counted from 1.") : value;
    }

    /// <summary>Where it is, as the sentence names it: <c>table 三, row 一, column 自然人</c>, <c>page 4, table 三, row 三（四）1</c>,
    /// <c>section 五</c>, <c>the document</c>.</summary>
    public string Place =>
        (Page is { } page ? $"page {page}, " : "")
        + (Table is not null ? $"table {Table}" + (Row is null ? "" : $", row {Row}") + (Column is null ? "" : $", column {Column}")
            : Section is not null ? $"section {Section.Numeral}"
            : "the document");

    /// <inheritdoc />
    public override string ToString() => $"{Place}: {Message}";
}
