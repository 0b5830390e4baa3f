using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>What an inspector can find (§2.1.C, §2.2, §3.1, §4, §5, D11–D15), with the clauses it rests on.</summary>
public sealed class FindingKind : BilingualPolicyEnum<FindingKind>
{
    /// <summary>Published after the due date (D13).</summary>
    public static readonly FindingKind Late = new(nameof(Late), 1, "逾期公开", "published late", ["§3.3", "D13"]);

    /// <summary>Due date passed, nothing published (D13).</summary>
    public static readonly FindingKind Missing = new(nameof(Missing), 2, "应公开未公开", "not published", ["§3.3", "D13"]);

    /// <summary>A public item never reached an external channel (§3.1).</summary>
    public static readonly FindingKind NotReachingPublic = new(nameof(NotReachingPublic), 3, "未通过对外渠道向社会公开", "never reached an external channel", ["§3.1"]);

    /// <summary>An internal item never reached the unit's staff (§3.1).</summary>
    public static readonly FindingKind NotReachingStaff = new(nameof(NotReachingStaff), 4, "未在单位内部向干部职工公开", "never reached the unit's staff", ["§3.1"]);

    /// <summary>弄虚作假: the disclosure was falsified (§4.2).</summary>
    public static readonly FindingKind Falsified = new(nameof(Falsified), 5, "弄虚作假", "falsified", ["§2.1.T", "§4.2", "D14", "D18"]);

    /// <summary>拒不执行: the unit refused to disclose (§4.2).</summary>
    public static readonly FindingKind Refused = new(nameof(Refused), 6, "拒不执行", "refused to disclose", ["§4.2", "D14", "D18"]);

    /// <summary>A record for a body or entry this policy does not govern (§2.2); reported, not counted.</summary>
    public static readonly FindingKind OutOfScope = new(nameof(OutOfScope), 7, "不属本意见适用范围", "out of the policy's scope", ["§2.2"], isObservation: true);

    /// <summary>No service commitment (§2.1.C, D15).</summary>
    public static readonly FindingKind NoServiceCommitment = new(nameof(NoServiceCommitment), 8, "未建立社会服务承诺制度", "no service commitment", ["§2.1.C", "D15"]);

    /// <summary>A service commitment without all four "ones" (§2.1.C, D15).</summary>
    public static readonly FindingKind CommitmentIncomplete = new(nameof(CommitmentIncomplete), 9, "社会服务承诺未做到“四个一”", "service commitment incomplete", ["§2.1.C", "D15"]);

    /// <summary>A service commitment not re-signed by the current principal leader (§2.1.C, D15).</summary>
    public static readonly FindingKind CommitmentNotResigned = new(nameof(CommitmentNotResigned), 10, "主要负责人更换后未重新签名承诺", "not re-signed by the new principal", ["§2.1.C", "D15", "D21"]);

    /// <summary>A service commitment published before the disclosure office approved it (§2.1.C, §5, D15, D20).</summary>
    public static readonly FindingKind CommitmentPublishedBeforeApproval = new(nameof(CommitmentPublishedBeforeApproval), 11, "社会服务承诺未经审核即公开", "service commitment published before approval", ["§2.1.C", "§5", "D15", "D20"]);

    /// <summary>Disclosure rules published before the disclosure office approved them (§5, D20).</summary>
    public static readonly FindingKind RulesPublishedBeforeApproval = new(nameof(RulesPublishedBeforeApproval), 12, "政务公开制度未经审批即公开", "disclosure rules published before approval", ["§5", "D20"]);

    /// <summary>Fewer comprehensive inspections in the year than expected — by default none (§4.1, D12, D24).</summary>
    public static readonly FindingKind NoInspection = new(nameof(NoInspection), 13, "全年未开展全面性检查", "no comprehensive inspection in the year", ["§4.1", "D12", "D24"]);

    /// <summary>More comprehensive inspections in the year than expected — by default more than two (§4.1, D12, D24): reported, not a finding.</summary>
    public static readonly FindingKind MoreThanTwoInspections = new(nameof(MoreThanTwoInspections), 14, "全年全面性检查超过两次", "more than two comprehensive inspections", ["§4.1", "D12", "D24"], isObservation: true);

    /// <summary>No person named responsible for supervision (§4.1).</summary>
    public static readonly FindingKind NoSupervisionContact = new(nameof(NoSupervisionContact), 15, "未落实专人负责监督", "no named supervision contact", ["§4.1"]);

    /// <summary>A complaint open past its tier's deadline (§4.1, D11, D22).</summary>
    public static readonly FindingKind ComplaintOverdue = new(nameof(ComplaintOverdue), 16, "投诉逾期未办结", "complaint overdue", ["§4.1", "D11", "D22"]);

    /// <summary>A complaint resolved after its tier's deadline (§4.1, D11, D22).</summary>
    public static readonly FindingKind ComplaintResolvedLate = new(nameof(ComplaintResolvedLate), 17, "投诉逾期办结", "complaint resolved late", ["§4.1", "D11", "D22"]);

    /// <summary>A complaint escalated before its tier's period passed and without the tier's answer: an invalid transition (§4.1, D22).</summary>
    public static readonly FindingKind ComplaintEscalatedEarly = new(nameof(ComplaintEscalatedEarly), 19, "投诉越级升级", "complaint escalated too early", ["§4.1", "D11", "D22"]);

    /// <summary>A service commitment never made public (§2.1.C, D21).</summary>
    public static readonly FindingKind CommitmentNotPublished = new(nameof(CommitmentNotPublished), 18, "社会服务承诺未向社会公开", "service commitment not made public", ["§2.1.C", "D21"]);

    /// <summary>A catalog row's item published on none of the channels its row lists (§10).</summary>
    public static readonly FindingKind NotOnCatalogChannel = new(nameof(NotOnCatalogChannel), 20, "未通过目录规定的渠道公开", "on none of the catalog row's channels", ["§10"]);

    /// <summary>A catalog row for the whole society (全社会) reached only by 精准推送 or 入户/现场 (§10).</summary>
    public static readonly FindingKind NotReachingWholeSociety = new(nameof(NotReachingWholeSociety), 21, "未面向全社会公开", "never reached the whole society", ["§10"]);

    /// <summary>A catalog row's item taken down before its posting period (公示期) ended (§10, D35).</summary>
    public static readonly FindingKind TakenDownEarly = new(nameof(TakenDownEarly), 22, "公示期未满即撤下", "taken down before the posting period ended", ["§10", "D35"]);

    /// <summary>A request's reply delivered after its due date (§8.4, §8.10, §8.13, D17, D36).</summary>
    public static readonly FindingKind ReplyLate = new(nameof(ReplyLate), 23, "逾期答复", "request answered late", ["§8.4", "§8.13", "D17", "D36"]);

    /// <summary>A request still unanswered after its due date (§8.4, §8.13, D36).</summary>
    public static readonly FindingKind RequestOverdue = new(nameof(RequestOverdue), 24, "申请逾期未答复", "request overdue", ["§8.4", "§8.13", "D36"]);

    /// <summary>A correction notice sent later than 7 working days after receipt (§8.6; the 2019 Regulations).</summary>
    public static readonly FindingKind CorrectionNoticeLate = new(nameof(CorrectionNoticeLate), 25, "补正告知超过7个工作日", "correction notice later than 7 working days", ["§8.6"]);

    /// <summary>An annual report published after its fixed due date, 31 January or 31 March (§9.1, §9.6, D34).</summary>
    public static readonly FindingKind AnnualReportLate = new(nameof(AnnualReportLate), 26, "年度报告逾期公布", "annual report published late", ["§9.1", "§9.6", "D34"]);

    /// <summary>An annual report not published by its due date (§9.1, §9.6, D34).</summary>
    public static readonly FindingKind AnnualReportMissing = new(nameof(AnnualReportMissing), 27, "年度报告未按期公布", "annual report not published", ["§9.1", "§9.6", "D34"]);

    private FindingKind(string name, int value, string nameZh, string nameEn, string[] clauseIds, bool isObservation = false)
        : base(name, value, nameZh, nameEn)
    {
        ClauseIds = ReadOnly.Wrap(clauseIds);
        IsObservation = isObservation;
    }

    /// <summary>The clauses and defaults the finding rests on.</summary>
    public IReadOnlyList<string> ClauseIds { get; }

    /// <summary>True for what is reported but held against nobody: out-of-scope records, more than two inspections.</summary>
    public bool IsObservation { get; }
}

/// <summary>
/// One finding about a unit, with its reasons: the clauses, a sentence in Chinese and in English, and — for a finding
/// about an obligation — the obligation itself (entry or item, event date or period, subject), its due date, its
/// publication and how many working days late it was.
/// </summary>
/// <remarks>The sentences are written when first read: an evaluation of a large register may hold many findings.</remarks>
public sealed class Finding
{
    private readonly Func<string>? writeZh;
    private readonly Func<string>? writeEn;
    private string? messageZh;
    private string? messageEn;

    internal Finding(FindingKind kind, string bodyId, string? subjectId, bool isBinding, Func<string> writeZh, Func<string> writeEn)
    {
        Kind = kind;
        BodyId = bodyId;
        SubjectId = subjectId;
        IsBinding = isBinding;
        this.writeZh = writeZh;
        this.writeEn = writeEn;
    }

    internal Finding(FindingKind kind, string bodyId, string? subjectId, string messageZh, string messageEn, bool isBinding)
        : this(kind, bodyId, subjectId, isBinding, () => messageZh, () => messageEn)
    {
    }

    /// <summary>
    /// A finding about a record: its obligation is kept, and the sentences are written from it unless given — for late and
    /// missing records the finding is one small object.
    /// </summary>
    internal Finding(FindingKind kind, string bodyId, string subjectId, bool isBinding, LocalDate due, LocalDate? published, int workingDaysLate, string messageZh,
        string messageEn)
        : this(kind, bodyId, subjectId, messageZh, messageEn, isBinding)
    {
        Due = due;
        Published = published;
        WorkingDaysLate = workingDaysLate;
    }

    internal Finding(FindingKind kind, string bodyId, bool isBinding, DisclosureRecord record, LocalDate? due, LocalDate? published, int workingDaysLate,
        Func<string>? writeZh = null, Func<string>? writeEn = null, CatalogRow? row = null)
        : this(kind, bodyId, isBinding, record.Id, record.Subject, record.Obligation.Entry, record.Item ?? record.Obligation.Item, row, record.Trigger, record.IsClassified, due,
            published, workingDaysLate, writeZh, writeEn)
    {
    }

    /// <summary>A finding about a record held anywhere: only its facts are kept, not the record. <paramref name="row"/> is the catalog row
    /// a row record names, as the policy holds it.</summary>
    internal static Finding About<TRecord>(FindingKind kind, string bodyId, bool isBinding, in TRecord record, CatalogRow? row, LocalDate? due,
        LocalDate? published, int workingDaysLate)
        where TRecord : struct, IRecordFacts =>
        new(kind, bodyId, isBinding, record.Id, record.Subject, record.Entry, record.Item, row, record.Trigger, record.IsClassified, due, published,
            workingDaysLate, null, null);

    private Finding(FindingKind kind, string bodyId, bool isBinding, string recordId, string? subject, ScheduleEntry? entry, DisclosureItem? item,
        CatalogRow? row, LocalDate trigger, bool isClassified, LocalDate? due, LocalDate? published, int workingDaysLate, Func<string>? writeZh,
        Func<string>? writeEn)
        : this(kind, bodyId, recordId, isBinding, writeZh!, writeEn!)
    {
        Obligation = Key(entry, item, row);
        Item = entry is null ? null : item;
        Subject = subject;
        (EventDate, Period) = (entry?.Cadence ?? row?.TimeLimit?.Cadence) is { IsPeriodic: true } cadence
            ? ((LocalDate?)null, ReportingPeriod.Of(cadence, trigger, "trigger").Interval)
            : (trigger, null);
        Due = due;
        DueIsBeyondCalendar = due is null && !isClassified;
        Published = published;
        WorkingDaysLate = workingDaysLate;
    }

    /// <summary>A recurring obligation with no record: of the seed's <paramref name="entry"/>, or of a catalog's <paramref name="row"/>.</summary>
    internal Finding(FindingKind kind, string bodyId, string subjectId, bool isBinding, ScheduleEntry? entry, CatalogRow? row, ReportingPeriod period,
        LocalDate due, Func<string> writeZh, Func<string> writeEn)
        : this(kind, bodyId, subjectId, isBinding, writeZh, writeEn)
    {
        Obligation = Key(entry, null, row);
        Period = period.Interval;
        Due = due;
    }

    /// <summary>What was found.</summary>
    public FindingKind Kind { get; }

    /// <summary>The unit.</summary>
    public string BodyId { get; }

    /// <summary>The record, complaint, request or obligation it is about; null when it is about the unit as a whole.</summary>
    public string? SubjectId { get; }

    /// <summary>False when the unit applies the policy by reference (§2.2), or for an observation: the finding is advisory.</summary>
    public bool IsBinding { get; }

    /// <summary>The clauses and defaults the finding rests on.</summary>
    public IReadOnlyList<string> ClauseIds => Kind.ClauseIds;

    /// <summary>For a finding about an obligation, its code (<c>IM1</c>, <c>G15</c>) or its catalog and row (<c>民政目录 序号3</c>); otherwise null.</summary>
    public string? What => Obligation?.Name;

    /// <summary>The obligation the finding is about: a row of the built-in catalog (an entry, or an item no entry covers) or of a county catalog
    /// (§10); null for a finding about the unit, a complaint, a request or an annual report.</summary>
    public ObligationKey? Obligation { get; }

    /// <summary>How findings, outcomes and reports name a catalog row: the catalog's name and the row's 序号.</summary>
    internal static string Name(CatalogRow row) => $"{row.Catalog?.Name} 序号{row.Number}";

    /// <summary>For a record of an entry, the one of its items the record names (D23); otherwise null.</summary>
    public DisclosureItem? Item { get; }

    /// <summary>The key of an obligation the engines name in parts: a county row, an entry, or an item no entry covers.</summary>
    private static ObligationKey? Key(ScheduleEntry? entry, DisclosureItem? item, CatalogRow? row) =>
        row is not null ? ObligationKey.ForRow(row.Catalog!, row) : entry?.Key ?? (item is null ? null : ObligationKey.Of(item));

    /// <summary>For an event-driven obligation, the event date; otherwise null.</summary>
    public LocalDate? EventDate { get; }

    /// <summary>For a monthly, quarterly or yearly obligation, its reporting period; otherwise null.</summary>
    public DateInterval? Period { get; }

    /// <summary>What the record is about (a document's number or title), or null.</summary>
    public string? Subject { get; }

    /// <summary>The obligation's due date; null when it is not about an obligation, or when the due date lies beyond the calendar (D27).</summary>
    public LocalDate? Due { get; }

    /// <summary>True when the obligation's due date lies beyond the calendar's coverage, after the evaluation day (D27).</summary>
    public bool DueIsBeyondCalendar { get; }

    /// <summary>The first publication by the evaluation day, or null.</summary>
    public LocalDate? Published { get; }

    /// <summary>For a late record, the working days late (D17, at least 1); otherwise 0.</summary>
    public int WorkingDaysLate { get; }

    /// <summary>The finding in a sentence, in Chinese and English.</summary>
    public BilingualText Message => new(MessageZh, MessageEn);

    /// <summary>The reason in Chinese.</summary>
    internal string MessageZh => messageZh ??= writeZh?.Invoke() ?? (Published is { } published
        ? $"{What}（记录{SubjectId}）应于{Due!.Value.ToIso()}前公开，{published.ToIso()}才公开，逾期{WorkingDaysLate}个工作日。"
        : $"{What}（记录{SubjectId}）应于{Due!.Value.ToIso()}前公开，至今未公开。");

    /// <summary>The reason in English.</summary>
    internal string MessageEn => messageEn ??= writeEn?.Invoke() ?? (Published is { } published
        ? $"{What} (record {SubjectId}) was due by {Due!.Value.ToIso()} and published on {published.ToIso()}, {IsoText.Count(WorkingDaysLate, "working day")} late."
        : $"{What} (record {SubjectId}) was due by {Due!.Value.ToIso()} and has not been published.");

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", ClauseIds)}] {MessageEn}";
}

/// <summary>The outcome of one obligation as of the evaluation day (D13).</summary>
/// <param name="BodyId">The unit.</param>
/// <param name="RecordId">The record, or null for a recurring obligation with no record at all.</param>
/// <param name="Obligation">The obligation: a row of the built-in catalog (an entry, or an item no entry covers) or of a county catalog (§10).</param>
/// <param name="Trigger">The record's trigger, or the first day of the period of a recurring obligation with no record.</param>
/// <param name="Due">The due date; null for a classified record (D30), and when it lies beyond the calendar (D27).</param>
/// <param name="Outcome">What became of it.</param>
/// <param name="WorkingDaysLate">For a late one, working days late (D17); otherwise 0.</param>
/// <exception cref="ArgumentNullException"><paramref name="BodyId"/>, <paramref name="Obligation"/> or <paramref name="Outcome"/> is null, when
/// created or through <c>with</c>.</exception>
public sealed record ObligationOutcome(string BodyId, string? RecordId, ObligationKey Obligation, LocalDate Trigger, LocalDate? Due, Outcome Outcome,
    int WorkingDaysLate)
{
    /// <summary>The unit.</summary>
    public string BodyId { get; init => field = Preconditions.CheckNotNull(value, nameof(BodyId)); } = Preconditions.CheckNotNull(BodyId);

    /// <summary>The obligation.</summary>
    public ObligationKey Obligation { get; init => field = Preconditions.CheckNotNull(value, nameof(Obligation)); } = Preconditions.CheckNotNull(Obligation);

    /// <summary>What became of it.</summary>
    public Outcome Outcome { get; init => field = Preconditions.CheckNotNull(value, nameof(Outcome)); } = Preconditions.CheckNotNull(Outcome);

    /// <summary>For a record of an entry, the one of its items the record names (D23); otherwise null.</summary>
    public DisclosureItem? Item { get; init; }

    /// <summary>The first publication by the evaluation day, or null.</summary>
    public LocalDate? Published { get; init; }

    /// <summary>True when the due date lies beyond the calendar's coverage, after the evaluation day (D27).</summary>
    public bool DueIsBeyondCalendar => Due is null && Outcome != Outcome.Exempt;

    internal static ObligationOutcome Of(string bodyId, DisclosureRecord record, LocalDate? due, Outcome outcome, int lateDays, LocalDate? published) =>
        new(bodyId, record.Id, record.Obligation, record.Trigger, due, outcome, lateDays) { Item = record.Item, Published = published };

    internal static ObligationOutcome Of(string bodyId, ScheduleEntry? entry, CatalogRow? row, Deadlines.ReportingPeriod period, LocalDate? due,
        Outcome outcome) =>
        new(bodyId, null, row is not null ? ObligationKey.ForRow(row.Catalog!, row) : entry!.Key, period.Start, due, outcome, 0);
}

/// <summary>A reason for a sanction: the clauses and a sentence in Chinese and in English.</summary>
/// <param name="ClauseIds">The clauses and defaults.</param>
/// <param name="Text">The reason in Chinese and English.</param>
/// <exception cref="ArgumentNullException">An argument or a clause id is null, when created or through <c>with</c>.</exception>
public sealed record Reason(IReadOnlyList<string> ClauseIds, BilingualText Text)
{
    /// <summary>The clauses and defaults, in the order given; copied.</summary>
    public IReadOnlyList<string> ClauseIds { get; init => field = ReadOnly.CopyWithoutNulls(value, nameof(ClauseIds)); } =
        ReadOnly.CopyWithoutNulls(ClauseIds, nameof(ClauseIds));

    /// <summary>The reason in Chinese and English.</summary>
    public BilingualText Text { get; init => field = Preconditions.CheckNotNull(value, nameof(Text)); } = Preconditions.CheckNotNull(Text);

    /// <summary>Whether <paramref name="other"/> gives the same clauses in the same order and the same sentences.</summary>
    /// <param name="other">Another reason.</param>
    public bool Equals(Reason? other) =>
        other is not null && ClauseIds.SequenceEqual(other.ClauseIds) && Text.Equals(other.Text);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ReadOnly.SequenceHash(ClauseIds), Text);
}
