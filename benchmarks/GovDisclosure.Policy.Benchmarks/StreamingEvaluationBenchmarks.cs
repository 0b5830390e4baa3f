using BenchmarkDotNet.Attributes;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// Reading and evaluating a register file of 1,000 units and 1,000,000 records (about one in ten late or missing, one in
/// a hundred falsified) from a file stream, per record, against a baseline in the same run that only walks the same bytes
/// with <see cref="System.Text.Json.Utf8JsonReader"/>. Targets (issue 34): the streamed evaluation within 1.5× the walk and 50 bytes
/// allocated per record; the whole register in memory within 4× the walk and 300 bytes per record.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
public class StreamingEvaluationBenchmarks
{
    private const int Units = 1_000;
    private const int RecordsPerUnit = 1_000;

    private readonly DisclosurePolicy policy = DisclosurePolicy.Default;
    private string path = null!;

    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), $"govdisclosure-register-{Units}x{RecordsPerUnit}.json");
        if (!File.Exists(path))
        {
            RegisterFile.Write(path, Units, RecordsPerUnit);
        }
    }

    private FileStream Open() => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

    [Benchmark(Baseline = true, OperationsPerInvoke = Units * RecordsPerUnit, Description = "Utf8JsonReader walk of every token, per record")]
    public long WalkTokens()
    {
        using var file = Open();
        return RegisterFile.WalkTokens(file);
    }

    [Benchmark(OperationsPerInvoke = Units * RecordsPerUnit, Description = "EvaluateRegister (read + evaluate, streamed), per record")]
    public int ReadAndEvaluate()
    {
        using var file = Open();
        return PolicyJson.EvaluateRegister(policy, file, new LocalDate(2025, 6, 30)).Units.Count;
    }

    [Benchmark(OperationsPerInvoke = Units * RecordsPerUnit, Description = "ReadRegister, the whole register in memory, per record")]
    public int ReadWhole()
    {
        using var file = Open();
        return PolicyJson.ReadRegister(file).Records.Count;
    }
}
