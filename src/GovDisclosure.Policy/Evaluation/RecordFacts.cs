using GovDisclosure.Policy.Catalogs;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// What the evaluation reads of a record: a <see cref="DisclosureRecord"/> held in a register, or one being read from a
/// stream, judged before any object is made of it. The walk is generic over struct implementations, so each is compiled
/// with its own direct calls; <see cref="Materialize"/> makes the record only when a finding or an outcome needs it.
/// </summary>
internal interface IRecordFacts
{
    /// <summary>The record's id; for a streamed record, made on each read.</summary>
    string Id { get; }

    /// <summary>What the record is about, or null; for a streamed record, made on each read.</summary>
    string? Subject { get; }

    /// <summary>The built-in catalog's entry the record names, or null.</summary>
    ScheduleEntry? Entry { get; }

    /// <summary>The item: the one of the entry's items the record discloses (D23), or the built-in row of an item no entry covers; or null.</summary>
    DisclosureItem? Item { get; }

    /// <summary>The catalog a row record names (§10), or null; for a streamed record, made on each read.</summary>
    string? CatalogName { get; }

    /// <summary>The 序号 a row record names, or null; for a streamed record, made on each read.</summary>
    string? RowNumber { get; }

    LocalDate Trigger { get; }

    bool IsClassified { get; }

    bool IsFalsified { get; }

    bool IsRefused { get; }

    int PublicationCount { get; }

    LocalDate PublicationDate(int index);

    /// <summary>Whether publication <paramref name="index"/> reached an external channel, and an internal one (§3.1).</summary>
    (bool External, bool Internal) Reach(int index);

    /// <summary>The national channels (§10) publication <paramref name="index"/> reached, as bits by <see cref="NationalChannel"/> value: its own, and
    /// the counterparts of its seed channels.</summary>
    ulong NationalReach(int index);

    /// <summary>The day publication <paramref name="index"/> was taken down, or null.</summary>
    LocalDate? TakenDownOn(int index);

    /// <summary>The record as a value a finding or an outcome can keep.</summary>
    DisclosureRecord Materialize();
}

/// <summary>Facts about a record of a register: the record itself.</summary>
internal readonly struct HeldRecord(DisclosureRecord record) : IRecordFacts
{
    public string Id => record.Id;

    public string? Subject => record.Subject;

    public ScheduleEntry? Entry => record.Obligation.Entry;

    public DisclosureItem? Item => record.Item ?? record.Obligation.Item;

    public string? CatalogName => record.Obligation.IsBuiltIn ? null : record.Obligation.Catalog;

    public string? RowNumber => record.Obligation.IsBuiltIn ? null : record.Obligation.Row;

    public LocalDate Trigger => record.Trigger;

    public bool IsClassified => record.IsClassified;

    public bool IsFalsified => record.IsFalsified;

    public bool IsRefused => record.IsRefused;

    public int PublicationCount => record.PublicationArray.Length;

    public LocalDate PublicationDate(int index) => record.PublicationArray[index].Date;

    public (bool External, bool Internal) Reach(int index) => record.PublicationArray[index].Reach;

    public ulong NationalReach(int index) => record.PublicationArray[index].NationalReach;

    public LocalDate? TakenDownOn(int index) => record.PublicationArray[index].TakenDownOn;

    public DisclosureRecord Materialize() => record;
}

/// <summary>The checks and reckonings every record gets, whatever holds it.</summary>
internal static class RecordRules
{
    /// <summary>Whether <paramref name="channels"/> include an external channel, and an internal one (§3.1).</summary>
    internal static (bool External, bool Internal) Reach(ReadOnlySpan<Channel> channels)
    {
        bool external = false, @internal = false;
        foreach (var channel in channels)
        {
            external |= channel.IsExternal;
            @internal |= !channel.IsExternal;
        }

        return (external, @internal);
    }

    /// <summary>By seed channel value, the bits of its national counterparts (§10); the internal channels have none.</summary>
    private static readonly ulong[] CounterpartBits = CounterpartsByChannel();

    /// <summary>The bit of <paramref name="channel"/> in a set of national channels.</summary>
    internal static ulong Bit(NationalChannel channel) => 1UL << channel.Value;

    /// <summary>The bits of <paramref name="channels"/> in a set of national channels.</summary>
    internal static ulong Bits(IEnumerable<NationalChannel> channels)
    {
        var bits = 0UL;
        foreach (var channel in channels)
        {
            bits |= Bit(channel);
        }

        return bits;
    }

    /// <summary>The national channels reached through <paramref name="national"/> and the counterparts of <paramref name="seed"/>, as bits.</summary>
    internal static ulong NationalReach(ReadOnlySpan<Channel> seed, ReadOnlySpan<NationalChannel> national)
    {
        var bits = 0UL;
        foreach (var channel in seed)
        {
            bits |= CounterpartBits[channel.Value];
        }

        for (var i = 0; i < national.Length; i++)   // the array itself, not Bits: no enumerator per publication
        {
            bits |= Bit(national[i]);
        }

        return bits;
    }

    private static ulong[] CounterpartsByChannel()
    {
        var bits = new ulong[Channel.InOrder.Max(channel => channel.Value) + 1];
        foreach (var channel in Channel.InOrder)
        {
            bits[channel.Value] = Bits(NationalChannel.CounterpartsOf(channel));
        }

        return bits;
    }

    /// <summary>The first publication on or before <paramref name="asOf"/>, or null.</summary>
    internal static LocalDate? FirstPublicationBy<TRecord>(in TRecord record, LocalDate asOf)
        where TRecord : struct, IRecordFacts
    {
        LocalDate? first = null;
        for (var i = 0; i < record.PublicationCount; i++)
        {
            var date = record.PublicationDate(i);
            if (date <= asOf && (first is null || date < first.Value))
            {
                first = date;
            }
        }

        return first;
    }

    /// <summary>
    /// What is wrong with the record's obligation, or null (D3, D23, D25): its entry or item, its trigger in the register's
    /// year, no publication before the obligation starts. <paramref name="start"/> is the day the obligation starts.
    /// </summary>
    internal static string? ObligationProblem<TRecord>(in TRecord record, int year, out LocalDate start)
        where TRecord : struct, IRecordFacts
    {
        start = default;
        // A row record names its catalog and 序号 and no entry or item: the factory and the JSON reader see to that.
        var namesRow = record.CatalogName is not null;
        if (!namesRow && record.Entry is null && record.Item is null)
        {
            return "it must name its schedule entry, an item no entry covers, or a county catalog's row.";
        }

        if (record.Entry is { } named && record.Item is { } disclosed && !named.Items.Contains(disclosed))
        {
            return $"it names the item {disclosed.Code}, which is not one of {named.Code}'s items ({(named.Items.Count == 0 ? "it lists none" : string.Join(", ", named.Items.Select(i => i.Code)))}); D23.";
        }

        if (record.Entry is null && record.Item is { } item && ItemSchedule.For(item) is { IsInferred: false, HasUncoveredParts: false } schedule)
        {
            return $"{item.Code} is scheduled by {string.Join(", ", schedule.Entries.Select(e => e.Code))}; record the entry instead (D3 applies only to items no entry covers).";
        }

        if (record.Trigger.Year != year || record.Trigger.Calendar != CalendarSystem.Iso)
        {
            return $"its trigger {record.Trigger.ToIso()} is not an ISO date of the register's year {year}.";
        }

        for (var i = 0; i < record.PublicationCount; i++)
        {
            if (record.TakenDownOn(i) is { } down && down <= record.PublicationDate(i))
            {
                return $"its publication of {record.PublicationDate(i).ToIso()} is taken down on {down.ToIso()}; a take-down day falls after the day published.";
            }
        }

        if (namesRow)
        {
            // A row's cadence is the policy's to know: the evaluation checks its publications against the obligation's start (PublishedBeforeStart).
            start = record.Trigger;
            return null;
        }

        // The event date, or the first day of the reporting period (D25).
        start = record.Entry is { Cadence.IsPeriodic: true } entry ? Deadlines.ReportingPeriod.Of(entry.Cadence, record.Trigger, "trigger").Start : record.Trigger;
        return PublishedBeforeStart(record, start);
    }

    /// <summary>
    /// One record per obligation and period (D25): the problem of a second record of a monthly, quarterly or yearly obligation's period, worded
    /// once for the register, the evaluation of a register and the streamed evaluation, so that each refuses the same record with the same words.
    /// <paramref name="what"/> names the obligation as findings do.
    /// </summary>
    internal static string SecondOfPeriod(string what, string bodyId, LocalDate periodStart) =>
        $"another record already covers {what} of {bodyId} for the period from {periodStart.ToIso()}.";

    /// <summary>The problem of a second record of one event: the same obligation, unit, day and subject as <paramref name="firstId"/>.</summary>
    internal static string SecondOfEvent(string firstId, string what, string bodyId, LocalDate day, string? subject) =>
        $"it records the same obligation as {firstId}: {what} of {bodyId} from {day.ToIso()}" + (subject is null ? "" : $" about \"{subject}\"") + ".";

    /// <summary>The problem when a publication precedes <paramref name="start"/>, the day the obligation starts; else null.</summary>
    internal static string? PublishedBeforeStart<TRecord>(in TRecord record, LocalDate start)
        where TRecord : struct, IRecordFacts
    {
        for (var i = 0; i < record.PublicationCount; i++)
        {
            if (record.PublicationDate(i) < start)
            {
                return $"it was published on {record.PublicationDate(i).ToIso()}, before its obligation starts on {start.ToIso()}.";
            }
        }

        return null;
    }
}
