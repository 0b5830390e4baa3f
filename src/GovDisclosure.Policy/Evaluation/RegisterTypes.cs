namespace GovDisclosure.Policy;

/// <summary>The principal leader of a unit (单位主要负责人), who answers for refusal or falsification (§4.2) and signs its service commitment (§2.1.C).</summary>
/// <param name="Name">The leader's name.</param>
/// <param name="TookOffice">The day the leader took office.</param>
public sealed record PrincipalLeader(string Name, LocalDate TookOffice);

/// <summary>An obligated unit of the register.</summary>
/// <param name="Id">The unit's stable id, unique in the register.</param>
/// <param name="Name">The unit's name.</param>
/// <param name="Type">The kind of body, which sets its obligation level (§2.2).</param>
/// <param name="Principal">The unit's principal leader.</param>
/// <param name="SupervisionContact">The person named responsible for supervision (§4.1); null when none is named, which is a finding.</param>
public sealed record Body(string Id, string Name, BodyType Type, PrincipalLeader Principal, string? SupervisionContact);

/// <summary>One publication of a disclosure: the day and the channels used (§3.1).</summary>
public sealed record Publication
{
    /// <summary>Creates a publication.</summary>
    /// <param name="date">The day it was published.</param>
    /// <param name="channels">The channels it reached; copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="channels"/> or an element is null.</exception>
    public Publication(LocalDate date, IEnumerable<Channel> channels)
    {
        Date = date;
        ChannelArray = [.. Preconditions.CheckNotNull(channels).Select(channel => Preconditions.CheckNotNull(channel, nameof(channels)))];
    }

    /// <summary>The day it was published.</summary>
    public LocalDate Date { get; }

    /// <summary>The channels it reached.</summary>
    public IReadOnlyList<Channel> Channels => ChannelArray;

    /// <summary>The channels as an array: evaluation reads them once per record.</summary>
    internal Channel[] ChannelArray { get; }

    /// <summary>Whether <paramref name="other"/> has the same date and the same channels in the same order.</summary>
    /// <param name="other">Another publication.</param>
    public bool Equals(Publication? other) => other is not null && Date == other.Date && ChannelArray.SequenceEqual(other.ChannelArray);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, ChannelArray.Length);
}

/// <summary>
/// One obligation of a unit and what it did about it: the entry (or, for items no entry covers, the item),
/// the event date or a day of the reporting period, the publications, and the flags of D13.
/// </summary>
public sealed record DisclosureRecord
{
    /// <summary>Creates a record; give exactly one of <paramref name="entry"/> and <paramref name="item"/>.</summary>
    /// <param name="id">The record's stable id, unique in the register.</param>
    /// <param name="bodyId">The unit's id.</param>
    /// <param name="entry">The schedule entry; null when <paramref name="item"/> is given.</param>
    /// <param name="item">An item no entry covers (G15, I04; D3); null when <paramref name="entry"/> is given.</param>
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
        PublicationArray = [.. Preconditions.CheckNotNull(publications)];
        IsClassified = isClassified;
        IsFalsified = isFalsified;
        IsRefused = isRefused;
    }

    /// <summary>The record's id.</summary>
    public string Id { get; }

    /// <summary>The unit's id.</summary>
    public string BodyId { get; }

    /// <summary>The schedule entry, or null for an item record.</summary>
    public ScheduleEntry? Entry { get; }

    /// <summary>The item no entry covers, or null for an entry record.</summary>
    public DisclosureItem? Item { get; }

    /// <summary>The event date, or a day of the reporting period.</summary>
    public LocalDate Trigger { get; }

    /// <summary>The publications.</summary>
    public IReadOnlyList<Publication> Publications => PublicationArray;

    /// <summary>The publications as an array: evaluation reads them once per record.</summary>
    internal Publication[] PublicationArray { get; }

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
        PublicationArray.SequenceEqual(other.PublicationArray);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, BodyId, Trigger);

    /// <summary>The first publication on or before <paramref name="asOf"/>, or null.</summary>
    internal Publication? FirstPublicationBy(LocalDate asOf)
    {
        Publication? first = null;
        foreach (var publication in PublicationArray)
        {
            if (publication.Date <= asOf && (first is null || publication.Date < first.Date))
            {
                first = publication;
            }
        }

        return first;
    }
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
public sealed record ServiceCommitment(string BodyId, bool OneWindow, bool OneTimeNotification, bool OneStop, bool EndToEnd,
    string SignedBy, LocalDate SignedOn, LocalDate? ApprovedOn, LocalDate? PublishedOn);

/// <summary>A department's disclosure rules (政务公开制度), approved by the county disclosure office before they are published (§5).</summary>
/// <param name="BodyId">The department's id.</param>
/// <param name="ApprovedOn">When the office approved them; null if it has not.</param>
/// <param name="PublishedOn">When they were published; null if they have not been.</param>
public sealed record DisclosureRules(string BodyId, LocalDate? ApprovedOn, LocalDate? PublishedOn);

/// <summary>A year's comprehensive inspections (全面性检查, §4.1, D12) of one unit, or of the whole county when <paramref name="BodyId"/> is null.</summary>
/// <param name="Year">The year.</param>
/// <param name="BodyId">The unit inspected, or null for every unit of the county.</param>
/// <param name="Dates">The inspection dates.</param>
public sealed record InspectionPlan(int Year, string? BodyId, IReadOnlyList<LocalDate> Dates)
{
    /// <summary>Whether <paramref name="other"/> is the same plan, dates compared one by one.</summary>
    /// <param name="other">Another plan.</param>
    public bool Equals(InspectionPlan? other) => other is not null && Year == other.Year && BodyId == other.BodyId && Dates.SequenceEqual(other.Dates);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, BodyId, Dates.Count);
}
