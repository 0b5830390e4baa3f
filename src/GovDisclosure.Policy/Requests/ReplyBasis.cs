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

    internal override IEnumerable<(string Zh, string En)> StepDescriptions => steps.Select(step => (step.DescriptionZh, step.DescriptionEn));

    internal override int StoppedWorkingDays => steps.Where(step => step.Kind == ClockStepKind.Stop).Sum(step => step.WorkingDays);

    /// <summary>§8, D31–D33: the regime's days (and the extension's) counted again past the same stopped stretches; a deferral stays the
    /// date told.</summary>
    internal override LocalDate DueOn(Deadline deadline, IWorkingDayCalendar calendar)
    {
        var extension = steps.FirstOrDefault(step => step.Kind == ClockStepKind.Extension)?.WorkingDays ?? 0;
        var due = StoppedClock.Count(calendar, deadline.Trigger, deadline.Rule.Offset + extension, new StepStops(steps), null);
        return steps.FirstOrDefault(step => step.Kind == ClockStepKind.Deferral) is { } deferral ? calendar.AddWorkingDays(deferral.To, 0) : due;
    }

    internal override bool ProvisionalFromEvent => true;
}

/// <summary>A period for redress after a request's reply (§8.11, D39): administrative reconsideration or litigation, from the day the applicant
/// knew the reply or the reconsideration decision.</summary>
public sealed class RedressBasis : DeadlineBasis
{
    internal RedressBasis(string requestId, string remedyZh, string remedyEn) => (RequestId, Remedy) = (requestId, new BilingualText(remedyZh, remedyEn));

    /// <summary>The request's id.</summary>
    public string RequestId { get; }

    /// <summary>The remedy: reconsideration, litigation, or suit after reconsideration, in Chinese and English.</summary>
    public BilingualText Remedy { get; }

    /// <inheritdoc />
    public override string Subject => $"{RequestId} {Remedy.Zh}";

    internal override (string Zh, string En) DueWording => ($"{Remedy.Zh}期限至{{0}}", $"{Remedy.En}: last day {{0}}");

    internal override bool ProvisionalFromEvent => true;
}

/// <summary>The stopped stretches a reply deadline lists, in order.</summary>
internal struct StepStops(IReadOnlyList<ClockStep> steps) : IStopStretches
{
    private int index;

    public bool Next(out LocalDate first, out LocalDate last, out int from, out int to)
    {
        for (; index < steps.Count; index++)
        {
            if (steps[index].Kind == ClockStepKind.Stop)
            {
                (first, last, from, to) = (steps[index].From, steps[index].To, index, index);
                index++;
                return true;
            }
        }

        (first, last, from, to) = (default(LocalDate), default(LocalDate), 0, 0);
        return false;
    }
}
