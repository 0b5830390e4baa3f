using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// The rows of the annual report's table 三, the requests received and handled (§9.4), in the table's order: 一 new this year, 二 carried
/// over, the 21 result rows of 三 (each named by the <see cref="RequestOutcome"/> that opens it, D37), 三(七) the total, 四 carried forward.
/// </summary>
/// <remarks>
/// A closed set, in the table's row order (<see cref="PolicyEnum{TEnum}.InOrder"/>; SmartEnum's own <c>List</c> is ordered by name). It
/// converts implicitly to <see cref="int"/>, so <c>Console.WriteLine(row)</c> prints its number; print its <see cref="TableLabel"/> and label instead.
/// </remarks>
public sealed class RequestTableRow : BilingualPolicyEnum<RequestTableRow>
{
    private static readonly Lazy<RequestTableRow[]> ByOutcome = new(() =>
    {
        var rows = new RequestTableRow[RequestOutcome.InOrder.Max(outcome => outcome.Value) + 1];
        foreach (var outcome in RequestOutcome.InOrder)
        {
            rows[outcome.Value] = InOrder.First(row => row.TableLabel == outcome.ReportRow);
        }

        return rows;
    });

    /// <summary>一、本年新收政府信息公开申请数量: requests received this year (D38).</summary>
    public static readonly RequestTableRow NewThisYear = new(nameof(NewThisYear), 1, "一", "本年新收政府信息公开申请数量", "new requests received this year");

    /// <summary>二、上年结转政府信息公开申请数量: requests still open at the end of last year (D38).</summary>
    public static readonly RequestTableRow CarriedOver = new(nameof(CarriedOver), 2, "二", "上年结转政府信息公开申请数量", "requests carried over from last year");

    /// <summary>三(一) 予以公开, which also counts replies that the information is already proactively disclosed (D37).</summary>
    public static readonly RequestTableRow Disclosed = new(nameof(Disclosed), 3, RequestOutcome.Disclosed);

    /// <summary>三(二) 部分公开: a request handled in parts counts here only.</summary>
    public static readonly RequestTableRow PartlyDisclosed = new(nameof(PartlyDisclosed), 4, RequestOutcome.PartlyDisclosed);

    /// <summary>三(三)1 属于国家秘密.</summary>
    public static readonly RequestTableRow StateSecret = new(nameof(StateSecret), 5, RequestOutcome.StateSecret);

    /// <summary>三(三)2 其他法律行政法规禁止公开.</summary>
    public static readonly RequestTableRow BarredByLaw = new(nameof(BarredByLaw), 6, RequestOutcome.BarredByLaw);

    /// <summary>三(三)3 危及“三安全一稳定”.</summary>
    public static readonly RequestTableRow EndangersSecurity = new(nameof(EndangersSecurity), 7, RequestOutcome.EndangersSecurity);

    /// <summary>三(三)4 保护第三方合法权益.</summary>
    public static readonly RequestTableRow ThirdPartyRights = new(nameof(ThirdPartyRights), 8, RequestOutcome.ThirdPartyRights);

    /// <summary>三(三)5 属于三类内部事务信息.</summary>
    public static readonly RequestTableRow InternalAffairs = new(nameof(InternalAffairs), 9, RequestOutcome.InternalAffairs);

    /// <summary>三(三)6 属于四类过程性信息.</summary>
    public static readonly RequestTableRow ProcessInformation = new(nameof(ProcessInformation), 10, RequestOutcome.ProcessInformation);

    /// <summary>三(三)7 属于行政执法案卷.</summary>
    public static readonly RequestTableRow EnforcementFiles = new(nameof(EnforcementFiles), 11, RequestOutcome.EnforcementFiles);

    /// <summary>三(三)8 属于行政查询事项.</summary>
    public static readonly RequestTableRow AdministrativeEnquiry = new(nameof(AdministrativeEnquiry), 12, RequestOutcome.AdministrativeEnquiry);

    /// <summary>三(四)1 本机关不掌握相关政府信息, which also counts "not this body's information" (D37).</summary>
    public static readonly RequestTableRow NotHeld = new(nameof(NotHeld), 13, RequestOutcome.NotHeld);

    /// <summary>三(四)2 没有现成信息需要另行制作.</summary>
    public static readonly RequestTableRow WouldNeedMaking = new(nameof(WouldNeedMaking), 14, RequestOutcome.WouldNeedMaking);

    /// <summary>三(四)3 补正后申请内容仍不明确.</summary>
    public static readonly RequestTableRow UnclearAfterCorrection = new(nameof(UnclearAfterCorrection), 15, RequestOutcome.UnclearAfterCorrection);

    /// <summary>三(五)1 信访举报投诉类申请.</summary>
    public static readonly RequestTableRow PetitionOrComplaint = new(nameof(PetitionOrComplaint), 16, RequestOutcome.PetitionOrComplaint);

    /// <summary>三(五)2 重复申请.</summary>
    public static readonly RequestTableRow RepeatedRequest = new(nameof(RepeatedRequest), 17, RequestOutcome.RepeatedRequest);

    /// <summary>三(五)3 要求提供公开出版物.</summary>
    public static readonly RequestTableRow PublishedMaterial = new(nameof(PublishedMaterial), 18, RequestOutcome.PublishedMaterial);

    /// <summary>三(五)4 无正当理由大量反复申请.</summary>
    public static readonly RequestTableRow UnreasonableMassRequests = new(nameof(UnreasonableMassRequests), 19, RequestOutcome.UnreasonableMassRequests);

    /// <summary>三(五)5 要求行政机关确认或重新出具已获取信息.</summary>
    public static readonly RequestTableRow ConfirmOrReissue = new(nameof(ConfirmOrReissue), 20, RequestOutcome.ConfirmOrReissue);

    /// <summary>三(六)1: not corrected in time, so no longer processed — replied so, or abandoned when the correction period passed (D38).</summary>
    public static readonly RequestTableRow AbandonedUncorrected = new(nameof(AbandonedUncorrected), 21, RequestOutcome.AbandonedUncorrected);

    /// <summary>三(六)2: the fee not paid in time, so no longer processed — replied so, or abandoned when the payment period passed (D38).</summary>
    public static readonly RequestTableRow AbandonedUnpaid = new(nameof(AbandonedUnpaid), 22, RequestOutcome.AbandonedUnpaid);

    /// <summary>三(六)3 其他.</summary>
    public static readonly RequestTableRow OtherHandling = new(nameof(OtherHandling), 23, RequestOutcome.OtherHandling);

    /// <summary>三(七) 总计: the sum of the result rows.</summary>
    public static readonly RequestTableRow Total = new(nameof(Total), 24, "三(七)", "总计", "total handled");

    /// <summary>四、结转下年度继续办理: requests still open at the end of this year (D38).</summary>
    public static readonly RequestTableRow CarriedForward = new(nameof(CarriedForward), 25, "四", "结转下年度继续办理", "carried forward into next year");

    private RequestTableRow(string name, int value, string tableLabel, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn) => TableLabel = tableLabel;

    private RequestTableRow(string name, int value, RequestOutcome outcome)
        : this(name, value, outcome.ReportRow, outcome.Label.Zh, outcome.Label.En) => Outcome = outcome;

    /// <summary>The row's label in the table: <c>一</c>, <c>二</c>, <c>三(一)</c>, <c>三(三)4</c>, <c>三(七)</c>, <c>四</c>.</summary>
    public string TableLabel { get; }

    /// <summary>For a result row, the outcome that names it; null for 一, 二, 三(七) and 四.</summary>
    public RequestOutcome? Outcome { get; }

    /// <summary>Whether it is one of the 21 result rows of 三, which 三(七) adds up.</summary>
    public bool IsResult => Outcome is not null;

    /// <summary>The result row a reply with <paramref name="outcome"/> is counted in (§9.4, D37).</summary>
    /// <param name="outcome">The reply's outcome.</param>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    public static RequestTableRow For(RequestOutcome outcome) => ByOutcome.Value[Preconditions.CheckNotNull(outcome).Value];
}
