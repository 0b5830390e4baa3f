using BenchmarkDotNet.Attributes;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// <c>AddWorkingDays(d, 20)</c> — the statutory period of D3 — over one million random dates of 2007–2026,
/// reported per date: the batch form and one call per date, against a day-by-day HashSet walk.
/// </summary>
[MemoryDiagnoser]
public class WorkingDayBenchmarks
{
    private const int Count = 1_000_000;
    private const int StatutoryPeriod = 20;

    private readonly ChinaWorkingDayCalendar calendar = ChinaWorkingDayCalendar.Official;
    private LocalDate[] starts = [];
    private LocalDate[] results = [];
    private HashSetWalkingCalendar baseline = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20070101);
        var first = new LocalDate(2007, 1, 1);
        // The last start whose 20 working days stay inside 2026.
        var span = Period.Between(first, new LocalDate(2026, 11, 30), PeriodUnits.Days).Days;
        starts = Enumerable.Range(0, Count).Select(_ => first.PlusDays(random.Next(span + 1))).ToArray();
        results = new LocalDate[Count];
        baseline = new HashSetWalkingCalendar(calendar.Notices);
    }

    // Every form writes its answers to the same array, so that all of them pay for the stores.
    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "HashSet day-by-day walk")]
    public LocalDate HashSetWalk()
    {
        for (var i = 0; i < starts.Length; i++)
        {
            results[i] = baseline.AddWorkingDays(starts[i], StatutoryPeriod);
        }

        return results[^1];
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "AddWorkingDays, one call per date")]
    public LocalDate OneCallPerDate()
    {
        for (var i = 0; i < starts.Length; i++)
        {
            results[i] = calendar.AddWorkingDays(starts[i], StatutoryPeriod);
        }

        return results[^1];
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "AddWorkingDays, batch form")]
    public LocalDate Batch()
    {
        calendar.AddWorkingDays(starts, StatutoryPeriod, results);
        return results[^1];
    }
}
