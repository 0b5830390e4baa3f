using GovDisclosure.Policy.Evaluation;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// A generated register of 1,000 units and 1,000,000 records of one year (every entry, about one record in ten late or missing),
/// as EvaluationBenchmarks makes it (and the database tests, which link this file), with the same month and day in every year it is dated.
/// </summary>
internal static class GeneratedRegister
{
    internal const int Units = 1_000;
    internal const int RecordsPerUnit = 1_000;

    internal static readonly Channel[] Portal = [Channel.GovernmentPortal, Channel.InternalNoticeBoard];

    /// <summary>One record: (unit, entry, trigger, published or null, subject). Published some calendar days after the trigger.</summary>
    internal readonly record struct Row(int Unit, ScheduleEntry Entry, LocalDate Trigger, LocalDate? Published, string Id, string? Subject);

    internal static Body[] Bodies(string prefix, int units)
    {
        var principal = new PrincipalLeader("负责人", new LocalDate(2021, 1, 4));
        return [.. Enumerable.Range(0, units).Select(u => new Body($"{prefix}{u}", $"单位{u}", BodyType.AdministrativeOrgan, principal, "监督员"))];
    }

    /// <summary>The rows of <paramref name="units"/> units in <paramref name="year"/>: the same for every year, but for the year.</summary>
    internal static Row[] Rows(int year, int units, int perUnit)
    {
        var random = new Random(2024);
        var eventEntries = ScheduleEntry.InOrder.Where(entry => !entry.Cadence.IsPeriodic).ToArray();
        var periodic = ScheduleEntry.InOrder.Where(entry => entry.Cadence.IsPeriodic).ToArray();
        var rows = new List<Row>(units * perUnit);
        for (var u = 0; u < units; u++)
        {
            var n = 0;
            foreach (var entry in periodic)
            {
                var step = entry.Cadence == Cadence.Monthly ? 1 : entry.Cadence == Cadence.Quarterly ? 3 : 12;
                for (var month = 1; month <= 12; month += step)
                {
                    rows.Add(Make(u, entry, new LocalDate(year, month, 1), null));
                }
            }

            while (n < perUnit)
            {
                rows.Add(Make(u, eventEntries[random.Next(eventEntries.Length)], new LocalDate(year, 1, 1).PlusDays(random.Next(365)), $"doc{n}"));
            }

            Row Make(int unit, ScheduleEntry entry, LocalDate trigger, string? subject)
            {
                var roll = random.Next(20);
                LocalDate? published = roll == 0 ? null : trigger.PlusDays(roll == 1 ? 60 : random.Next(0, 15));
                return new Row(unit, entry, trigger, published, $"u{unit}-{n++}", subject);
            }
        }

        return [.. rows];
    }

    internal static Register Register(int year, Body[] bodies, Row[] rows) => new RegisterBuilder(year)
        .AddBodies(bodies)
        .AddRecords(rows.Select(row => new DisclosureRecord(row.Id, bodies[row.Unit].Id, row.Entry, row.Trigger,
            row.Published is { } day ? [new Publication(day, Portal)] : []) { Subject = row.Subject }))
        .AddCommitments(bodies.Select(b => new ServiceCommitment(b.Id, true, true, true, true, b.Principal.Name, new LocalDate(2021, 2, 1), new LocalDate(2021, 2, 5), new LocalDate(2021, 2, 8))))
        .AddInspections([new InspectionPlan(year, null, [new LocalDate(year, 6, 3), new LocalDate(year, 11, 4)])])
        .Build();
}
