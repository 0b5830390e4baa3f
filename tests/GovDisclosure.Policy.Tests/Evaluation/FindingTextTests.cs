namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>
/// What every kind of finding says, in Chinese and English, pinned in <c>Approved/finding-texts.txt</c>: one register
/// that gives each kind at least once, so that a change to any sentence shows in review (§4, §5, D11–D24).
/// </summary>
public sealed class FindingTextTests
{
    private static readonly LocalDate AsOf = new(2024, 12, 31);

    private static Register EveryKindOfFinding()
    {
        var good = Registers.GoodCommitment;
        Body[] bodies =
        [
            Registers.School("none") with { SupervisionContact = null },
            Registers.School("incomplete") with { Principal = new PrincipalLeader("新校长", new LocalDate(2024, 1, 15)) },
            Registers.School("early"),
            Registers.School("unapproved"),
            Registers.School("unpublished"),
            Registers.Bureau("rules-early"),
            Registers.Bureau("rules-unapproved"),
            new Body("power", "县供电公司", BodyType.Enterprise, Registers.Principal, "周主任"),
            new Body("town", "某镇人民政府", BodyType.Township, Registers.Principal, "王主任") { Catalogs = ["某县民政"] },
        ];
        ServiceCommitment[] commitments =
        [
            good with { BodyId = "incomplete", OneWindow = false, OneTimeNotification = false, OneStop = false, EndToEnd = false },
            good with { BodyId = "early", PublishedOn = new LocalDate(2023, 5, 8) },
            good with { BodyId = "unapproved", ApprovedOn = null },
            good with { BodyId = "unpublished", PublishedOn = null },
            good with { BodyId = "rules-early" },
            good with { BodyId = "rules-unapproved" },
        ];
        DisclosureRules[] rules =
        [
            new("rules-early", new LocalDate(2024, 3, 1), new LocalDate(2024, 2, 20)),
            new("rules-unapproved", null, new LocalDate(2024, 2, 20)),
        ];
        InspectionPlan[] inspections =
        [
            new(2024, "early", [new LocalDate(2024, 6, 18)]),
            new(2024, "unapproved", [new LocalDate(2024, 3, 1), new LocalDate(2024, 6, 18), new LocalDate(2024, 9, 1)]),
            new(2024, "unpublished", [new LocalDate(2024, 3, 1), new LocalDate(2024, 6, 18)]),
            new(2024, "rules-early", [new LocalDate(2024, 3, 1), new LocalDate(2024, 6, 18)]),
            new(2024, "rules-unapproved", [new LocalDate(2024, 3, 1), new LocalDate(2024, 6, 18)]),
            new(2024, "incomplete", [new LocalDate(2024, 3, 1), new LocalDate(2024, 6, 18)]),
        ];
        var lodged = Complaint.Lodge("c1", "early", ComplaintChannel.Hotline, new LocalDate(2024, 3, 4));
        Complaint[] complaints =
        [
            lodged,
            Complaint.Lodge("c2", "early", ComplaintChannel.Mailbox, new LocalDate(2024, 3, 4)).Resolve(new LocalDate(2024, 4, 10), "已答复"),
            Complaint.Lodge("c3", "early", ComplaintChannel.Supervisor, new LocalDate(2024, 3, 4)).Escalate(new LocalDate(2024, 3, 20)),
        ];
        DisclosureRecord[] records =
        [
            new("late", "rules-early", ScheduleEntry.IM1, new LocalDate(2024, 2, 8), [Registers.Portal(new LocalDate(2024, 3, 15))]) { Subject = "县府发〔2024〕1号" },
            new("internal", "rules-early", ScheduleEntry.IM1, new LocalDate(2024, 3, 1), [new Publication(new LocalDate(2024, 3, 4), [Channel.Intranet])]),
            new("external", "rules-early", ScheduleEntry.IM3, new LocalDate(2024, 3, 1), [Registers.Portal(new LocalDate(2024, 3, 4))]) { Item = DisclosureItem.I03 },
            new("falsified", "rules-unapproved", ScheduleEntry.IM1, new LocalDate(2024, 3, 1), [Registers.Portal(new LocalDate(2024, 3, 4))]) { IsFalsified = true },
            new("refused", "rules-unapproved", ScheduleEntry.IM2, new LocalDate(2024, 3, 1), []) { IsRefused = true },
            new("stranger", "none", ScheduleEntry.IM1, new LocalDate(2024, 3, 1), []),
            new("tariff", "power", ScheduleEntry.IM1, new LocalDate(2024, 3, 1), []),
            new DisclosureRecord("row-late", "town", ObligationKey.InCatalog("某县民政", "1"), new LocalDate(2024, 2, 8), [Website(new LocalDate(2024, 3, 15))]),
            new DisclosureRecord("row-push", "town", ObligationKey.InCatalog("某县民政", "3"), new LocalDate(2024, 3, 1),
                [new Publication(new LocalDate(2024, 3, 5), []) { NationalChannels = [NationalChannel.TargetedPush] }]),
            new DisclosureRecord("row-down", "town", ObligationKey.InCatalog("某县民政", "2"), new LocalDate(2024, 3, 1), [Website(new LocalDate(2024, 3, 4)) with { TakenDownOn = new LocalDate(2024, 3, 8) }]) { Subject = "第一批初审对象名单" },
            new DisclosureRecord("row-stranger", "early", ObligationKey.InCatalog("某县民政", "1"), new LocalDate(2024, 3, 1), []),
        ];
        // §8.6, §8.13: a late reply, an overdue request and a late correction notice (received Mon 2 Sep 2024: due Mon 30 Sep, notice by Wed 11 Sep).
        InformationRequest[] requests =
        [
            InformationRequest.Receive("ysq-late", bodies[0].Id, RequestChannel.InPerson, new LocalDate(2024, 9, 2), null, ApplicantKind.NaturalPerson)
                .Reply(new LocalDate(2024, 10, 8), RequestOutcome.Disclosed).Deliver(new LocalDate(2024, 10, 9), DeliveryMethod.InPerson),
            InformationRequest.Receive("ysq-open", bodies[0].Id, RequestChannel.InPerson, new LocalDate(2024, 9, 2), null, ApplicantKind.CommercialEnterprise),
            InformationRequest.Receive("ysq-notice", bodies[0].Id, RequestChannel.InPerson, new LocalDate(2024, 9, 2), null, ApplicantKind.NaturalPerson)
                .NoticeCorrection(new LocalDate(2024, 9, 12), new LocalDate(2024, 9, 30)).Corrected(new LocalDate(2024, 9, 20)),
        ];
        return new RegisterBuilder(2024)
            .AddBodies(bodies)
            .AddRecords(records)
            .AddCommitments(commitments)
            .AddDisclosureRules(rules)
            .AddInspections(inspections)
            .AddComplaints(complaints)
            .AddRequests(requests)
            .Build();
    }

    /// <summary>§9.6: the 2024 reports, judged after both due dates — a department's published on Mon 3 Feb 2025, a government's never.</summary>
    private static IEnumerable<Finding> AnnualReportFindings()
    {
        var register = new RegisterBuilder(2024)
            .AddBodies([Registers.Bureau("report-late") with { Role = BodyRole.Department }, Registers.Bureau("report-missing") with { Name = "某县人民政府", Role = BodyRole.Government }])
            .AddAnnualReports([new AnnualReportPublication("report-late", 2024, new LocalDate(2025, 2, 3))])
            .Build();
        return DisclosurePolicy.Default.Evaluate(register, new LocalDate(2025, 4, 1)).Units
            .SelectMany(unit => unit.Findings).Where(f => f.Kind == FindingKind.AnnualReportLate || f.Kind == FindingKind.AnnualReportMissing);
    }

    private static Publication Website(LocalDate date) => new(date, []) { NationalChannels = [NationalChannel.GovernmentWebsite] };

    [Fact]
    public void Sec4_every_kind_of_finding_says_what_it_found_in_both_languages()
    {
        var evaluation = DisclosurePolicy.Default.WithCatalog(Catalogs.CatalogDeadlineTests.Civil).Evaluate(EveryKindOfFinding(), AsOf);
        var findings = evaluation.Units.SelectMany(unit => unit.Findings).Concat(AnnualReportFindings()).ToArray();

        // Up to three of a kind: the recurring obligations nobody recorded would otherwise fill the file with "Missing".
        var lines = findings.GroupBy(f => (f.Kind, f.Obligation is not { IsBuiltIn: false })).SelectMany(kind => kind.Take(3)).Select(f => $"{f.Kind.Name} {f.BodyId}/{f.SubjectId ?? "-"} [{string.Join(", ", f.ClauseIds)}]{(f.IsBinding ? "" : " not binding")}\n  {f.MessageZh}\n  {f.MessageEn}");

        Approvals.Verify("finding-texts.txt", string.Join("\n", lines) + "\n");
        var missingKinds = FindingKind.InOrder.Where(kind => kind != FindingKind.OutOfScope).Except(findings.Select(f => f.Kind)).Select(kind => kind.Name);
        Assert.Equal([], missingKinds);
    }
}
