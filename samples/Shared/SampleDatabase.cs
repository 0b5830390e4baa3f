using GovDisclosure.Policy.Data;
using GovDisclosure.Policy.Json;
using Microsoft.Data.Sqlite;

namespace GovDisclosure.Policy.Samples;

/// <summary>
/// The sample county's register in a real database: a SQLite file, made on the first run from the sample's JSON register when it is absent
/// (the package's tables, by <see cref="RegisterLayout.SqliteDdl"/>, filled by <see cref="RegisterTables.WriteAsync"/>), then opened read-only.
/// Shared by the console and web samples.
/// </summary>
internal static class SampleDatabase
{
    /// <summary>Where the samples keep it: beside their build output, which git ignores.</summary>
    internal static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "data", "county-2025.db");

    /// <summary>A read-only connection to the database at <paramref name="path"/>, made first from <paramref name="json"/> if it is not there.</summary>
    internal static async Task<SqliteConnection> OpenAsync(string path, Func<Stream> json)
    {
        if (!File.Exists(path))
        {
            await CreateAsync(path, json).ConfigureAwait(false);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync().ConfigureAwait(false);
        return connection;
    }

    // Written to a file of its own and then moved into place, so that a run stopped half-way, or two samples starting at once, never leave a
    // half-filled database where the next run would read it.
    private static async Task CreateAsync(string path, Func<Stream> json)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var building = $"{path}.{Guid.NewGuid():N}.building";
        try
        {
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString()))
            {
                await connection.OpenAsync().ConfigureAwait(false);
                await using (var command = connection.CreateCommand())
                {
                    command.CommandText = RegisterLayout.SqliteDdl;
                    await command.ExecuteNonQueryAsync().ConfigureAwait(false);
                }

                await using var stream = json();
                await RegisterTables.WriteAsync(await PolicyJson.ReadRegisterAsync(stream).ConfigureAwait(false), connection).ConfigureAwait(false);
            }

            File.Move(building, path);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another run made it first: theirs is as good as ours.
        }
        finally
        {
            File.Delete(building);
        }
    }
}
