using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/calendar.md", 1)]
internal static class CalendarGuide1
{
    internal static void Run()
    {
        #region docs/calendar.md 1
        var calendar = ChinaWorkingDayCalendar.Official;
        Console.WriteLine(calendar.Describe(new LocalDate(2025, 1, 28)).Explanation.En);   // 2025-01-28 Tuesday: statutory holiday of Spring Festival (2025 notice)
        Console.WriteLine(calendar.Describe(new LocalDate(2025, 2, 3)).Explanation.Zh);    // 2025-02-03 星期一：调休放假（春节，2025年通知）
        Console.WriteLine(calendar.Describe(new LocalDate(2025, 2, 1)).Kind.Label.En);     // weekend
        Console.WriteLine(DayKindCounts.Of(calendar, 2025));
        // 2025: 248 working days (243 weekday, 5 adjusted working day); 117 days off (13 statutory holiday, 6 holiday rest day, 98 weekend)
        #endregion
    }
}
