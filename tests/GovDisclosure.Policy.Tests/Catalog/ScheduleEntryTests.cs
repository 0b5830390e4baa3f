namespace GovDisclosure.Policy.Tests.Catalog;

/// <summary>The schedule of §3.3: each entry's cadence and items, row by row.</summary>
public sealed class ScheduleEntryTests
{
    [Theory]
    [InlineData("IM1", "Immediate", "G01")]
    [InlineData("IM2", "Immediate", "G09")]
    [InlineData("IM3", "Immediate", "G19 I03")]
    [InlineData("IM4", "Immediate", "G10")]
    [InlineData("IM5", "Immediate", "G11")]
    [InlineData("IM6", "Immediate", "G13")]
    [InlineData("IM7", "Immediate", "G16")]
    [InlineData("IM8", "Immediate", "G20")]
    [InlineData("IM9", "Immediate", "")]
    [InlineData("MO1", "Monthly", "G05")]
    [InlineData("MO2", "Monthly", "I02")]
    [InlineData("QU1", "Quarterly", "G04")]
    [InlineData("QU2", "Quarterly", "S03")]
    [InlineData("QU3", "Quarterly", "G18")]
    [InlineData("QU4", "Quarterly", "G14")]
    [InlineData("QU5", "Quarterly", "G17")]
    [InlineData("YR1", "Yearly", "G04")]
    [InlineData("YR2", "Yearly", "S05")]
    [InlineData("YR3", "Yearly", "G08")]
    [InlineData("YR4", "Yearly", "I01")]
    [InlineData("YR5", "Yearly", "I03")]
    [InlineData("BA1", "PerBatch", "G06")]
    [InlineData("BA2", "PerBatch", "G07")]
    [InlineData("BA3", "PerBatch", "G12")]
    [InlineData("ST1", "Standing", "S01")]
    [InlineData("ST2", "Standing", "S02")]
    [InlineData("ST3", "Standing", "G02 G03")]
    [InlineData("ST4", "Standing", "S03")]
    [InlineData("ST5", "Standing", "G18")]
    [InlineData("ST6", "Standing", "")]
    [InlineData("ST7", "Standing", "")]
    public void Sec3_3_each_entry_has_the_cadence_and_items_of_the_schedule(string code, string cadence, string items)
    {
        var entry = ScheduleEntry.Parse(code);

        Assert.Equal(Cadence.Parse(cadence), entry.Cadence);
        Assert.Equal(items.Split(' ', StringSplitOptions.RemoveEmptyEntries), entry.Items.Select(item => item.Code));
        Assert.Equal($"§3.3.{code}", entry.ClauseId);
        Assert.False(string.IsNullOrWhiteSpace(entry.DescriptionZh));
        Assert.False(string.IsNullOrWhiteSpace(entry.DescriptionEn));
    }

    [Fact]
    public void Sec3_3_the_schedule_has_31_entries_in_the_seeds_order()
    {
        Assert.Equal(
            "IM1 IM2 IM3 IM4 IM5 IM6 IM7 IM8 IM9 MO1 MO2 QU1 QU2 QU3 QU4 QU5 YR1 YR2 YR3 YR4 YR5 BA1 BA2 BA3 ST1 ST2 ST3 ST4 ST5 ST6 ST7",
            string.Join(' ', DisclosurePolicy.Default.Entries.Select(entry => entry.Code)));
    }

    [Theory]
    [InlineData("IM9", "TopicOnDemand", "§3.1.T")]
    [InlineData("ST6", "ServiceCommitment", "§2.1.C")]
    [InlineData("ST7", "FinancialManagementRules", "§3.3")]
    [InlineData("MO1", "ListedItems", "§3.3")]
    public void Entries_without_items_say_what_they_disclose_instead(string code, string subject, string clauseId)
    {
        var entry = ScheduleEntry.Parse(code);

        Assert.Equal(EntrySubject.Parse(subject), entry.Subject);
        Assert.Equal(clauseId, entry.Subject.ClauseId);
    }

    [Theory]
    [InlineData("Immediate", false, true)]
    [InlineData("Monthly", true, true)]
    [InlineData("Quarterly", true, true)]
    [InlineData("Yearly", true, true)]
    [InlineData("PerBatch", false, true)]
    [InlineData("Standing", false, true)]
    [InlineData("Statutory", false, false)]
    public void Cadences_are_periodic_or_event_driven_and_only_the_statutory_one_is_inferred(string code, bool periodic, bool stated)
    {
        var cadence = Cadence.Parse(code);

        Assert.Equal(periodic, cadence.IsPeriodic);
        Assert.Equal(stated, cadence.IsStatedBySeed);
    }
}
