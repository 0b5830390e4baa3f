namespace GovDisclosure.Policy.Catalogs;

/// <summary>One thing wrong with a catalog, and where: a sheet, a row and a column.</summary>
/// <param name="Row">Where the row is: for a catalog read from CSV, the record number as a spreadsheet shows it (the header's first row is
/// row 1); for a catalog read from a sheet, the sheet's row number, title rows counted; for rows given in code, the row's position counting
/// from 1; 0 for a problem of the whole file or header.</param>
/// <param name="Column">The column's published name (for example <c>公开时限</c>; <c>公开对象</c> for its tick columns), or null for a
/// problem of the whole row or file.</param>
/// <param name="Message">What is wrong and what was expected, quoting the cell where it helps.</param>
public sealed record CatalogProblem(int Row, string? Column, string Message)
{
    /// <summary>What is wrong and what was expected.</summary>
    public string Message { get; init => field = Preconditions.CheckNotNull(value, nameof(Message)); } = Preconditions.CheckNotNull(Message);

    /// <summary>The 序号 of the row the problem is in, where the row has one; null for a problem of the whole file or header. Problems name
    /// both, <c>row 2 (序号 1)</c>, because the spreadsheet's row number and the catalog's own numbering differ.</summary>
    public string? Number { get; init; }

    /// <summary>The sheet the problem is in, for a catalog read from a workbook; null for CSV and rows given in code.</summary>
    public string? Sheet { get; init; }

    /// <inheritdoc />
    public override string ToString() => CatalogPlaces.Describe(Sheet, Row, Number, Column, Message);
}
