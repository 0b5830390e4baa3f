using System.Globalization;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Requests;
using GovDisclosure.Policy;
using NodaTime.Testing;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/hosting.md", 1)]
internal static class HostingGuide1
{
    internal static void Run()
    {
        #region docs/hosting.md 1
        IClock clock = new FakeClock(Instant.FromUtc(2026, 12, 31, 16, 30));   // a host passes SystemClock.Instance
        var today = ChinaTime.Today(clock);                                     // 00:30 in Beijing: New Year's Day already
        Console.WriteLine(today.ToString("uuuu-MM-dd", null));   // 2027-01-01

        // At start-up, once: every notice published since the package was built, then provisional dates for the year after.
        var calendar = ChinaWorkingDayCalendar.Official;
        foreach (var file in Directory.EnumerateFiles("notices", "*.txt"))    // notices/2027.txt, …
        {
            var year = int.Parse(Path.GetFileNameWithoutExtension(file), CultureInfo.InvariantCulture);
            calendar = calendar.WithNotice(HolidayNotice.ParseText(year, File.ReadAllText(file)));
        }

        var policy = DisclosurePolicy.Default.WithCalendar(calendar.WithProvisionalYearsThrough(today.Year + 1));   // the singleton

        var request = InformationRequest.Receive("YSQ-2026-101", "mzj", RequestChannel.InPerson, new LocalDate(2026, 12, 1), null, ApplicantKind.NaturalPerson);
        Console.WriteLine(policy.ReplyStatusOn(request, ChinaTime.Today(clock)));   // Request YSQ-2026-101 on 2027-01-01: open, due 2026-12-29, overdue by 3 working days
        #endregion
    }
}
