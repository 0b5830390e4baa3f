using System.Collections.ObjectModel;
using GovDisclosure.Policy.Catalogs;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// One publication of a disclosure: the day, the channels used (§3.1) — the seed's, the national list's of §10, or both —
/// and, for an item that must stay posted (D35), the day it was taken down.
/// </summary>
public sealed record Publication
{
    /// <summary>Creates a publication.</summary>
    /// <param name="date">The day it was published.</param>
    /// <param name="channels">The channels it reached; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="channels"/> or an element is null.</exception>
    public Publication(LocalDate date, IEnumerable<Channel> channels)
    {
        Date = date;
        ChannelArray = ReadOnly.ArrayWithoutNulls(channels, nameof(channels));
        Reckon();
    }

    /// <summary>A publication over an array the caller made for it, checked and never changed (the JSON reader's): not copied.
    /// <paramref name="owned"/> only tells this constructor from the public one.</summary>
    internal Publication(LocalDate date, Channel[] channels, bool owned, NationalChannel[]? nationalChannels = null, LocalDate? takenDownOn = null)
    {
        Date = date;
        ChannelArray = channels;
        NationalChannelArray = nationalChannels ?? [];
        TakenDownOn = takenDownOn;
        Reckon();
    }

    /// <summary>Whether the channels include an external one and an internal one (§3.1), worked out once when the channels are set:
    /// the evaluation asks it of every publication of every record.</summary>
    internal (bool External, bool Internal) Reach { get; private set; }

    /// <summary>The national channels reached (§10), its own and its seed channels' counterparts, as bits by value; worked out once.</summary>
    internal ulong NationalReach { get; private set; }

    private void Reckon() => (Reach, NationalReach) = (RecordRules.Reach(ChannelArray), RecordRules.NationalReach(ChannelArray, NationalChannelArray));

    private ReadOnlyCollection<Channel>? channelView;   // made on first read: a register of a million records need not hold a million views

    /// <summary>The day it was published.</summary>
    public LocalDate Date { get; }

    /// <summary>The channels it reached; copied when set, by the constructor or by <c>with</c>.</summary>
    /// <exception cref="ArgumentNullException">The list or an element is null.</exception>
    public IReadOnlyList<Channel> Channels
    {
        get => channelView ??= ReadOnly.Wrap(ChannelArray);
        init
        {
            (ChannelArray, channelView) = (ReadOnly.ArrayWithoutNulls(value, nameof(Channels)), null);
            Reckon();
        }
    }

    /// <summary>The channels as the array <see cref="Channels"/> wraps: evaluation reads them once per record.</summary>
    internal Channel[] ChannelArray { get; private init; }

    /// <summary>
    /// The channels of the national list (§10) it reached, besides <see cref="Channels"/>; empty by default. A catalog row's record is
    /// judged on these and on the national counterparts of <see cref="Channels"/> (<see cref="NationalChannel.CounterpartsOf"/>).
    /// Copied when set.
    /// </summary>
    /// <exception cref="ArgumentNullException">The list or an element is null.</exception>
    public IReadOnlyList<NationalChannel> NationalChannels
    {
        get => nationalView ??= ReadOnly.Wrap(NationalChannelArray);
        init
        {
            (NationalChannelArray, nationalView) = (ReadOnly.ArrayWithoutNulls(value, nameof(NationalChannels)), null);
            Reckon();
        }
    }

    private ReadOnlyCollection<NationalChannel>? nationalView;

    /// <summary>The national channels as the array <see cref="NationalChannels"/> wraps.</summary>
    internal NationalChannel[] NationalChannelArray { get; private init; } = [];

    /// <summary>
    /// The day it was taken down, or null while it stays published. It was published from <see cref="Date"/> through the day before;
    /// the register refuses a day on or before <see cref="Date"/>. A catalog row's posting period (D35) is judged on it.
    /// </summary>
    public LocalDate? TakenDownOn { get; init; }

    /// <summary>Whether <paramref name="other"/> has the same date, the same channels of both lists in the same order, and the same take-down day.</summary>
    /// <param name="other">Another publication.</param>
    public bool Equals(Publication? other) =>
        other is not null && Date == other.Date && TakenDownOn == other.TakenDownOn && ChannelArray.SequenceEqual(other.ChannelArray) &&
        NationalChannelArray.SequenceEqual(other.NationalChannelArray);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, TakenDownOn, ReadOnly.SequenceHash(ChannelArray), ReadOnly.SequenceHash(NationalChannelArray));
}

/// <summary>
/// One obligation of a unit and what it did about it: the obligation's key (an entry or an item no entry covers, of the built-in catalog; or a
/// county catalog's row, §10), the event date or a day of the reporting period, the publications, and the flags of D13.
/// </summary>
public sealed record DisclosureRecord
{
    /// <summary>Creates a record of <paramref name="obligation"/>.</summary>
    /// <param name="id">The record's stable id, unique in the register.</param>
    /// <param name="bodyId">The unit's id.</param>
    /// <param name="obligation">The obligation: a <see cref="ScheduleEntry"/> (it converts to its key), an item no entry covers
    /// (<see cref="ObligationKey.Of(DisclosureItem)"/>: G15, I04; D3), or a county catalog's row (<see cref="ObligationKey.InCatalog"/>, by the
    /// catalog's name and 序号 as registers name it; the policy that evaluates the register must hold the catalog).</param>
    /// <param name="trigger">The event date, or any day of the reporting period.</param>
    /// <param name="publications">The publications, in any order; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="bodyId"/>, <paramref name="obligation"/> or
    /// <paramref name="publications"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="obligation"/> names a part of a row other than 0.</exception>
    public DisclosureRecord(string id, string bodyId, ObligationKey obligation, LocalDate trigger, IEnumerable<Publication> publications)
        : this(Preconditions.CheckNotNull(id), Preconditions.CheckNotNull(bodyId), Preconditions.CheckNotNull(obligation), null, trigger,
            ReadOnly.ArrayWithoutNulls(publications, nameof(publications)), false, false, false, null)
    {
        Preconditions.CheckArgument(obligation.Part == 0, nameof(obligation),
            "{0} names part {1} of its row; registers do not record the parts of a row of several events yet (D43), so a record names part 0.", obligation, obligation.Part);
    }

    /// <summary>A record over a publications array the caller made for it, checked and never changed (the JSON reader's): not copied.</summary>
    internal DisclosureRecord(string id, string bodyId, ObligationKey obligation, DisclosureItem? item, LocalDate trigger, Publication[] publications,
        bool isClassified, bool isFalsified, bool isRefused, string? subject)
    {
        Subject = subject;
        Id = id;
        BodyId = bodyId;
        Obligation = obligation;
        Item = item;
        Trigger = trigger;
        PublicationArray = publications;
        IsClassified = isClassified;
        IsFalsified = isFalsified;
        IsRefused = isRefused;
    }

    /// <summary>The record's id.</summary>
    public string Id { get; }

    /// <summary>The unit's id.</summary>
    public string BodyId { get; }

    /// <summary>The obligation recorded.</summary>
    public ObligationKey Obligation { get; }

    /// <summary>For a record of an entry, the one of the entry's items it discloses, which sets the audience it must reach (D23); otherwise null.</summary>
    /// <exception cref="ArgumentException">Set for an obligation that is not an entry.</exception>
    public DisclosureItem? Item
    {
        get;
        init
        {
            Preconditions.CheckArgument(value is null || Obligation.Entry is not null, nameof(Item),
                "Item names which of an entry's items the record discloses (D23); {0} is not an entry.", Obligation);
            field = value;
        }
    }

    /// <summary>The event date, or a day of the reporting period.</summary>
    public LocalDate Trigger { get; }

    /// <summary>The publications; copied when set, by the constructor or by <c>with</c>.</summary>
    /// <exception cref="ArgumentNullException">The list or an element is null.</exception>
    public IReadOnlyList<Publication> Publications
    {
        get => publicationView ??= ReadOnly.Wrap(PublicationArray);
        init => (PublicationArray, publicationView) = (ReadOnly.ArrayWithoutNulls(value, nameof(Publications)), null);
    }

    private ReadOnlyCollection<Publication>? publicationView;   // made on first read, like Publication.Channels

    /// <summary>The publications as the array <see cref="Publications"/> wraps: evaluation reads them once per record.</summary>
    internal Publication[] PublicationArray { get; private init; }

    /// <summary>Classified (涉密, §2.1.P): exempt, never counted against the unit. False by default.</summary>
    public bool IsClassified { get; init; }

    /// <summary>Falsified (弄虚作假, §4.2). False by default.</summary>
    public bool IsFalsified { get; init; }

    /// <summary>Refused (拒不执行, §4.2): the unit refused to disclose. False by default.</summary>
    public bool IsRefused { get; init; }

    /// <summary>What an event record is about (a document's number or title, a list's batch), so that two events of one obligation on one
    /// day stay two obligations; null by default.</summary>
    public string? Subject { get; init => field = value is null ? null : Preconditions.CheckNotBlank(value, nameof(Subject), "A record's subject, when given,"); }

    /// <summary>Whether <paramref name="other"/> records the same thing: every field, publications compared one by one.</summary>
    /// <param name="other">Another record.</param>
    public bool Equals(DisclosureRecord? other) =>
        other is not null && Id == other.Id && BodyId == other.BodyId && Obligation == other.Obligation && Item == other.Item &&
        Trigger == other.Trigger && IsClassified == other.IsClassified && IsFalsified == other.IsFalsified && IsRefused == other.IsRefused &&
        Subject == other.Subject && PublicationArray.SequenceEqual(other.PublicationArray);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, BodyId, Trigger);
}

/// <summary>A unit's service commitment (社会服务承诺, §2.1.C, D15).</summary>
/// <param name="BodyId">The unit's id.</param>
/// <param name="OneWindow">一个窗口受理: one-window acceptance.</param>
/// <param name="OneTimeNotification">一次性告知: one-time notification.</param>
/// <param name="OneStop">一站式办结: one-stop completion.</param>
/// <param name="EndToEnd">一条龙服务: end-to-end service.</param>
/// <param name="SignedBy">Who signed it.</param>
/// <param name="SignedOn">When it was signed.</param>
/// <param name="ApprovedOn">When the county disclosure office approved it; null if it has not.</param>
/// <param name="PublishedOn">When it was published; null if it has not been.</param>
/// <exception cref="ArgumentNullException"><paramref name="BodyId"/> or <paramref name="SignedBy"/> is null, when created or through <c>with</c>.</exception>
/// <exception cref="ArgumentException"><paramref name="BodyId"/> or <paramref name="SignedBy"/> is blank, when created or through <c>with</c>.</exception>
public sealed record ServiceCommitment(string BodyId, bool OneWindow, bool OneTimeNotification, bool OneStop, bool EndToEnd,
    string SignedBy, LocalDate SignedOn, LocalDate? ApprovedOn, LocalDate? PublishedOn)
{
    /// <summary>The unit's id.</summary>
    public string BodyId { get; init => field = Preconditions.CheckNotBlank(value, nameof(BodyId), "A commitment's body id"); } =
        Preconditions.CheckNotBlank(BodyId, nameof(BodyId), "A commitment's body id");

    /// <summary>Who signed it.</summary>
    public string SignedBy { get; init => field = Preconditions.CheckNotBlank(value, nameof(SignedBy), "Who signed a commitment"); } =
        Preconditions.CheckNotBlank(SignedBy, nameof(SignedBy), "Who signed a commitment");
}

/// <summary>A department's disclosure rules (政务公开制度), approved by the county disclosure office before they are published (§5).</summary>
/// <param name="BodyId">The department's id.</param>
/// <param name="ApprovedOn">When the office approved them; null if it has not.</param>
/// <param name="PublishedOn">When they were published; null if they have not been.</param>
/// <exception cref="ArgumentNullException"><paramref name="BodyId"/> is null, when created or through <c>with</c>.</exception>
/// <exception cref="ArgumentException"><paramref name="BodyId"/> is blank, when created or through <c>with</c>.</exception>
public sealed record DisclosureRules(string BodyId, LocalDate? ApprovedOn, LocalDate? PublishedOn)
{
    /// <summary>The department's id.</summary>
    public string BodyId { get; init => field = Preconditions.CheckNotBlank(value, nameof(BodyId), "Disclosure rules' body id"); } =
        Preconditions.CheckNotBlank(BodyId, nameof(BodyId), "Disclosure rules' body id");
}

/// <summary>A year's comprehensive inspections (全面性检查, §4.1, D12) of one unit, or of the whole county when <paramref name="BodyId"/> is null.</summary>
/// <param name="Year">The year.</param>
/// <param name="BodyId">The unit inspected, or null for every unit of the county.</param>
/// <param name="Dates">The inspection dates; copied, when created or through <c>with</c>.</param>
/// <exception cref="ArgumentNullException"><paramref name="Dates"/> is null.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Year"/> is not between 1 and 9998, when created or through <c>with</c>.</exception>
public sealed record InspectionPlan(int Year, string? BodyId, IReadOnlyList<LocalDate> Dates)
{
    /// <summary>The year.</summary>
    public int Year { get; init => field = CheckedYear(value); } = CheckedYear(Year);

    /// <summary>The inspection dates, as given.</summary>
    public IReadOnlyList<LocalDate> Dates { get; init => field = ReadOnly.Copy(value, nameof(Dates)); } = ReadOnly.Copy(Dates, nameof(Dates));

    /// <summary>Whether <paramref name="other"/> is the same plan, dates compared one by one.</summary>
    /// <param name="other">Another plan.</param>
    public bool Equals(InspectionPlan? other) => other is not null && Year == other.Year && BodyId == other.BodyId && Dates.SequenceEqual(other.Dates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, BodyId, ReadOnly.SequenceHash(Dates));

    private static int CheckedYear(int year)
    {
        Preconditions.CheckArgumentRange(nameof(Year), year, DisclosureYears.First, DisclosureYears.Last);
        return year;
    }
}
