using Microsoft.Data.Sqlite;

namespace GovDisclosure.Policy.Tests.Data;

/// <summary>
/// §13: a database that fails mid-stream — here SQLite interrupted from inside the evaluation, as a dropped connection would stop a server's
/// reader — gives an exception that says how far the reading got, never an evaluation as if complete; a cancellation stops it.
/// </summary>
public sealed class DatabaseFailureTests
{
    [Fact]
    public async Task Sec13_a_database_that_fails_mid_stream_says_how_far_it_got_and_returns_no_evaluation()
    {
        using var connection = await SqliteRegisters.Holding(SqliteRegisters.County);
        var outcomes = 0;
        var options = new RegisterTableOptions
        {
            OnOutcome = _ =>
            {
                if (++outcomes == 100)
                {
                    SQLitePCL.raw.sqlite3_interrupt(connection.Handle);   // the next row the reader asks for fails
                }
            },
        };

        var e = await Assert.ThrowsAsync<RegisterDataException>(() => RegisterTables.EvaluateAsync(DisclosurePolicy.Default, connection, 2025, SqliteRegisters.AsOf, options));

        Assert.InRange(e.RecordsRead, 100, 110);   // the record whose outcome was the 100th, after a few that had none of their own
        Assert.IsType<SqliteException>(e.InnerException);
        var problem = Assert.Single(e.Problems);
        Assert.Equal(("records", null, null), (problem.Table, problem.Key, problem.Column));
        Assert.StartsWith($"records: the database failed after {e.RecordsRead} records (the last: id '", problem.ToString());
        Assert.Contains("), so nothing is returned: SQLite Error 9: 'interrupted'.", problem.ToString());
        Assert.StartsWith("The register could not be read from the database: records: ", e.Message);
    }

    [Fact]
    public async Task Sec13_a_cancelled_evaluation_stops_with_operation_canceled_where_it_is()
    {
        using var connection = await SqliteRegisters.Holding(SqliteRegisters.County);
        using var cancellation = new CancellationTokenSource();
        var outcomes = 0;
        var options = new RegisterTableOptions { OnOutcome = _ => { if (++outcomes == 10) cancellation.Cancel(); } };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            RegisterTables.EvaluateAsync(DisclosurePolicy.Default, connection, 2025, SqliteRegisters.AsOf, options, cancellation.Token));
        Assert.Equal(10, outcomes);
    }

    [Fact]
    public async Task Sec13_a_token_cancelled_before_the_start_stops_every_form_before_any_query()
    {
        using var connection = await SqliteRegisters.Holding(SqliteRegisters.County);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RegisterTables.ReadAsync(connection, 2025, null, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => RegisterTables.WriteAsync(SqliteRegisters.County, connection, null, cancelled.Token));
        Assert.Equal(SqliteRegisters.County.Records.Count, (await RegisterTables.ReadAsync(connection, 2025)).Records.Count);   // nothing written twice
    }

    [Fact]
    public async Task Sec13_a_row_the_database_refuses_rolls_the_whole_write_back_and_names_the_row()
    {
        using var connection = await SqliteRegisters.Holding(SqliteRegisters.County);

        var e = await Assert.ThrowsAsync<RegisterDataException>(() => RegisterTables.WriteAsync(SqliteRegisters.Example, connection));

        Assert.StartsWith("bodies, id 'mzj': the database refused the row: SQLite Error 19: 'UNIQUE constraint failed: bodies.id'.", Assert.Single(e.ProblemTexts));
        Assert.IsType<SqliteException>(e.InnerException);
        Assert.Equal(SqliteRegisters.County.Bodies.Count, (await RegisterTables.ReadAsync(connection, 2025)).Bodies.Count);
    }

    [Fact]
    public async Task Sec13_a_write_inside_the_callers_transaction_is_the_callers_to_commit_or_roll_back()
    {
        using var connection = SqliteRegisters.Empty();
        using (var transaction = connection.BeginTransaction())
        {
            await RegisterTables.WriteAsync(SqliteRegisters.Example, connection, new RegisterTableOptions { Transaction = transaction });
            Assert.Single((await RegisterTables.ReadAsync(connection, 2025, new RegisterTableOptions { Transaction = transaction })).Requests);
            transaction.Rollback();
        }

        Assert.Empty((await RegisterTables.ReadAsync(connection, 2025)).Bodies);
    }

    [Fact]
    public async Task Sec13_a_connection_that_is_not_open_or_a_year_out_of_range_is_the_callers_mistake()
    {
        using var closed = new SqliteConnection("Data Source=:memory:");
        using var open = SqliteRegisters.Empty();

        var notOpen = await Assert.ThrowsAnyAsync<ArgumentException>(() => RegisterTables.ReadAsync(closed, 2025));
        Assert.Equal("The connection is Closed; open it first (the package uses the caller's connection as it is, and never opens or closes it).", notOpen.Message);
        Assert.Equal("connection", notOpen.ParamName);
        await Assert.ThrowsAnyAsync<ArgumentNullException>(() => RegisterTables.EvaluateAsync(null!, open, 2025, SqliteRegisters.AsOf));
        await Assert.ThrowsAnyAsync<ArgumentNullException>(() => RegisterTables.WriteAsync(null!, open));
        foreach (var year in new[] { 0, 9999 })
        {
            var e = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => RegisterTables.ReadAsync(open, year));
            Assert.Equal("year", e.ParamName);
        }

        Assert.Empty((await RegisterTables.ReadAsync(open, 1)).Bodies);
        Assert.Empty((await RegisterTables.ReadAsync(open, 9998)).Bodies);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => RegisterTables.EvaluateAsync(DisclosurePolicy.Default, open, 2025, SqliteRegisters.AsOf.WithCalendar(CalendarSystem.Julian)));
    }
}
