namespace GovDisclosure.Policy.Reporting;

/// <summary>Documents of one kind in the annual report's section 二 (§9.3, Art. 20 item 1).</summary>
/// <param name="Issued">本年制发件数: issued this year.</param>
/// <param name="Repealed">本年废止件数: repealed this year.</param>
/// <param name="InForce">现行有效件数: in force at the end of the year.</param>
public sealed record DocumentCounts(int Issued, int Repealed, int InForce)
{
    /// <summary>No documents.</summary>
    public static DocumentCounts Zero { get; } = new(0, 0, 0);
}

/// <summary>
/// The figures of the annual report's section 二, 主动公开政府信息情况 (§9.3): what the register cannot know, so the host gives them.
/// </summary>
/// <param name="Rules">规章 (Art. 20 item 1).</param>
/// <param name="NormativeDocuments">行政规范性文件 (Art. 20 item 1).</param>
/// <param name="LicensingDecisions">行政许可 — 本年处理决定数量 (item 5).</param>
/// <param name="PenaltyDecisions">行政处罚 — 本年处理决定数量 (item 6).</param>
/// <param name="CoercionDecisions">行政强制 — 本年处理决定数量 (item 6).</param>
/// <param name="FeesTenThousandYuan">行政事业性收费 — 本年收费金额, in 万元 (ten thousand yuan) (item 8).</param>
public sealed record ProactiveDisclosureFigures(
    DocumentCounts Rules, DocumentCounts NormativeDocuments, int LicensingDecisions, int PenaltyDecisions, int CoercionDecisions, decimal FeesTenThousandYuan)
{
    /// <summary>规章.</summary>
    public DocumentCounts Rules { get; init => field = Preconditions.CheckNotNull(value, nameof(Rules)); } = Preconditions.CheckNotNull(Rules);

    /// <summary>行政规范性文件.</summary>
    public DocumentCounts NormativeDocuments { get; init => field = Preconditions.CheckNotNull(value, nameof(NormativeDocuments)); } =
        Preconditions.CheckNotNull(NormativeDocuments);

    /// <summary>All zero: a body that made no rules, documents or decisions and charged no fees.</summary>
    public static ProactiveDisclosureFigures None { get; } = new(DocumentCounts.Zero, DocumentCounts.Zero, 0, 0, 0, 0m);
}
