using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Json;
using GovDisclosure.Policy;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/json-and-icalendar.md", 3)]
internal static class JsonAndICalendarGuide3
{
    internal static void Run()
    {
        #region docs/json-and-icalendar.md 3
        var missing = 0;
        using (var input = File.OpenRead("county-2025.json"))              // year and bodies come before the records
        {
            var evaluation = PolicyJson.EvaluateRegister(DisclosurePolicy.Default, input, new LocalDate(2026, 3, 31),
                onOutcome: outcome => missing += outcome.Outcome == Outcome.Missing ? 1 : 0);   // each outcome once; none kept
            Console.WriteLine($"{evaluation.Units.Count} units, {missing} missing");   // 28 units, 6 missing
        }
        #endregion
    }
}
