using System.Text;
using GovDisclosure.Policy.Json;

namespace DocumentationSnippets;

[Snippet("docs/json-and-icalendar.md", 2)]
internal static class JsonAndICalendarGuide2
{
    internal static void Run()
    {
        #region docs/json-and-icalendar.md 2
        var typo = Encoding.UTF8.GetBytes("""{ "name": "某县", "removedEntry": ["BA3"] }""");
        try
        {
            PolicyJson.ReadProfile(new MemoryStream(typo));
        }
        catch (PolicyJsonException e)
        {
            Console.WriteLine(e.Problems[0]);
            // $.removedEntry (line 1, column 21): a profile has no property "removedEntry"; did you mean "removedEntries"?
            // Known properties: $schema, name, overrides, removedEntries, gradeThresholds, complaintTierWorkingDays,
            // preDisclosureCalendarDays, minInspections, maxInspections, requestsInOnTimeRate, feeNoticeStopsClock.
        }
        #endregion
    }
}
