using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Scope;

/// <summary>Invariants of the static model over random items, entries, body types and sets of channels.</summary>
public sealed class ModelProperties
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    private static Arbitrary<DisclosureItem> Items => Gen.Elements(DisclosureItem.InOrder.ToArray()).ToArbitrary();

    private static Arbitrary<ScheduleEntry> Entries => Gen.Elements(ScheduleEntry.InOrder.ToArray()).ToArbitrary();

    private static Arbitrary<BodyType> BodyTypes => Gen.Elements(BodyType.InOrder.ToArray()).ToArbitrary();

    private static Gen<Channel[]> ChannelSets(bool external) =>
        Gen.SubListOf(Channel.InOrder.Where(channel => channel.IsExternal == external).ToArray()).Select(list => list.ToArray());

    [Property]
    public Property D3_every_item_of_a_full_body_has_an_entry_or_the_statutory_cadence() =>
        Prop.ForAll(Items, item =>
        {
            var schedule = Policy.ScheduleFor(item);
            return Policy.ObligationsFor(BodyType.AdministrativeOrgan).Items.Contains(item)
                   && (schedule.Entries.Count > 0 || schedule.Cadences.Contains(Cadence.Statutory));
        });

    [Property]
    public Property What_a_service_disclosure_body_must_do_a_full_body_must_do_too() =>
        Prop.ForAll(Items, Entries, (item, entry) =>
            (!ObligationLevel.ServiceDisclosure.AppliesTo(item) || ObligationLevel.Full.AppliesTo(item))
            && (!ObligationLevel.ServiceDisclosure.AppliesTo(entry) || ObligationLevel.Full.AppliesTo(entry)));

    [Property]
    public Property An_entry_applies_to_a_body_whenever_one_of_its_items_does() =>
        Prop.ForAll(BodyTypes, Entries, (bodyType, entry) =>
        {
            var obligations = Policy.ObligationsFor(bodyType);
            return !entry.Items.Any(obligations.Items.Contains) || obligations.Entries.Contains(entry);
        });

    [Property]
    public Property Sec3_1_an_internal_item_is_never_satisfied_by_external_channels_alone() =>
        Prop.ForAll(ChannelSets(external: true).ToArbitrary(), channels =>
            DisclosureItem.InOrder.Where(item => item.Kind == ItemKind.Internal).All(item => !item.IsReachedBy(channels)));

    [Property]
    public Property Sec3_1_a_public_item_is_never_satisfied_by_internal_channels_alone() =>
        Prop.ForAll(ChannelSets(external: false).ToArbitrary(), channels =>
            DisclosureItem.InOrder.Where(item => item.Audience == Audience.Public).All(item => !item.IsReachedBy(channels)));

    [Property]
    public Property Adding_a_channel_of_the_items_audience_always_reaches_it() =>
        Prop.ForAll(Items, ChannelSets(external: true).ToArbitrary(), (item, channels) =>
        {
            var ofAudience = Channel.InOrder.First(channel => channel.Audience == item.Audience);
            return item.IsReachedBy([.. channels, ofAudience]);
        });
}
