using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using GovDisclosure.Policy.Catalogs;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// The hot paths of this commit against an earlier release, in one run: two jobs, this commit's library and the release packed
/// from its tag (<c>tools/pack-baseline.sh v0.4.0</c>), each built from this same file — the calls the release named differently
/// sit behind <c>POLICY_BASELINE</c>. Workloads: 1,000,000 batch due dates of the seed's entries and of a 500-row county
/// catalog's rows, and a register of 1,000 units × 1,000 records evaluated in memory (of 2024, and of 2026 as a year in progress as of
/// the calendar's last day, D27) and streamed from its JSON.
/// <code>
/// tools/pack-baseline.sh v0.4.0
/// dotnet run -c Release --project benchmarks/GovDisclosure.Policy.Benchmarks -- --filter '*VersionComparison*'
/// GOVDISCLOSURE_BASELINE=0.6.0 dotnet run -c Release --project benchmarks/GovDisclosure.Policy.Benchmarks -- --filter '*VersionComparison*'
/// </code>
/// </summary>
[Config(typeof(AgainstRelease))]
[MemoryDiagnoser]
public class VersionComparisonBenchmarks
{
    /// <summary>The release compared with: 0.4.0, or the version in <c>GOVDISCLOSURE_BASELINE</c> (for example <c>0.6.0</c>, whose calls are
    /// this commit's); its package must be in artifacts/baseline/&lt;version&gt;.</summary>
    public static string Release => Environment.GetEnvironmentVariable("GOVDISCLOSURE_BASELINE") ?? "0.4.0";

    private const int Count = 1_000_000;
    private const int Units = 1_000;
    private const int RecordsPerUnit = 1_000;

    private DisclosurePolicy policy = DisclosurePolicy.Default;
    private LocalDate[] triggers = [];
    private LocalDate[] results = [];
    private byte[] json = [];
    private Evaluation.Register register = null!;
    private Evaluation.Register inProgress = null!;
#if POLICY_BASELINE
    private ScheduleEntry[] entries = [];
    private CatalogRow[] rows = [];
#else
    private ObligationKey[] entries = [];
    private ObligationKey[] rows = [];
#endif

    [GlobalSetup]
    public void Setup()
    {
        var catalog = BenchmarkCatalog.Create();
        policy = DisclosurePolicy.Default.WithCatalog(catalog);
        var random = new Random(20240208);
        var first = new LocalDate(2007, 1, 1);
        var span = Period.Between(first, new LocalDate(2024, 12, 31), PeriodUnits.Days).Days;
        var schedule = ScheduleEntry.InOrder;
        var pickedEntries = Enumerable.Range(0, Count).Select(_ => schedule[random.Next(schedule.Count)]).ToArray();
        var pickedRows = Enumerable.Range(0, Count).Select(_ => catalog.Rows[random.Next(catalog.Rows.Count)]).ToArray();
#if POLICY_BASELINE
        (entries, rows) = (pickedEntries, pickedRows);
#else
        (entries, rows) = ([.. pickedEntries.Select(entry => entry.Key)], [.. pickedRows.Select(row => catalog.KeyOf(row.Number))]);
#endif
        triggers = [.. Enumerable.Range(0, Count).Select(_ => first.PlusDays(random.Next(span + 1)))];
        results = new LocalDate[Count];

        var path = Path.Combine(Path.GetTempPath(), $"govdisclosure-register-{Units}x{RecordsPerUnit}.json");
        RegisterFile.Write(path, Units, RecordsPerUnit);   // 0.4's form ("entry"), which both versions read
        json = File.ReadAllBytes(path);
        register = PolicyJson.ReadRegister(new MemoryStream(json));

        // D27: the same register of 2026, evaluated as of the official calendar's last day; December's due dates lie beyond it.
        var inProgressPath = Path.Combine(Path.GetTempPath(), $"govdisclosure-register-2026-{Units}x{RecordsPerUnit}.json");
        RegisterFile.Write(inProgressPath, Units, RecordsPerUnit, 2026);
        using var inProgressJson = File.OpenRead(inProgressPath);
        inProgress = PolicyJson.ReadRegister(inProgressJson);
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "DueDates, seed entries, per obligation")]
    public LocalDate SeedEntries()
    {
        policy.DueDates(entries, triggers, results);
        return results[^1];
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "DueDates, county rows, per obligation")]
    public LocalDate CountyRows()
    {
        policy.DueDates(rows, triggers, results);
        return results[^1];
    }

    [Benchmark(OperationsPerInvoke = Units * RecordsPerUnit, Description = "Evaluate a register in memory, per record")]
    public int EvaluateInMemory() => policy.Evaluate(register, new LocalDate(2025, 6, 30)).Units.Count;

    [Benchmark(OperationsPerInvoke = Units * RecordsPerUnit, Description = "Evaluate a year in progress (2026 as of 2026-12-31), per record")]
    public int EvaluateYearInProgress() => policy.Evaluate(inProgress, new LocalDate(2026, 12, 31)).Units.Count;

    [Benchmark(OperationsPerInvoke = Units * RecordsPerUnit, Description = "EvaluateRegister streamed from JSON, per record")]
    public int EvaluateStreamed() => PolicyJson.EvaluateRegister(policy, new MemoryStream(json), new LocalDate(2025, 6, 30)).Units.Count;

    /// <summary>Two jobs with the same settings: this commit (the baseline of the ratios) and the release.</summary>
    private sealed class AgainstRelease : ManualConfig
    {
        public AgainstRelease()
        {
            var job = Job.Default.WithWarmupCount(2).WithIterationCount(10);
            AddJob(job.WithId("this commit").AsBaseline());
            AddJob(job.WithId(Release).WithArguments([new MsBuildArgument($"/p:PolicyBaseline={Release}")]));
        }
    }
}
