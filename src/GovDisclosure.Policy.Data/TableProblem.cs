namespace GovDisclosure.Policy.Data;

/// <summary>
/// One problem of a register in a database, in the database's terms (D48): the table, the row's key and the column, as the host named them
/// in its <see cref="RegisterLayout"/> — <c>records, id 'mzj-IM3-1', column trigger_date: …</c>.
/// </summary>
/// <param name="Table">The table, by the host's name.</param>
/// <param name="Key">The row's key, <c>id 'mzj-IM3-1'</c> or <c>record_id 'mzj-IM3-1', position 2</c>; null for a problem of the whole table.</param>
/// <param name="Column">The column, by the host's name; null for a problem of the whole row.</param>
/// <param name="Message">What is wrong and what was expected.</param>
/// <exception cref="ArgumentNullException"><paramref name="Table"/> or <paramref name="Message"/> is null, when created or through <c>with</c>.</exception>
public sealed record TableProblem(string Table, string? Key, string? Column, string Message)
{
    /// <summary>The table, by the host's name.</summary>
    public string Table { get; init => field = Preconditions.CheckNotNull(value, nameof(Table)); } = Preconditions.CheckNotNull(Table);

    /// <summary>What is wrong and what was expected.</summary>
    public string Message { get; init => field = Preconditions.CheckNotNull(value, nameof(Message)); } = Preconditions.CheckNotNull(Message);

    /// <inheritdoc />
    public override string ToString() =>
        Table + (Key is null ? "" : ", " + Key) + (Column is null ? "" : ", column " + Column) + ": " + Message;
}
