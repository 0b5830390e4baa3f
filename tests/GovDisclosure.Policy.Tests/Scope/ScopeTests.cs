namespace GovDisclosure.Policy.Tests.Scope;

/// <summary>The scope table of §2.2, row by row, and what each obligation level brings.</summary>
public sealed class ScopeTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    [Theory]
    [InlineData("AdministrativeOrgan", "Full", null)]
    [InlineData("CivilServantManagedInstitution", "Full", null)]
    [InlineData("InstitutionWithAdministrativeFunctions", "Full", null)]
    [InlineData("School", "ServiceDisclosure", null)]
    [InlineData("Hospital", "ServiceDisclosure", null)]
    [InlineData("WaterUtility", "ServiceDisclosure", null)]
    [InlineData("PowerUtility", "ServiceDisclosure", null)]
    [InlineData("PublicTransport", "ServiceDisclosure", null)]
    [InlineData("PartyOrgan", "ByReference", null)]
    [InlineData("PeoplesCongressOrgan", "ByReference", null)]
    [InlineData("CppccOrgan", "ByReference", null)]
    [InlineData("JudicialOrgan", "ByReference", null)]
    [InlineData("MassOrganization", "ByReference", null)]
    [InlineData("Township", "GovernedElsewhere", "TownshipAffairs")]
    [InlineData("Village", "GovernedElsewhere", "VillageAffairs")]
    [InlineData("Enterprise", "GovernedElsewhere", "EnterpriseAffairs")]
    [InlineData("Other", "NotObligated", null)]
    public void Sec2_2_each_body_type_has_the_level_and_regime_of_the_scope_table(string bodyType, string level, string? regime)
    {
        var obligations = Policy.ObligationsFor(BodyType.Parse(bodyType));

        Assert.Equal(ObligationLevel.Parse(level), Policy.ObligationsFor(BodyType.Parse(bodyType)).Level);
        Assert.Equal(ObligationLevel.Parse(level), obligations.Level);
        Assert.Equal(regime is null ? null : GoverningRegime.Parse(regime), obligations.Regime);
        Assert.Equal("§2.2", obligations.Rule.ClauseId);
    }

    [Fact]
    public void The_scope_has_one_rule_per_body_type_in_order()
    {
        Assert.Equal(BodyType.InOrder, Policy.ScopeRules.Select(rule => rule.BodyType));
    }

    [Fact]
    public void Sec2_2_a_full_body_must_disclose_every_item_and_entry_bindingly_and_keep_a_commitment()
    {
        var obligations = Policy.ObligationsFor(BodyType.AdministrativeOrgan);

        Assert.Equal(DisclosureItem.InOrder, obligations.Items);
        Assert.Equal(ScheduleEntry.InOrder, obligations.Entries);
        Assert.True(obligations.FindingsAreBinding);
        Assert.True(obligations.RequiresServiceCommitment);
    }

    [Fact]
    public void Sec2_2_a_service_disclosure_body_discloses_the_service_items_their_entries_topics_on_demand_and_its_commitment()
    {
        var obligations = Policy.ObligationsFor(BodyType.School);

        Assert.Equal("S01 S02 S03 S05", string.Join(' ', obligations.Items.Select(item => item.Code)));
        Assert.Equal("IM9 QU2 YR2 ST1 ST2 ST4 ST6", string.Join(' ', obligations.Entries.Select(entry => entry.Code)));
        Assert.True(obligations.FindingsAreBinding);
        Assert.True(obligations.RequiresServiceCommitment);
    }

    [Fact]
    public void Sec2_2_a_by_reference_body_has_the_full_obligations_but_advisory_findings()
    {
        var byReference = Policy.ObligationsFor(BodyType.JudicialOrgan);
        var full = Policy.ObligationsFor(BodyType.AdministrativeOrgan);

        Assert.Equal(full.Items, byReference.Items);
        Assert.Equal(full.Entries, byReference.Entries);
        Assert.False(byReference.FindingsAreBinding);
    }

    [Theory]
    [InlineData("Village")]
    [InlineData("Other")]
    public void Sec2_2_a_body_outside_the_policy_has_no_obligation_under_it(string bodyType)
    {
        var obligations = Policy.ObligationsFor(BodyType.Parse(bodyType));

        Assert.Empty(obligations.Items);
        Assert.Empty(obligations.Entries);
        Assert.False(obligations.Level.IsObligated);
        Assert.False(obligations.RequiresServiceCommitment);
        Assert.False(obligations.FindingsAreBinding);
    }

    [Fact]
    public void A_governed_elsewhere_rule_must_name_its_regime_and_no_other_rule_may()
    {
        var missing = ArgumentAssert.Throws<ArgumentException>(() => new ScopeRule(BodyType.Village, ObligationLevel.GovernedElsewhere, null, "§2.2"));
        var extra = ArgumentAssert.Throws<ArgumentException>(() =>
            new ScopeRule(BodyType.School, ObligationLevel.Full, GoverningRegime.VillageAffairs, "§2.2"));

        Assert.Equal("regime", missing.ParamName);
        Assert.Contains("must name the regime", missing.Message);
        Assert.Contains("cannot name a governing regime", extra.Message);
    }
}
