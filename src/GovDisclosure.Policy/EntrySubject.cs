namespace GovDisclosure.Policy;

/// <summary>What a schedule entry discloses: catalog items, or one of the three things of §3.3 that are not items.</summary>
public sealed class EntrySubject : PolicyEnum<EntrySubject>
{
    /// <summary>The catalog items the entry lists.</summary>
    public static readonly EntrySubject ListedItems = new(nameof(ListedItems), 1, "§3.3");

    /// <summary>Any item the public asks to see through topic-on-demand (点题公开, §3.1.T) — entry IM9.</summary>
    public static readonly EntrySubject TopicOnDemand = new(nameof(TopicOnDemand), 2, "§3.1.T");

    /// <summary>The unit's service-commitment system (社会服务承诺自律制度, §2.1.C) — entry ST6.</summary>
    public static readonly EntrySubject ServiceCommitment = new(nameof(ServiceCommitment), 3, "§2.1.C");

    /// <summary>The unit's financial management rules (财务管理制度), which no catalog item names — entry ST7.</summary>
    public static readonly EntrySubject FinancialManagementRules = new(nameof(FinancialManagementRules), 4, "§3.3");

    private EntrySubject(string name, int value, string clauseId)
        : base(name, value) => ClauseId = clauseId;

    /// <summary>The clause that defines the subject.</summary>
    public string ClauseId { get; }
}
