using GovDisclosure.Policy;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("src/GovDisclosure.Policy/PACKAGE.md", 1)]
internal static class CorePackage1
{
    internal static void Run()
    {
        #region src/GovDisclosure.Policy/PACKAGE.md 1
        var policy = DisclosurePolicy.Default;
        Console.WriteLine(policy.ObligationsFor(BodyType.School).Level.Label.En);   // service disclosure

        var calendar = ChinaWorkingDayCalendar.Official;
        Console.WriteLine(calendar.AddWorkingDays(new LocalDate(2024, 2, 8), 20).ToString("uuuu-MM-dd", null));   // 2024-03-13
        Console.WriteLine(calendar.Describe(new LocalDate(2024, 2, 4)).Explanation.Zh);   // 2024-02-04 星期日：调休上班（春节，2024年通知）

        var deadline = policy.DueDate(ScheduleEntry.MO1, new LocalDate(2024, 9, 12));   // September's budget report
        Console.WriteLine(deadline);   // MO1 due 2024-11-01 (D5)
        #endregion
    }
}
