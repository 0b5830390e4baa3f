using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>Writing then reading gives an equal value, for every serialised type.</summary>
public sealed class JsonRoundTripProperties
{
    // Each generated value is built from a seed, so that one generator can produce a whole consistent register.
    internal static Gen<Register> Registers => Gen.Choose(0, int.MaxValue).Select(seed => RandomRegister(new Random(seed)));

    internal static Gen<PolicyProfile> ProfileGen => Profiles;

    private static Gen<PolicyProfile> Profiles => Gen.Choose(0, int.MaxValue).Select(seed => RandomProfile(new Random(seed)));

    /// <summary>The policy the generated registers are evaluated under: the seed, and the two catalogs their units are assigned (§10).</summary>
    internal static readonly DisclosurePolicy Policy = DisclosurePolicy.Default
        .WithCatalog(Catalogs.CatalogDeadlineTests.Civil)
        .WithCatalog(new CountyCatalog("某县卫健 \"二〇二五\"", [
            new CatalogRow("1", ["公共卫生", "预防接种"], "接种点名单", "《疫苗管理法》", "信息形成或者变更之日起20个工作日内，公示5个工作日", "乡镇卫生院",
                [NationalChannel.NoticeBoard, NationalChannel.TargetedPush], CatalogAudience.WholeSociety, [DisclosureMode.Proactive],
                [AdministrativeLevel.Township, AdministrativeLevel.Village]),
        ]));

    private static readonly (string Catalog, string Row)[] EventRows =
        [.. Policy.Catalogs.SelectMany(catalog => catalog.Rows.Where(row => row.IsProactive && !row.TimeLimit!.Cadence.IsPeriodic).Select(row => (catalog.Name, row.Number)))];

    private static Gen<LocalDate> DayOf2025 => Gen.Choose(0, 330).Select(d => new LocalDate(2025, 1, 1).PlusDays(d));

    internal static Register RandomRegister(Random random)
    {
        T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
        LocalDate Day() => new LocalDate(2025, 1, 1).PlusDays(random.Next(330));
        var bodies = Enumerable.Range(0, 1 + random.Next(4)).Select(i => new Body($"b{i}", $"单位{i}", Pick(BodyType.InOrder), new PrincipalLeader($"负责人{i}", Day()), Pick(new string?[] { null, "监督员", "Li Wei \"quoted\"" }))
        {
            Role = Pick(new BodyRole?[] { null, BodyRole.Government, BodyRole.Department }),
            Catalogs = Pick(new string[][] { [], ["某县民政"], ["某县民政", "某县卫健 \"二〇二五\""] }),
        }).Select(body => Pick(new AdministrativeLevel?[] { null, AdministrativeLevel.City, AdministrativeLevel.Township, AdministrativeLevel.County }) is { } level
            ? body with { Level = level } : body).ToArray();
        object[] subjects = [.. ScheduleEntry.InOrder.Where(e => !e.Cadence.IsPeriodic), DisclosureItem.G15, DisclosureItem.I04, .. EventRows.Cast<object>()];
        var records = Enumerable.Range(0, random.Next(9)).Select(i =>
        {
            var trigger = Day();
            var what = Pick(subjects);
            var publications = Enumerable.Range(0, random.Next(3)).Select(_ =>
            {
                var date = trigger.PlusDays(random.Next(30));
                return new Publication(date, Channel.InOrder.Where(_ => random.Next(3) == 0))
                {
                    NationalChannels = [.. NationalChannel.InOrder.Where(_ => random.Next(6) == 0)],
                    TakenDownOn = random.Next(2) == 0 ? null : date.PlusDays(1 + random.Next(15)),
                };
            }).ToArray();
            var flags = random.Next(8);
            if (what is (string catalog, string row))
            {
                return new DisclosureRecord($"r{i}", Pick(bodies).Id, ObligationKey.InCatalog(catalog, row), trigger, publications) { IsClassified = (flags & 1) != 0, IsFalsified = (flags & 2) != 0, IsRefused = (flags & 4) != 0, Subject = $"名单{i}" };
            }

            var item = what is ScheduleEntry { Items.Count: > 1 } shared && random.Next(2) == 0 ? Pick(shared.Items) : null;   // D23
            var obligation = what is DisclosureItem uncovered ? ObligationKey.Of(uncovered) : ObligationKey.Of((ScheduleEntry)what);
            return new DisclosureRecord($"r{i}", Pick(bodies).Id, obligation, trigger, publications) { IsClassified = (flags & 1) != 0, IsFalsified = (flags & 2) != 0, IsRefused = (flags & 4) != 0, Subject = $"文件{i}", Item = item };
        }).ToArray();
        var complaints = Enumerable.Range(0, random.Next(4)).Select(i =>
        {
            var lodged = Day();
            var complaint = Complaint.Lodge($"c{i}", Pick(bodies).Id, Pick(ComplaintChannel.InOrder), lodged);
            for (var e = 1; e <= random.Next(3); e++)
            {
                complaint = random.Next(2) == 0 ? complaint.Answer(lodged.PlusDays((e * 10) - 3)) : complaint;
                complaint = complaint.Escalate(lodged.PlusDays(e * 10));
            }

            return random.Next(3) switch
            {
                0 => complaint,
                1 => complaint.Resolve(lodged.PlusDays(40), "已答复"),
                _ => complaint.Resolve(lodged.PlusDays(40), "已整改").Rectify(lodged.PlusDays(50)),
            };
        }).ToArray();
        var requests = Enumerable.Range(0, random.Next(4)).Select(i =>
        {
            var arrived = Day();
            var channel = Pick(RequestChannel.InOrder);
            var request = InformationRequest.Receive($"q{i}", Pick(bodies).Id, channel, arrived,
                channel.NeedsConfirmation && random.Next(3) > 0 ? arrived.PlusDays(random.Next(3)) : null, Pick(ApplicantKind.InOrder));
            if (request.IsAwaitingConfirmation)
            {
                return request;
            }

            var on = request.LastAction;
            request = random.Next(2) == 0 ? request : request.NoticeCorrection(on.PlusDays(1), on.PlusDays(10)).Corrected(on.PlusDays(4));
            request = random.Next(2) == 0 ? request : request.Consult(on.PlusDays(5), Pick(ConsultationParty.InOrder)).ConsultationAnswered(on.PlusDays(9));
            request = random.Next(2) == 0 ? request : request.NoticeFee(on.PlusDays(10)).FeePaid(on.PlusDays(11));
            request = random.Next(2) == 0 ? request : request.Extend(on.PlusDays(12), 1 + random.Next(15));
            request = random.Next(2) == 0 ? request : request.Defer(on.PlusDays(13), on.PlusDays(200));
            return random.Next(3) == 0 ? request
                : request.Reply(on.PlusDays(14), Pick(RequestOutcome.InOrder.Where(o => o != RequestOutcome.AbandonedUncorrected && o != RequestOutcome.AbandonedUnpaid).ToArray()), random.Next(2) == 0)
                    .Deliver(on.PlusDays(15), Pick([DeliveryMethod.InPerson, DeliveryMethod.Electronic]));
        }).ToArray();
        return new RegisterBuilder(2025)
            .AddBodies(bodies)
            .AddRecords(records)
            .AddCommitments([new ServiceCommitment("b0", true, random.Next(2) == 0, true, true, "负责人0", new LocalDate(2024, 1, 5), null, new LocalDate(2024, 1, 9))])
            .AddDisclosureRules([new DisclosureRules("b0", new LocalDate(2025, 2, 1), null)])
            .AddInspections([new InspectionPlan(2025, null, [.. Enumerable.Range(0, random.Next(4)).Select(_ => Day())]), new InspectionPlan(2024, "b0", [])])
            .AddComplaints(complaints)
            .AddRequests(requests)
            .AddAnnualReports([.. bodies.Where(_ => random.Next(2) == 0).Select(body => new AnnualReportPublication(body.Id, 2025, new LocalDate(2026, 1, 1).PlusDays(random.Next(120))))])
            .AddRedressCases([.. Enumerable.Range(0, random.Next(3)).Select(i => Pick(RedressResult.InOrder) is var result && result == RedressResult.Pending
                ? new RedressCase($"rc{i}", Pick(bodies).Id, Pick(RedressCaseKind.InOrder), Day(), result, null) { RequestId = random.Next(2) == 0 ? null : $"q{i}" }
                : new RedressCase($"rc{i}", Pick(bodies).Id, Pick(RedressCaseKind.InOrder), Day(), result, Day().PlusDays(400)))])
            .Build();
    }

    private static PolicyProfile RandomProfile(Random random)
    {
        var profile = new PolicyProfile("莲都区 \"profile\"");
        for (var i = random.Next(5); i > 0; i--)
        {
            var unit = random.Next(2) == 0 ? DeadlineUnit.WorkingDays : DeadlineUnit.CalendarDays;
            profile = random.Next(2) == 0
                ? profile.Override(Cadence.InOrder[random.Next(Cadence.InOrder.Count)], random.Next(201), unit)
                : profile.Override(ScheduleEntry.InOrder[random.Next(ScheduleEntry.InOrder.Count)], random.Next(201), unit);
        }

        for (var i = random.Next(3); i > 0; i--)
        {
            profile = profile.Without(ScheduleEntry.InOrder[random.Next(ScheduleEntry.InOrder.Count)]);
        }

        profile = random.Next(3) switch
        {
            0 => profile,
            1 => profile.WithRequestRules(RequestRules.Default),
            _ => profile.WithRequestRules(new RequestRules { FeeNoticeStopsClock = false }),
        };
        return random.Next(5) switch
        {
            0 => profile,
            1 => profile.WithGradeThresholds(GradeThresholds.Default),
            2 => profile.WithAssessmentRules(new AssessmentRules(GradeThresholds.Default) { ComplaintTierWorkingDays = 15 }),
            3 => profile.WithAssessmentRules(AssessmentRules.Default with { CountRequestsInRate = false }),
            _ => profile.WithGradeThresholds(new GradeThresholds(97.5m, 90, 60)),
        };
    }

    private static MemoryStream Written(Action<Stream> write)
    {
        var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        return buffer;
    }

    [Property(MaxTest = 60)]
    public Property A_register_reads_back_equal_to_what_was_written() =>
        Prop.ForAll(Registers.ToArbitrary(), register =>
        {
            using var json = Written(stream => PolicyJson.WriteRegister(register, stream));
            var copy = PolicyJson.ReadRegister(json);
            return copy.Year == register.Year && copy.Bodies.SequenceEqual(register.Bodies) && copy.Records.SequenceEqual(register.Records)
                   && copy.Commitments.SequenceEqual(register.Commitments) && copy.DisclosureRules.SequenceEqual(register.DisclosureRules)
                   && copy.Inspections.SequenceEqual(register.Inspections) && copy.Complaints.SequenceEqual(register.Complaints)
                   && copy.Requests.SequenceEqual(register.Requests) && copy.AnnualReports.SequenceEqual(register.AnnualReports)
                   && copy.RedressCases.SequenceEqual(register.RedressCases);
        });

    [Property]
    public Property A_profile_reads_back_equal_to_what_was_written() =>
        Prop.ForAll(Profiles.ToArbitrary(), profile =>
        {
            using var json = Written(stream => PolicyJson.WriteProfile(profile, stream));
            return PolicyJson.ReadProfile(json).Equals(profile);
        });

    [Property(MaxTest = 20)]
    public Property An_evaluation_report_reads_back_equal_to_what_was_written() =>
        Prop.ForAll(Registers.ToArbitrary(), register =>
        {
            var evaluation = Policy.Evaluate(register, new LocalDate(2026, 3, 31));
            var report = PolicyJson.ToReport(evaluation, includeOutcomes: true);
            using var json = Written(stream => PolicyJson.WriteEvaluation(evaluation, stream, includeOutcomes: true));
            var copy = PolicyJson.ReadEvaluationReport(json);
            return copy.Equals(report) && copy.Units.Sum(unit => unit.Findings.Count) == evaluation.Findings.Count();
        });

    [Property]
    public Property Deadline_reports_read_back_equal_to_what_was_written() =>
        Prop.ForAll(Gen.Elements(ScheduleEntry.InOrder.ToArray()).ToArbitrary(), DayOf2025.ToArbitrary(), (entry, date) =>
        {
            Deadline[] deadlines = [DisclosurePolicy.Default.DueDate(entry, date), DisclosurePolicy.Default.StatutoryDueDate(date)];
            using var json = Written(stream => PolicyJson.WriteDeadlines(deadlines, stream));
            return PolicyJson.ReadDeadlineReports(json).SequenceEqual(deadlines.Select(DeadlineReport.Of));
        });

    [Fact]
    public void Chinese_text_is_written_as_it_is_not_escaped()
    {
        using var json = Written(stream => PolicyJson.WriteRegister(
            new RegisterBuilder(2025)
                .AddBodies([new Body("b", "县民政局", BodyType.AdministrativeOrgan, new PrincipalLeader("王芳", new LocalDate(2022, 3, 1)), null)])
                .Build(), stream));

        Assert.Contains("\"name\": \"县民政局\"", Encoding.UTF8.GetString(json.ToArray()));
    }
}
