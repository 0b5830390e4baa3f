namespace GovDisclosure.Policy;

/// <summary>
/// How often, or upon what, a schedule entry is disclosed (§3.3): the seed's six cadences, plus
/// <see cref="Statutory"/>, the library's default (D3) for items the seed gives no cadence.
/// </summary>
public sealed class Cadence : BilingualPolicyEnum<Cadence>
{
    /// <summary>即时: as soon as the information is formed or changed (IM1–IM9, D4).</summary>
    public static readonly Cadence Immediate = new(nameof(Immediate), 1, "即时", "immediate", isPeriodic: false, statedBySeed: true);

    /// <summary>按月: once a month, for the month (MO1–MO2, D5).</summary>
    public static readonly Cadence Monthly = new(nameof(Monthly), 2, "按月", "monthly", isPeriodic: true, statedBySeed: true);

    /// <summary>按季: once a quarter, for the quarter (QU1–QU5, D5).</summary>
    public static readonly Cadence Quarterly = new(nameof(Quarterly), 3, "按季", "quarterly", isPeriodic: true, statedBySeed: true);

    /// <summary>按年: once a year (YR1–YR5, D6).</summary>
    public static readonly Cadence Yearly = new(nameof(Yearly), 4, "按年", "yearly", isPeriodic: true, statedBySeed: true);

    /// <summary>按批次: for each batch — a procurement result, a tender award, a land-supply decision (BA1–BA3, D7).</summary>
    public static readonly Cadence PerBatch = new(nameof(PerBatch), 5, "按批次", "per batch", isPeriodic: false, statedBySeed: true);

    /// <summary>长期: kept published, disclosed again whenever it is established or changed (ST1–ST7, D8).</summary>
    public static readonly Cadence Standing = new(nameof(Standing), 6, "长期", "standing", isPeriodic: false, statedBySeed: true);

    /// <summary>
    /// 法定时限: the statutory period of the Regulations on the Disclosure of Government Information (D3),
    /// inferred by the library for items, or parts of items, that no schedule entry covers.
    /// </summary>
    public static readonly Cadence Statutory = new(nameof(Statutory), 7, "法定时限", "statutory period", isPeriodic: false, statedBySeed: false);

    private Cadence(string name, int value, string nameZh, string nameEn, bool isPeriodic, bool statedBySeed)
        : base(name, value, nameZh, nameEn)
    {
        IsPeriodic = isPeriodic;
        IsStatedBySeed = statedBySeed;
    }

    /// <summary>
    /// True for monthly, quarterly and yearly cadences, whose obligations belong to a reporting period;
    /// false for the event-driven ones, whose obligations start from an event date.
    /// </summary>
    public bool IsPeriodic { get; }

    /// <summary>The length of a reporting period in months: 1, 3 or 12 for a periodic cadence, 0 for an event-driven one.</summary>
    internal int MonthsPerPeriod => this == Monthly ? 1 : this == Quarterly ? 3 : this == Yearly ? 12 : 0;

    /// <summary>False only for <see cref="Statutory"/>, which the library infers (D3) rather than reads in the seed.</summary>
    public bool IsStatedBySeed { get; }

    /// <summary>The default that sets the cadence's period in the seed (D4–D8), and the day it counts from.</summary>
    internal (DeadlineTrigger Trigger, string SourceId) SeedRule =>
        this == Immediate ? (DeadlineTrigger.EventDate, "D4")
        : this == Monthly || this == Quarterly ? (DeadlineTrigger.PeriodEnd, "D5")
        : this == Yearly ? (DeadlineTrigger.PeriodEnd, "D6")
        : this == PerBatch ? (DeadlineTrigger.EventDate, "D7")
        : (DeadlineTrigger.EventDate, "D8");
}
