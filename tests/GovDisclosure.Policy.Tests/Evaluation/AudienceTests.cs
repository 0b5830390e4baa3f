namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>Which audience a record must reach (§3.1, D23), and what service-disclosure bodies answer for (D28).</summary>
public sealed class AudienceTests
{
    private static IReadOnlyList<Finding> ChannelFindings(DisclosureRecord record) =>
        [.. DisclosurePolicy.Default.Evaluate(new RegisterBuilder(2024)
            .AddBodies([Registers.Bureau()])
            .AddRecords([record])
            .Build(), new LocalDate(2024, 6, 28)).Units[0].Findings
            .Where(f => f.Kind == FindingKind.NotReachingPublic || f.Kind == FindingKind.NotReachingStaff)];

    private static DisclosureRecord Im3(DisclosureItem? item, Channel channel) =>
        new("im3", "mzj", ScheduleEntry.IM3, new LocalDate(2024, 3, 1), [new Publication(new LocalDate(2024, 3, 5), [channel])]) { Item = item };

    [Fact]
    public void D23_a_record_naming_the_public_item_of_IM3_needs_only_an_external_channel()
    {
        Assert.Empty(ChannelFindings(Im3(DisclosureItem.G19, Channel.GovernmentPortal)));
    }

    [Fact]
    public void D23_a_record_naming_the_staff_item_of_IM3_needs_an_internal_channel()
    {
        var finding = Assert.Single(ChannelFindings(Im3(DisclosureItem.I03, Channel.GovernmentPortal)));

        Assert.Equal(FindingKind.NotReachingStaff, finding.Kind);
        Assert.Equal(DisclosureItem.I03, finding.Item);
        Assert.Empty(ChannelFindings(Im3(DisclosureItem.I03, Channel.InternalNoticeBoard)));
    }

    [Fact]
    public void D23_a_record_naming_no_item_must_reach_every_audience_of_its_entry()
    {
        Assert.Equal([FindingKind.NotReachingStaff], ChannelFindings(Im3(null, Channel.GovernmentPortal)).Select(f => f.Kind));
        Assert.Equal([FindingKind.NotReachingPublic], ChannelFindings(Im3(null, Channel.Intranet)).Select(f => f.Kind));
    }

    [Theory]
    [InlineData("IM9")]
    [InlineData("ST6")]
    [InlineData("ST7")]
    public void D23_entries_without_items_address_the_public(string code)
    {
        var record = new DisclosureRecord("r", "mzj", ScheduleEntry.Parse(code), new LocalDate(2024, 3, 1),
            [new Publication(new LocalDate(2024, 3, 5), [Channel.Intranet])]);

        Assert.Equal([FindingKind.NotReachingPublic], ChannelFindings(record).Select(f => f.Kind));
    }

    [Fact]
    public void D23_a_record_may_name_only_an_item_of_its_entry()
    {
        var problem = Assert.Single(new RegisterBuilder(2024)
            .AddBodies([Registers.Bureau()])
            .AddRecords([Im3(DisclosureItem.G01, Channel.GovernmentPortal)])
            .BuildResult().Problems);

        Assert.Contains("not one of IM3's items (G19, I03)", problem.Message);
    }

    [Fact]
    public void D28_service_disclosure_bodies_answer_topic_on_demand_and_keep_their_commitment_published()
    {
        var school = DisclosurePolicy.Default.ObligationsFor(BodyType.School);

        Assert.Contains(ScheduleEntry.IM9, school.Entries);
        Assert.Contains(ScheduleEntry.ST6, school.Entries);
        Assert.DoesNotContain(ScheduleEntry.IM1, school.Entries);
    }
}
