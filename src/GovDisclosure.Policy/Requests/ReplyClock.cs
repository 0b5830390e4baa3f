using System.Diagnostics.CodeAnalysis;
using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Requests;

/// <summary>
/// The reply clock of a request (§8, D31–D33, D40): counts the regime's working days from the day of receipt or of the corrected
/// request, leaves out the days stopped by consultations and the fee notice (one union of days), adds the extension, and gives way to
/// a deferral. Works on any <see cref="IWorkingDayCalendar"/> with two of its operations per stretch, so the due date alone allocates
/// nothing; the explained form lists every step.
/// </summary>
internal static class ReplyClock
{
    /// <summary>The working days a consulted party has to answer (§8.5, D33).</summary>
    internal const int ConsultationWorkingDays = 15;

    /// <summary>The working days an applicant has to pay a fee (D32).</summary>
    internal const int PaymentWorkingDays = 20;

    /// <summary>The working days within which a correction notice is due (§8.6; the 2019 Regulations only).</summary>
    internal const int CorrectionNoticeWorkingDays = 7;

    /// <summary>The due date of the request's reply, or null when no clock runs: unconfirmed, awaiting correction or (when the fee stops the clock)
    /// payment, or closed by abandonment. Refuses a history the calendar shows impossible.</summary>
    /// <exception cref="RequestHistoryException">The calendar shows the history impossible.</exception>
    internal static LocalDate? Due(InformationRequest request, IWorkingDayCalendar calendar, RequestRules rules) =>
        TryDue(request, calendar, rules, null, out var due, out var refusal) ? due : throw new RequestHistoryException([refusal]);

    /// <summary>The due date as <see cref="Due(InformationRequest, IWorkingDayCalendar, RequestRules)"/> counts it, or the refusal of a history the
    /// calendar shows impossible, as a value.</summary>
    internal static bool TryDue(InformationRequest request, IWorkingDayCalendar calendar, RequestRules rules, out LocalDate? due,
        [MaybeNullWhen(true)] out RequestRefusal refusal) =>
        TryDue(request, calendar, rules, null, out due, out refusal);

    /// <summary>The last day to pay the fee (D32): 20 working days after the day the notice was received.</summary>
    internal static LocalDate PaymentDeadline(InformationRequest request, IWorkingDayCalendar calendar) =>
        calendar.AddWorkingDays(request.FeeNoticeOn!.Value, PaymentWorkingDays);

    /// <summary>The last day for the correction notice (§8.6): 7 working days after receipt; null under the 2007 Regulations, which set none (D40).</summary>
    internal static LocalDate? CorrectionNoticeLimit(InformationRequest request, IWorkingDayCalendar calendar) =>
        request.Regime == RequestRegime.Regulations2019 ? calendar.AddWorkingDays(request.ReceivedOn!.Value, CorrectionNoticeWorkingDays) : null;

    /// <summary>The due date with every step of the clock, as a <see cref="Deadline"/>.</summary>
    internal static Deadline Explain(InformationRequest request, IWorkingDayCalendar calendar, RequestRules rules)
    {
        var steps = new List<ClockStep>();
        if (!TryDue(request, calendar, rules, steps, out var counted, out var refusal))
        {
            throw new RequestHistoryException([refusal]);
        }

        var due = counted ?? throw new InvalidOperationException(NoClock(request));
        var regime = request.Regime!;
        var rule = new DeadlineRule(DeadlineTrigger.RequestReceived, regime.ReplyWorkingDays, DeadlineUnit.WorkingDays, regime.SourceId);
        return new Deadline(new ReplyBasis(request.Id, regime, [.. steps]), rule, request.ReceivedOn!.Value, request.ClockStartsOn!.Value, null, due, calendar);
    }

    /// <summary>The explained due date, or "due beyond the calendar" when the clock starts inside the calendar and runs past its end (D41).</summary>
    internal static DueDateResult ExplainOrBeyond(InformationRequest request, IWorkingDayCalendar calendar, RequestRules rules) =>
        DueDateResult.Counting(request.ClockStartsOn, () => Explain(request, calendar, rules));

    /// <summary>Why a request has no due date, in a sentence.</summary>
    internal static string NoClock(InformationRequest request) =>
        $"Request {request.Id} has no reply clock running: " + (
            request.ReceivedOn is null ? $"it arrived {request.ArrivedOn.ToIso()} {request.Channel.Label.En} and awaits confirmation (§8.3)."
            : request.IsAwaitingCorrection ? $"it awaits the correction asked for by {request.CorrectionNotice!.Value.CorrectBy.ToIso()}; the period restarts from the corrected request (§8.6)."
            : request.IsAwaitingPayment ? $"it awaits payment of the fee noticed {request.FeeNoticeOn!.Value.ToIso()}, which stops the clock (D32)."
            : $"it was closed as {request.Outcome!.Label.En} ({request.Outcome.ReportRow}).");

    private static bool TryDue(InformationRequest request, IWorkingDayCalendar calendar, RequestRules rules, List<ClockStep>? steps, out LocalDate? result,
        [MaybeNullWhen(true)] out RequestRefusal refusal)
    {
        result = null;
        refusal = FeeRefusal(request, calendar);
        var outcome = request.Outcome;
        if (refusal is not null || request.ClockStartsOn is not { } start || outcome == RequestOutcome.AbandonedUncorrected ||
            outcome == RequestOutcome.AbandonedUnpaid || (request.IsAwaitingPayment && rules.FeeNoticeStopsClock))
        {
            return refusal is null;
        }

        var regime = request.Regime!;
        var stops = new StopCursor(request, calendar, rules.FeeNoticeStopsClock, start);
        var stretches = steps is null ? null : new List<(LocalDate First, LocalDate Last, int From, int To)>();
        var due = StoppedClock.Count(calendar, start, regime.ReplyWorkingDays, stops, request.Extension is null ? stretches : null);
        if (request.Extension is { } extension)
        {
            if (extension.On > due)
            {
                refusal = Refused(request, RefusalReason.ExtendedAfterPeriod, RequestEventKind.Extended, extension.On, limit: due);
                return false;
            }

            var first = due;
            due = StoppedClock.Count(calendar, start, regime.ReplyWorkingDays + extension.WorkingDays, stops, stretches);
            steps?.AddRange(Stretches(request, calendar, stretches!, rules.FeeNoticeStopsClock));
            steps?.Add(new ClockStep(ClockStepKind.Extension, extension.On, due, extension.WorkingDays, regime.SourceId,
                $"{extension.On.ToIso()}延长答复期限{extension.WorkingDays}个工作日（原期限{first.ToIso()}，{regime.SourceId}）",
                $"extended on {extension.On.ToIso()} by {IsoText.Count(extension.WorkingDays, "working day")} from {first.ToIso()} ({regime.SourceId})"));
        }
        else
        {
            steps?.AddRange(Stretches(request, calendar, stretches!, rules.FeeNoticeStopsClock));
        }

        if (request.Deferral is { } deferral)
        {
            var deferred = calendar.AddWorkingDays(deferral.Until, 0);
            if (deferral.On > due || deferred <= due)
            {
                refusal = deferral.On > due
                    ? Refused(request, RefusalReason.DeferredAfterPeriod, RequestEventKind.Deferred, deferral.On, limit: due)
                    : Refused(request, RefusalReason.DeferredNotLater, RequestEventKind.Deferred, deferral.On, deferral.Until, due);
                return false;
            }

            steps?.Add(new ClockStep(ClockStepKind.Deferral, deferral.On, deferred, 0, "§8.8",
                $"{deferral.On.ToIso()}告知申请人延至{deferral.Until.ToIso()}答复（§8.8）" + (deferred == deferral.Until ? "" : $"，该日非工作日，顺延至{deferred.ToIso()}"),
                $"deferred on {deferral.On.ToIso()} to {deferral.Until.ToIso()} (§8.8)" + (deferred == deferral.Until ? "" : $", not a working day, so {deferred.ToIso()}")));
            due = deferred;
        }

        steps?.InsertRange(0, Start(request, calendar));
        result = due;
        return true;
    }

    /// <summary>The refusal of a fee paid after its deadline, or of a request closed unpaid before it (D32); null when neither.</summary>
    private static RequestRefusal? FeeRefusal(InformationRequest request, IWorkingDayCalendar calendar)
    {
        if (request.FeeNoticeOn is null)
        {
            return null;
        }

        var deadline = PaymentDeadline(request, calendar);
        return request.FeePaidOn is { } paid && paid > deadline
            ? Refused(request, RefusalReason.PaidAfterDeadline, RequestEventKind.FeePaid, paid, limit: deadline)
            : request.Outcome == RequestOutcome.AbandonedUnpaid && request.RepliedOn <= deadline
                ? Refused(request, RefusalReason.ClosedUnpaidBeforeDeadline, RequestEventKind.Replied, request.RepliedOn!.Value, limit: deadline)
                : null;
    }

    /// <summary>The refusal of a history that only the calendar shows impossible.</summary>
    private static RequestRefusal Refused(InformationRequest request, RefusalReason reason, RequestEventKind refused, LocalDate on,
        LocalDate? related = null, LocalDate? limit = null) =>
        new(request.Id, reason, refused, on, related, limit);

    private static IEnumerable<ClockStep> Start(InformationRequest request, IWorkingDayCalendar calendar)
    {
        var received = request.ReceivedOn!.Value;
        var regime = request.Regime!;
        var arrived = received == request.ArrivedOn ? "" : $"（{request.ArrivedOn.ToIso()}到达）";
        var arrivedEn = received == request.ArrivedOn ? "" : $" (arrived {request.ArrivedOn.ToIso()})";
        yield return new ClockStep(ClockStepKind.Receipt, received, received, 0, "§8.3",
            $"{received.ToIso()}收到申请{arrived}：{request.Channel.ReceiptRuleZh}（§8.3），适用{regime.Label.Zh}",
            $"received {received.ToIso()}{arrivedEn}: {request.Channel.ReceiptRuleEn} (§8.3), under the {regime.Label.En}");
        if (request.CorrectedOn is { } corrected)
        {
            var notice = request.CorrectionNotice!.Value;
            var limit = CorrectionNoticeLimit(request, calendar);
            var late = limit is { } l && notice.On > l;
            yield return new ClockStep(ClockStepKind.Restart, corrected, corrected, 0, "§8.6",
                $"{notice.On.ToIso()}告知补正（限{notice.CorrectBy.ToIso()}前）" + (late ? $"，晚于收到申请后7个工作日（{limit!.Value.ToIso()}）" : "") +
                $"；{corrected.ToIso()}收到补正后的申请，重新计算答复期限（§8.6）",
                $"correction asked on {notice.On.ToIso()} (by {notice.CorrectBy.ToIso()})" + (late ? $", later than 7 working days after receipt ({limit!.Value.ToIso()})" : "") +
                $"; restarted {corrected.ToIso()} on the corrected request (§8.6)");
        }
    }

    private static IEnumerable<ClockStep> Stretches(InformationRequest request, IWorkingDayCalendar calendar, List<(LocalDate First, LocalDate Last, int From, int To)> stretches,
        bool feeStops)
    {
        foreach (var (first, last, from, to) in stretches)
        {
            var zh = new List<string>();
            var en = new List<string>();
            var (consulted, charged) = (false, false);
            for (var i = from; i <= to; i++)
            {
                var stop = request.StopArray[i];
                if (stop.Party is { } party)
                {
                    var through = ConsultationStopsThrough(stop, calendar, out var answered);
                    zh.Add($"{stop.From.ToIso()}书面征求{party.Label.Zh}意见，" + (answered ? $"{through.ToIso()}答复" : $"至第15个工作日{through.ToIso()}未答复或逾期答复"));
                    en.Add($"{party.Label.En} consulted on {stop.From.ToIso()}, " + (answered ? $"answered {through.ToIso()}" : $"no answer by the 15th working day, {through.ToIso()}"));
                    consulted = true;
                }
                else if (feeStops)
                {
                    zh.Add($"{stop.From.ToIso()}收到收费通知，{stop.Until!.Value.ToIso()}缴费");
                    en.Add($"fee notice received {stop.From.ToIso()}, paid {stop.Until!.Value.ToIso()}");
                    charged = true;
                }
            }

            var days = calendar.WorkingDaysBetween(first.PlusDays(-1), last);
            var source = consulted ? charged ? "§8.5, D32, D33" : "§8.5, D33" : "D32";
            yield return new ClockStep(ClockStepKind.Stop, first, last, days, source,
                $"{first.ToIso()}至{last.ToIso()}不计入答复期限（{string.Join("；", zh)}），含工作日{days}天（{source}）",
                $"stopped {first.ToIso()} to {last.ToIso()} ({string.Join("; ", en)}): {IsoText.Count(days, "working day")} not counted ({source})");
        }
    }

    /// <summary>D33: the last day a consultation stops the clock — its answer, or its 15th working day when no answer came by then.</summary>
    private static LocalDate ConsultationStopsThrough(ClockStop consultation, IWorkingDayCalendar calendar, out bool answered)
    {
        var fifteenth = calendar.AddWorkingDays(consultation.From, ConsultationWorkingDays);
        answered = consultation.Until is { } until && until <= fifteenth;   // an answer on the 15th working day is an answer
        return answered ? consultation.Until!.Value : fifteenth;
    }

    /// <summary>
    /// The stopped stretches of a request in date order, each the union of the consultations and fee notice that overlap or touch (D32, D33),
    /// clipped to the days after the clock's start. A struct over the request's array: copying it starts the walk again.
    /// </summary>
    private struct StopCursor(InformationRequest request, IWorkingDayCalendar calendar, bool feeStops, LocalDate start) : IStopStretches
    {
        private int index;

        public bool Next(out LocalDate first, out LocalDate last, out int from, out int to)
        {
            var stops = request.StopArray;
            (first, last, from, to) = (default, default, -1, 0);   // from < 0: no stretch yet
            for (; index < stops.Length; index++)
            {
                if (!Stretch(stops[index], out var a, out var b))
                {
                    continue;
                }

                if (from < 0)
                {
                    (first, last, from, to) = (a, b, index, index);
                }
                else if (a <= last.PlusDays(1))
                {
                    last = b > last ? b : last;
                    to = index;
                }
                else
                {
                    break;
                }
            }

            return from >= 0;
        }

        /// <summary>D33: a consultation stops the days after it was sent through <see cref="ConsultationStopsThrough"/>; D32: a fee, through its payment.</summary>
        private readonly bool Stretch(ClockStop stop, out LocalDate first, out LocalDate last)
        {
            (first, last) = (default, default);
            if (!stop.IsConsultation && !feeStops)
            {
                return false;
            }

            first = stop.From < start ? start.PlusDays(1) : stop.From.PlusDays(1);
            last = stop.IsConsultation ? ConsultationStopsThrough(stop, calendar, out _) : stop.Until!.Value;
            return last >= first;
        }
    }
}
