using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// The first use of <see cref="ChinaWorkingDayCalendar.Official"/> in a fresh process: loading the embedded
/// compact data and building the tables, JIT compilation included. Each launch measures one cold call.
/// </summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class CalendarStartupBenchmarks
{
    [Benchmark(Description = "First use of ChinaWorkingDayCalendar.Official")]
    public DateInterval FirstUseOfOfficial() => ChinaWorkingDayCalendar.Official.Coverage;
}
