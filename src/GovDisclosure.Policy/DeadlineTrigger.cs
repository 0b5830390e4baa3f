namespace GovDisclosure.Policy;

/// <summary>The day a deadline is counted from (D4–D10).</summary>
public sealed class DeadlineTrigger : BilingualPolicyEnum<DeadlineTrigger>
{
    /// <summary>The date of the event: information formed or changed (D4), a batch's result (D7), a standing item established or changed (D8), a request accepted (IM9).</summary>
    public static readonly DeadlineTrigger EventDate = new(nameof(EventDate), 1, "事项形成或变更之日", "the event date");

    /// <summary>The last day of the reporting period: month, quarter or year (D5, D6).</summary>
    public static readonly DeadlineTrigger PeriodEnd = new(nameof(PeriodEnd), 2, "报告期末", "the end of the reporting period");

    /// <summary>The first day of the reporting year: the annual work targets of YR1 (D6).</summary>
    public static readonly DeadlineTrigger PeriodStart = new(nameof(PeriodStart), 3, "报告期初", "the start of the reporting period");

    /// <summary>The date of a major decision (D9, D10).</summary>
    public static readonly DeadlineTrigger DecisionDate = new(nameof(DecisionDate), 4, "决策之日", "the decision date");

    /// <summary>The day a request for disclosure was received (§8.3), or the corrected request's receipt that restarts the clock (§8.6).</summary>
    public static readonly DeadlineTrigger RequestReceived = new(nameof(RequestReceived), 5, "收到申请之日", "receipt of the request");

    /// <summary>The day the applicant knew the reply (§8.11, D39): the start of the redress periods.</summary>
    public static readonly DeadlineTrigger ReplyKnown = new(nameof(ReplyKnown), 6, "知道答复之日", "the day the applicant knew the reply");

    /// <summary>The day the applicant received an administrative reconsideration decision (§8.11).</summary>
    public static readonly DeadlineTrigger ReconsiderationDecided = new(nameof(ReconsiderationDecided), 7, "收到复议决定之日", "receipt of the reconsideration decision");

    /// <summary>The last day of the year an annual report covers, 31 December (§9.1, D34).</summary>
    public static readonly DeadlineTrigger YearReportedEnd = new(nameof(YearReportedEnd), 8, "报告年度末", "the end of the year reported on");

    private DeadlineTrigger(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }

}
