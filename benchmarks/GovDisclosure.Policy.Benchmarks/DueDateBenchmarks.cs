using BenchmarkDotNet.Attributes;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// Due dates of one million mixed (entry, trigger) pairs — every entry of the schedule, triggers across
/// 2007–2024 — reported per obligation: the batch form against building each <see cref="Deadline"/> with
/// its explanation (the days counted and skipped).
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(8)]
public class DueDateBenchmarks
{
    private const int Count = 1_000_000;

    private readonly DisclosurePolicy policy = DisclosurePolicy.Default;
    private ObligationKey[] entries = [];
    private LocalDate[] triggers = [];
    private LocalDate[] results = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240208);
        var first = new LocalDate(2007, 1, 1);
        var span = Period.Between(first, new LocalDate(2024, 12, 31), PeriodUnits.Days).Days;
        var schedule = ScheduleEntry.InOrder;
        entries = Enumerable.Range(0, Count).Select(_ => schedule[random.Next(schedule.Count)].Key).ToArray();
        triggers = Enumerable.Range(0, Count).Select(_ => first.PlusDays(random.Next(span + 1))).ToArray();
        results = new LocalDate[Count];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "DueDate per item, with explanation")]
    public int PerItemWithExplanation()
    {
        var days = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            var deadline = policy.DueDate(entries[i], triggers[i]);
            results[i] = deadline.Due;
            days += deadline.Days.Count;
        }

        return days;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "DueDates, batch form")]
    public LocalDate Batch()
    {
        policy.DueDates(entries, triggers, results);
        return results[^1];
    }
}
