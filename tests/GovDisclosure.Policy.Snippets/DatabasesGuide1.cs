using GovDisclosure.Policy;
using GovDisclosure.Policy.Data;
using GovDisclosure.Policy.Json;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/databases.md", 1)]
internal static class DatabasesGuide1
{
    internal static async Task Run()
    {
        #region docs/databases.md 1
        await using var connection = new SqliteConnection("Data Source=county.db");
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = RegisterLayout.SqliteDdl;   // the package's tables
            await create.ExecuteNonQueryAsync();
        }

        await using (var json = File.OpenRead("county-2025.json"))
        {
            await RegisterTables.WriteAsync(await PolicyJson.ReadRegisterAsync(json), connection);   // migrate a JSON register
        }

        var evaluation = await RegisterTables.EvaluateAsync(DisclosurePolicy.Default, connection, 2025, new LocalDate(2026, 3, 31));
        Console.WriteLine(evaluation.GetUnit("jyj"));   // 县教育局: excellent, 96.2 % on time, sanction none
        #endregion
    }
}
