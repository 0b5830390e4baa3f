using System.Reflection;
using System.Runtime.Versioning;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// The library's two builds side by side in one run, on this machine's .NET runtime: the net8.0 build (the baseline,
/// which the speed targets are for) and the netstandard2.0 build, with its internal polyfills, that .NET Framework hosts
/// load. Three workloads: 100,000 single-date working-day counts, evaluating a register of 100 units × 1,000 records,
/// and reading that register from its JSON (strict UTF-8 checks included).
/// </summary>
[Config(typeof(Builds))]
[MemoryDiagnoser]
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

    private sealed class Builds : ManualConfig
    {
        public Builds()
        {
            AddJob(Job.Default.WithWarmupCount(1).WithIterationCount(5).WithId("net8.0 build").AsBaseline());
            AddJob(Job.Default.WithWarmupCount(1).WithIterationCount(5).WithId("netstandard2.0 build")
                .WithArguments([new MsBuildArgument("/p:PolicyTarget=netstandard2.0")]));
        }
    }
}
