using GovDisclosure.Policy.Calendar;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>How the public reaches the complaint network (§4.1).</summary>
public sealed class ComplaintChannel : BilingualPolicyEnum<ComplaintChannel>
{
    /// <summary>投诉信箱: the complaint mailbox.</summary>
    public static readonly ComplaintChannel Mailbox = new(nameof(Mailbox), 1, "投诉信箱", "complaint mailbox");

    /// <summary>监督投诉电话: the published supervision hotline.</summary>
    public static readonly ComplaintChannel Hotline = new(nameof(Hotline), 2, "监督投诉电话", "supervision hotline");

    /// <summary>政务公开监督员: an appointed public supervisor.</summary>
    public static readonly ComplaintChannel Supervisor = new(nameof(Supervisor), 3, "政务公开监督员", "public supervisor");

    private ComplaintChannel(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }

}

/// <summary>The three tiers of the complaint network (§4.1), in escalation order.</summary>
public sealed class ComplaintTier : BilingualPolicyEnum<ComplaintTier>
{
    /// <summary>基层单位: the unit complained about.</summary>
    public static readonly ComplaintTier BaseUnit = new(nameof(BaseUnit), 1, "基层单位", "base unit");

    /// <summary>主管部门: the competent department.</summary>
    public static readonly ComplaintTier CompetentDepartment = new(nameof(CompetentDepartment), 2, "主管部门", "competent department");

    /// <summary>公开办: the county disclosure office, the last tier.</summary>
    public static readonly ComplaintTier DisclosureOffice = new(nameof(DisclosureOffice), 3, "公开办", "disclosure office");

    private ComplaintTier(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }

    /// <summary>The tier a complaint escalates to, or null for the disclosure office.</summary>
    public ComplaintTier? Next => this == BaseUnit ? CompetentDepartment : this == CompetentDepartment ? DisclosureOffice : null;
}

/// <summary>
/// A complaint in the three-tier network (§4.1, D11): lodged at the base unit, escalated to the competent
/// department and then the disclosure office when a tier does not resolve it within its deadline, then
/// resolved and rectified. Immutable: each transition returns a new complaint, and an invalid one throws
/// <see cref="InvalidOperationException"/> (a wrong state) or <see cref="ArgumentException"/> (a date before the last action).
/// </summary>
public sealed class Complaint : IEquatable<Complaint>
{
    private Complaint(string id, string bodyId, ComplaintChannel channel, LocalDate lodgedOn, LocalDate[] escalations, ComplaintTier tier,
        LocalDate tierSince, LocalDate lastAction, LocalDate? resolvedOn, string? resolution, LocalDate? rectifiedOn, LocalDate?[] answers)
    {
        EscalationArray = escalations;
        answerArray = answers;
        Answers = ReadOnly.Wrap(answers);
        Escalations = ReadOnly.Wrap(escalations);
        Id = id;
        BodyId = bodyId;
        Channel = channel;
        LodgedOn = lodgedOn;
        Tier = tier;
        TierSince = tierSince;
        LastAction = lastAction;
        ResolvedOn = resolvedOn;
        Resolution = resolution;
        RectifiedOn = rectifiedOn;
    }

    /// <summary>The complaint's id.</summary>
    public string Id { get; }

    /// <summary>The unit complained about.</summary>
    public string BodyId { get; }

    /// <summary>How the complaint came in.</summary>
    public ComplaintChannel Channel { get; }

    /// <summary>The day it was lodged at the base unit.</summary>
    public LocalDate LodgedOn { get; }

    /// <summary>The days it was escalated, in order: to the competent department, then to the disclosure office.</summary>
    public IReadOnlyList<LocalDate> Escalations { get; }

    private LocalDate[] EscalationArray { get; }

    private readonly LocalDate?[] answerArray;

    /// <summary>By tier (base unit, competent department, disclosure office), the day that tier answered the complainant, or null (D22).</summary>
    public IReadOnlyList<LocalDate?> Answers { get; }

    /// <summary>The tier that holds it now.</summary>
    public ComplaintTier Tier { get; }

    /// <summary>The day the current tier received it.</summary>
    public LocalDate TierSince { get; }

    /// <summary>The day of the last transition.</summary>
    public LocalDate LastAction { get; }

    /// <summary>The day it was resolved, or null while it is open.</summary>
    public LocalDate? ResolvedOn { get; }

    /// <summary>How it was resolved, or null.</summary>
    public string? Resolution { get; }

    /// <summary>The day the problem was rectified (整改), or null.</summary>
    public LocalDate? RectifiedOn { get; }

    /// <summary>Whether it is resolved.</summary>
    public bool IsResolved => ResolvedOn is not null;

    /// <summary>Lodges a complaint at the base unit.</summary>
    /// <param name="id">The complaint's id.</param>
    /// <param name="bodyId">The unit complained about.</param>
    /// <param name="channel">How it came in.</param>
    /// <param name="lodgedOn">The day it was lodged.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Complaint Lodge(string id, string bodyId, ComplaintChannel channel, LocalDate lodgedOn) =>
        new(Preconditions.CheckNotNull(id), Preconditions.CheckNotNull(bodyId), Preconditions.CheckNotNull(channel), lodgedOn,
            [], ComplaintTier.BaseUnit, lodgedOn, lodgedOn, null, null, null, new LocalDate?[3]);

    /// <summary>
    /// Records an escalation to the next tier as it happened (D11). Whether it was allowed — after the tier's period passed, or
    /// after the tier answered (D22) — needs the calendar: <see cref="Escalate(LocalDate, IWorkingDayCalendar, int)"/> checks it
    /// at once, and an evaluation reports an escalation recorded too early as a finding.
    /// </summary>
    /// <param name="on">The day of escalation; not before the last action.</param>
    /// <exception cref="InvalidOperationException">It is resolved, or already at the disclosure office, the last tier.</exception>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the last action.</exception>
    public Complaint Escalate(LocalDate on)
    {
        CheckOpen("escalate");
        CheckDate(on, nameof(on));
        var next = Tier.Next ?? throw new InvalidOperationException(
            $"Complaint {Id} is already at the disclosure office (公开办), the last tier of the network; it cannot be escalated further (§4.1, D11).");
        return new(Id, BodyId, Channel, LodgedOn, [.. EscalationArray, on], next, on, on, null, null, null, answerArray);
    }

    /// <summary>Escalates the complaint to the next tier, if D22 allows it: the tier's period has passed unresolved, or the tier has answered.</summary>
    /// <param name="on">The day of escalation; not before the last action.</param>
    /// <param name="calendar">The working-day calendar the tier's period is counted in (D1).</param>
    /// <param name="tierWorkingDays">The working days a tier has; 20 by default (D11).</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tierWorkingDays"/> is outside 1–250.</exception>
    /// <exception cref="InvalidOperationException">It is resolved, at the last tier, or the escalation comes too early (D22).</exception>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the last action.</exception>
    /// <exception cref="CalendarCoverageException">The calendar does not hold the days needed.</exception>
    public Complaint Escalate(LocalDate on, IWorkingDayCalendar calendar, int tierWorkingDays = AssessmentRules.DefaultComplaintTierWorkingDays)
    {
        var deadline = TierDeadline(calendar, tierWorkingDays);
        if (on <= deadline && answerArray[Tier.Value - 1] is null)
        {
            throw new InvalidOperationException(
                $"Complaint {Id} cannot be escalated on {on.ToIso()}: the {Tier.Label.En} has until {deadline.ToIso()} and has not answered yet (D22).");
        }

        return Escalate(on);
    }

    /// <summary>Records that the current tier answered the complainant without resolving the complaint; the complainant may then escalate at once (D22).</summary>
    /// <param name="on">The day of the answer; not before the last action.</param>
    /// <exception cref="InvalidOperationException">It is resolved, or the tier has already answered.</exception>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the last action.</exception>
    public Complaint Answer(LocalDate on)
    {
        CheckOpen("be answered");
        CheckDate(on, nameof(on));
        if (answerArray[Tier.Value - 1] is { } answered)
        {
            throw new InvalidOperationException($"Complaint {Id}: the {Tier.Label.En} already answered on {answered.ToIso()}.");
        }

        LocalDate?[] answers = [.. answerArray];
        answers[Tier.Value - 1] = on;
        return new(Id, BodyId, Channel, LodgedOn, EscalationArray, Tier, TierSince, on, null, null, null, answers);
    }

    /// <summary>D22: each escalation that came before its tier's period passed and without the tier's answer, with that deadline.</summary>
    internal IEnumerable<(ComplaintTier From, LocalDate On, LocalDate Deadline)> EarlyEscalations(IWorkingDayCalendar calendar, int tierWorkingDays)
    {
        var since = LodgedOn;
        for (var i = 0; i < EscalationArray.Length; i++)
        {
            var deadline = calendar.AddWorkingDays(since, tierWorkingDays);
            if (EscalationArray[i] <= deadline && answerArray[i] is null)
            {
                yield return (ComplaintTier.FromValue(i + 1), EscalationArray[i], deadline);
            }

            since = EscalationArray[i];
        }
    }

    /// <summary>Resolves the complaint at its current tier.</summary>
    /// <param name="on">The day it was resolved; not before the last action.</param>
    /// <param name="resolution">How it was resolved.</param>
    /// <exception cref="InvalidOperationException">It is already resolved.</exception>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the last action.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="resolution"/> is null.</exception>
    public Complaint Resolve(LocalDate on, string resolution)
    {
        CheckOpen("resolve");
        CheckDate(on, nameof(on));
        return new(Id, BodyId, Channel, LodgedOn, EscalationArray, Tier, TierSince, on, on, Preconditions.CheckNotNull(resolution), null, answerArray);
    }

    /// <summary>Records that the problem was rectified (整改) after the complaint was resolved (§4.1).</summary>
    /// <param name="on">The day of rectification; not before the resolution.</param>
    /// <exception cref="InvalidOperationException">It is not resolved yet, or already rectified.</exception>
    /// <exception cref="ArgumentException"><paramref name="on"/> is before the last action.</exception>
    public Complaint Rectify(LocalDate on)
    {
        if (!IsResolved || RectifiedOn is not null)
        {
            throw new InvalidOperationException(IsResolved
                ? $"Complaint {Id} was already rectified on {RectifiedOn!.Value.ToIso()}."
                : $"Complaint {Id} is not resolved yet; rectification follows the resolution.");
        }

        CheckDate(on, nameof(on));
        return new(Id, BodyId, Channel, LodgedOn, EscalationArray, Tier, TierSince, on, ResolvedOn, Resolution, on, answerArray);
    }

    /// <summary>The last day the current tier has to resolve it: <paramref name="tierWorkingDays"/> working days after it received it (D11).</summary>
    /// <param name="calendar">The working-day calendar the period is counted in (D1).</param>
    /// <param name="tierWorkingDays">The working days a tier has; 20 by default (D11, <see cref="AssessmentRules.ComplaintTierWorkingDays"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tierWorkingDays"/> is outside 1–250.</exception>
    /// <exception cref="CalendarCoverageException">The calendar does not hold the days needed.</exception>
    public LocalDate TierDeadline(IWorkingDayCalendar calendar, int tierWorkingDays = AssessmentRules.DefaultComplaintTierWorkingDays)
    {
        Preconditions.CheckNotNull(calendar);
        Preconditions.CheckArgumentRange(nameof(tierWorkingDays), tierWorkingDays, 1, 250);
        return calendar.AddWorkingDays(TierSince, tierWorkingDays);
    }

    /// <summary>Whether the complaint is open past its tier's deadline on <paramref name="asOf"/> (D11).</summary>
    /// <param name="calendar">The working-day calendar the period is counted in (D1).</param>
    /// <param name="asOf">The day of the check.</param>
    /// <param name="tierWorkingDays">The working days a tier has; 20 by default (D11).</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tierWorkingDays"/> is outside 1–250.</exception>
    /// <exception cref="CalendarCoverageException">The calendar does not hold the days needed.</exception>
    public bool IsOverdue(IWorkingDayCalendar calendar, LocalDate asOf, int tierWorkingDays = AssessmentRules.DefaultComplaintTierWorkingDays) =>
        !(ResolvedOn is { } resolved && resolved <= asOf) && asOf > TierDeadline(calendar, tierWorkingDays);

    /// <inheritdoc />
    public bool Equals(Complaint? other) =>
        other is not null && Id == other.Id && BodyId == other.BodyId && Channel == other.Channel && LodgedOn == other.LodgedOn &&
        EscalationArray.SequenceEqual(other.EscalationArray) && answerArray.SequenceEqual(other.answerArray) && ResolvedOn == other.ResolvedOn && Resolution == other.Resolution &&
        RectifiedOn == other.RectifiedOn;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Complaint);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, BodyId, LodgedOn, EscalationArray.Length, ResolvedOn);

    /// <inheritdoc />
    public override string ToString() =>
        $"Complaint {Id} about {BodyId} at the {Tier.Label.En} since {TierSince.ToIso()}{(IsResolved ? $", resolved {ResolvedOn!.Value.ToIso()}" : "")}";

    private void CheckOpen(string action)
    {
        if (IsResolved)
        {
            throw new InvalidOperationException($"Complaint {Id} was resolved on {ResolvedOn!.Value.ToIso()}; it cannot {action} again.");
        }
    }

    private void CheckDate(LocalDate on, string paramName)
    {
        if (on < LastAction)
        {
            throw new PolicyArgumentException(
                $"Complaint {Id}: {on.ToIso()} is before its last action on {LastAction.ToIso()} (lodged {LodgedOn.ToIso()}); a transition cannot go back in time.",
                paramName);
        }
    }
}
