namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// Table 三 as published (§9.4): the 25 rows of the 2021 format (<see cref="RequestTable.Rows"/>), each with seven cells that are figures
/// or blank. Immutable; <see cref="With"/> gives a copy with one row changed.
/// </summary>
public sealed class PublishedRequestTable : IEquatable<PublishedRequestTable>
{
    private readonly PublishedApplicantCounts[] rows;   // by RequestTableRow.Value - 1

    private PublishedRequestTable(PublishedApplicantCounts[] rows) => this.rows = rows;

    /// <summary>A table whose every cell is blank: what a reader starts from.</summary>
    public static PublishedRequestTable Blank { get; } = new([.. RequestTable.Rows.Select(_ => PublishedApplicantCounts.Blank)]);

    /// <summary>The row <paramref name="row"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public PublishedApplicantCounts this[RequestTableRow row] => rows[Preconditions.CheckNotNull(row).Value - 1];

    /// <summary>A copy with <paramref name="row"/> replaced.</summary>
    /// <param name="row">The row.</param>
    /// <param name="counts">Its cells.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PublishedRequestTable With(RequestTableRow row, PublishedApplicantCounts counts)
    {
        var copy = (PublishedApplicantCounts[])rows.Clone();
        copy[Preconditions.CheckNotNull(row).Value - 1] = Preconditions.CheckNotNull(counts);
        return new PublishedRequestTable(copy);
    }

    /// <summary>A built report's table 三, no cell blank.</summary>
    /// <param name="table">The table.</param>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static PublishedRequestTable From(RequestTable table)
    {
        Preconditions.CheckNotNull(table);
        return new([.. RequestTable.Rows.Select(row => PublishedApplicantCounts.From(table[row]))]);
    }

    /// <inheritdoc />
    public bool Equals(PublishedRequestTable? other) => other is not null && rows.AsSpan().SequenceEqual(other.rows);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PublishedRequestTable);

    /// <inheritdoc />
    public override int GetHashCode() => ReadOnly.SequenceHash(rows);

    /// <inheritdoc />
    public override string ToString() =>
        $"一 {Show(this[RequestTableRow.NewThisYear].Total)} + 二 {Show(this[RequestTableRow.CarriedOver].Total)} = " +
        $"三(七) {Show(this[RequestTableRow.Total].Total)} + 四 {Show(this[RequestTableRow.CarriedForward].Total)}";

    private static string Show(int? figure) => figure is { } value ? value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "blank";
}
