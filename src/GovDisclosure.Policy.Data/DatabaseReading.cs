using System.Globalization;

namespace GovDisclosure.Policy.Data;

/// <summary>
/// One reading of a register from a database: the caller's connection and transaction, the layout, the problems found and how far the records
/// have got — so that a failure of the database says where it stopped. Queries run one after another: one open reader at a time, which every
/// provider allows.
/// </summary>
internal sealed class DatabaseReading(DbConnection connection, RegisterTableOptions options, CancellationToken cancellationToken)
{
    internal RegisterLayout Layout => options.Layout;

    internal TableProblems Problems { get; } = new();

    internal CancellationToken CancellationToken => cancellationToken;

    /// <summary>How many records have been read, taken or refused.</summary>
    internal long RecordsRead { get; set; }

    /// <summary>The reader of the records' rows, whose key is the last record's read; set when the records' query begins.</summary>
    internal RowReader? Records { get; set; }

    /// <summary>The host's name of <paramref name="table"/>.</summary>
    internal string TableName(LayoutTable table) => Layout.TableName(table.Name);

    /// <summary>Reads every row of <paramref name="table"/>, all its columns in the layout's order, handing each to <paramref name="row"/>.</summary>
    internal Task ForEachRowAsync(LayoutTable table, Action<RowReader> row)
    {
        var columns = Layout.ColumnNames(table);
        var sql = $"SELECT {string.Join(", ", columns)} FROM {TableName(table)}";
        return QueryAsync(TableName(table), sql, reader =>
        {
            var values = new RowReader(reader, TableName(table), columns, Problems);
            return () => row(values);
        });
    }

    /// <summary>
    /// Runs <paramref name="sql"/> and calls the action <paramref name="begin"/> makes for each row. A failure of the database — a missing table or
    /// column, a dropped connection — is a <see cref="RegisterDataException"/> that names <paramref name="table"/>, the query and how far the records got.
    /// </summary>
    internal async Task QueryAsync(string table, string sql, Func<DbDataReader, Action> begin)
    {
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = options.Transaction;
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var row = begin(reader);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                row();
            }
        }
        catch (DbException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Failed(table, sql, e);
        }
    }

    /// <summary>The exception for a database that failed while <paramref name="table"/> was read.</summary>
    private RegisterDataException Failed(string table, string sql, DbException e)
    {
        var progress = RecordsRead == 0 ? "before any record was read"
            : $"after {RecordsRead.ToString("N0", CultureInfo.InvariantCulture)} records (the last: {Records!.Key})";
        var problem = new TableProblem(table, null, null,
            $"the database failed {progress}, so nothing is returned: {e.Message.Trim()} (the query: {sql})");
        return new RegisterDataException([problem], 1, RecordsRead, e);
    }
}
