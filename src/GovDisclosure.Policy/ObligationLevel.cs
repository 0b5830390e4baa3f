namespace GovDisclosure.Policy;

/// <summary>
/// How far the policy binds a body (§2.2), and so which items and schedule entries apply to it,
/// whether findings about it are binding, and whether it must keep a service commitment (§2.1.C).
/// </summary>
public sealed class ObligationLevel : BilingualPolicyEnum<ObligationLevel>
{
    /// <summary>全面推行: every item and entry applies; findings are binding.</summary>
    public static readonly ObligationLevel Full = new(nameof(Full), 1, "全面推行", "full disclosure",
        coversAllItems: true, coversServiceItems: true, findingsAreBinding: true);

    /// <summary>公开办事制度: only the service items (S) and their entries apply; findings are binding.</summary>
    public static readonly ObligationLevel ServiceDisclosure = new(nameof(ServiceDisclosure), 2, "公开办事制度", "service disclosure",
        coversAllItems: false, coversServiceItems: true, findingsAreBinding: true);

    /// <summary>参照执行: applies as <see cref="Full"/> does, but findings and sanctions are advisory.</summary>
    public static readonly ObligationLevel ByReference = new(nameof(ByReference), 3, "参照执行", "by reference",
        coversAllItems: true, coversServiceItems: true, findingsAreBinding: false);

    /// <summary>按有关文件执行: governed by another openness regime; nothing of this policy applies.</summary>
    public static readonly ObligationLevel GovernedElsewhere = new(nameof(GovernedElsewhere), 4, "按有关文件执行", "governed elsewhere",
        coversAllItems: false, coversServiceItems: false, findingsAreBinding: false);

    /// <summary>不在范围内: outside the policy's scope; nothing applies.</summary>
    public static readonly ObligationLevel NotObligated = new(nameof(NotObligated), 5, "不在范围内", "not obligated",
        coversAllItems: false, coversServiceItems: false, findingsAreBinding: false);

    private readonly bool coversAllItems;
    private readonly bool coversServiceItems;

    private ObligationLevel(string name, int value, string nameZh, string nameEn, bool coversAllItems, bool coversServiceItems,
        bool findingsAreBinding)
        : base(name, value, nameZh, nameEn)
    {
        this.coversAllItems = coversAllItems;
        this.coversServiceItems = coversServiceItems;
        FindingsAreBinding = findingsAreBinding;
    }

    /// <summary>Whether the policy puts any obligation on a body at this level.</summary>
    public bool IsObligated => coversServiceItems;

    /// <summary>
    /// Whether findings and sanctions about a body at this level bind it; false for
    /// <see cref="ByReference"/> (advisory) and for levels with no obligations.
    /// </summary>
    public bool FindingsAreBinding { get; }

    /// <summary>Whether a body at this level must keep a service commitment (§2.1.C): every obligated level.</summary>
    public bool RequiresServiceCommitment => IsObligated;

    /// <summary>Whether <paramref name="item"/> must be disclosed by a body at this level.</summary>
    /// <param name="item">A catalog item.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public bool AppliesTo(DisclosureItem item)
    {
        Preconditions.CheckNotNull(item);
        return coversAllItems || (coversServiceItems && item.Kind == ItemKind.Service);
    }

    /// <summary>
    /// Whether <paramref name="entry"/> applies to a body at this level: an entry applies when it lists an
    /// item that applies, when it is topic-on-demand (IM9, whose requests can only name items that apply),
    /// when it is the service commitment (ST6) and the level requires one, or — for ST7, which lists no
    /// item — when every item applies.
    /// </summary>
    /// <param name="entry">A schedule entry.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public bool AppliesTo(ScheduleEntry entry)
    {
        Preconditions.CheckNotNull(entry);
        if (entry.Subject == EntrySubject.ListedItems)
        {
            return entry.Items.Any(AppliesTo);
        }

        if (entry.Subject == EntrySubject.TopicOnDemand)
        {
            return IsObligated;
        }

        return entry.Subject == EntrySubject.ServiceCommitment ? RequiresServiceCommitment : coversAllItems;
    }
}
