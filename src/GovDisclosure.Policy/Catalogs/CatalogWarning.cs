namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// Something a catalog reads as but may not mean — a period over 60 working days (D45), a channel name read as 其他 (D43), "转为依申请公开"
/// with no posting period (D44) — and where: a sheet, a row and a column. A warning never stops a catalog from being read;
/// <see cref="CountyCatalog.Warnings"/> lists them.
/// </summary>
/// <param name="Row">Where the row is, counted as for <see cref="CatalogProblem.Row"/>.</param>
/// <param name="Column">The column's published name (<c>公开时限</c>).</param>
/// <param name="Message">The sentence: what was read, and why it may be wrong.</param>
public sealed record CatalogWarning(int Row, string Column, string Message)
{
    /// <summary>The column's published name.</summary>
    public string Column { get; init => field = Preconditions.CheckNotNull(value, nameof(Column)); } = Preconditions.CheckNotNull(Column);

    /// <summary>The sentence: what was read, and why it may be wrong.</summary>
    public string Message { get; init => field = Preconditions.CheckNotNull(value, nameof(Message)); } = Preconditions.CheckNotNull(Message);

    /// <summary>The 序号 of the row.</summary>
    public string? Number { get; init; }

    /// <summary>The sheet the row is in, for a catalog read from a workbook; null for CSV and rows given in code.</summary>
    public string? Sheet { get; init; }

    /// <inheritdoc />
    public override string ToString() => CatalogPlaces.Describe(Sheet, Row, Number, Column, Message);
}
