using Npgsql;

namespace GovDisclosure.Policy.Tests.Data;

/// <summary>
/// The PostgreSQL server .ci/run starts (Debian's, as its own user, through pg_ctlcluster), reached through GOVDISCLOSURE_POSTGRES. Each
/// test gets a schema of its own holding the package's tables, dropped afterwards. Where no server is configured, <see cref="Unavailable"/>
/// says how to run the tests and they skip; with GOVDISCLOSURE_REQUIRE_POSTGRES=1 (set by .ci/run) a missing server is a failure instead.
/// </summary>
internal sealed class PostgreSqlServer : IAsyncDisposable
{
    private const string Variable = "GOVDISCLOSURE_POSTGRES";
    private readonly NpgsqlDataSource? source;
    private readonly string schema = "govdisclosure_" + Guid.NewGuid().ToString("N")[..12];

    internal PostgreSqlServer()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrEmpty(connectionString))
        {
            Unavailable = $"{Variable} is not set: these tests need a PostgreSQL server. Start one (.ci/run shows how, with Debian's postgresql and " +
                          "pg_ctlcluster) and set it, for example Host=127.0.0.1;Username=govdisclosure;Password=govdisclosure;Database=govdisclosure_tests.";
            if (Environment.GetEnvironmentVariable("GOVDISCLOSURE_REQUIRE_POSTGRES") == "1")
            {
                throw new InvalidOperationException(Unavailable);
            }

            return;
        }

        source = new NpgsqlDataSourceBuilder(connectionString) { ConnectionStringBuilder = { SearchPath = schema, Pooling = false } }.Build();
    }

    /// <summary>Why the server cannot be reached, or null when it can.</summary>
    internal string? Unavailable { get; }

    /// <summary>Creates this test's schema and the layout's tables in it.</summary>
    internal async Task<NpgsqlConnection> CreateTablesAsync()
    {
        var connection = await OpenAsync();
        await using (var command = new NpgsqlCommand($"CREATE SCHEMA {schema}; SET search_path TO {schema}; {RegisterLayout.PostgreSqlDdl}", connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        return connection;
    }

    /// <summary>A new open connection whose search path is this test's schema.</summary>
    internal async Task<NpgsqlConnection> OpenAsync() => await source!.OpenConnectionAsync();

    internal static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (source is null)
        {
            return;
        }

        await using (var connection = await source.OpenConnectionAsync())
        {
            await ExecuteAsync(connection, $"DROP SCHEMA IF EXISTS {schema} CASCADE");
        }

        await source.DisposeAsync();
    }
}
