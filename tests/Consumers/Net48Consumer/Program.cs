using System;
using System.Linq;
using GovDisclosure.Policy;
using GovDisclosure.Policy.Calendar;
using NodaTime;

// What a .NET Framework portal does with the package: today in China, a due date with its explanation, and a batch count.
internal static class Program
{
    private static void Main()
    {
        var policy = DisclosurePolicy.Default;
        var today = ChinaTime.Today(SystemClock.Instance);
        var deadline = policy.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8));
        Console.WriteLine($"{today:yyyy-MM-dd}: {deadline.ExplanationEn}");

        var calendar = ChinaWorkingDayCalendar.Official;
        LocalDate[] starts = [new LocalDate(2024, 9, 30), new LocalDate(2025, 1, 27)];
        var results = new LocalDate[starts.Length];
        calendar.AddWorkingDays(starts, 20, results);
        Console.WriteLine(string.Join(", ", results.Select(date => date.ToString("yyyy-MM-dd", null))));
        Console.WriteLine(calendar.Describe(new LocalDate(2025, 1, 29)).ExplanationZh);
    }
}
