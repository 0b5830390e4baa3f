using GovDisclosure.Policy;
using GovDisclosure.Policy.Json;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("src/GovDisclosure.Policy.Json/PACKAGE.md", 1)]
internal static class JsonPackage1
{
    internal static void Run()
    {
        #region src/GovDisclosure.Policy.Json/PACKAGE.md 1
        using var input = File.OpenRead("county-2025.json");
        var evaluation = PolicyJson.EvaluateRegister(DisclosurePolicy.Default, input, asOf: new LocalDate(2026, 3, 31));
        Console.WriteLine(evaluation.GetUnit("jyj"));   // 县教育局: excellent, 96.2 % on time, sanction none
        #endregion
    }
}
