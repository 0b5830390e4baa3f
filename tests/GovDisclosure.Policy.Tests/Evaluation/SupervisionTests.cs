namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>Service commitments, disclosure rules, inspections and supervision contacts (§2.1.C, §4.1, §5, D12, D15).</summary>
public sealed class SupervisionTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    private static IReadOnlyList<Finding> FindingsOf(Body body, ServiceCommitment[]? commitments = null, DisclosureRules[]? rules = null,
        InspectionPlan[]? inspections = null) =>
        Policy.Evaluate(new RegisterBuilder(2024)
            .AddBodies([body])
            .AddCommitments(commitments ?? [])
            .AddDisclosureRules(rules ?? [])
            .AddInspections(inspections ?? [Registers.CountyInspections])
            .Build(), Registers.SpringAsOf)
            .Units[0].Findings;

    [Fact]
    public void D15_a_good_commitment_inspected_twice_with_a_contact_gives_no_supervision_finding()
    {
        Assert.DoesNotContain(FindingsOf(Registers.School(), [Registers.GoodCommitment]), f => f.SubjectId is null);
    }

    [Fact]
    public void D15_a_unit_without_a_commitment_is_a_finding()
    {
        Assert.Contains(FindingsOf(Registers.School()), f => f.Kind == FindingKind.NoServiceCommitment);
    }

    [Fact]
    public void D15_a_commitment_without_all_four_ones_names_what_it_lacks()
    {
        var finding = FindingsOf(Registers.School(), [Registers.GoodCommitment with { OneStop = false, EndToEnd = false }])
            .Single(f => f.Kind == FindingKind.CommitmentIncomplete);

        Assert.Equal("社会服务承诺缺少：一站式办结、一条龙服务。", finding.MessageZh);
        Assert.Equal(["§2.1.C", "D15"], finding.ClauseIds);
    }

    [Fact]
    public void D15_a_commitment_signed_before_the_new_principal_took_office_must_be_re_signed()
    {
        var body = Registers.School() with { Principal = new PrincipalLeader("新校长", new LocalDate(2024, 1, 15)) };

        var finding = FindingsOf(body, [Registers.GoodCommitment]).Single(f => f.Kind == FindingKind.CommitmentNotResigned);

        Assert.Contains("新校长", finding.MessageEn);
    }

    [Fact]
    public void D15_a_commitment_published_before_approval_or_without_it_is_a_finding()
    {
        var early = FindingsOf(Registers.School(), [Registers.GoodCommitment with { PublishedOn = new LocalDate(2023, 5, 8) }]);
        var never = FindingsOf(Registers.School(), [Registers.GoodCommitment with { ApprovedOn = null }]);

        Assert.Contains(early, f => f.Kind == FindingKind.CommitmentPublishedBeforeApproval && f.MessageEn.Contains("approved it on 2023-05-10", StringComparison.Ordinal));
        Assert.Contains(never, f => f.Kind == FindingKind.CommitmentPublishedBeforeApproval && f.MessageEn.Contains("never approved", StringComparison.Ordinal));
    }

    [Fact]
    public void Sec5_disclosure_rules_published_before_approval_are_a_finding()
    {
        var findings = FindingsOf(Registers.School(), [Registers.GoodCommitment],
            [new DisclosureRules("school", new LocalDate(2024, 3, 1), new LocalDate(2024, 2, 20))]);

        Assert.Contains(findings, f => f.Kind == FindingKind.RulesPublishedBeforeApproval);
    }

    [Fact]
    public void D12_a_year_without_inspection_is_a_finding_and_more_than_two_is_only_reported()
    {
        var none = FindingsOf(Registers.School(), [Registers.GoodCommitment], inspections: []);
        var three = FindingsOf(Registers.School(), [Registers.GoodCommitment],
            inspections: [Registers.CountyInspections, new InspectionPlan(2024, "school", [new LocalDate(2024, 9, 9)])]);

        Assert.Contains(none, f => f.Kind == FindingKind.NoInspection && f.IsBinding);
        var reported = Assert.Single(three, f => f.Kind == FindingKind.MoreThanTwoInspections);
        Assert.True(reported.Kind.IsObservation);
        Assert.False(reported.IsBinding);
    }

    [Fact]
    public void Sec4_1_a_unit_with_no_named_supervision_contact_is_a_finding()
    {
        Assert.Contains(FindingsOf(Registers.School() with { SupervisionContact = null }, [Registers.GoodCommitment]),
            f => f.Kind == FindingKind.NoSupervisionContact);
    }
}

/// <summary>The open questions of supervision settled (D20, D21, D24) and the counts a profile may change (D12).</summary>
public sealed class SupervisionDefaultsTests
{
    private static readonly LocalDate AsOf = Registers.SpringAsOf;

    private static IReadOnlyList<Finding> FindingsOf(ServiceCommitment[] commitments, DisclosureRules[]? rules = null, InspectionPlan[]? inspections = null,
        DisclosurePolicy? policy = null, Body? body = null) =>
        (policy ?? DisclosurePolicy.Default).Evaluate(new RegisterBuilder(2024)
            .AddBodies([body ?? Registers.School()])
            .AddCommitments(commitments)
            .AddDisclosureRules(rules ?? [])
            .AddInspections(inspections ?? [Registers.CountyInspections])
            .Build(), AsOf)
            .Units[0].Findings;

    private static ServiceCommitment Commitment(LocalDate approved, LocalDate? published) => Registers.GoodCommitment with { ApprovedOn = approved, PublishedOn = published };

    [Theory]
    [InlineData(11, false)]   // approved the day before publication
    [InlineData(12, false)]   // approved on the day of publication: in time
    [InlineData(13, true)]    // approved the day after
    public void D20_approval_on_the_day_of_publication_is_in_time(int approvedDay, bool isFinding)
    {
        var findings = FindingsOf([Commitment(new LocalDate(2023, 5, approvedDay), new LocalDate(2023, 5, 12))],
            [new DisclosureRules("school", new LocalDate(2023, 5, approvedDay), new LocalDate(2023, 5, 12))]);

        Assert.Equal(isFinding, findings.Any(f => f.Kind == FindingKind.CommitmentPublishedBeforeApproval));
        Assert.Equal(isFinding, findings.Any(f => f.Kind == FindingKind.RulesPublishedBeforeApproval));
    }

    [Theory]
    [InlineData(2, 29, true)]    // signed the day before the principal took office
    [InlineData(3, 1, false)]    // signed on the day they took office
    [InlineData(3, 2, false)]
    public void D21_the_principal_signs_on_or_after_taking_office(int month, int day, bool isFinding)
    {
        var findings = FindingsOf([Registers.GoodCommitment with { SignedOn = new LocalDate(2020, month, day) }]);

        Assert.Equal(isFinding, findings.Any(f => f.Kind == FindingKind.CommitmentNotResigned));
    }

    [Fact]
    public void D21_of_several_commitments_the_latest_signed_is_judged()
    {
        var old = Registers.GoodCommitment with { SignedBy = "前任", SignedOn = new LocalDate(2019, 1, 1) };
        var newerBad = Registers.GoodCommitment with { SignedBy = "别人", SignedOn = new LocalDate(2023, 6, 1) };

        Assert.DoesNotContain(FindingsOf([old, Registers.GoodCommitment]), f => f.Kind == FindingKind.CommitmentNotResigned);
        Assert.Contains(FindingsOf([Registers.GoodCommitment, newerBad]), f => f.Kind == FindingKind.CommitmentNotResigned);
    }

    [Theory]
    [InlineData(null, true)]   // approved, never published
    [InlineData(14, false)]    // published the day before the evaluation
    [InlineData(15, false)]    // on the evaluation day
    [InlineData(16, true)]     // after it: not public yet
    public void D21_an_approved_commitment_must_also_be_made_public(int? publishedDay, bool isFinding)
    {
        var published = publishedDay is { } day ? new LocalDate(2024, 4, day) : (LocalDate?)null;

        var findings = FindingsOf([Commitment(new LocalDate(2023, 5, 10), published)]);

        Assert.Equal(isFinding, findings.Any(f => f.Kind == FindingKind.CommitmentNotPublished && f.ClauseIds.Contains("D21")));
    }

    [Fact]
    public void D24_inspections_count_by_distinct_date_within_the_assessment_year()
    {
        var sameDayTwice = new InspectionPlan(2024, "school", [new LocalDate(2024, 6, 18), new LocalDate(2024, 6, 18)]);
        var lastYearsDate = new InspectionPlan(2024, null, [new LocalDate(2023, 12, 29)]);

        Assert.DoesNotContain(FindingsOf([Registers.GoodCommitment], inspections: [Registers.CountyInspections, sameDayTwice]),
            f => f.Kind == FindingKind.MoreThanTwoInspections);
        Assert.Contains(FindingsOf([Registers.GoodCommitment], inspections: [lastYearsDate]), f => f.Kind == FindingKind.NoInspection);
        Assert.DoesNotContain(FindingsOf([Registers.GoodCommitment], inspections: [new InspectionPlan(2024, null, [new LocalDate(2024, 1, 1)])]),
            f => f.Kind == FindingKind.NoInspection);
    }

    [Fact]
    public void D12_a_profile_can_change_the_expected_inspection_counts()
    {
        var stricter = DisclosurePolicy.Default.WithProfile(new PolicyProfile("某县").WithAssessmentRules(AssessmentRules.Default with { MaxInspections = 3, MinInspections = 2 }));
        var once = new InspectionPlan(2024, null, [new LocalDate(2024, 6, 18)]);
        var thrice = new InspectionPlan(2024, null, [new LocalDate(2024, 3, 1), new LocalDate(2024, 6, 18), new LocalDate(2024, 9, 9)]);

        Assert.Contains(FindingsOf([Registers.GoodCommitment], inspections: [once], policy: stricter), f => f.Kind == FindingKind.NoInspection);
        Assert.DoesNotContain(FindingsOf([Registers.GoodCommitment], inspections: [Registers.CountyInspections], policy: stricter), f => f.Kind == FindingKind.NoInspection);
        Assert.DoesNotContain(FindingsOf([Registers.GoodCommitment], inspections: [thrice], policy: stricter), f => f.Kind == FindingKind.MoreThanTwoInspections);
        ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => AssessmentRules.Default with { MinInspections = 3 });
    }

    [Fact]
    public void D24_a_units_own_inspections_count_for_that_unit_alone()
    {
        var register = new RegisterBuilder(2024)
            .AddBodies([Registers.School("inspected"), Registers.School("not")])
            .AddCommitments([Registers.GoodCommitment with { BodyId = "inspected" }, Registers.GoodCommitment with { BodyId = "not" }])
            .AddInspections([new InspectionPlan(2024, "inspected", [new LocalDate(2024, 6, 18), new LocalDate(2024, 11, 20)])])
            .Build();

        var units = DisclosurePolicy.Default.Evaluate(register, Registers.SpringAsOf).Units;

        Assert.DoesNotContain(units[0].Findings, f => f.Kind == FindingKind.NoInspection);
        Assert.Contains(units[1].Findings, f => f.Kind == FindingKind.NoInspection);
    }
}
