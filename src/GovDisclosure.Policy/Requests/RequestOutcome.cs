namespace GovDisclosure.Policy.Requests;

/// <summary>The six groups of results in the annual report's request table (§9.4, row 三 (一)–(六)).</summary>
/// <remarks>A closed set, in the table's order. It converts implicitly to <see cref="int"/>, so print its names rather than the member.</remarks>
public sealed class RequestOutcomeGroup : BilingualPolicyEnum<RequestOutcomeGroup>
{
    /// <summary>(一) 予以公开.</summary>
    public static readonly RequestOutcomeGroup Disclosed = new(nameof(Disclosed), 1, "予以公开", "disclosed", "(一)");

    /// <summary>(二) 部分公开.</summary>
    public static readonly RequestOutcomeGroup PartlyDisclosed = new(nameof(PartlyDisclosed), 2, "部分公开", "partly disclosed", "(二)");

    /// <summary>(三) 不予公开.</summary>
    public static readonly RequestOutcomeGroup NotDisclosed = new(nameof(NotDisclosed), 3, "不予公开", "not disclosed", "(三)");

    /// <summary>(四) 无法提供.</summary>
    public static readonly RequestOutcomeGroup CannotProvide = new(nameof(CannotProvide), 4, "无法提供", "cannot be provided", "(四)");

    /// <summary>(五) 不予处理: closed, never late (D36).</summary>
    public static readonly RequestOutcomeGroup NotProcessed = new(nameof(NotProcessed), 5, "不予处理", "not processed", "(五)");

    /// <summary>(六) 其他处理.</summary>
    public static readonly RequestOutcomeGroup OtherHandling = new(nameof(OtherHandling), 6, "其他处理", "other handling", "(六)");

    private RequestOutcomeGroup(string name, int value, string nameZh, string nameEn, string tableLabel)
        : base(name, value, nameZh, nameEn) => TableLabel = tableLabel;

    /// <summary>The group's label in the table, <c>(一)</c> to <c>(六)</c>.</summary>
    public string TableLabel { get; }
}

/// <summary>
/// The result of a request (§8.9, Regulations Art. 36–39), as the annual report's table counts it (§9.4): each member names its group and
/// the table row it is counted in (<see cref="ReportRow"/>). Replies the table does not name are counted where the 2021 format puts them
/// (D37): "already proactively disclosed" under 予以公开, "not this body's information" under 本机关不掌握相关政府信息.
/// </summary>
/// <remarks>
/// A closed set, in the table's row order (<see cref="PolicyEnum{TEnum}.InOrder"/>; SmartEnum's own <c>List</c> is ordered by name). It
/// converts implicitly to <see cref="int"/>, so <c>Console.WriteLine(outcome)</c> prints its number; print its names instead.
/// </remarks>
public sealed class RequestOutcome : BilingualPolicyEnum<RequestOutcome>
{
    /// <summary>予以公开: disclosed, or told how, where and when to get it (Art. 36 (2)).</summary>
    public static readonly RequestOutcome Disclosed = new(nameof(Disclosed), 1, "予以公开", "disclosed", RequestOutcomeGroup.Disclosed, null, "Art. 36 (2)");

    /// <summary>已主动公开: already proactively disclosed, told where (Art. 36 (1)); counted under 予以公开 (D37).</summary>
    public static readonly RequestOutcome AlreadyDisclosed = new(nameof(AlreadyDisclosed), 2, "已主动公开", "already proactively disclosed", RequestOutcomeGroup.Disclosed, null, "Art. 36 (1), D37");

    /// <summary>部分公开: the severable parts disclosed, with reasons for the rest (Art. 37); a request handled in parts counts here only.</summary>
    public static readonly RequestOutcome PartlyDisclosed = new(nameof(PartlyDisclosed), 3, "部分公开", "partly disclosed", RequestOutcomeGroup.PartlyDisclosed, null, "Art. 37");

    /// <summary>属于国家秘密: a state secret (Art. 14).</summary>
    public static readonly RequestOutcome StateSecret = new(nameof(StateSecret), 4, "属于国家秘密", "state secret", RequestOutcomeGroup.NotDisclosed, 1, "Art. 14");

    /// <summary>其他法律行政法规禁止公开: barred by another law or administrative regulation (Art. 14).</summary>
    public static readonly RequestOutcome BarredByLaw = new(nameof(BarredByLaw), 5, "其他法律行政法规禁止公开", "barred by law or regulation", RequestOutcomeGroup.NotDisclosed, 2, "Art. 14");

    /// <summary>危及“三安全一稳定”: would endanger national, public, economic security or social stability (Art. 14).</summary>
    public static readonly RequestOutcome EndangersSecurity = new(nameof(EndangersSecurity), 6, "危及“三安全一稳定”", "endangers the three securities and stability", RequestOutcomeGroup.NotDisclosed, 3, "Art. 14");

    /// <summary>保护第三方合法权益: protects a third party's lawful rights (Art. 15).</summary>
    public static readonly RequestOutcome ThirdPartyRights = new(nameof(ThirdPartyRights), 7, "保护第三方合法权益", "third party's rights", RequestOutcomeGroup.NotDisclosed, 4, "Art. 15");

    /// <summary>属于三类内部事务信息: internal affairs (Art. 16 ¶1).</summary>
    public static readonly RequestOutcome InternalAffairs = new(nameof(InternalAffairs), 8, "属于三类内部事务信息", "internal affairs", RequestOutcomeGroup.NotDisclosed, 5, "Art. 16 ¶1");

    /// <summary>属于四类过程性信息: process information (Art. 16 ¶2).</summary>
    public static readonly RequestOutcome ProcessInformation = new(nameof(ProcessInformation), 9, "属于四类过程性信息", "process information", RequestOutcomeGroup.NotDisclosed, 6, "Art. 16 ¶2");

    /// <summary>属于行政执法案卷: law-enforcement case files (Art. 16 ¶2).</summary>
    public static readonly RequestOutcome EnforcementFiles = new(nameof(EnforcementFiles), 10, "属于行政执法案卷", "law-enforcement case files", RequestOutcomeGroup.NotDisclosed, 7, "Art. 16 ¶2");

    /// <summary>属于行政查询事项: an administrative enquiry matter (Art. 36 (7)).</summary>
    public static readonly RequestOutcome AdministrativeEnquiry = new(nameof(AdministrativeEnquiry), 11, "属于行政查询事项", "administrative enquiry matter", RequestOutcomeGroup.NotDisclosed, 8, "Art. 36 (7)");

    /// <summary>本机关不掌握相关政府信息: not held by this body (Art. 36 (4)).</summary>
    public static readonly RequestOutcome NotHeld = new(nameof(NotHeld), 12, "本机关不掌握相关政府信息", "not held by this body", RequestOutcomeGroup.CannotProvide, 1, "Art. 36 (4)");

    /// <summary>不属于本机关负责公开: another body's information, told which (Art. 36 (5)); counted under 本机关不掌握相关政府信息 (D37).</summary>
    public static readonly RequestOutcome NotThisBodys = new(nameof(NotThisBodys), 13, "不属于本机关负责公开", "not this body's information", RequestOutcomeGroup.CannotProvide, 1, "Art. 36 (5), D37");

    /// <summary>没有现成信息需要另行制作: would have to be made anew (Art. 38).</summary>
    public static readonly RequestOutcome WouldNeedMaking = new(nameof(WouldNeedMaking), 14, "没有现成信息需要另行制作", "would have to be made anew", RequestOutcomeGroup.CannotProvide, 2, "Art. 38");

    /// <summary>补正后申请内容仍不明确: still unclear after correction (Art. 30).</summary>
    public static readonly RequestOutcome UnclearAfterCorrection = new(nameof(UnclearAfterCorrection), 15, "补正后申请内容仍不明确", "still unclear after correction", RequestOutcomeGroup.CannotProvide, 3, "Art. 30");

    /// <summary>信访举报投诉类申请: a petition, complaint or report (Art. 39 ¶1); not processed, so closed and never late (D36).</summary>
    public static readonly RequestOutcome PetitionOrComplaint = new(nameof(PetitionOrComplaint), 16, "信访举报投诉类申请", "petition, complaint or report", RequestOutcomeGroup.NotProcessed, 1, "Art. 39, D37");

    /// <summary>重复申请: a repeated request (Art. 36 (6)).</summary>
    public static readonly RequestOutcome RepeatedRequest = new(nameof(RepeatedRequest), 17, "重复申请", "repeated request", RequestOutcomeGroup.NotProcessed, 2, "Art. 36 (6)");

    /// <summary>要求提供公开出版物: asks for published material (Art. 39 ¶2).</summary>
    public static readonly RequestOutcome PublishedMaterial = new(nameof(PublishedMaterial), 18, "要求提供公开出版物", "asks for published material", RequestOutcomeGroup.NotProcessed, 3, "Art. 39, D37");

    /// <summary>无正当理由大量反复申请: unreasonable mass or repeated requests (Art. 35).</summary>
    public static readonly RequestOutcome UnreasonableMassRequests = new(nameof(UnreasonableMassRequests), 19, "无正当理由大量反复申请", "unreasonable mass requests", RequestOutcomeGroup.NotProcessed, 4, "Art. 35");

    /// <summary>要求行政机关确认或重新出具已获取信息: asks to confirm or re-issue information already obtained (Art. 39 ¶2).</summary>
    public static readonly RequestOutcome ConfirmOrReissue = new(nameof(ConfirmOrReissue), 20, "要求行政机关确认或重新出具已获取信息", "asks to confirm or re-issue information obtained", RequestOutcomeGroup.NotProcessed, 5, "Art. 39");

    /// <summary>申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请: abandoned, not corrected in time (Art. 30).</summary>
    public static readonly RequestOutcome AbandonedUncorrected = new(nameof(AbandonedUncorrected), 21, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "abandoned: not corrected in time", RequestOutcomeGroup.OtherHandling, 1, "Art. 30");

    /// <summary>申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请: abandoned, fee not paid in time (D32).</summary>
    public static readonly RequestOutcome AbandonedUnpaid = new(nameof(AbandonedUnpaid), 22, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "abandoned: fee not paid in time", RequestOutcomeGroup.OtherHandling, 2, "Art. 42, D32");

    /// <summary>其他: any other handling.</summary>
    public static readonly RequestOutcome OtherHandling = new(nameof(OtherHandling), 23, "其他", "other handling", RequestOutcomeGroup.OtherHandling, 3, "§8.9");

    private RequestOutcome(string name, int value, string nameZh, string nameEn, RequestOutcomeGroup group, int? rowInGroup, string sourceId)
        : base(name, value, nameZh, nameEn)
    {
        Group = group;
        RowInGroup = rowInGroup;
        SourceId = sourceId;
    }

    /// <summary>The group of the table's row 三 it is counted in.</summary>
    public RequestOutcomeGroup Group { get; }

    /// <summary>The numbered row within <see cref="Group"/> (1 to 8), or null for 予以公开 and 部分公开, which have none.</summary>
    public int? RowInGroup { get; }

    /// <summary>The row of the annual report's table it is counted in (§9.4, D37), for example <c>三(三)4</c> or <c>三(一)</c>.</summary>
    public string ReportRow => $"三{Group.TableLabel}{RowInGroup}";

    /// <summary>The articles (and defaults) it rests on.</summary>
    public string SourceId { get; }

    /// <summary>Whether the request is closed without being judged on time or late: not processed, or abandoned (§8.13, D36).</summary>
    public bool IsClosedUnjudged => Group == RequestOutcomeGroup.NotProcessed || this == AbandonedUncorrected || this == AbandonedUnpaid;
}
