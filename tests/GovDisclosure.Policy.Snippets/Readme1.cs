using GovDisclosure.Policy;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Json;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("README.md", 1)]
internal static class Readme1
{
    internal static void Run()
    {
        #region README.md 1
        var policy = DisclosurePolicy.Default;   // the seed county's policy on the official calendar, 2007–2026

        // By when? A document formed on 8 February 2024, just before the Spring Festival (schedule entry IM1).
        var deadline = policy.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8));
        Console.WriteLine(deadline);   // IM1 due 2024-03-13 (D4)

        // How did each unit do? The county's 2025 register, as of 31 March 2026.
        Register register;
        using (var input = File.OpenRead("county-2025.json"))
        {
            register = PolicyJson.ReadRegister(input);
        }

        var evaluation = policy.Evaluate(register, asOf: new LocalDate(2026, 3, 31));
        var bureau = evaluation.GetUnit("jyj");
        Console.WriteLine(bureau);   // 县教育局: excellent, 96.2 % on time, sanction none

        // Why? Each finding names the rules it rests on and says what happened, in English and in Chinese.
        var finding = bureau.Findings[0];
        Console.WriteLine(finding);
        // [§3.3, D13] MO1 (record jyj-MO1-02) was due by 2025-03-28 and published on 2025-04-08, 6 working days late.
        Console.WriteLine(finding.Message.Zh);   // MO1（记录jyj-MO1-02）应于2025-03-28前公开，2025-04-08才公开，逾期6个工作日。
        #endregion
    }
}
