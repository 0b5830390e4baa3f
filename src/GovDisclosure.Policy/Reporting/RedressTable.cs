using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Reporting;

/// <summary>One group of the annual report's table 四 (§9.5): cases by result, and 总计.</summary>
/// <param name="Upheld">结果维持.</param>
/// <param name="Corrected">结果纠正.</param>
/// <param name="Other">其他结果.</param>
/// <param name="Pending">尚未审结.</param>
/// <param name="Total">总计: the sum of the four, when the group is consistent.</param>
public sealed record RedressCounts(int Upheld, int Corrected, int Other, int Pending, int Total)
{
    /// <summary>A group of zeros.</summary>
    public static RedressCounts Zero { get; } = new(0, 0, 0, 0, 0);

    /// <summary>The count of one result.</summary>
    /// <param name="result">The result.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public int this[RedressResult result] =>
        Preconditions.CheckNotNull(result) == RedressResult.Upheld ? Upheld
        : result == RedressResult.Corrected ? Corrected
        : result == RedressResult.Other ? Other
        : Pending;

    /// <summary>The sum of the four results, which <see cref="Total"/> should equal.</summary>
    public int SumOfResults => Upheld + Corrected + Other + Pending;

    /// <summary>A group from its four results, with 总计 their sum.</summary>
    /// <param name="upheld">结果维持.</param>
    /// <param name="corrected">结果纠正.</param>
    /// <param name="other">其他结果.</param>
    /// <param name="pending">尚未审结.</param>
    public static RedressCounts FromResults(int upheld, int corrected, int other, int pending) =>
        new(upheld, corrected, other, pending, upheld + corrected + other + pending);
}

/// <summary>
/// The annual report's table 四 (§9.5): administrative reconsideration, and litigation without and after reconsideration, each by result.
/// </summary>
/// <param name="Reconsideration">行政复议.</param>
/// <param name="DirectLitigation">行政诉讼 — 未经复议直接起诉.</param>
/// <param name="LitigationAfterReconsideration">行政诉讼 — 复议后起诉.</param>
public sealed record RedressTable(RedressCounts Reconsideration, RedressCounts DirectLitigation, RedressCounts LitigationAfterReconsideration)
{
    /// <summary>行政复议.</summary>
    public RedressCounts Reconsideration { get; init => field = Preconditions.CheckNotNull(value, nameof(Reconsideration)); } = Preconditions.CheckNotNull(Reconsideration);

    /// <summary>行政诉讼 — 未经复议直接起诉.</summary>
    public RedressCounts DirectLitigation { get; init => field = Preconditions.CheckNotNull(value, nameof(DirectLitigation)); } = Preconditions.CheckNotNull(DirectLitigation);

    /// <summary>行政诉讼 — 复议后起诉.</summary>
    public RedressCounts LitigationAfterReconsideration { get; init => field = Preconditions.CheckNotNull(value, nameof(LitigationAfterReconsideration)); } =
        Preconditions.CheckNotNull(LitigationAfterReconsideration);

    /// <summary>A table of zeros.</summary>
    public static RedressTable Empty { get; } = new(RedressCounts.Zero, RedressCounts.Zero, RedressCounts.Zero);

    /// <summary>The group of one kind of case.</summary>
    /// <param name="kind">The kind.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public RedressCounts this[RedressCaseKind kind] =>
        Preconditions.CheckNotNull(kind) == RedressCaseKind.Reconsideration ? Reconsideration
        : kind == RedressCaseKind.DirectLitigation ? DirectLitigation
        : LitigationAfterReconsideration;
}
