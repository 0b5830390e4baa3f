using BenchmarkDotNet.Attributes;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// Due dates of one million (row, event) pairs from a 500-row county catalog (D35) — periods in working and calendar days, from events and
/// from quarters' and years' ends — against the seed entries' batch form over as many (entry, trigger) pairs, in the same run.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(8)]
public class CatalogDueDateBenchmarks
{
    private const int Count = 1_000_000;
    private DisclosurePolicy policy = DisclosurePolicy.Default;
    private ObligationKey[] entries = [];
    private ObligationKey[] rows = [];
    private LocalDate[] triggers = [];
    private LocalDate[] results = [];

    [GlobalSetup]
    public void Setup()
    {
        var catalog = BenchmarkCatalog.Create();
        policy = DisclosurePolicy.Default.WithCatalog(catalog);
        var random = new Random(20240208);
        var first = new LocalDate(2007, 1, 1);
        var span = Period.Between(first, new LocalDate(2024, 12, 31), PeriodUnits.Days).Days;
        var schedule = ScheduleEntry.InOrder;
        entries = Enumerable.Range(0, Count).Select(_ => schedule[random.Next(schedule.Count)].Key).ToArray();
        rows = Enumerable.Range(0, Count).Select(_ => catalog.KeyOf(catalog.Rows[random.Next(catalog.Rows.Count)].Number)).ToArray();
        triggers = Enumerable.Range(0, Count).Select(_ => first.PlusDays(random.Next(span + 1))).ToArray();
        results = new LocalDate[Count];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "DueDates, seed entries")]
    public LocalDate SeedEntries()
    {
        policy.DueDates(entries, triggers, results);
        return results[^1];
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "DueDates, catalog rows")]
    public LocalDate CatalogRows()
    {
        policy.DueDates(rows, triggers, results);
        return results[^1];
    }
}
