namespace GovDisclosure.Policy.Tests.Catalog;

/// <summary>Every item maps to its entries; items the seed gives no cadence take the statutory one (D3).</summary>
public sealed class ItemScheduleTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    [Theory]
    [InlineData("G15")]
    [InlineData("I04")]
    public void D3_an_item_with_no_entry_takes_the_statutory_cadence_marked_as_inferred(string code)
    {
        var schedule = Policy.ScheduleFor(DisclosureItem.Parse(code));

        Assert.Empty(schedule.Entries);
        Assert.True(schedule.IsInferred);
        Assert.Equal([Cadence.Statutory], schedule.Cadences);
        Assert.Equal(["D3"], schedule.SourceIds);
    }

    [Theory]
    [InlineData("G02", "ST3", "Standing Statutory")]
    [InlineData("G18", "QU3 ST5", "Quarterly Standing Statutory")]
    public void D3_an_item_only_partly_covered_adds_the_statutory_cadence_for_the_rest(string code, string entries, string cadences)
    {
        var schedule = Policy.ScheduleFor(DisclosureItem.Parse(code));

        Assert.False(schedule.IsInferred);
        Assert.True(schedule.HasUncoveredParts);
        Assert.Equal(entries, string.Join(' ', schedule.Entries.Select(entry => entry.Code)));
        Assert.Equal(cadences, string.Join(' ', schedule.Cadences.Select(cadence => cadence.Name)));
        Assert.Equal("D3", schedule.SourceIds.Last());
    }

    [Theory]
    [InlineData("G04", "QU1 YR1")]
    [InlineData("S03", "QU2 ST4")]
    [InlineData("I03", "IM3 YR5")]
    [InlineData("G05", "MO1")]
    public void An_item_listed_by_several_entries_maps_to_each_in_schedule_order(string code, string entries)
    {
        var schedule = Policy.ScheduleFor(DisclosureItem.Parse(code));

        Assert.Equal(entries, string.Join(' ', schedule.Entries.Select(entry => entry.Code)));
        Assert.False(schedule.IsInferred || schedule.HasUncoveredParts);
        Assert.DoesNotContain(Cadence.Statutory, schedule.Cadences);
    }

    [Fact]
    public void Every_entry_listing_an_item_appears_in_that_items_schedule()
    {
        foreach (var entry in ScheduleEntry.InOrder)
        {
            Assert.All(entry.Items, item => Assert.Contains(entry, Policy.ScheduleFor(item).Entries));
        }
    }
}
