using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Requests;

/// <summary>
/// The last days an applicant can challenge a delivered reply (§8.11): administrative reconsideration within 60 days of knowing the reply
/// (a year when the reply did not tell of that right), litigation within 6 months, and, after a reconsideration decision, 15 days to sue.
/// Each is a calendar period from the day the applicant knew the reply (D39); one whose last day is not a working day ends on the next
/// working day. Each is a <see cref="Deadline"/>, so it explains itself and exports to iCalendar like any other.
/// </summary>
public sealed class RedressWindows
{
    private static readonly DeadlineRule ReconsiderationRule = new(DeadlineTrigger.ReplyKnown, 60, DeadlineUnit.CalendarDays, "§8.11, D39");
    private static readonly DeadlineRule UntoldReconsiderationRule = new(DeadlineTrigger.ReplyKnown, 12, DeadlineUnit.CalendarMonths, "§8.11, D39");
    private static readonly DeadlineRule LitigationRule = new(DeadlineTrigger.ReplyKnown, 6, DeadlineUnit.CalendarMonths, "§8.11, D39");
    private static readonly DeadlineRule AfterDecisionRule = new(DeadlineTrigger.ReconsiderationDecided, 15, DeadlineUnit.CalendarDays, "§8.11");

    private RedressWindows(LocalDate knewReplyOn, Deadline reconsideration, Deadline litigation, Deadline? litigationAfterReconsideration) =>
        (KnewReplyOn, Reconsideration, Litigation, LitigationAfterReconsideration) = (knewReplyOn, reconsideration, litigation, litigationAfterReconsideration);

    /// <summary>The day the applicant knew the reply (D39).</summary>
    public LocalDate KnewReplyOn { get; }

    /// <summary>The last day to apply for administrative reconsideration: 60 days, or a year when the reply did not tell of the right.</summary>
    public Deadline Reconsideration { get; }

    /// <summary>The last day to sue without reconsideration: 6 months (D39 counts the months).</summary>
    public Deadline Litigation { get; }

    /// <summary>The last day to sue after a reconsideration decision, 15 days from receiving it; null when no decision day was given.</summary>
    public Deadline? LitigationAfterReconsideration { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"knew the reply {KnewReplyOn.ToIso()}: reconsideration by {Reconsideration.Due.ToIso()}, litigation by {Litigation.Due.ToIso()}" +
        (LitigationAfterReconsideration is { } after ? $", after the decision by {after.Due.ToIso()}" : "");

    internal static RedressWindows Of(InformationRequest request, LocalDate? decisionReceivedOn, IWorkingDayCalendar calendar)
    {
        var knew = request.KnewReplyOn ?? throw new InvalidOperationException(
            $"Request {request.Id} has no delivered reply, so no redress period has begun (§8.11); deliver the reply first.");
        if (decisionReceivedOn is { } decided && decided < knew)
        {
            throw new PolicyArgumentException(
                $"Request {request.Id}: a reconsideration decision received on {decided.ToIso()} comes before the applicant knew the reply on {knew.ToIso()}.",
                nameof(decisionReceivedOn));
        }

        Deadline Window(DeadlineRule rule, LocalDate from, string zh, string en) =>
            new(new RedressBasis(request.Id, zh, en), rule, knew, from, null, rule.DueFrom(from, calendar), calendar);

        var told = request.ReplyEvent!.ToldOfRedress != false;
        return new RedressWindows(knew,
            Window(told ? ReconsiderationRule : UntoldReconsiderationRule, knew, "行政复议", "reconsideration"),
            Window(LitigationRule, knew, "行政诉讼", "litigation"),
            decisionReceivedOn is { } decision ? Window(AfterDecisionRule, decision, "复议后起诉", "suit after reconsideration") : null);
    }
}
