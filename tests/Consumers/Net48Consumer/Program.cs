using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GovDisclosure.Policy;
using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Json;
using NodaTime;

// What a .NET Framework portal does with the package, each answer checked: today in China, a due date and its explanation,
// a batch count, a day's description, a county catalog read from CSV, and the county register read from JSON and
// evaluated. .ci/run builds this against the packed package and, where Mono is installed, runs it; it exits 1 on a
// wrong answer.
internal static class Program
{
    private static readonly List<string> Wrong = [];

    private static int Main()
    {
        var policy = DisclosurePolicy.Default;
        Check("today in China", ChinaTime.Today(new FixedClock(Instant.FromUtc(2024, 12, 31, 16, 0))), new LocalDate(2025, 1, 1));

        var deadline = policy.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8));
        Check("IM1 from 2024-02-08", deadline.Due, new LocalDate(2024, 3, 13));
        Console.WriteLine(deadline.Explanation.En);

        var calendar = ChinaWorkingDayCalendar.Official;
        LocalDate[] starts = [new LocalDate(2024, 9, 30), new LocalDate(2025, 1, 27)];
        var results = new LocalDate[starts.Length];
        calendar.AddWorkingDays(starts, 20, results);
        Check("20 working days from 2024-09-30 and 2025-01-27", string.Join(", ", results.Select(Iso)), "2024-11-01, 2025-03-03");
        Check("2025-01-29", calendar.Describe(new LocalDate(2025, 1, 29)).Explanation.Zh, "2025-01-29 星期三：法定节假日（春节，2025年通知）");

        using (var csv = Resource("civil-affairs-catalog.csv"))
        {
            var catalog = CountyCatalog.ReadCsv(csv, "某县民政领域基层政务公开标准目录");
            Check("catalog rows", catalog.Rows.Count > 0 && catalog.Rows[0].Number == "1", true);
        }

        using (var json = Resource("county-2025.json"))
        {
            var evaluation = policy.Evaluate(PolicyJson.ReadRegister(json), new LocalDate(2026, 3, 31));
            Check("units evaluated", evaluation.Units.Count, 28);
            Check("the bureau's grade", evaluation.GetUnit("mzj").Grade?.Label.Zh, "优秀");
        }

        foreach (var line in Wrong)
        {
            Console.Error.WriteLine(line);
        }

        Console.WriteLine(Wrong.Count == 0 ? "net48 consumer: every answer as expected" : $"net48 consumer: {Wrong.Count} wrong answers");
        return Wrong.Count == 0 ? 0 : 1;
    }

    private static void Check<T>(string what, T actual, T expected)
    {
        if (!EqualityComparer<T>.Default.Equals(actual, expected))
        {
            Wrong.Add($"{what}: got {actual}, expected {expected}");
        }
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", null);

    private static Stream Resource(string name) =>
        typeof(Program).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"No embedded {name}.");

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
