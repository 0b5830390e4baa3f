using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// The requests of every unit as of the evaluation day (§8.13, D36): each request's status is worked out once, when the check is made,
/// so that a history the calendar shows impossible refuses the evaluation with every such request named.
/// </summary>
internal sealed class RequestCheck
{
    private static readonly int OutcomeSlots = RequestOutcome.InOrder.Max(outcome => outcome.Value) + 1;

    private readonly Dictionary<string, List<ReplyStatus>> byBody = new(StringComparer.Ordinal);
    private readonly IWorkingDayCalendar calendar;
    private readonly bool inRate;

    internal RequestCheck(Register register, LocalDate asOf, IWorkingDayCalendar calendar, RequestRules rules, bool inRate)
    {
        this.calendar = calendar;
        this.inRate = inRate;
        List<RequestRefusal>? refusals = null;
        foreach (var request in register.Requests.Where(request => request.ArrivedOn <= asOf))
        {
            if (ReplyStatus.TryOf(request, asOf, calendar, rules, out var status, out var refusal))
            {
                (byBody.TryGetValue(request.BodyId, out var list) ? list : byBody[request.BodyId] = []).Add(status);
            }
            else
            {
                (refusals ??= []).Add(refusal);
            }
        }

        if (refusals is not null)
        {
            throw new RequestHistoryException(refusals);
        }
    }

    /// <summary>One unit's requests: counts in its on-time rate unless the rules keep them out (D36), findings, and the counts by outcome.</summary>
    internal RequestCounts Check(Body body, bool binding, Span<int> counts, ref List<Finding>? findings)
    {
        if (!byBody.TryGetValue(body.Id, out var statuses))
        {
            return RequestCounts.None;   // most units of most registers: nothing to allocate
        }

        var (onTime, late, overdue, pending, notJudged) = (0, 0, 0, 0, 0);
        var byOutcome = new int[OutcomeSlots];
        foreach (var status in statuses)
        {
            var request = status.Request;
            if (request.Outcome is { } outcome)
            {
                byOutcome[outcome.Value]++;
            }

            if (request.CorrectionNotice is { } notice && ReplyClock.CorrectionNoticeLimit(request, calendar) is { } limit && notice.On > limit)
            {
                (findings ??= []).Add(new Finding(FindingKind.CorrectionNoticeLate, body.Id, request.Id, binding, limit, notice.On,
                    calendar.WorkingDaysBetween(limit, notice.On),
                    $"申请{request.Id}于{request.ReceivedOn!.Value.ToIso()}收到，应于{limit.ToIso()}前一次性告知补正，{notice.On.ToIso()}才告知。",
                    $"Request {request.Id}, received {request.ReceivedOn!.Value.ToIso()}, was due its correction notice by {limit.ToIso()} and got it on {notice.On.ToIso()}."));
            }

            if (!status.IsJudged)
            {
                notJudged++;
            }
            else if (status.IsLate)
            {
                late++;
                (findings ??= []).Add(new Finding(FindingKind.ReplyLate, body.Id, request.Id, binding, status.Due!.Value, request.DeliveredOn, status.WorkingDaysLate,
                    $"申请{request.Id}应于{status.Due.Value.ToIso()}前答复，{request.DeliveredOn!.Value.ToIso()}才送达，逾期{status.WorkingDaysLate}个工作日。",
                    $"Request {request.Id} was due a reply by {status.Due.Value.ToIso()}; it was delivered on {request.DeliveredOn!.Value.ToIso()}, {IsoText.Count(status.WorkingDaysLate, "working day")} late."));
            }
            else if (status.IsOverdue)
            {
                overdue++;
                (findings ??= []).Add(new Finding(FindingKind.RequestOverdue, body.Id, request.Id, binding, status.Due!.Value, null, status.WorkingDaysLate,
                    $"申请{request.Id}应于{status.Due.Value.ToIso()}前答复，至{status.AsOf.ToIso()}未送达答复，已逾期{status.WorkingDaysLate}个工作日。",
                    $"Request {request.Id} was due a reply by {status.Due.Value.ToIso()} and had none delivered by {status.AsOf.ToIso()}: {IsoText.Count(status.WorkingDaysLate, "working day")} overdue."));
            }
            else if (status.State == RequestState.Delivered)
            {
                onTime++;
            }
            else
            {
                pending++;
            }
        }

        if (inRate)
        {
            counts[Outcome.OnTime.Value] += onTime;
            counts[Outcome.Late.Value] += late;
            counts[Outcome.Missing.Value] += overdue;
            counts[Outcome.Pending.Value] += pending;
        }

        return new RequestCounts(statuses.Count, onTime, late, overdue, pending, notJudged, byOutcome);
    }
}
