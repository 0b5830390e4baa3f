namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// The assessment part of a policy (§4, D11–D13): the on-time rates each grade needs, how many working days each
/// tier of the complaint network has, and how many comprehensive inspections a year are expected. <see cref="Default"/> holds the library's defaults; a county's
/// profile may change them. Immutable.
/// </summary>
public sealed record AssessmentRules
{
    /// <summary>The working days each tier of the complaint network has by default (D11): 20.</summary>
    public const int DefaultComplaintTierWorkingDays = 20;

    /// <summary>Creates assessment rules with <paramref name="gradeThresholds"/> and the defaults for the rest (set them with an initializer or <c>with</c>).</summary>
    /// <param name="gradeThresholds">The grade thresholds (D13).</param>
    /// <exception cref="ArgumentNullException"><paramref name="gradeThresholds"/> is null.</exception>
    public AssessmentRules(GradeThresholds gradeThresholds) => GradeThresholds = gradeThresholds;

    /// <summary>The fewest comprehensive inspections a year by default (D12): 1.</summary>
    public const int DefaultMinInspections = 1;

    /// <summary>The most comprehensive inspections a year by default before more are reported (D12): 2.</summary>
    public const int DefaultMaxInspections = 2;

    /// <summary>The library's defaults: grades at 95, 85 and 70 % (D13), 20 working days per complaint tier (D11), one or two inspections a year (D12).</summary>
    public static AssessmentRules Default { get; } = new(GradeThresholds.Default);

    /// <summary>The on-time rates of the grades (D13).</summary>
    public GradeThresholds GradeThresholds { get; init => field = Preconditions.CheckNotNull(value, nameof(GradeThresholds)); }

    /// <summary>How many working days each tier of the complaint network has before the complainant may escalate (D11): 1 to 250, 20 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1–250.</exception>
    public int ComplaintTierWorkingDays
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(nameof(ComplaintTierWorkingDays), value, 1, 250);
            field = value;
        }
    } = DefaultComplaintTierWorkingDays;

    /// <summary>The fewest comprehensive inspections a unit should have in a year (D12, §4.1); fewer is a finding. From 0 to 52, at most <see cref="MaxInspections"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0–52, or above <see cref="MaxInspections"/>.</exception>
    public int MinInspections
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(nameof(MinInspections), value, 0, MaxInspections);
            field = value;
        }
    } = DefaultMinInspections;

    /// <summary>The most comprehensive inspections a year before more are reported, as an observation (D12, §4.1). From 1 to 52, at least <see cref="MinInspections"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1–52, or below <see cref="MinInspections"/>.</exception>
    public int MaxInspections
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(nameof(MaxInspections), value, Math.Max(1, MinInspections), 52);
            field = value;
        }
    } = DefaultMaxInspections;

    /// <summary>Whether requests for disclosure count in a unit's on-time rate (D36): a late reply as late, an overdue request as missing. True by default.</summary>
    public bool CountRequestsInRate { get; init; } = true;
}
