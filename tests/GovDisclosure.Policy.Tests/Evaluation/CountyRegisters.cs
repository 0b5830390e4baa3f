using System.Text;

namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>
/// Random but valid registers of two counties ("a" and "b"), made from a seed: units of several types, records of every entry
/// (one per period for the periodic ones, each event its own subject) published on time, late or never, with flags now and
/// then; commitments, unit inspection plans and complaints for some units; one county-wide inspection plan both counties share.
/// </summary>
internal static class CountyRegisters
{
    internal static readonly InspectionPlan CountyWide = new(2024, null, [new LocalDate(2024, 6, 18), new LocalDate(2024, 11, 20)]);

    private static readonly BodyType[] Types = [BodyType.AdministrativeOrgan, BodyType.School, BodyType.Hospital, BodyType.Township, BodyType.PartyOrgan];
    private static readonly Channel[] Channels = [Channel.GovernmentPortal, Channel.DisclosureColumn, Channel.InternalNoticeBoard, Channel.NewsMedia];

    /// <summary>The units of county <paramref name="county"/>.</summary>
    internal static Body[] Bodies(string county, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Body($"{county}{i}", $"{county}县单位{i}", Types[i % Types.Length], Registers.Principal, i % 3 == 0 ? "" : "监督员"))];

    /// <summary>The register of <paramref name="bodies"/> for the seed; <paramref name="county"/> prefixes its ids.</summary>
    internal static Register Of(int seed, Body[] bodies, string county)
    {
        var random = new Random(seed);
        var records = new List<DisclosureRecord>();
        var periods = new HashSet<(string, ScheduleEntry, int)>();
        foreach (var body in bodies)
        {
            for (var n = random.Next(0, 25); n > 0; n--)
            {
                var entry = ScheduleEntry.InOrder[random.Next(ScheduleEntry.InOrder.Count)];
                var trigger = new LocalDate(2024, 1, 1).PlusDays(random.Next(0, 366));
                var start = entry.Cadence.IsPeriodic ? ReportingPeriod.Of(entry.Cadence, trigger, "trigger").Start : trigger;
                if (entry.Cadence.IsPeriodic && !periods.Add((body.Id, entry, ReportingPeriod.Of(entry.Cadence, trigger, "trigger").IndexInYear)))
                {
                    continue;
                }

                var roll = random.Next(10);
                Publication[] publications = roll == 0 ? [] :
                    [new Publication(start.PlusDays(random.Next(0, 60)), [Channels[random.Next(Channels.Length)]]) { TakenDownOn = roll == 1 ? new LocalDate(2025, 3, 1) : null }];
                records.Add(new DisclosureRecord($"{county}-{records.Count}", body.Id, entry, trigger, publications)
                {
                    Subject = entry.Cadence.IsPeriodic ? null : $"文{records.Count}",
                    IsClassified = roll == 2,
                    IsFalsified = random.Next(40) == 0,
                    IsRefused = random.Next(60) == 0,
                });
            }
        }

        return new RegisterBuilder(2024)
            .AddBodies(bodies)
            .AddRecords(records)
            .AddCommitments(bodies.Where((_, i) => i % 2 == 0).Select(body => Registers.GoodCommitment with { BodyId = body.Id }))
            .AddInspections([CountyWide, .. bodies.Where((_, i) => i % 4 == 1).Select(body => new InspectionPlan(2024, body.Id, [new LocalDate(2024, 3, 5)]))])
            .AddComplaints(bodies.Where((_, i) => i % 3 == 2).Select(body =>
                Complaint.Lodge($"{body.Id}-c", body.Id, ComplaintChannel.Hotline, new LocalDate(2024, 2, 1).PlusDays(random.Next(0, 200)))))
            .Build();
    }

    /// <summary>The union of registers of disjoint units, as one register: bodies, records and sections side by side, the county-wide plan once.</summary>
    internal static Register Union(params Register[] parts) => new RegisterBuilder(2024)
        .AddBodies(parts.SelectMany(part => part.Bodies))
        .AddRecords(parts.SelectMany(part => part.Records))
        .AddCommitments(parts.SelectMany(part => part.Commitments))
        .AddInspections([CountyWide, .. parts.SelectMany(part => part.Inspections).Where(plan => plan.BodyId is not null)])
        .AddComplaints(parts.SelectMany(part => part.Complaints))
        .Build();

    /// <summary>The evaluation as its JSON report with every outcome: equal text, equal evaluation.</summary>
    internal static string Report(RegisterEvaluation evaluation, bool includeOutcomes = true)
    {
        using var stream = new MemoryStream();
        PolicyJson.WriteEvaluation(evaluation, stream, includeOutcomes);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
