using GovDisclosure.Policy;
using GovDisclosure.Policy.Deadlines;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/deadlines.md", 1)]
internal static class DeadlinesGuide1
{
    internal static void Run()
    {
        #region docs/deadlines.md 1
        var county = DisclosurePolicy.Default.WithProfile(
            new PolicyProfile("莲都区")
                .Override(Cadence.Monthly, 10, DeadlineUnit.WorkingDays)      // monthly: 10 working days after the month ends
                .Override(Cadence.Immediate, 5, DeadlineUnit.WorkingDays)     // immediate: 5 working days
                .Without(ScheduleEntry.BA3));                                 // no land-supply batches here
        Console.WriteLine(county.DueDate(ScheduleEntry.MO1, new LocalDate(2024, 9, 1)));   // MO1 due 2024-10-18 (profile "莲都区")
        #endregion
    }
}
