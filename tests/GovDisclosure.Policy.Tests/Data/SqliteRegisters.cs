using Microsoft.Data.Sqlite;

namespace GovDisclosure.Policy.Tests.Data;

/// <summary>Registers in SQLite databases held in memory: the package's tables made by its own DDL, filled by its own writer or by SQL.</summary>
internal static class SqliteRegisters
{
    internal static readonly LocalDate AsOf = new(2026, 3, 31);

    internal static Register County => PolicyJson.ReadRegister(File.OpenRead(Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "county-2025.json")));

    /// <summary>The register of the JSON schema's example: a request with its events, a complaint, a redress case.</summary>
    internal static Register Example => PolicyJson.ReadRegister(File.OpenRead(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", "register.example.json")));

    /// <summary>An open connection to a new database in memory holding the layout's empty tables.</summary>
    internal static SqliteConnection Empty()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, RegisterLayout.SqliteDdl);
        return connection;
    }

    /// <summary>An open connection to a new database in memory holding <paramref name="register"/>, written by the package.</summary>
    internal static async Task<SqliteConnection> Holding(Register register)
    {
        var connection = Empty();
        await RegisterTables.WriteAsync(register, connection);
        return connection;
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// <paramref name="register"/> in the order a database gives it back: units and sections in the order of their keys (ordinal), inspection
    /// plans by year and body with their days in order. A database keeps no other order.
    /// </summary>
    internal static Register InKeyOrder(Register register) =>
        new RegisterBuilder(register.Year)
            .AddBodies(register.Bodies.OrderBy(b => b.Id, StringComparer.Ordinal))
            .AddRecords(register.Records.OrderBy(r => r.Id, StringComparer.Ordinal))
            .AddCommitments(register.Commitments.OrderBy(c => c.BodyId, StringComparer.Ordinal))
            .AddDisclosureRules(register.DisclosureRules.OrderBy(r => r.BodyId, StringComparer.Ordinal))
            .AddInspections(register.Inspections.GroupBy(p => (p.Year, p.BodyId)).OrderBy(g => g.Key.Year).ThenBy(g => g.Key.BodyId, StringComparer.Ordinal)
                .Select(g => new InspectionPlan(g.Key.Year, g.Key.BodyId, [.. g.SelectMany(p => p.Dates).OrderBy(d => d)])))
            .AddComplaints(register.Complaints.OrderBy(c => c.Id, StringComparer.Ordinal))
            .AddRequests(register.Requests.OrderBy(r => r.Id, StringComparer.Ordinal))
            .AddAnnualReports(register.AnnualReports.OrderBy(r => r.BodyId, StringComparer.Ordinal).ThenBy(r => r.Year))
            .AddRedressCases(register.RedressCases.OrderBy(c => c.Id, StringComparer.Ordinal))
            .Build();
}
