using GovDisclosure.Policy;
using GovDisclosure.Policy.Evaluation;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/evaluation.md", 2)]
internal static class EvaluationGuide2
{
    internal static void Run()
    {
        #region docs/evaluation.md 2
        // A host's own source — a query's rows, here an array: record id, unit, entry, trigger, day published.
        (string Id, string Unit, ScheduleEntry Entry, LocalDate Trigger, LocalDate? Published)[] rows =
        [
            ("d-1", "mzj", ScheduleEntry.IM1, new LocalDate(2025, 3, 3), new LocalDate(2025, 3, 20)),
            ("d-2", "mzj", ScheduleEntry.IM1, new LocalDate(2025, 5, 6), new LocalDate(2025, 7, 1)),
            ("d-3", "xz-mzb", ScheduleEntry.IM1, new LocalDate(2025, 6, 2), null),
        ];
        var principal = new PrincipalLeader("王局长", new LocalDate(2021, 3, 1));
        Body[][] counties =
        [
            [new("mzj", "甲县民政局", BodyType.AdministrativeOrgan, principal, "李监督")],
            [new("xz-mzb", "乙县民政局", BodyType.AdministrativeOrgan, principal, "赵监督")],
        ];

        RegisterEvaluation EvaluateCounty(Body[] units)
        {
            var session = DisclosurePolicy.Default.BeginEvaluation(2025, units, asOf: new LocalDate(2025, 12, 31));
            var record = new RecordBuffer();   // one buffer, refilled for every row
            foreach (var row in rows)
            {
                if (!session.TryGetBodyIndex(row.Unit, out var unit))
                {
                    continue;   // another county's row
                }

                record.Clear();
                record.Id = row.Id;
                record.Subject = row.Id;
                record.BodyIndex = unit;
                record.Obligation = row.Entry;
                record.Trigger = row.Trigger;
                if (row.Published is { } day)
                {
                    record.AddPublication(day, [Channel.GovernmentPortal]);
                }

                if (!session.TryAdd(record, out var problem))
                {
                    Console.WriteLine($"{problem.SubjectId}: {problem.Message}");
                }
            }

            return session.Complete();
        }

        // Each county on a core of its own, merged into the evaluation of both.
        var parts = new RegisterEvaluation[counties.Length];
        Parallel.For(0, counties.Length, i => parts[i] = EvaluateCounty(counties[i]));
        var both = RegisterEvaluation.Merge(parts);
        Console.WriteLine($"{both.Units.Count} units: {both.GetUnit("mzj").Late} late at 甲县民政局");   // 2 units: 1 late at 甲县民政局
        #endregion
    }
}
