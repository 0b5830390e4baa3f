using BenchmarkDotNet.Attributes;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Deadlines;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// Rechecking 100,000 deadlines (D1, D2): IM1 deadlines formed from December 2019 to February 2020, given on the 2020 calendar as first
/// published, checked against the calendar after the Spring Festival was extended to 2 February — about a third of them move. Against
/// giving the same deadlines afresh on the new calendar, the work a recheck cannot do without, in the same run.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(8)]
public class DeadlineChangesBenchmarks
{
    private const int Count = 100_000;

    private readonly DisclosurePolicy after = DisclosurePolicy.Default;   // the embedded 2020 notice holds the extension
    private LocalDate[] formed = [];
    private Deadline[] given = [];

    [GlobalSetup]
    public void Setup()
    {
        var official = ChinaWorkingDayCalendar.Official;
        // The 2020 notice as first published: Saturday 1 February worked, 31 January and 2–3 February not listed.
        var extended = new HashSet<LocalDate> { new(2020, 1, 31), new(2020, 2, 1), new(2020, 2, 2), new(2020, 2, 3) };
        var held = official.Notices.Single(notice => notice.Year == 2020);
        var original = new HolidayNotice(2020, [.. held.Days.Where(day => !extended.Contains(day.Date)), new NoticeDay(new LocalDate(2020, 2, 1), false, "春节")]);
        var before = DisclosurePolicy.Default.WithCalendar(ChinaWorkingDayCalendar.FromNotices(official.Notices.Select(notice => notice.Year == 2020 ? original : notice)));

        var random = new Random(2020);
        formed = [.. Enumerable.Range(0, Count).Select(_ => new LocalDate(2019, 12, 1).PlusDays(random.Next(91)))];
        given = [.. formed.Select(date => before.DueDate(ScheduleEntry.IM1, date))];
        foreach (var deadline in given)
        {
            _ = deadline.Days;   // worked out once, as for deadlines read back from JSON, which carry them
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "Give the deadlines afresh")]
    public int GiveAfresh()
    {
        var sum = 0;
        foreach (var date in formed)
        {
            sum += after.DueDate(ScheduleEntry.IM1, date).Due.Day;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "DeadlineChanges.Between")]
    public int Recheck() => DeadlineChanges.Between(given, after.Calendar).Count;
}
