using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Tests.Evaluation;

namespace GovDisclosure.Policy.Tests.Architecture;

/// <summary>
/// D27: "due beyond the calendar" is a value on the hot paths, never an exception thrown and caught. The source of every evaluation and
/// batch path holds no <c>catch</c> of a coverage exception, and evaluating a year in progress throws none.
/// </summary>
public sealed class NoCoverageCatchTests
{
    /// <summary>The evaluation's rooms and every file its walk and the batch forms count with.</summary>
    private static readonly string[] HotPaths =
    [
        "Evaluation", "Requests", "Deadlines/RuleTable.cs", "Deadlines/DeadlineCounting.cs", "Deadlines/DeadlineEngine.Keys.cs", "Deadlines/DeadlineEngine.RuleSet.cs",
        "Deadlines/DeadlineEngine.cs", "Calendar/WorkingDayRanks.cs", "ChinaWorkingDayCalendar.cs", "ChinaWorkingDayCalendar.Layering.cs", "WorkingDayCalendarExtensions.cs",
    ];

    [Fact]
    public void D27_no_evaluation_or_batch_path_catches_a_coverage_exception()
    {
        var root = Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy");
        var files = HotPaths.SelectMany(path => Directory.Exists(Path.Combine(root, path))
            ? Directory.GetFiles(Path.Combine(root, path), "*.cs")
            : [Path.Combine(root, path)]).ToArray();
        var catching = files.Where(file => Regex.IsMatch(File.ReadAllText(file), @"catch\s*\(\s*(Calendar\.)?CalendarCoverageException")).Select(Path.GetFileName);

        Assert.True(files.Length > 20);
        Assert.All(files, file => Assert.True(File.Exists(file), file));
        Assert.Empty(catching);
    }

    [Fact]
    public void Sec8_no_evaluation_path_and_no_JSON_reader_catches_a_request_history_exception()
    {
        var src = Path.Combine(RepositoryFiles.Root, "src");
        var files = Directory.GetFiles(Path.Combine(src, "GovDisclosure.Policy", "Evaluation"), "*.cs")
            .Concat(Directory.GetFiles(Path.Combine(src, "GovDisclosure.Policy.Json"), "*.cs")).ToArray();
        var catching = files.Where(file => Regex.IsMatch(File.ReadAllText(file), @"catch\s*\(\s*(Exception\s+\w+\s*\)\s*when\s*\(\s*\w+\s+is\s+)?(Requests\.)?RequestHistoryException"))
            .Select(Path.GetFileName);

        Assert.True(files.Length > 40);
        Assert.Empty(catching);
    }

    [Fact]
    public void D27_evaluating_a_year_in_progress_throws_no_coverage_exception_inside()
    {
        // Every record of 2026, judged as of the calendar's last day: December's due dates lie beyond it.
        var bodies = CountyRegisters.Bodies("a", 4);
        var register = Shifted(CountyRegisters.Of(2026, bodies, "a"));
        var end = ChinaWorkingDayCalendar.Official.Coverage.End;

        var (evaluation, thrown) = Counting(() => DisclosurePolicy.Default.Evaluate(register, end));

        Assert.Equal(0, thrown);
        Assert.Contains(evaluation.Outcomes, outcome => outcome.DueIsBeyondCalendar);
    }

    [Fact]
    public void D27_a_batch_that_runs_past_the_calendar_throws_once_naming_its_element()
    {
        var end = ChinaWorkingDayCalendar.Official.Coverage.End;
        var (error, thrown) = Counting(() => Assert.Throws<CalendarCoverageException>(() =>
            DisclosurePolicy.Default.DueDates([ScheduleEntry.IM1.Key, ScheduleEntry.IM1.Key], [end.PlusDays(-60), end.PlusDays(-3)], new LocalDate[2])));

        Assert.Equal(1, thrown);
        Assert.Equal(("dates[1]", end.PlusDays(1)), (error.ParamName, error.Date));
    }

    /// <summary>The register with every date moved from 2024 to 2026 (records, publications, inspections), its units and sections kept.</summary>
    private static Register Shifted(Register register)
    {
        static LocalDate Move(LocalDate day) => day.PlusYears(2);
        return new RegisterBuilder(2026)
            .AddBodies(register.Bodies)
            .AddRecords(register.Records.Where(record => record.Trigger.PlusYears(2).Year == 2026).Select(record =>
                new DisclosureRecord(record.Id, record.BodyId, record.Obligation, Move(record.Trigger),
                    record.Publications.Select(p => new Publication(Move(p.Date), p.Channels))) { Subject = record.Subject, IsClassified = record.IsClassified }))
            .Build();
    }

    /// <summary>What <paramref name="action"/> returns, and how many coverage exceptions were thrown on this thread while it ran.</summary>
    private static (T Result, int Thrown) Counting<T>(Func<T> action)
    {
        var thread = Environment.CurrentManagedThreadId;
        var thrown = 0;
        void Count(object? sender, FirstChanceExceptionEventArgs e)
        {
            if (e.Exception is CalendarCoverageException && Environment.CurrentManagedThreadId == thread)
            {
                Interlocked.Increment(ref thrown);
            }
        }

        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            return (action(), thrown);
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }
    }
}
