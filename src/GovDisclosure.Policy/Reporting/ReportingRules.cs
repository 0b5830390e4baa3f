namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// The defaults of the annual report and its audit that a county's profile can change: whether a government's report is an aggregate of the
/// bodies under it (D38), and when a section counts as copied from last year's (D42).
/// </summary>
public sealed record ReportingRules
{
    /// <summary>The library's defaults: a government reports its own requests; copied at 90 % of at least 50 distinct 4-grams.</summary>
    public static ReportingRules Default { get; } = new();

    /// <summary>
    /// True when a government's report is an aggregate (汇总) of every body its register holds, counted as each body's own report would
    /// (D38); false (the default) when it counts the requests made to the government itself. A department's report is always its own.
    /// </summary>
    public bool GovernmentReportIsAggregate { get; init; }

    /// <summary>The share of a section's distinct 4-grams found in last year's same section from which it is copied (D42); 0.9 by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside (0, 1].</exception>
    public double CopiedShare
    {
        get;
        init
        {
            if (!(value > 0 && value <= 1))
            {
                throw new PolicyArgumentOutOfRangeException(nameof(CopiedShare), value, "The share of a section's 4-grams that makes it copied is more than 0 and at most 1 (D42).");
            }

            field = value;
        }
    } = 0.9;

    /// <summary>The fewest distinct 4-grams a section needs, after the template's text, digits and punctuation are removed, to be called
    /// copied (D42); 50 by default. A shorter section is scored but never called copied.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int MinimumDistinctGrams
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(nameof(MinimumDistinctGrams), value, 1, int.MaxValue);
            field = value;
        }
    } = 50;
}
