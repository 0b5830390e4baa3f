using GovDisclosure.Policy;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Json;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/evaluation.md", 1)]
internal static class EvaluationGuide1
{
    internal static void Run()
    {
        #region docs/evaluation.md 1
        using var input = File.OpenRead("county-2025.json");
        var register = PolicyJson.ReadRegister(input);
        var evaluation = DisclosurePolicy.Default.Evaluate(register, asOf: new LocalDate(2026, 3, 31));
        foreach (var unit in evaluation.Units.Take(2))
        {
            Console.WriteLine($"{unit.Body.Name}: {unit.Grade?.Label.Zh} {unit.Counted} {unit.Sanction.Label.Zh}");
            foreach (var reason in unit.SanctionReasons)
            {
                Console.WriteLine($"  [{string.Join(", ", reason.ClauseIds)}] {reason.Text.Zh}");
            }
        }

        var forCadreRecords = evaluation.GetUnit("czj").ToAnnualAssessment();   // plain fields for a host's assessment records
        #endregion
    }
}
