namespace GovDisclosure.Policy.Requests;

/// <summary>
/// Why an event cannot join a request's history (§8): a closed set a host can branch on, each with the clause it rests on and
/// its sentence in both languages. Most are found from the history alone (<see cref="InformationRequest.CanApply"/>); those
/// marked "found on the calendar" only when the reply clock is worked out (<c>DisclosurePolicy.ReplyDue</c>).
/// </summary>
/// <remarks>A closed set. It converts implicitly to <see cref="int"/>, so print its names rather than the member. In a sentence,
/// <c>{date}</c> is <see cref="RequestRefusal.RelatedDate"/>, <c>{until}</c> <see cref="RequestRefusal.Limit"/>, <c>{days}</c>
/// <see cref="RequestRefusal.WorkingDays"/> and <c>{outcome}</c> <see cref="RequestRefusal.Outcome"/>.</remarks>
public sealed class RefusalReason : BilingualPolicyEnum<RefusalReason>
{
    /// <summary>The request awaits confirmation of its receipt, so nothing can happen yet (§8.3).</summary>
    public static readonly RefusalReason AwaitingConfirmation = new(nameof(AwaitingConfirmation), 1, "待确认收到", "awaiting confirmation", "§8.3",
        "该申请于{date}到达，尚待确认收到，答复期限未起算（§8.3）", "it arrived on {date} and awaits confirmation, so no clock runs yet (§8.3)");

    /// <summary>The request was already received; there is nothing to confirm (§8.3).</summary>
    public static readonly RefusalReason AlreadyReceived = new(nameof(AlreadyReceived), 2, "已收到", "already received", "§8.3",
        "该申请已于{date}收到，无需确认（§8.3）", "it was already received on {date}; there is nothing to confirm (§8.3)");

    /// <summary>The request was replied; only the delivery can follow (§8.9).</summary>
    public static readonly RefusalReason AlreadyReplied = new(nameof(AlreadyReplied), 3, "已答复", "already replied", "§8.9",
        "该申请已于{date}答复（{outcome}），此后只能送达", "it was replied on {date} ({outcome}); only the delivery can follow");

    /// <summary>The request awaits a correction; its clock runs again only from the corrected request (§8.6).</summary>
    public static readonly RefusalReason AwaitingCorrection = new(nameof(AwaitingCorrection), 4, "待补正", "awaiting correction", "§8.6",
        "该申请正待补正（{date}告知），答复期限自收到补正后的申请起重新计算（§8.6）",
        "it awaits the correction asked for on {date}, and its clock runs again only from the corrected request (§8.6)");

    /// <summary>A second correction notice: the Regulations allow one (§8.6).</summary>
    public static readonly RefusalReason SecondCorrectionNotice = new(nameof(SecondCorrectionNotice), 5, "重复告知补正", "second correction notice", "§8.6",
        "该申请已于{date}告知补正，补正应一次性告知（§8.6）", "it already had its correction notice on {date}; the Regulations allow one (§8.6, Art. 30)");

    /// <summary>A correction notice after an extension: it comes at the start (§8.6).</summary>
    public static readonly RefusalReason CorrectionAfterExtension = new(nameof(CorrectionAfterExtension), 6, "延期后告知补正", "correction after extension", "§8.6",
        "该申请已于{date}延长答复期限，补正告知应在起始阶段作出（§8.6）", "it was extended on {date}; a correction notice comes at the start, not after an extension (§8.6)");

    /// <summary>A correction notice while a fee awaits payment: it comes before any fee (§8.6, D32).</summary>
    public static readonly RefusalReason CorrectionAfterFeeNotice = new(nameof(CorrectionAfterFeeNotice), 7, "收费后告知补正", "correction after fee notice", "D32",
        "该申请正待缴纳{date}通知的费用，补正告知应在收费之前（§8.6，D32）", "it awaits payment of the fee noticed {date}; a correction notice comes before any fee (§8.6, D32)");

    /// <summary>A correction with no correction notice (§8.6).</summary>
    public static readonly RefusalReason NoCorrectionAwaited = new(nameof(NoCorrectionAwaited), 8, "无待补正事项", "no correction awaited", "§8.6",
        "该申请没有补正告知（§8.6）", "it had no correction notice (§8.6)");

    /// <summary>A second correction.</summary>
    public static readonly RefusalReason AlreadyCorrected = new(nameof(AlreadyCorrected), 9, "已补正", "already corrected", "§8.6",
        "该申请已于{date}补正", "it was already corrected on {date}");

    /// <summary>A correction after the deadline: the request was abandoned the day after it (§8.6).</summary>
    public static readonly RefusalReason CorrectedAfterDeadline = new(nameof(CorrectedAfterDeadline), 10, "逾期补正", "corrected after the deadline", "§8.6",
        "补正期限为{until}，逾期未补正视为放弃申请；有正当理由逾期补正的，作为新申请处理（§8.6）",
        "its deadline was {until}, so it was abandoned the day after; a late correction accepted for good reason is a new request (§8.6)");

    /// <summary>An answer with no consultation awaiting one (§8.5).</summary>
    public static readonly RefusalReason NoConsultationOpen = new(nameof(NoConsultationOpen), 11, "无待答复的征求意见", "no consultation open", "§8.5",
        "该申请没有待答复的征求意见，应先记录征求意见（§8.5）", "it has no consultation awaiting an answer; record the consultation first (§8.5)");

    /// <summary>A second extension: the Regulations allow one (§8.4).</summary>
    public static readonly RefusalReason SecondExtension = new(nameof(SecondExtension), 12, "重复延期", "second extension", "§8.4",
        "该申请已于{date}延长答复期限，只能延长一次（§8.4）", "it was already extended on {date}; the Regulations allow one extension (§8.4)");

    /// <summary>An extension after a deferral: the body's date is the due date (§8.8).</summary>
    public static readonly RefusalReason ExtensionAfterDeferral = new(nameof(ExtensionAfterDeferral), 13, "确定合理期限后延期", "extension after deferral", "§8.8",
        "该申请已于{date}确定延至{until}答复，该日即为答复期限，不能再延长（§8.8）",
        "it was deferred on {date} to {until}; that date is its due date and cannot be extended (§8.8)");

    /// <summary>An extension longer than the Regulations that apply to the request allow (§8.4, §8.12).</summary>
    public static readonly RefusalReason ExtensionTooLong = new(nameof(ExtensionTooLong), 14, "延期超过上限", "extension too long", "§8.12",
        "适用的条例允许延长1至{days}个工作日（§8.4，§8.12）", "the Regulations that apply to it allow an extension of 1 to {days} working days (§8.4, §8.12)");

    /// <summary>A second fee notice: a request is charged once (§8.7).</summary>
    public static readonly RefusalReason SecondFeeNotice = new(nameof(SecondFeeNotice), 15, "重复收费通知", "second fee notice", "§8.7",
        "该申请已于{date}收到收费通知，只能收费一次（§8.7）", "it already had a fee notice, received {date}; a request is charged once (§8.7)");

    /// <summary>A payment with no fee notice (§8.7, D32).</summary>
    public static readonly RefusalReason NoFeeAwaited = new(nameof(NoFeeAwaited), 16, "无待缴费用", "no fee awaited", "D32",
        "该申请没有收费通知（§8.7，D32）", "there was no fee notice (§8.7, D32)");

    /// <summary>A second payment.</summary>
    public static readonly RefusalReason AlreadyPaid = new(nameof(AlreadyPaid), 17, "已缴费", "already paid", "D32",
        "该申请的费用已于{date}缴纳", "its fee was already paid on {date}");

    /// <summary>A second deferral (§8.8).</summary>
    public static readonly RefusalReason SecondDeferral = new(nameof(SecondDeferral), 18, "重复确定合理期限", "second deferral", "§8.8",
        "该申请已于{date}确定延至{until}答复（§8.8）", "it was already deferred on {date} to {until} (§8.8)");

    /// <summary>A reply other than abandonment while a correction is awaited (§8.6).</summary>
    public static readonly RefusalReason OnlyAbandonedUncorrected = new(nameof(OnlyAbandonedUncorrected), 19, "只能按未补正处理", "only abandonment as uncorrected", "§8.6",
        "该申请正待补正（期限{until}），只能按逾期未补正视为放弃处理（§8.6）", "it awaits the correction due by {until}, so the only reply is AbandonedUncorrected (§8.6)");

    /// <summary>A reply other than abandonment while a fee awaits payment (D32).</summary>
    public static readonly RefusalReason OnlyAbandonedUnpaid = new(nameof(OnlyAbandonedUnpaid), 20, "只能按未缴费处理", "only abandonment as unpaid", "D32",
        "该申请正待缴纳{date}通知的费用，只能按逾期未缴费视为放弃处理（D32）", "it awaits payment of the fee noticed {date}, so the only reply is AbandonedUnpaid (D32)");

    /// <summary>An abandonment with no unanswered notice to rest on (§8.6, D32).</summary>
    public static readonly RefusalReason AbandonmentWithoutNotice = new(nameof(AbandonmentWithoutNotice), 21, "无通知的放弃", "abandonment without notice", "§8.6",
        "答复结果“{outcome}”须有未获回应的补正告知（§8.6）或收费通知（D32）", "{outcome} needs an unanswered correction notice (§8.6) or fee notice (D32)");

    /// <summary>Closing as uncorrected on or before the correction deadline (§8.6).</summary>
    public static readonly RefusalReason ClosedBeforeCorrectionDeadline = new(nameof(ClosedBeforeCorrectionDeadline), 22, "补正期限未届满", "correction deadline not passed", "§8.6",
        "申请人补正期限至{until}（§8.6）", "the applicant has until {until} to correct it (§8.6)");

    /// <summary>A delivery with no reply (§8.9).</summary>
    public static readonly RefusalReason NoReplyToDeliver = new(nameof(NoReplyToDeliver), 23, "无可送达的答复", "no reply to deliver", "§8.10",
        "该申请尚未答复，应先作出答复（§8.9）", "it has no reply to deliver; reply first (§8.9)");

    /// <summary>A second delivery (§8.10).</summary>
    public static readonly RefusalReason AlreadyDelivered = new(nameof(AlreadyDelivered), 24, "已送达", "already delivered", "§8.10",
        "该申请的答复已于{date}送达", "its reply was already delivered on {date}");

    /// <summary>An event dated before the last one: a history cannot go back in time.</summary>
    public static readonly RefusalReason BeforeLastEvent = new(nameof(BeforeLastEvent), 25, "早于上一事项", "before the last event", "§8",
        "该日早于其上一事项的日期{date}，办理记录不能倒序", "that is before its last event on {date}; a history cannot go back in time");

    /// <summary>Found on the calendar: an extension told after the first period ended (§8.4).</summary>
    public static readonly RefusalReason ExtendedAfterPeriod = new(nameof(ExtendedAfterPeriod), 26, "期满后延期", "extended after the period", "§8.4",
        "其首个答复期限已于{until}届满，延期应在期限内告知（§8.4）", "its first period ended on {until}; an extension is told before then (§8.4)", foundOnCalendar: true);

    /// <summary>Found on the calendar: a deferral told after the period ended (§8.8).</summary>
    public static readonly RefusalReason DeferredAfterPeriod = new(nameof(DeferredAfterPeriod), 27, "期满后确定合理期限", "deferred after the period", "§8.8",
        "其答复期限已于{until}届满，延后答复的日期应在期限内告知（§8.8）", "its period ended on {until}; the later date is told within the period (§8.8)", foundOnCalendar: true);

    /// <summary>Found on the calendar: a deferral to a day not later than the due date it replaces (§8.8).</summary>
    public static readonly RefusalReason DeferredNotLater = new(nameof(DeferredNotLater), 28, "确定的期限未延后", "deferral not later", "§8.8",
        "确定的日期{date}不晚于原答复期限{until}（§8.8）", "the later date {date} is not later than its due date {until} (§8.8)", foundOnCalendar: true);

    /// <summary>Found on the calendar: a payment after the last day to pay; the request was abandoned (D32).</summary>
    public static readonly RefusalReason PaidAfterDeadline = new(nameof(PaidAfterDeadline), 29, "逾期缴费", "paid after the deadline", "D32",
        "缴费的最后一日为{until}（收到通知后20个工作日），逾期视为放弃申请（D32）",
        "its last day to pay was {until} (20 working days from the notice); the request was abandoned (D32)", foundOnCalendar: true);

    /// <summary>Found on the calendar: closing as unpaid on or before the last day to pay (D32).</summary>
    public static readonly RefusalReason ClosedUnpaidBeforeDeadline = new(nameof(ClosedUnpaidBeforeDeadline), 30, "缴费期限未届满", "payment deadline not passed", "D32",
        "申请人缴费期限至{until}（D32）", "the applicant had until {until} to pay (D32)", foundOnCalendar: true);

    private readonly string templateZh;
    private readonly string templateEn;

    private RefusalReason(string name, int value, string nameZh, string nameEn, string clauseId, string templateZh, string templateEn, bool foundOnCalendar = false)
        : base(name, value, nameZh, nameEn) =>
        (ClauseId, this.templateZh, this.templateEn, IsFoundOnCalendar) = (clauseId, templateZh, templateEn, foundOnCalendar);

    /// <summary>The clause or default the reason rests on, for example <c>§8.6</c> or <c>D32</c>.</summary>
    public string ClauseId { get; }

    /// <summary>Whether the reason is found only on the calendar, when the reply clock is worked out.</summary>
    public bool IsFoundOnCalendar { get; }

    /// <summary>The reason's sentence for <paramref name="refusal"/>, its parameters filled in.</summary>
    internal BilingualText Explain(RequestRefusal refusal) => new(Fill(templateZh, refusal, zh: true), Fill(templateEn, refusal, zh: false));

    private static string Fill(string template, RequestRefusal refusal, bool zh) => template
        .Replace("{date}", refusal.RelatedDate?.ToIso())
        .Replace("{until}", refusal.Limit?.ToIso())
        .Replace("{days}", refusal.WorkingDays?.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Replace("{outcome}", refusal.Outcome is null ? null : zh ? refusal.Outcome.Label.Zh : refusal.Outcome.Name);
}
