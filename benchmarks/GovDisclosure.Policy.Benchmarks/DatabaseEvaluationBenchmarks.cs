using BenchmarkDotNet.Attributes;
using GovDisclosure.Policy.Data;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// Evaluating a register of 1,000 units and 1,000,000 records (about one in ten late or missing) straight from a SQLite file, per record,
/// against a baseline in the same run: a bare pass of a <see cref="System.Data.Common.DbDataReader"/> over the same rows of the same query,
/// reading every column with its typed getter and building nothing. Targets (issue 35): within 1.5× the bare pass, and at most 50 bytes a
/// record allocated beyond what the bare pass allocates.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(10)]   // this machine's spread between runs is wide; ten iterations of a million records each
public class DatabaseEvaluationBenchmarks
{
    private const int Units = 1_000;
    private const int RecordsPerUnit = 1_000;
    private const int Year = 2025;

    private readonly DisclosurePolicy policy = DisclosurePolicy.Default;
    private SqliteConnection connection = null!;
    private string query = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(Path.GetTempPath(), $"govdisclosure-register-{Units}x{RecordsPerUnit}.db");
        if (!File.Exists(path))
        {
            Create(path);
        }

        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        query = RecordStreamQuery();
    }

    [GlobalCleanup]
    public void Cleanup() => connection.Dispose();

    [Benchmark(Baseline = true, OperationsPerInvoke = Units * RecordsPerUnit, Description = "DbDataReader pass over the same rows, every column read, per record")]
    public long BarePass()
    {
        using var command = connection.CreateCommand();
        command.CommandText = query;
        using var reader = command.ExecuteReader();
        var sum = 0L;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                sum += reader.IsDBNull(i) ? 0 : reader.GetFieldType(i) == typeof(string) ? reader.GetString(i).Length : reader.GetInt64(i);
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Units * RecordsPerUnit, Description = "RegisterTables.EvaluateAsync (read + evaluate, streamed), per record")]
    public int Evaluate() =>
        RegisterTables.EvaluateAsync(policy, connection, Year, new LocalDate(2025, 6, 30)).GetAwaiter().GetResult().Units.Count;

    /// <summary>The query the evaluation runs for the records: the same rows, the same columns, in the same order.</summary>
    private static string RecordStreamQuery() => RecordStream.Sql(RegisterLayout.Default, Year);

    private static void Create(string path)
    {
        var building = path + ".building";
        File.Delete(building);
        using (var database = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = building, Pooling = false }.ToString()))
        {
            database.Open();
            using (var command = database.CreateCommand())
            {
                command.CommandText = RegisterLayout.SqliteDdl;
                command.ExecuteNonQuery();
            }

            var bodies = GeneratedRegister.Bodies("u", Units);
            var register = GeneratedRegister.Register(Year, bodies, GeneratedRegister.Rows(Year, Units, RecordsPerUnit));
            RegisterTables.WriteAsync(register, database).GetAwaiter().GetResult();
        }

        File.Move(building, path);
    }
}
