using GovDisclosure.Policy;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.ICalendar;
using GovDisclosure.Policy.Json;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/json-and-icalendar.md", 1)]
internal static class JsonAndICalendarGuide1
{
    internal static void Run()
    {
        #region docs/json-and-icalendar.md 1
        Register register;
        using (var input = File.OpenRead("county-2025.json"))
        {
            register = PolicyJson.ReadRegister(input);                       // PolicyJsonException: every problem, path and line
        }

        var policy = DisclosurePolicy.Default;                               // or .WithProfile(PolicyJson.ReadProfile(...))
        var evaluation = policy.Evaluate(register, new LocalDate(2026, 3, 31));
        using (var output = File.Create("evaluation-2025.json"))
        {
            PolicyJson.WriteEvaluation(evaluation, output);                  // grades, sanctions, findings with reasons
        }

        var bureau = policy.WithCalendar(ChinaWorkingDayCalendar.Official.WithProvisionalYearsThrough(2027));
        var year = bureau.CalendarFor(BodyType.AdministrativeOrgan, 2026);
        var ics = DisclosureIcs.Export(year, "mzj", bureau.Calendar, new IcsOptions(Stamp: Instant.FromUtc(2026, 2, 13, 0, 0)));
        File.WriteAllText("mzj-2026.ics", ics);                             // stable UIDs; same stamp, same bytes
        #endregion
    }
}
