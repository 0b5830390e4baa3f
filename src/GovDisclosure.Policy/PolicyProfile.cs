using System.Diagnostics.CodeAnalysis;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy;

/// <summary>
/// A county's deviations from the seed policy (SPEC §6), in separate parts: <see cref="DeadlineProfile"/>, the deadline rules
/// (D3–D8, D26); <see cref="AssessmentRules"/> (D11–D13); <see cref="RequestRules"/> (D32); and <see cref="ReportingRules"/> (D38, D42). Apply it with
/// <see cref="DisclosurePolicy.WithProfile(PolicyProfile)"/>; what it does not mention stays as it was.
/// Immutable: each method returns a new profile.
/// </summary>
public sealed class PolicyProfile : IEquatable<PolicyProfile>
{
    /// <summary>Creates a profile that changes nothing.</summary>
    /// <param name="name">The profile's name, shown as the source of its rules, for example <c>丽水市莲都区</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public PolicyProfile(string name)
        : this(new DeadlineProfile(name), null, null, null)
    {
    }

    private PolicyProfile(DeadlineProfile deadlines, AssessmentRules? assessment, RequestRules? requests, ReportingRules? reporting)
    {
        ReportingRules = reporting;
        DeadlineProfile = deadlines;
        AssessmentRules = assessment;
        RequestRules = requests;
    }

    /// <summary>The profile's name.</summary>
    public string Name => DeadlineProfile.Name;

    /// <summary>The source id its rules carry: <c>profile "name"</c>.</summary>
    public string SourceId => DeadlineProfile.SourceId;

    /// <summary>The deadline part: overrides of cadences and entries, and entries taken out.</summary>
    public DeadlineProfile DeadlineProfile { get; }

    /// <summary>The assessment rules the profile sets, or null to keep the policy's.</summary>
    public AssessmentRules? AssessmentRules { get; }

    /// <summary>The request defaults the profile sets (D32), or null to keep the policy's.</summary>
    public RequestRules? RequestRules { get; }

    /// <summary>The profile's reporting rules (D38's aggregate, D42's numbers), or null to keep the policy's.</summary>
    public ReportingRules? ReportingRules { get; }

    /// <summary>A copy of this profile that sets the request defaults (D32), for example <c>new RequestRules { FeeNoticeStopsClock = false }</c>.</summary>
    /// <param name="requests">The request defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> is null.</exception>
    public PolicyProfile WithRequestRules(RequestRules requests) => new(DeadlineProfile, AssessmentRules, Preconditions.CheckNotNull(requests), ReportingRules);

    /// <summary>This profile with reporting rules: whether a government's report is an aggregate (D38), and when a section is copied (D42).</summary>
    /// <param name="reporting">The rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reporting"/> is null.</exception>
    public PolicyProfile WithReportingRules(ReportingRules reporting) => new(DeadlineProfile, AssessmentRules, RequestRules, Preconditions.CheckNotNull(reporting));

    /// <inheritdoc cref="DeadlineProfile.Override(Cadence, int, DeadlineUnit)"/>
    public PolicyProfile Override(Cadence cadence, int offset, DeadlineUnit unit) => new(DeadlineProfile.Override(cadence, offset, unit), AssessmentRules, RequestRules, ReportingRules);

    /// <inheritdoc cref="DeadlineProfile.Override(ScheduleEntry, int, DeadlineUnit)"/>
    public PolicyProfile Override(ScheduleEntry entry, int offset, DeadlineUnit unit) => new(DeadlineProfile.Override(entry, offset, unit), AssessmentRules, RequestRules, ReportingRules);

    /// <inheritdoc cref="DeadlineProfile.TryOverride(Cadence, int, DeadlineUnit, out DeadlineProfile?, out string?)"/>
    public bool TryOverride(Cadence cadence, int offset, DeadlineUnit unit, [MaybeNullWhen(false)] out PolicyProfile profile, [MaybeNullWhen(true)] out string problem)
    {
        if (DeadlineProfile.TryOverride(cadence, offset, unit, out var changed, out problem))
        {
            profile = new(changed, AssessmentRules, RequestRules, ReportingRules);
            return true;
        }

        profile = null;
        return false;
    }

    /// <inheritdoc cref="DeadlineProfile.TryOverride(ScheduleEntry, int, DeadlineUnit, out DeadlineProfile?, out string?)"/>
    public bool TryOverride(ScheduleEntry entry, int offset, DeadlineUnit unit, [MaybeNullWhen(false)] out PolicyProfile profile, [MaybeNullWhen(true)] out string problem)
    {
        if (DeadlineProfile.TryOverride(entry, offset, unit, out var changed, out problem))
        {
            profile = new(changed, AssessmentRules, RequestRules, ReportingRules);
            return true;
        }

        profile = null;
        return false;
    }

    /// <inheritdoc cref="DeadlineProfile.Without(ScheduleEntry)"/>
    public PolicyProfile Without(ScheduleEntry entry) => new(DeadlineProfile.Without(entry), AssessmentRules, RequestRules, ReportingRules);

    /// <inheritdoc cref="DeadlineProfile.WithPreDisclosureDays(int)"/>
    public PolicyProfile WithPreDisclosureDays(int calendarDays) => new(DeadlineProfile.WithPreDisclosureDays(calendarDays), AssessmentRules, RequestRules, ReportingRules);

    /// <summary>This profile with its assessment rules: grade thresholds (D13), the complaint tiers' period (D11) and the inspection counts (D12).</summary>
    /// <param name="assessment">The rules.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public PolicyProfile WithAssessmentRules(AssessmentRules assessment) => new(DeadlineProfile, Preconditions.CheckNotNull(assessment), RequestRules, ReportingRules);

    /// <summary>This profile with other grade thresholds (D13), keeping the rest of its assessment rules.</summary>
    /// <param name="thresholds">The thresholds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="thresholds"/> is null.</exception>
    public PolicyProfile WithGradeThresholds(GradeThresholds thresholds) =>
        WithAssessmentRules((AssessmentRules ?? AssessmentRules.Default) with { GradeThresholds = Preconditions.CheckNotNull(thresholds) });

    /// <inheritdoc />
    public override string ToString() => DeadlineProfile.ToString() + (AssessmentRules is null ? "" : $", assessment {AssessmentRules}") + (RequestRules is null ? "" : $", requests {RequestRules}") +
        (ReportingRules is null ? "" : $", reporting {ReportingRules}");

    /// <summary>Whether <paramref name="other"/> has equal deadline and assessment parts.</summary>
    /// <param name="other">Another profile.</param>
    public bool Equals(PolicyProfile? other) => other is not null && DeadlineProfile.Equals(other.DeadlineProfile) && Equals(AssessmentRules, other.AssessmentRules) && Equals(RequestRules, other.RequestRules) &&
        Equals(ReportingRules, other.ReportingRules);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PolicyProfile);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DeadlineProfile, AssessmentRules, RequestRules, ReportingRules);
}
