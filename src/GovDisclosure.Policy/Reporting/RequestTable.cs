namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// The annual report's table 三, requests received and handled (§9.4): a row of <see cref="ApplicantCounts"/> for each
/// <see cref="RequestTableRow"/>. Built from a register it holds the identity 一 + 二 = 三(七) + 四 in every column; figures set by hand are
/// kept as given, and <see cref="AnnualReport.Problems"/> lists any identity they break.
/// </summary>
/// <remarks>Immutable; <see cref="With"/> returns a changed copy. Equal when every row is.</remarks>
public sealed class RequestTable : IEquatable<RequestTable>
{
    private readonly ApplicantCounts[] rows;   // by RequestTableRow.Value - 1

    private RequestTable(ApplicantCounts[] rows) => this.rows = rows;

    /// <summary>A table of zeros.</summary>
    public static RequestTable Empty { get; } = new([.. RequestTableRow.InOrder.Select(_ => ApplicantCounts.Zero)]);

    /// <summary>The rows, in the table's order.</summary>
    public static IReadOnlyList<RequestTableRow> Rows => RequestTableRow.InOrder;

    /// <summary>The figures of one row.</summary>
    /// <param name="row">The row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public ApplicantCounts this[RequestTableRow row] => rows[Preconditions.CheckNotNull(row).Value - 1];

    /// <summary>A copy with one row's figures replaced — no total is recomputed.</summary>
    /// <param name="row">The row.</param>
    /// <param name="counts">Its new figures.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RequestTable With(RequestTableRow row, ApplicantCounts counts)
    {
        var copy = (ApplicantCounts[])rows.Clone();
        copy[Preconditions.CheckNotNull(row).Value - 1] = Preconditions.CheckNotNull(counts);
        return new RequestTable(copy);
    }

    /// <summary>A table over figures indexed by row value - 1 and column (the six applicant columns, then 总计), as the builder and the JSON reader hold them.</summary>
    internal static RequestTable FromFigures(int[,] figures)
    {
        var built = new ApplicantCounts[figures.GetLength(0)];
        Span<int> columns = stackalloc int[7];
        for (var r = 0; r < built.Length; r++)
        {
            for (var c = 0; c < 7; c++)
            {
                columns[c] = figures[r, c];
            }

            built[r] = ApplicantCounts.FromColumns(columns);
        }

        return new RequestTable(built);
    }

    /// <inheritdoc />
    public bool Equals(RequestTable? other) => other is not null && rows.AsSpan().SequenceEqual(other.rows);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequestTable);

    /// <inheritdoc />
    public override int GetHashCode() => ReadOnly.SequenceHash(rows);

    /// <inheritdoc />
    public override string ToString() =>
        $"一 {this[RequestTableRow.NewThisYear].Total} + 二 {this[RequestTableRow.CarriedOver].Total} = 三(七) {this[RequestTableRow.Total].Total} + 四 {this[RequestTableRow.CarriedForward].Total}";
}
