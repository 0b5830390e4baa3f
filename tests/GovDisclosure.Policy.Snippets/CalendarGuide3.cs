using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/calendar.md", 3)]
internal static class CalendarGuide3
{
    internal static void Run()
    {
        #region docs/calendar.md 3
        var guangxi = RegionalNotice.ParseText(new RegionCode(450000), "广西壮族自治区", 2023,
            "壮族三月三：4月21日（星期五）至23日（星期日）放假，共3天。");
        var county = ChinaWorkingDayCalendar.Official.WithRegionalNotice(guangxi);
        Console.WriteLine(county.Region);   // 450000
        Console.WriteLine(county.Describe(new LocalDate(2023, 4, 23)).Explanation.En);
        // 2023-04-23 Sunday: statutory holiday of 壮族三月三 (广西壮族自治区 2023 notice)

        var given = DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, new LocalDate(2023, 4, 10));   // given on the national calendar
        foreach (var change in DeadlineChanges.Between([given], county))
        {
            Console.WriteLine(change.Explanation.En);
            // IM1: due 2023-05-09, now 2023-05-11; 2023-04-21 working → off (广西壮族自治区 壮族三月三); 2023-04-23 working → off (广西壮族自治区 壮族三月三).
        }
        #endregion
    }
}
