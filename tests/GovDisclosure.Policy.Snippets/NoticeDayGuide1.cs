using GovDisclosure.Policy;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Json;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/notice-day.md", 1)]
internal static class NoticeDayGuide1
{
    internal static void Run()
    {
        #region docs/notice-day.md 1
        // December 2026: deadlines given on the provisional 2027 calendar, and stored.
        var before = DisclosurePolicy.Default.WithCalendar(ChinaWorkingDayCalendar.Official.WithProvisionalYearsThrough(2027));
        Deadline[] given = [before.DueDate(ScheduleEntry.IM1, new LocalDate(2026, 12, 10)), before.DueDate(ScheduleEntry.IM1, new LocalDate(2027, 1, 20))];
        using (var store = File.Create("deadlines-given.json"))
        {
            PolicyJson.WriteDeadlines(given, store);
        }

        // The notice day: read the notice saved as notices/2027.txt (a made-up one here) and recheck every deadline given.
        var notice = HolidayNotice.ParseText(2027, File.ReadAllText("notices/2027.txt"));
        var calendar = ChinaWorkingDayCalendar.Official.WithNotice(notice);
        using var saved = File.OpenRead("deadlines-given.json");
        var changes = DeadlineChanges.Between(PolicyJson.ReadDeadlines(saved), calendar);
        Console.WriteLine(changes.Count);   // 2
        Console.WriteLine(changes[0].Explanation.En);
        // IM1: due 2027-01-08, unchanged; no longer provisional.
        Console.WriteLine(changes[1].Explanation.En);
        // IM1: due 2027-02-19, now 2027-02-23; 2027-02-09 working → off (春节); 2027-02-10 working → off (春节); 2027-02-11 working → off
        // (春节); no longer provisional.
        #endregion
    }
}
