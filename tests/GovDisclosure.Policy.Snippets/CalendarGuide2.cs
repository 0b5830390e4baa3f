using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/calendar.md", 2)]
internal static class CalendarGuide2
{
    internal static void Run()
    {
        #region docs/calendar.md 2
        var text = File.ReadAllText("2027.txt");                    // the notice as published on gov.cn
        var notice = HolidayNotice.ParseText(2027, text);           // CalendarDataException: every line it cannot read, quoted
        var calendar = ChinaWorkingDayCalendar.Official.WithNotice(notice);
        Console.WriteLine(calendar.DataVersion);   // holiday-cn@d4e53bf (2026-08-07); notices 2007–2027 (added at run time: 2027)
        Console.WriteLine(calendar.Describe(new LocalDate(2027, 2, 20)).Explanation.En);
        // 2027-02-20 Saturday: adjusted working day making up for Spring Festival (2027 notice)
        #endregion
    }
}
