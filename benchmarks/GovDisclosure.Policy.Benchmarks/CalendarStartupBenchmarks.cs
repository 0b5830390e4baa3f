using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// The first use of <see cref="ChinaWorkingDayCalendar.Official"/> in a fresh process — a first deadline,
/// <c>AddWorkingDays(d, 20)</c> — loading the embedded compact data and building the tables, JIT compilation
/// of the library's code included. Each launch measures one cold call.
/// </summary>
/// <remarks>
/// NodaTime's own start-up is not the library's: a caller has paid it by the time it holds a
/// <see cref="LocalDate"/> to ask about, so the global setup makes one, as a caller would.
/// </remarks>
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class CalendarStartupBenchmarks
{
    [GlobalSetup]
    public void MakeADateAsACallerWould()
    {
        var date = new LocalDate(2024, 2, 8);
        GC.KeepAlive(new DateInterval(date, date.PlusDays(20)));
        GC.KeepAlive(date.DayOfWeek);
    }

    [Benchmark(Description = "First use of ChinaWorkingDayCalendar.Official")]
    public LocalDate FirstUseOfOfficial() => ChinaWorkingDayCalendar.Official.AddWorkingDays(new LocalDate(2024, 2, 8), 20);
}
