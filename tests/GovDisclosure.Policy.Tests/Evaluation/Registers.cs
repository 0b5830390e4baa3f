namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>Small registers for the evaluation tests.</summary>
internal static class Registers
{
    internal static readonly PrincipalLeader Principal = new("王局长", new LocalDate(2020, 3, 1));

    internal static Body Bureau(string id = "mzj") => new(id, "县民政局", BodyType.AdministrativeOrgan, Principal, "李监督");

    internal static Body School(string id = "school") => new(id, "县实验小学", BodyType.School, Principal, "张老师");

    internal static readonly ServiceCommitment GoodCommitment = new("school", true, true, true, true, "王局长", new LocalDate(2023, 5, 4),
        new LocalDate(2023, 5, 10), new LocalDate(2023, 5, 12));

    internal static readonly InspectionPlan CountyInspections = new(2024, null, [new LocalDate(2024, 6, 18), new LocalDate(2024, 11, 20)]);

    internal static Publication Portal(LocalDate date) => new(date, [Channel.GovernmentPortal]);

    /// <summary>A standing ST1 record of the school, formed on <paramref name="formed"/> and published <paramref name="publishedAfterDue"/> working days after its due date (negative: before).</summary>
    internal static DisclosureRecord St1(string id, LocalDate formed, int? publishedAfterDue, string bodyId = "school", bool classified = false,
        bool falsified = false, bool refused = false)
    {
        var due = ChinaWorkingDayCalendar.Official.AddWorkingDays(formed, 20);
        Publication[] publications = publishedAfterDue is { } days ? [Portal(ChinaWorkingDayCalendar.Official.AddWorkingDays(due, days))] : [];
        return new DisclosureRecord(id, bodyId, ScheduleEntry.ST1, formed, publications) { IsClassified = classified, IsFalsified = falsified, IsRefused = refused, Subject = id };
    }

    /// <summary>A school's 2024 register: <paramref name="onTime"/> on-time and <paramref name="late"/> late ST1 records of January and February, with a good commitment and inspections.</summary>
    internal static Register SchoolWith(int onTime, int late, params DisclosureRecord[] more)
    {
        var records = Enumerable.Range(0, onTime).Select(i => St1($"ok{i}", new LocalDate(2024, 1, 2).PlusDays(i), -1))
            .Concat(Enumerable.Range(0, late).Select(i => St1($"late{i}", new LocalDate(2024, 1, 2).PlusDays(i), 2)))
            .Concat(more);
        return new RegisterBuilder(2024)
            .AddBodies([School()])
            .AddRecords(records)
            .AddCommitments([GoodCommitment])
            .AddInspections([CountyInspections])
            .Build();
    }

    /// <summary>Before the first quarter's QU2 report falls due: the school's recurring obligations are all pending.</summary>
    internal static readonly LocalDate SpringAsOf = new(2024, 4, 15);
}
