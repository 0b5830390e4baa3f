using System.Net;
using System.Text.Json;

namespace GovDisclosure.Policy.Samples.Web.Tests;

/// <summary>The web sample reads the county's register from a SQLite file of its own (§13, D48): made on the first run when absent.</summary>
public sealed class DashboardDatabaseTests
{
    [Fact]
    public async Task Sec13_the_dashboard_makes_its_SQLite_database_on_the_first_run_and_evaluates_from_it()
    {
        var folder = Directory.CreateTempSubdirectory("govdisclosure-web-db-");
        try
        {
            var database = Path.Combine(folder.FullName, "nested", "county.db");
            using (var server = new ServerWithDatabase(database))
            using (var http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) })
            {
                var response = await http.GetAsync("/api/evaluation?asOf=2026-03-31");
                var units = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("units").EnumerateArray().ToList();

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal(28, units.Count);
                Assert.True(File.Exists(database));
                Assert.Equal("SQLite format 3\0", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(database), 0, 16));
                Assert.Single(Directory.GetFiles(Path.GetDirectoryName(database)!));   // the file it was built in was moved into place
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private sealed class ServerWithDatabase(string database) : WebSampleServer($"--Register:Database={database}");
}
