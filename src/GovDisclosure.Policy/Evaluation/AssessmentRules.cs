namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// The assessment part of a policy (§4, D11, D13): the on-time rates each grade needs and how many working
/// days each tier of the complaint network has. <see cref="Default"/> holds the library's defaults; a county's
/// profile may change them. Immutable.
/// </summary>
public sealed record AssessmentRules
{
    /// <summary>The working days each tier of the complaint network has by default (D11): 20.</summary>
    public const int DefaultComplaintTierWorkingDays = 20;

    /// <summary>Creates assessment rules.</summary>
    /// <param name="gradeThresholds">The grade thresholds (D13).</param>
    /// <param name="complaintTierWorkingDays">The working days each complaint tier has (D11), from 1 to 250.</param>
    /// <exception cref="ArgumentNullException"><paramref name="gradeThresholds"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="complaintTierWorkingDays"/> is outside 1–250.</exception>
    public AssessmentRules(GradeThresholds gradeThresholds, int complaintTierWorkingDays = DefaultComplaintTierWorkingDays)
    {
        GradeThresholds = gradeThresholds;
        ComplaintTierWorkingDays = complaintTierWorkingDays;
    }

    /// <summary>The library's defaults: grades at 95, 85 and 70 % (D13), 20 working days per complaint tier (D11).</summary>
    public static AssessmentRules Default { get; } = new(GradeThresholds.Default);

    /// <summary>The on-time rates of the grades (D13).</summary>
    public GradeThresholds GradeThresholds { get; init => field = Preconditions.CheckNotNull(value, nameof(GradeThresholds)); }

    /// <summary>How many working days each tier of the complaint network has before the complainant may escalate (D11).</summary>
    public int ComplaintTierWorkingDays
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(nameof(ComplaintTierWorkingDays), value, 1, 250);
            field = value;
        }
    }
}
