using System.Collections.ObjectModel;
using GovDisclosure.Policy.Catalogs;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>The principal leader of a unit (单位主要负责人), who answers for refusal or falsification (§4.2) and signs its service commitment (§2.1.C).</summary>
/// <param name="Name">The leader's name.</param>
/// <param name="TookOffice">The day the leader took office.</param>
/// <exception cref="ArgumentNullException"><paramref name="Name"/> is null, when created or through <c>with</c>.</exception>
public sealed record PrincipalLeader(string Name, LocalDate TookOffice)
{
    /// <summary>The leader's name.</summary>
    public string Name { get; init => field = Preconditions.CheckNotNull(value, nameof(Name)); } = Preconditions.CheckNotNull(Name);
}

/// <summary>An obligated unit of the register.</summary>
/// <remarks>Every property is checked when the unit is created and when <c>with</c> changes it: a unit can never hold a null id, name, type or leader.</remarks>
public sealed record Body
{
    /// <summary>Creates a unit.</summary>
    /// <param name="id">The unit's stable id, unique in the register.</param>
    /// <param name="name">The unit's name.</param>
    /// <param name="type">The kind of body, which sets its obligation level (§2.2).</param>
    /// <param name="principal">The unit's principal leader.</param>
    /// <param name="supervisionContact">The person named responsible for supervision (§4.1); null when none is named, which is a finding.</param>
    /// <param name="level">The tier the unit works at; null for the level of its type (<see cref="AdministrativeLevel.Of(BodyType)"/>, §10).</param>
    /// <param name="role">Whether the unit is a people's government or a department (§9.1); null when the register does not say.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="name"/>, <paramref name="type"/> or <paramref name="principal"/> is null.</exception>
    public Body(string id, string name, BodyType type, PrincipalLeader principal, string? supervisionContact, AdministrativeLevel? level = null,
        BodyRole? role = null)
    {
        Id = id;
        Name = name;
        Type = type;
        Principal = principal;
        SupervisionContact = supervisionContact;
        Level = level ?? AdministrativeLevel.Of(Preconditions.CheckNotNull(type));
        Role = role;
    }

    /// <summary>The unit's stable id, unique in the register.</summary>
    public string Id { get; init => field = Preconditions.CheckNotNull(value, nameof(Id)); }

    /// <summary>The unit's name.</summary>
    public string Name { get; init => field = Preconditions.CheckNotNull(value, nameof(Name)); }

    /// <summary>The kind of body, which sets its obligation level (§2.2).</summary>
    public BodyType Type { get; init => field = Preconditions.CheckNotNull(value, nameof(Type)); }

    /// <summary>The unit's principal leader.</summary>
    public PrincipalLeader Principal { get; init => field = Preconditions.CheckNotNull(value, nameof(Principal)); }

    /// <summary>The person named responsible for supervision (§4.1), or null when none is named, which is a finding.</summary>
    public string? SupervisionContact { get; init; }

    /// <summary>The tier the unit works at (§10).</summary>
    public AdministrativeLevel Level { get; init => field = Preconditions.CheckNotNull(value, nameof(Level)); }

    /// <summary>Whether the unit is a people's government or a department (§9.1), or null when the register does not say.</summary>
    public BodyRole? Role { get; init; }

    /// <summary>The names of the county catalogs the host assigned the unit (§10, "Who a catalog binds"); empty by default. Copied when set.</summary>
    /// <exception cref="ArgumentNullException">The list or a name is null.</exception>
    public IReadOnlyList<string> Catalogs { get; init => field = ReadOnly.CopyWithoutNulls(value, nameof(Catalogs)); } = ReadOnly.Wrap(Array.Empty<string>());

    /// <summary>Whether <paramref name="other"/> has the same id, name, type, leader, contact, level, role and catalogs (in order).</summary>
    /// <param name="other">Another unit.</param>
    public bool Equals(Body? other) =>
        other is not null && Id == other.Id && Name == other.Name && Type == other.Type && Principal == other.Principal &&
        SupervisionContact == other.SupervisionContact && Level == other.Level && Role == other.Role && Catalogs.SequenceEqual(other.Catalogs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Type, Principal, SupervisionContact, Level, Role, ReadOnly.SequenceHash(Catalogs));
}

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
    }

    /// <summary>A publication over an array the caller made for it, checked and never changed (the JSON reader's): not copied.
    /// <paramref name="owned"/> only tells this constructor from the public one.</summary>
    internal Publication(LocalDate date, Channel[] channels, bool owned, NationalChannel[]? nationalChannels = null, LocalDate? takenDownOn = null)
    {
        Date = date;
        ChannelArray = channels;
        NationalChannelArray = nationalChannels ?? [];
        TakenDownOn = takenDownOn;
    }

    private ReadOnlyCollection<Channel>? channelView;   // made on first read: a register of a million records need not hold a million views

    /// <summary>The day it was published.</summary>
    public LocalDate Date { get; }

    /// <summary>The channels it reached; copied when set, by the constructor or by <c>with</c>.</summary>
    /// <exception cref="ArgumentNullException">The list or an element is null.</exception>
    public IReadOnlyList<Channel> Channels
    {
        get => channelView ??= ReadOnly.Wrap(ChannelArray);
        init => (ChannelArray, channelView) = (ReadOnly.ArrayWithoutNulls(value, nameof(Channels)), null);
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
        init => (NationalChannelArray, nationalView) = (ReadOnly.ArrayWithoutNulls(value, nameof(NationalChannels)), null);
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
/// One obligation of a unit and what it did about it: the entry (or, for items no entry covers, the item; or a county
/// catalog's row, by catalog name and 序号, §10), the event date or a day of the reporting period, the publications, and
/// the flags of D13.
/// </summary>
public sealed record DisclosureRecord
{
    /// <summary>Creates a record: give its entry, or, for an item no entry covers, its item; a record of an entry may also name the one of
    /// the entry's items it discloses, which sets the audience it must reach (D23).</summary>
    /// <param name="id">The record's stable id, unique in the register.</param>
    /// <param name="bodyId">The unit's id.</param>
    /// <param name="entry">The schedule entry; null for an item no entry covers.</param>
    /// <param name="item">With an entry, the one of its items the record discloses (D23), or null; without one, an item no entry covers (G15, I04; D3).</param>
    /// <param name="trigger">The event date, or any day of the reporting period.</param>
    /// <param name="publications">The publications, in any order; may be empty.</param>
    /// <param name="isClassified">涉密: classified, so exempt (§2.1.P).</param>
    /// <param name="isFalsified">弄虚作假: the disclosure was falsified (§4.2).</param>
    /// <param name="isRefused">拒不执行: the unit refused to disclose (§4.2).</param>
    /// <param name="subject">What an event record is about (a document's number or title), so that two events of one entry on one day stay two obligations; may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="bodyId"/> or <paramref name="publications"/> is null.</exception>
    public DisclosureRecord(string id, string bodyId, ScheduleEntry? entry, DisclosureItem? item, LocalDate trigger,
        IEnumerable<Publication> publications, bool isClassified = false, bool isFalsified = false, bool isRefused = false, string? subject = null)
    {
        Subject = subject;
        Id = Preconditions.CheckNotNull(id);
        BodyId = Preconditions.CheckNotNull(bodyId);
        Entry = entry;
        Item = item;
        Trigger = trigger;
        PublicationArray = ReadOnly.ArrayWithoutNulls(publications, nameof(publications));
        IsClassified = isClassified;
        IsFalsified = isFalsified;
        IsRefused = isRefused;
    }

    /// <summary>A record of a county catalog's row (§10, D35), named as registers name it: by the catalog's name and the row's 序号.
    /// The policy that evaluates the register must hold the catalog (<see cref="DisclosurePolicy.WithCatalog"/>). A factory rather than a
    /// constructor, so that a call passing <c>null</c> for the entry and the item still picks the constructor it always did.</summary>
    /// <param name="id">The record's stable id, unique in the register.</param>
    /// <param name="bodyId">The unit's id.</param>
    /// <param name="catalogName">The catalog's name, as <see cref="CountyCatalog.Name"/>.</param>
    /// <param name="rowNumber">The row's 序号 as written (<see cref="CatalogRow.Number"/>).</param>
    /// <param name="trigger">The event date, or any day of the reporting period of a monthly, quarterly or yearly row.</param>
    /// <param name="publications">The publications, in any order; may be empty.</param>
    /// <param name="isClassified">涉密: classified, so exempt (§2.1.P).</param>
    /// <param name="isFalsified">弄虚作假: the disclosure was falsified (§4.2).</param>
    /// <param name="isRefused">拒不执行: the unit refused to disclose (§4.2).</param>
    /// <param name="subject">What an event record is about (a document's number or title, a list's batch), so that two events of one row on one
    /// day stay two obligations; may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="bodyId"/>, <paramref name="catalogName"/>,
    /// <paramref name="rowNumber"/> or <paramref name="publications"/> is null.</exception>
    /// <returns>The record, with no entry and no item.</returns>
    public static DisclosureRecord OfCatalogRow(string id, string bodyId, string catalogName, string rowNumber, LocalDate trigger,
        IEnumerable<Publication> publications, bool isClassified = false, bool isFalsified = false, bool isRefused = false, string? subject = null) =>
        new(id, bodyId, Preconditions.CheckNotNull(catalogName), Preconditions.CheckNotNull(rowNumber), trigger, publications, isClassified, isFalsified, isRefused,
            subject);

    private DisclosureRecord(string id, string bodyId, string catalogName, string rowNumber, LocalDate trigger, IEnumerable<Publication> publications,
        bool isClassified, bool isFalsified, bool isRefused, string? subject)
        : this(id, bodyId, (ScheduleEntry?)null, null, trigger, publications, isClassified, isFalsified, isRefused, subject)
    {
        CatalogName = catalogName;
        RowNumber = rowNumber;
    }

    /// <summary>A record over a publications array the caller made for it, checked and never changed (the JSON reader's): not copied.
    /// <paramref name="owned"/> only tells this constructor from the public one.</summary>
    internal DisclosureRecord(string id, string bodyId, ScheduleEntry? entry, DisclosureItem? item, LocalDate trigger, Publication[] publications,
        bool isClassified, bool isFalsified, bool isRefused, string? subject, bool owned, string? catalogName = null, string? rowNumber = null)
    {
        CatalogName = catalogName;
        RowNumber = rowNumber;
        Subject = subject;
        Id = id;
        BodyId = bodyId;
        Entry = entry;
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

    /// <summary>The schedule entry, or null for a record of an item no entry covers.</summary>
    public ScheduleEntry? Entry { get; }

    /// <summary>The item: with an entry, the one of its items the record discloses (D23) or null; without one, the item no entry covers.</summary>
    public DisclosureItem? Item { get; }

    /// <summary>The name of the county catalog whose row the record is of (§10), or null for a record of the seed's entry or item.</summary>
    public string? CatalogName { get; }

    /// <summary>The 序号 of the catalog row the record is of, as written, or null for a record of the seed's entry or item.</summary>
    public string? RowNumber { get; }

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

    /// <summary>Classified (涉密): exempt, never counted against the unit.</summary>
    public bool IsClassified { get; }

    /// <summary>Falsified (弄虚作假).</summary>
    public bool IsFalsified { get; }

    /// <summary>Refused (拒不执行).</summary>
    public bool IsRefused { get; }

    /// <summary>What an event record is about, or null.</summary>
    public string? Subject { get; }

    /// <summary>Whether <paramref name="other"/> records the same thing: every field, publications compared one by one.</summary>
    /// <param name="other">Another record.</param>
    public bool Equals(DisclosureRecord? other) =>
        other is not null && Id == other.Id && BodyId == other.BodyId && Entry == other.Entry && Item == other.Item && Trigger == other.Trigger &&
        IsClassified == other.IsClassified && IsFalsified == other.IsFalsified && IsRefused == other.IsRefused && Subject == other.Subject &&
        CatalogName == other.CatalogName && RowNumber == other.RowNumber && PublicationArray.SequenceEqual(other.PublicationArray);

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
public sealed record ServiceCommitment(string BodyId, bool OneWindow, bool OneTimeNotification, bool OneStop, bool EndToEnd,
    string SignedBy, LocalDate SignedOn, LocalDate? ApprovedOn, LocalDate? PublishedOn)
{
    /// <summary>The unit's id.</summary>
    public string BodyId { get; init => field = Preconditions.CheckNotNull(value, nameof(BodyId)); } = Preconditions.CheckNotNull(BodyId);

    /// <summary>Who signed it.</summary>
    public string SignedBy { get; init => field = Preconditions.CheckNotNull(value, nameof(SignedBy)); } = Preconditions.CheckNotNull(SignedBy);
}

/// <summary>A department's disclosure rules (政务公开制度), approved by the county disclosure office before they are published (§5).</summary>
/// <param name="BodyId">The department's id.</param>
/// <param name="ApprovedOn">When the office approved them; null if it has not.</param>
/// <param name="PublishedOn">When they were published; null if they have not been.</param>
/// <exception cref="ArgumentNullException"><paramref name="BodyId"/> is null, when created or through <c>with</c>.</exception>
public sealed record DisclosureRules(string BodyId, LocalDate? ApprovedOn, LocalDate? PublishedOn)
{
    /// <summary>The department's id.</summary>
    public string BodyId { get; init => field = Preconditions.CheckNotNull(value, nameof(BodyId)); } = Preconditions.CheckNotNull(BodyId);
}

/// <summary>A year's comprehensive inspections (全面性检查, §4.1, D12) of one unit, or of the whole county when <paramref name="BodyId"/> is null.</summary>
/// <param name="Year">The year.</param>
/// <param name="BodyId">The unit inspected, or null for every unit of the county.</param>
/// <param name="Dates">The inspection dates; copied, when created or through <c>with</c>.</param>
/// <exception cref="ArgumentNullException"><paramref name="Dates"/> is null.</exception>
public sealed record InspectionPlan(int Year, string? BodyId, IReadOnlyList<LocalDate> Dates)
{
    /// <summary>The inspection dates, as given.</summary>
    public IReadOnlyList<LocalDate> Dates { get; init => field = ReadOnly.Copy(value, nameof(Dates)); } = ReadOnly.Copy(Dates, nameof(Dates));

    /// <summary>Whether <paramref name="other"/> is the same plan, dates compared one by one.</summary>
    /// <param name="other">Another plan.</param>
    public bool Equals(InspectionPlan? other) => other is not null && Year == other.Year && BodyId == other.BodyId && Dates.SequenceEqual(other.Dates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, BodyId, ReadOnly.SequenceHash(Dates));
}
