using GovDisclosure.Policy;
using NodaTime;

/// <summary>
/// A made-up county's 2025 register: a few dozen units of several kinds, mostly diligent, with late,
/// missing, classified, falsified and refused cases, commitments, inspections and complaints.
/// </summary>
internal static class SampleCounty
{
    internal const int Year = 2025;

    private static readonly (string Id, string Name, BodyType Type)[] Units =
    [
        ("mzj", "县民政局", BodyType.AdministrativeOrgan), ("czj", "县财政局", BodyType.AdministrativeOrgan),
        ("jyj", "县教育局", BodyType.AdministrativeOrgan), ("zjj", "县住房和城乡建设局", BodyType.AdministrativeOrgan),
        ("jtj", "县交通运输局", BodyType.AdministrativeOrgan), ("nyj", "县农业农村局", BodyType.AdministrativeOrgan),
        ("rsj", "县人力资源和社会保障局", BodyType.AdministrativeOrgan), ("sfj", "县司法局", BodyType.AdministrativeOrgan),
        ("zrj", "县自然资源和规划局", BodyType.AdministrativeOrgan), ("scj", "县市场监督管理局", BodyType.AdministrativeOrgan),
        ("wjj", "县卫生健康局", BodyType.AdministrativeOrgan), ("tjj", "县统计局", BodyType.AdministrativeOrgan),
        ("daj", "县档案馆", BodyType.CivilServantManagedInstitution), ("gjj", "县住房公积金管理中心", BodyType.CivilServantManagedInstitution),
        ("bdc", "县不动产登记中心", BodyType.InstitutionWithAdministrativeFunctions),
        ("yz", "县第一中学", BodyType.School), ("sx", "县实验小学", BodyType.School), ("zx", "县职业中学", BodyType.School),
        ("rmyy", "县人民医院", BodyType.Hospital), ("zyy", "县中医院", BodyType.Hospital),
        ("gs", "县自来水公司", BodyType.WaterUtility), ("gd", "县供电公司", BodyType.PowerUtility), ("gj", "县公交公司", BodyType.PublicTransport),
        ("xwbgs", "县委办公室", BodyType.PartyOrgan), ("fy", "县人民法院", BodyType.JudicialOrgan), ("fl", "县妇女联合会", BodyType.MassOrganization),
        ("cgz", "城关镇", BodyType.Township), ("dhc", "东湖村", BodyType.Village),
    ];

    private static readonly string[] Leaders =
        ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞", "徐明", "孙丽", "马超", "朱琳", "胡斌", "郭颖", "何军"];

    internal static Register Build(DisclosurePolicy policy)
    {
        var random = new Random(2025);
        var calendar = policy.Calendar;
        var bodies = Units.Select((unit, i) => new Body(unit.Id, unit.Name, unit.Type,
            new PrincipalLeader(Leaders[i % Leaders.Length], unit.Id == "zx" ? new LocalDate(Year, 6, 3) : new LocalDate(2022, 3, 1)),
            unit.Id is "tjj" or "zyy" ? null : $"{Leaders[(i + 7) % Leaders.Length]}（监督员）")).ToArray();
        var records = new List<DisclosureRecord>();
        foreach (var body in bodies)
        {
            var obligations = policy.ObligationsFor(body.Type);
            // The weaker units publish late more often.
            var lateness = body.Id switch { "jtj" => 6, "nyj" => 4, "zx" => 5, "scj" => 3, _ => 1 };
            foreach (var entry in obligations.Entries.Where(entry => entry.Cadence.IsPeriodic))
            {
                var step = entry.Cadence == Cadence.Monthly ? 1 : entry.Cadence == Cadence.Quarterly ? 3 : 12;
                for (var month = 1; month <= 12; month += step)
                {
                    if (body.Id == "nyj" && month is 5 or 8 && entry.Cadence == Cadence.Monthly)
                    {
                        continue;   // no record at all: missing
                    }

                    var period = new LocalDate(Year, month, 1);
                    records.Add(Record(body, entry, period, $"{entry.Code}-{month:00}", random.Next(20) < lateness ? 1 + random.Next(6) : -random.Next(4)));
                }
            }

            foreach (var entry in obligations.Entries.Where(entry => !entry.Cadence.IsPeriodic && entry.Subject == EntrySubject.ListedItems).Take(4))
            {
                var formed = new LocalDate(Year, 1 + random.Next(11), 1 + random.Next(28));
                records.Add(Record(body, entry, formed, $"{entry.Code}-1", random.Next(20) < lateness ? 2 : 0));
            }
        }

        // The special cases an inspector looks for.
        records.Add(new DisclosureRecord("sfj-IM1-classified", "sfj", ScheduleEntry.IM1, null, new LocalDate(Year, 4, 8), [], isClassified: true, subject: "涉密文件"));
        var audit = Record(bodies.Single(b => b.Id == "czj"), ScheduleEntry.IM7, new LocalDate(Year, 9, 12), "IM7-audit", 0);
        records.Add(new DisclosureRecord("czj-IM7-falsified", "czj", ScheduleEntry.IM7, null, audit.Trigger, audit.Publications, isFalsified: true, subject: "审计结果"));
        records.Add(new DisclosureRecord("zjj-IM6-refused", "zjj", ScheduleEntry.IM6, null, new LocalDate(Year, 5, 20), [], isRefused: true, subject: "廉租房分配"));
        records.Add(new DisclosureRecord("cgz-MO1", "cgz", ScheduleEntry.MO1, null, new LocalDate(Year, 3, 1), []));

        var commitments = bodies.Where(b => b.Id is not ("tjj" or "gj" or "dhc" or "cgz"))
            .Select(b => new ServiceCommitment(b.Id, true, true, b.Id != "gs", true, b.Id == "zx" ? "前任校长" : b.Principal.Name, new LocalDate(2024, 3, 5),
                new LocalDate(2024, 3, 12), b.Id == "rmyy" ? new LocalDate(2024, 3, 8) : new LocalDate(2024, 3, 15)));
        var rules = new[] { new DisclosureRules("scj", new LocalDate(Year, 3, 20), new LocalDate(Year, 3, 18)) };
        var inspections = new[]
        {
            new InspectionPlan(Year, null, [new LocalDate(Year, 6, 16)]),
            new InspectionPlan(Year, "rsj", [new LocalDate(Year, 3, 10), new LocalDate(Year, 9, 8)]),
        };
        var complaints = new[]
        {
            Complaint.Lodge("TS-2025-017", "gs", ComplaintChannel.Hotline, new LocalDate(Year, 10, 9)),
            Complaint.Lodge("TS-2025-004", "jyj", ComplaintChannel.Mailbox, new LocalDate(Year, 3, 3)).Resolve(new LocalDate(Year, 3, 20), "已补充公开招生计划"),
        };
        return new Register(Year, bodies, records, commitments, rules, inspections, complaints);

        DisclosureRecord Record(Body body, ScheduleEntry entry, LocalDate trigger, string id, int daysAfterDue)
        {
            var due = policy.DueDate(entry, trigger).Due;
            var published = calendar.AddWorkingDays(due, daysAfterDue);
            Channel[] channels = entry.Items.Any(item => item.Audience == Audience.Staff)
                ? [Channel.GovernmentPortal, Channel.InternalNoticeBoard]
                : [Channel.GovernmentPortal];
            return new DisclosureRecord($"{body.Id}-{id}", body.Id, entry, null, trigger,
                [new Publication(LocalDate.Max(published, trigger), channels)], subject: id);
        }
    }
}
