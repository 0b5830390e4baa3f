using GovDisclosure.Policy;
using GovDisclosure.Policy.Data;
using GovDisclosure.Policy.Json;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("src/GovDisclosure.Policy.Data/PACKAGE.md", 1)]
internal static class DataPackage1
{
    internal static async Task Run()
    {
        #region src/GovDisclosure.Policy.Data/PACKAGE.md 1
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = RegisterLayout.SqliteDdl;
            await create.ExecuteNonQueryAsync();
        }

        await using (var json = File.OpenRead("county-2025.json"))
        {
            await RegisterTables.WriteAsync(await PolicyJson.ReadRegisterAsync(json), connection);
        }

        var evaluation = await RegisterTables.EvaluateAsync(DisclosurePolicy.Default, connection, 2025, new LocalDate(2026, 3, 31));
        Console.WriteLine(evaluation.GetUnit("mzj"));   // 县民政局: excellent, 98.1 % on time, sanction none
        #endregion
    }
}
