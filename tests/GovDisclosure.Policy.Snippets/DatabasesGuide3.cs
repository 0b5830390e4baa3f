using GovDisclosure.Policy;
using GovDisclosure.Policy.Data;
using GovDisclosure.Policy.Json;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/databases.md", 3)]
internal static class DatabasesGuide3
{
    internal static async Task Run()
    {
        #region docs/databases.md 3
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = RegisterLayout.SqliteDdl;
        await command.ExecuteNonQueryAsync();
        await using (var json = File.OpenRead("county-2025.json"))
        {
            await RegisterTables.WriteAsync(await PolicyJson.ReadRegisterAsync(json), connection);
        }

        command.CommandText = "UPDATE records SET trigger_date = '2025/3/7' WHERE id = 'mzj-IM1-1';" +
                              "UPDATE publications SET channels = 'GovernmentPortal,Weibo' WHERE record_id = 'jyj-IM2-1'";
        await command.ExecuteNonQueryAsync();
        try
        {
            await RegisterTables.EvaluateAsync(DisclosurePolicy.Default, connection, 2025, new LocalDate(2026, 3, 31));
        }
        catch (RegisterDataException e)
        {
            Console.WriteLine(e.ProblemCount);   // 2
            Console.WriteLine($"{e.Problems[0].Table}, {e.Problems[0].Key}, column {e.Problems[0].Column}");   // publications, record_id 'jyj-IM2-1', position 0, column channels
            Console.WriteLine(e.Problems[1]);
            // records, id 'mzj-IM1-1', column trigger_date: holds '2025/3/7', which is not a date; expected yyyy-MM-dd (ISO 8601), as 2025-03-31.
        }
        #endregion
    }
}
