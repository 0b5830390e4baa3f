using GovDisclosure.Policy;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/policy-model.md", 1)]
internal static class PolicyModelGuide1
{
    internal static void Run()
    {
        #region docs/policy-model.md 1
        var policy = DisclosurePolicy.Default;                       // the seed policy (民政局深化政务公开意见)
        var school = policy.ObligationsFor(BodyType.School);         // §2.2: ServiceDisclosure
        Console.WriteLine(string.Join(" ", school.Entries.Select(e => e.Code)));   // IM9 QU2 YR2 ST1 ST2 ST4 ST6

        var item = DisclosureItem.Parse("G05");                   // 财政预算及执行情况
        Console.WriteLine($"{policy.ScheduleFor(item).Entries[0]}"); // MO1 (monthly) Fiscal budget and its execution
        // Not Console.WriteLine(entry): SmartEnum converts a member to int, so that prints 10.

        var deadline = policy.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8));   // a document formed before Spring Festival
        Console.WriteLine(deadline.Explanation.En);
        // IM1 due 2024-03-13: 20 working days after the event date (D4), counted from 2024-02-08; 20 working days,
        // 14 days skipped (3 statutory holiday: Spring Festival; 4 holiday rest day: Spring Festival; 7 weekend); adjusted working days counted: 2024-02-18.

        var calendar = ChinaWorkingDayCalendar.Official;             // State Council notices 2007–2026
        Console.WriteLine(calendar.Describe(new LocalDate(2024, 2, 4)).Explanation.Zh);
        // 2024-02-04 星期日：调休上班（春节，2024年通知）
        #endregion
    }
}
