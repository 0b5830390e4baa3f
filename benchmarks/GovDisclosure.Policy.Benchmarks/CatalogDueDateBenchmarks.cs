using BenchmarkDotNet.Attributes;
using GovDisclosure.Policy.Catalogs;
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
    private static readonly string[] TimeLimits =
        ["制定或获取信息之日起10个工作日内", "信息形成或者变更之日起20个工作日内", "制定或获取信息之日起10个工作日内，公示7个工作日", "批准之日起30日内", "每季度结束后10个工作日内", "每年", "长期公开"];

    private DisclosurePolicy policy = DisclosurePolicy.Default;
    private ObligationKey[] entries = [];
    private ObligationKey[] rows = [];
    private LocalDate[] triggers = [];
    private LocalDate[] results = [];

    [GlobalSetup]
    public void Setup()
    {
        var catalog = new CountyCatalog("benchmark", Enumerable.Range(1, 500).Select(number => new CatalogRow(
            number.ToString(System.Globalization.CultureInfo.InvariantCulture), ["一级", "二级"], "内容", "依据", TimeLimits[number % TimeLimits.Length], "县级民政部门",
            [NationalChannel.GovernmentWebsite], CatalogAudience.WholeSociety, [DisclosureMode.Proactive], [AdministrativeLevel.County])));
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
