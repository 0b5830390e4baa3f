namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>Service commitments, disclosure rules, inspections and supervision contacts (§2.1.C, §4.1, §5, D12, D15).</summary>
public sealed class SupervisionTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    private static IReadOnlyList<Finding> FindingsOf(Body body, ServiceCommitment[]? commitments = null, DisclosureRules[]? rules = null,
        InspectionPlan[]? inspections = null) =>
        Policy.Evaluate(new Register(2024, [body], [], commitments, rules, inspections ?? [Registers.CountyInspections]), Registers.SpringAsOf)
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
    public void S5_disclosure_rules_published_before_approval_are_a_finding()
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
    public void S4_1_a_unit_with_no_named_supervision_contact_is_a_finding()
    {
        Assert.Contains(FindingsOf(Registers.School() with { SupervisionContact = null }, [Registers.GoodCommitment]),
            f => f.Kind == FindingKind.NoSupervisionContact);
    }
}
