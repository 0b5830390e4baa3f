using Ardalis.SmartEnum;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// What a reader of a published annual report could not read (§12, §12.11), in the order a reader meets them: the document as a whole, its
/// title, a section, a table, a row, a column, a cell. A closed set; switch on its members, never on their values or names.
/// </summary>
public sealed class DocumentProblemKind : SmartEnum<DocumentProblemKind>
{
    /// <summary>The document holds no annual report: no title naming a year's report, and none of the six sections' headings.</summary>
    public static readonly DocumentProblemKind NotAReport = new(nameof(NotAReport), 1);

    /// <summary>No title of the form <c>…年度政府信息公开工作年度报告</c> was found: the year and the publisher come from the caller or stay unknown.</summary>
    public static readonly DocumentProblemKind TitleNotFound = new(nameof(TitleNotFound), 2);

    /// <summary>The report follows a format before 2021's (§12.11); its tables are not read against the 2021 rows.</summary>
    public static readonly DocumentProblemKind EarlierFormat = new(nameof(EarlierFormat), 3);

    /// <summary>A section's heading (一 to 六) was not found; its text is empty.</summary>
    public static readonly DocumentProblemKind SectionNotFound = new(nameof(SectionNotFound), 4);

    /// <summary>A table (二, 三 or 四) was found neither as a table nor as text; its cells stay blank.</summary>
    public static readonly DocumentProblemKind TableNotFound = new(nameof(TableNotFound), 5);

    /// <summary>A table was published flattened to text; its rows are read where their figures are told apart by spaces.</summary>
    public static readonly DocumentProblemKind TableFlattened = new(nameof(TableFlattened), 6);

    /// <summary>A row of the 2021 format was not found in its table; its cells stay blank.</summary>
    public static readonly DocumentProblemKind RowNotFound = new(nameof(RowNotFound), 7);

    /// <summary>A row appears twice; the first is read.</summary>
    public static readonly DocumentProblemKind RowRepeated = new(nameof(RowRepeated), 8);

    /// <summary>A column of the 2021 format was not found in its table's header; its cells stay blank.</summary>
    public static readonly DocumentProblemKind ColumnNotFound = new(nameof(ColumnNotFound), 9);

    /// <summary>A cell holds something other than a figure or nothing (<c>—</c>, <c>/</c>, <c>无</c>, <c>3件</c>); it stays blank.</summary>
    public static readonly DocumentProblemKind NotAFigure = new(nameof(NotAFigure), 10);

    /// <summary>A flattened row's figures run together or are too few or too many to tell which cell each is; its cells stay blank.</summary>
    public static readonly DocumentProblemKind FiguresRunTogether = new(nameof(FiguresRunTogether), 11);

    /// <summary>A row of a table is not one of the format's (its label names none of them) yet holds figures; they are not read.</summary>
    public static readonly DocumentProblemKind RowUnknown = new(nameof(RowUnknown), 12);

    /// <summary>A row of table 二 has more or fewer figure cells than the format gives it; its figures are not read.</summary>
    public static readonly DocumentProblemKind CellsMisplaced = new(nameof(CellsMisplaced), 13);

    private DocumentProblemKind(string name, int value)
        : base(name, value)
    {
    }
}
