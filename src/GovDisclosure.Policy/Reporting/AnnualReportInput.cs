namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// What an annual report needs that the register cannot know (§9.3): the text of sections 一, 五 and 六, the figures of section 二, and
/// optionally last year's report, whose row 四 this year's row 二 must equal.
/// </summary>
public sealed record AnnualReportInput
{
    /// <summary>Section 一, 总体情况: the overall account of the year's work. Empty by default.</summary>
    public string Overview { get; init => field = Preconditions.CheckNotNull(value, nameof(Overview)); } = "";

    /// <summary>Section 二's figures. All zero by default.</summary>
    public ProactiveDisclosureFigures Proactive { get; init => field = Preconditions.CheckNotNull(value, nameof(Proactive)); } = ProactiveDisclosureFigures.None;

    /// <summary>Section 五, 存在的主要问题及改进情况: the main problems and what was done about them (for a government, with its evaluation,
    /// public appraisal and accountability, §9.2). Empty by default.</summary>
    public string ProblemsAndImprovements { get; init => field = Preconditions.CheckNotNull(value, nameof(ProblemsAndImprovements)); } = "";

    /// <summary>Section 六, 其他需要报告的事项: other matters, such as fees charged for requests (§8.7). Empty by default.</summary>
    public string OtherMatters { get; init => field = Preconditions.CheckNotNull(value, nameof(OtherMatters)); } = "";

    /// <summary>
    /// True for a government's aggregate (汇总) report of every body its register holds, false for its own requests only; null (the default)
    /// to follow the policy's <see cref="ReportingRules.GovernmentReportIsAggregate"/> (D38). A department's report cannot be an aggregate.
    /// </summary>
    public bool? IsAggregate { get; init; }

    /// <summary>The same body's report on the year before, or null: its row 四 is kept in the new report and checked against row 二.</summary>
    public AnnualReport? LastYearReport { get; init; }
}
