using GovDisclosure.Policy;
using GovDisclosure.Policy.Json;
using GovDisclosure.Policy.Reporting;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/json-and-icalendar.md", 4)]
internal static class JsonAndICalendarGuide4
{
    internal static void Run()
    {
        #region docs/json-and-icalendar.md 4
        var report = new PublishedAnnualReport("某县民政局", 2025) { PublisherRole = BodyRole.Department, PublishedOn = new LocalDate(2026, 2, 3) };
        using (var output = File.Create("audit-2025.json"))
        {
            PolicyJson.WriteAudit(DisclosurePolicy.Default.Audit(report), output);   // every finding with its kind, place and figures
        }

        using (var input = File.OpenRead("audit-2025.json"))
        {
            var audit = PolicyJson.ReadAuditReport(input);
            var late = audit.Findings.Single(finding => finding.Kind == AuditFindingKind.Late);
            Console.WriteLine($"{audit.Findings.Count} findings; {late.Clause}: {late.MessageEn}");
            // 40 findings; §12.9: The report was due by 2026-01-31 and published on 2026-02-03, 3 days late.
        }
        #endregion
    }
}
