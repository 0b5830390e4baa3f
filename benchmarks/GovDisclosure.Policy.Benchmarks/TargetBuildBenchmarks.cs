using System.Reflection;
using System.Runtime.Versioning;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// The same three workloads on either build of the library, run in process so that the build the benchmark project
/// references is the one measured (the setup prints it): 100,000 single-date working-day counts, evaluating a register of
/// 100 units × 1,000 records, and reading that register from its JSON (strict UTF-8 checks included). The baseline walks
/// the same JSON with the framework's Utf8JsonReader alone, which no build of the library changes, so the two runs'
/// ratios compare even where their absolute figures drift.
/// <code>
/// dotnet run -c Release --project benchmarks/GovDisclosure.Policy.Benchmarks -- --filter '*TargetBuild*' --inProcess
/// dotnet run -c Release --project benchmarks/GovDisclosure.Policy.Benchmarks -p:PolicyTarget=netstandard2.0 -- --filter '*TargetBuild*' --inProcess
/// </code>
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
public class TargetBuildBenchmarks
{
    private const int Dates = 100_000;
    private const int Units = 100;
    private const int RecordsPerUnit = 1_000;

    private readonly ChinaWorkingDayCalendar calendar = ChinaWorkingDayCalendar.Official;
    private readonly DisclosurePolicy policy = DisclosurePolicy.Default;
    private LocalDate[] starts = [];
    private Register register = null!;
    private byte[] json = [];

    [GlobalSetup]
    public void Setup()
    {
        var build = typeof(DisclosurePolicy).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
        Console.WriteLine($"// Library build under test: {build}");
        var random = new Random(2024);
        starts = [.. Enumerable.Range(0, Dates).Select(_ => new LocalDate(2007, 1, 1).PlusDays(random.Next(7_240)))];
        var path = Path.Combine(Path.GetTempPath(), $"govdisclosure-target-build-{Units}x{RecordsPerUnit}.json");
        RegisterFile.Write(path, Units, RecordsPerUnit);
        json = File.ReadAllBytes(path);
        register = PolicyJson.ReadRegister(new MemoryStream(json));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Units * RecordsPerUnit, Description = "Utf8JsonReader walk of the JSON, per record")]
    public int WalkJson()
    {
        var reader = new System.Text.Json.Utf8JsonReader(json);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(OperationsPerInvoke = Dates, Description = "AddWorkingDays(d, 20), per date")]
    public LocalDate AddWorkingDays()
    {
        var last = default(LocalDate);
        foreach (var start in starts)
        {
            last = calendar.AddWorkingDays(start, 20);
        }

        return last;
    }

    [Benchmark(OperationsPerInvoke = Units * RecordsPerUnit, Description = "Evaluate, per record")]
    public int Evaluate() => policy.Evaluate(register, new LocalDate(2025, 6, 30)).Units.Count;

    [Benchmark(OperationsPerInvoke = Units * RecordsPerUnit, Description = "ReadRegister from JSON, per record")]
    public int ReadRegister() => PolicyJson.ReadRegister(new MemoryStream(json)).Records.Count;
}
