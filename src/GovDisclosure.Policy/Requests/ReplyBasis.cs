using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Requests;

/// <summary>The deadline of a request's reply (§8, D31–D33): the request, the Regulations that set its periods, and what moved its clock.</summary>
public sealed class ReplyBasis : DeadlineBasis
{
    private readonly IReadOnlyList<ClockStep> steps;

    internal ReplyBasis(string requestId, RequestRegime regime, ClockStep[] steps) =>
        (RequestId, Regime, this.steps) = (requestId, regime, ReadOnly.Wrap(steps));

    /// <summary>The request's id.</summary>
    public string RequestId { get; }

    /// <summary>The Regulations that set the request's periods, by its day of receipt (§8.12).</summary>
    public RequestRegime Regime { get; }

    /// <summary>What moved the clock, in order: the receipt, a restart after correction, each stopped stretch, the extension, a deferral.</summary>
    public IReadOnlyList<ClockStep> Steps => steps;

    /// <inheritdoc />
    public override string Subject => RequestId;

    internal override (string Zh, string En) DueWording => ("应于{0}前答复", "reply due {0}");

    internal override IReadOnlyList<ClockStep> ClockSteps => steps;

    internal override bool ProvisionalFromEvent => true;
}

/// <summary>A period for redress after a request's reply (§8.11, D39): administrative reconsideration or litigation, from the day the applicant
/// knew the reply or the reconsideration decision.</summary>
public sealed class RedressBasis : DeadlineBasis
{
    internal RedressBasis(string requestId, string remedyZh, string remedyEn) => (RequestId, RemedyZh, RemedyEn) = (requestId, remedyZh, remedyEn);

    /// <summary>The request's id.</summary>
    public string RequestId { get; }

    /// <summary>The remedy in Chinese: 行政复议, 行政诉讼 or 复议后起诉.</summary>
    public string RemedyZh { get; }

    /// <summary>The remedy in English: reconsideration, litigation or suit after reconsideration.</summary>
    public string RemedyEn { get; }

    /// <inheritdoc />
    public override string Subject => $"{RequestId} {RemedyZh}";

    internal override (string Zh, string En) DueWording => ($"{RemedyZh}期限至{{0}}", $"{RemedyEn}: last day {{0}}");

    internal override bool ProvisionalFromEvent => true;
}
