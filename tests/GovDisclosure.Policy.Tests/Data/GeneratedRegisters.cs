namespace GovDisclosure.Policy.Tests.Data;

/// <summary>Large registers for the database tests: every periodic entry of every unit, the rest events, about one record in ten late or unpublished.</summary>
internal static class GeneratedRegisters
{
    private static readonly Channel[] Portal = [Channel.GovernmentPortal, Channel.InternalNoticeBoard];

    internal static Register Make(int units, int recordsPerUnit, int year = 2025)
    {
        var random = new Random(2025);
        var principal = new PrincipalLeader("负责人", new LocalDate(2021, 1, 4));
        var bodies = Enumerable.Range(0, units).Select(u => new Body($"u{u:D4}", $"单位{u}", BodyType.AdministrativeOrgan, principal, u % 7 == 0 ? null : "监督员")).ToArray();
        var events = ScheduleEntry.InOrder.Where(entry => !entry.Cadence.IsPeriodic).ToArray();
        var periodic = ScheduleEntry.InOrder.Where(entry => entry.Cadence.IsPeriodic).ToArray();
        var records = new List<DisclosureRecord>(units * recordsPerUnit);
        foreach (var body in bodies)
        {
            var n = 0;
            foreach (var entry in periodic)
            {
                var step = entry.Cadence == Cadence.Monthly ? 1 : entry.Cadence == Cadence.Quarterly ? 3 : 12;
                for (var month = 1; month <= 12; month += step)
                {
                    records.Add(Record(body, entry, new LocalDate(year, month, 1), null));
                }
            }

            while (n < recordsPerUnit)
            {
                records.Add(Record(body, events[random.Next(events.Length)], new LocalDate(year, 1, 1).PlusDays(random.Next(365)), $"文件{n}"));
            }

            DisclosureRecord Record(Body body, ScheduleEntry entry, LocalDate trigger, string? subject)
            {
                var roll = random.Next(20);
                var publications = roll == 0 ? [] : new[] { new Publication(trigger.PlusDays(roll == 1 ? 60 : random.Next(0, 15)), Portal) };
                return new DisclosureRecord($"{body.Id}-{n++:D5}", body.Id, entry, trigger, publications) { Subject = subject };
            }
        }

        return new RegisterBuilder(year).AddBodies(bodies).AddRecords(records)
            .AddCommitments(bodies.Where((_, i) => i % 5 != 0).Select(b => new ServiceCommitment(b.Id, true, true, true, true, b.Principal.Name, new LocalDate(2021, 2, 1), null, null)))
            .AddInspections([new InspectionPlan(year, null, [new LocalDate(year, 6, 3), new LocalDate(year, 11, 4)])])
            .Build();
    }

    /// <summary>The register's units and sections, without its records: what a bulk load adds the records to.</summary>
    internal static Register WithoutRecords(Register register) =>
        new RegisterBuilder(register.Year).AddBodies(register.Bodies).AddCommitments(register.Commitments).AddInspections(register.Inspections).Build();
}
