using BenchmarkDotNet.Attributes;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// Evaluating a synthetic county register of 1,000 units and 1,000,000 records of 2024 (every entry, about
/// one record in ten late or missing), reported per record. The register is built once; the evaluation
/// keeps units and findings, not a copy of the records.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
public class EvaluationBenchmarks
{
    private const int Units = 1_000;
    private const int RecordsPerUnit = 1_000;

    private readonly DisclosurePolicy policy = DisclosurePolicy.Default;
    private Register register = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2024);
        var calendar = ChinaWorkingDayCalendar.Official;
        var principal = new PrincipalLeader("负责人", new LocalDate(2021, 1, 4));
        var bodies = Enumerable.Range(0, Units).Select(u => new Body($"u{u}", $"单位{u}", BodyType.AdministrativeOrgan, principal, "监督员")).ToArray();
        var eventEntries = ScheduleEntry.InOrder.Where(entry => !entry.Cadence.IsPeriodic).ToArray();
        var periodic = ScheduleEntry.InOrder.Where(entry => entry.Cadence.IsPeriodic).ToArray();
        Channel[] portal = [Channel.GovernmentPortal, Channel.InternalNoticeBoard];
        var records = new List<DisclosureRecord>(Units * RecordsPerUnit);
        foreach (var body in bodies)
        {
            var n = 0;
            foreach (var entry in periodic)
            {
                var step = entry.Cadence == Cadence.Monthly ? 1 : entry.Cadence == Cadence.Quarterly ? 3 : 12;
                for (var month = 1; month <= 12; month += step)
                {
                    records.Add(Record(body, entry, new LocalDate(2024, month, 1), n++, null));
                }
            }

            while (n < RecordsPerUnit)
            {
                records.Add(Record(body, eventEntries[random.Next(eventEntries.Length)], new LocalDate(2024, 1, 1).PlusDays(random.Next(366)), n++, $"doc{n}"));
            }
        }

        register = new RegisterBuilder(2024)
            .AddBodies(bodies)
            .AddRecords(records)
            .AddCommitments(bodies.Select(b => new ServiceCommitment(b.Id, true, true, true, true, principal.Name, new LocalDate(2021, 2, 1), new LocalDate(2021, 2, 5), new LocalDate(2021, 2, 8))))
            .AddInspections([new InspectionPlan(2024, null, [new LocalDate(2024, 6, 3), new LocalDate(2024, 11, 4)])])
            .Build();

        DisclosureRecord Record(Body body, ScheduleEntry entry, LocalDate trigger, int n, string? subject)
        {
            var due = policy.DueDate(entry, trigger).Due;
            var roll = random.Next(20);
            Publication[] publications = roll == 0 ? [] : [new Publication(calendar.AddWorkingDays(due, roll == 1 ? 3 : -random.Next(0, 5)), portal)];
            if (publications.Length > 0 && publications[0].Date < trigger)
            {
                publications = [new Publication(due, portal)];
            }

            return new DisclosureRecord($"{body.Id}-{n}", body.Id, entry, trigger, publications) { Subject = subject };
        }
    }

    [Benchmark(OperationsPerInvoke = Units * RecordsPerUnit, Description = "Evaluate, per record")]
    public int Evaluate() => policy.Evaluate(register, new LocalDate(2025, 6, 30)).Units.Count;
}
