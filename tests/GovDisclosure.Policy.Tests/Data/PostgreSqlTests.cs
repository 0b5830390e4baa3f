using Npgsql;
using NpgsqlTypes;
using GovDisclosure.Policy.Benchmarks;

namespace GovDisclosure.Policy.Tests.Data;

/// <summary>
/// D48 on a real server: registers in PostgreSQL (dates as <c>date</c>, flags as <c>boolean</c>) evaluate to exactly what their JSON does —
/// the county's, and a generated one of 200,000 records loaded with COPY; a broken table's problems; a connection killed mid-stream.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PostgreSqlTests : IAsyncLifetime
{
    private static readonly RegisterTableOptions Options = new() { Layout = RegisterLayout.PostgreSql };
    private readonly PostgreSqlServer server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await server.DisposeAsync();

    private static EvaluationReport FromJson(Register register)
    {
        using var json = new MemoryStream();
        PolicyJson.WriteRegister(SqliteRegisters.InKeyOrder(register), json);
        json.Position = 0;
        return PolicyJson.ToReport(PolicyJson.EvaluateRegister(DisclosurePolicy.Default, json, SqliteRegisters.AsOf));
    }

    [SkippableFact]
    public async Task D48_the_county_register_in_PostgreSQL_evaluates_to_what_its_JSON_evaluates_to_and_reads_back_whole()
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        var county = SqliteRegisters.County;
        await using var connection = await server.CreateTablesAsync();
        await RegisterTables.WriteAsync(county, connection, Options);

        var evaluation = await RegisterTables.EvaluateAsync(DisclosurePolicy.Default, connection, 2025, SqliteRegisters.AsOf, Options);
        var read = await RegisterTables.ReadAsync(connection, 2025, Options);

        Assert.Equal(FromJson(county), PolicyJson.ToReport(evaluation));
        Assert.Equal(SqliteRegisters.InKeyOrder(county).Records, read.Records);
        Assert.Equal("date", await ScalarAsync<string>(connection, "SELECT pg_typeof(trigger_date)::text FROM records LIMIT 1"));
    }

    [SkippableFact]
    public async Task D48_a_generated_register_of_200000_records_loaded_with_COPY_evaluates_to_what_its_JSON_evaluates_to()
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        var (connection, register) = await LoadedAsync(units: 200);
        await using var _ = connection;

        var evaluation = await RegisterTables.EvaluateAsync(DisclosurePolicy.Default, connection, register.Year, SqliteRegisters.AsOf, Options);

        Assert.Equal(200_000, register.Records.Count);
        Assert.Equal(200_000L, await ScalarAsync<long>(connection, "SELECT count(*) FROM records"));
        Assert.Equal(FromJson(register), PolicyJson.ToReport(evaluation));
    }

    [SkippableFact]
    public async Task D48_a_broken_table_lists_every_problem_by_table_key_and_column()
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        await using var connection = await server.CreateTablesAsync();
        await RegisterTables.WriteAsync(SqliteRegisters.Example, connection, Options);
        await PostgreSqlServer.ExecuteAsync(connection, """
            UPDATE records SET catalog_row = 'IM99' WHERE id = 'mzj-IM1-1';
            UPDATE publications SET channels = 'GovernmentPortal,Weibo' WHERE record_id = 'mzj-MO1-01';
            UPDATE bodies SET type = 'Ministry' WHERE id = 'sx';
            UPDATE request_events SET working_days = 3 WHERE kind = 'Replied';
            """);

        var e = await Assert.ThrowsAsync<RegisterDataException>(() => RegisterTables.EvaluateAsync(DisclosurePolicy.Default, connection, 2025, SqliteRegisters.AsOf, Options));

        Assert.Equal(
        [
            "bodies, id 'sx', column type: holds 'Ministry', which is not a body type code; expected one of " + string.Join(", ", BodyType.InOrder.Select(t => t.Name)) + ".",
            "request_events, request_id 'YSQ-2025-001', position 2, column working_days: holds a value, but an event of kind Replied has none; leave it empty.",
            "records, id 'mzj-IM1-1', column catalog_row: holds 'IM99' and catalog is empty, so it names a row of the built-in catalog; no entry (IM1…ST7) or item " +
                "(G01…I04) has that code. A county catalog's row needs its catalog.",
            "publications, record_id 'mzj-MO1-01', position 0, column channels: holds 'GovernmentPortal,Weibo', and 'Weibo' is not a channel code; expected codes " +
                "separated by commas, each one of " + string.Join(", ", Channel.InOrder.Select(c => c.Name)) + ".",
        ], e.ProblemTexts);
    }

    [SkippableFact]
    public async Task Sec13_a_connection_terminated_mid_stream_says_how_far_it_got_and_returns_no_evaluation()
    {
        Skip.If(server.Unavailable is not null, server.Unavailable);
        // Large enough that the server is still sending when it is killed: more rows than the sockets' buffers hold.
        var (connection, register) = await LoadedAsync(units: 200);
        await using var _ = connection;
        var pid = connection.ProcessID;
        await using var second = await server.OpenAsync();
        var outcomes = 0;
        var options = Options with
        {
            OnOutcome = _ =>
            {
                if (++outcomes == 1_000)
                {
                    using var kill = new NpgsqlCommand($"SELECT pg_terminate_backend({pid})", second);
                    kill.ExecuteScalar();
                }
            },
        };

        var e = await Assert.ThrowsAsync<RegisterDataException>(() => RegisterTables.EvaluateAsync(DisclosurePolicy.Default, connection, register.Year, SqliteRegisters.AsOf, options));

        Assert.InRange(e.RecordsRead, 1_000, 199_999);
        Assert.IsAssignableFrom<NpgsqlException>(e.InnerException);
        Assert.StartsWith($"The register could not be read from the database: records: the database failed after {e.RecordsRead:N0} records (the last: id 'u", e.Message);
    }

    /// <summary>A generated register of <paramref name="units"/> units of 1,000 records each: its units and sections written, its records
    /// loaded with COPY.</summary>
    private async Task<(NpgsqlConnection Connection, Register Register)> LoadedAsync(int units)
    {
        var bodies = GeneratedRegister.Bodies("u", units);
        var register = GeneratedRegister.Register(2025, bodies, GeneratedRegister.Rows(2025, units, 1_000));
        var connection = await server.CreateTablesAsync();
        await RegisterTables.WriteAsync(new RegisterBuilder(register.Year).AddBodies(register.Bodies).AddCommitments(register.Commitments)
            .AddInspections(register.Inspections).Build(), connection, Options);
        await CopyRecordsAsync(connection, register);
        return (connection, register);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The register's records and publications, loaded with COPY … FROM STDIN (FORMAT BINARY), as a bulk load would.</summary>
    private static async Task CopyRecordsAsync(NpgsqlConnection connection, Register register)
    {
        await using (var records = await connection.BeginBinaryImportAsync(
            "COPY records (id, body_id, catalog, catalog_row, item, trigger_date, subject, classified, falsified, refused) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var r in register.Records)
            {
                await records.StartRowAsync();
                await records.WriteAsync(r.Id, NpgsqlDbType.Text);
                await records.WriteAsync(r.BodyId, NpgsqlDbType.Text);
                await records.WriteNullAsync();
                await records.WriteAsync(r.Obligation.Row, NpgsqlDbType.Text);
                await records.WriteNullAsync();
                await records.WriteAsync(r.Trigger.ToDateOnly(), NpgsqlDbType.Date);
                await (r.Subject is null ? records.WriteNullAsync() : records.WriteAsync(r.Subject, NpgsqlDbType.Text));
                await records.WriteAsync(r.IsClassified, NpgsqlDbType.Boolean);
                await records.WriteAsync(r.IsFalsified, NpgsqlDbType.Boolean);
                await records.WriteAsync(r.IsRefused, NpgsqlDbType.Boolean);
            }

            await records.CompleteAsync();
        }

        await using var publications = await connection.BeginBinaryImportAsync(
            "COPY publications (record_id, position, published_on, channels) FROM STDIN (FORMAT BINARY)");
        foreach (var r in register.Records)
        {
            for (var i = 0; i < r.Publications.Count; i++)
            {
                await publications.StartRowAsync();
                await publications.WriteAsync(r.Id, NpgsqlDbType.Text);
                await publications.WriteAsync(i, NpgsqlDbType.Integer);
                await publications.WriteAsync(r.Publications[i].Date.ToDateOnly(), NpgsqlDbType.Date);
                await publications.WriteAsync(string.Join(",", r.Publications[i].Channels.Select(c => c.Name)), NpgsqlDbType.Text);
            }
        }

        await publications.CompleteAsync();
    }
}
