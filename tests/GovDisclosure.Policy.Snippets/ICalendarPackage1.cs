using GovDisclosure.Policy;
using GovDisclosure.Policy.ICalendar;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("src/GovDisclosure.Policy.ICalendar/PACKAGE.md", 1)]
internal static class ICalendarPackage1
{
    internal static void Run()
    {
        #region src/GovDisclosure.Policy.ICalendar/PACKAGE.md 1
        var lastChanged = Instant.FromUtc(2026, 2, 13, 0, 0);          // when the deadlines' data last changed
        var policy = DisclosurePolicy.Default.WithCalendar(ChinaWorkingDayCalendar.Official.WithProvisionalYearsThrough(2027));
        var year = policy.CalendarFor(BodyType.AdministrativeOrgan, 2026);
        File.WriteAllText("mzj-2026.ics", DisclosureIcs.Export(year, "mzj", policy.Calendar, new IcsOptions(Stamp: lastChanged)));
        #endregion
    }
}
