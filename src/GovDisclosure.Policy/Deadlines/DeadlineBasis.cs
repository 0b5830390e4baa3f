namespace GovDisclosure.Policy.Deadlines;

/// <summary>
/// Why a <see cref="Deadline"/> exists: an obligation's rule (<see cref="ObligationBasis"/>), a period the Regulations set with no catalog row
/// (<see cref="StatutoryBasis"/>), the annual report's fixed date (<see cref="AnnualReportBasis"/>), or a request's reply clock or redress window
/// (<see cref="Requests.ReplyBasis"/>, <see cref="Requests.RedressBasis"/>). A closed set: switch on the type.
/// </summary>
/// <remarks>Immutable. Each basis is defined in the room it belongs to; the deadline keeps only what every deadline has.</remarks>
public abstract class DeadlineBasis
{
    private protected DeadlineBasis()
    {
    }

    /// <summary>What the deadline is for, as a short code: an obligation's key (<c>IM1</c>, <c>某县民政 3</c>), <c>Statutory</c>, an annual
    /// report's title, a request's id (<c>YSQ-7</c>) or its redress window (<c>YSQ-7 行政复议</c>).</summary>
    public abstract string Subject { get; }

    /// <summary>The subject as the English explanation opens with it.</summary>
    internal virtual string SubjectEn => Subject;

    /// <summary>The subject as the Chinese explanation opens with it.</summary>
    internal virtual string SubjectZh => Subject;

    /// <summary>How the due date is worded, in Chinese and English (a format with the date as {0}).</summary>
    internal virtual (string Zh, string En) DueWording => ("应于{0}前公开", "due {0}");

    /// <summary>What moved the clock, each step described in Chinese and English, in order; empty but for a request's reply.</summary>
    internal virtual IEnumerable<(string Zh, string En)> StepDescriptions => [];

    /// <summary>The working days the clock stood still before the due date (§8.5, D32, D33): among the deadline's days, not counted.</summary>
    internal virtual int StoppedWorkingDays => 0;

    /// <summary>The due date of <paramref name="deadline"/> counted again on <paramref name="calendar"/>: by its rule, unless the basis counts
    /// its own way (a request's stopped clock).</summary>
    internal virtual LocalDate DueOn(Deadline deadline, IWorkingDayCalendar calendar) => DeadlineChanges.CountedByRule(deadline, calendar);

    /// <summary>Whether the provisional days are counted from the event (a request's receipt, the day the reply was known) rather than from the
    /// day the count starts.</summary>
    internal virtual bool ProvisionalFromEvent => false;

    /// <inheritdoc />
    public override string ToString() => Subject;
}

/// <summary>The deadline of an obligation of a catalog (D2–D8, D35): its key and the cadence its rule is counted by.</summary>
public sealed class ObligationBasis : DeadlineBasis
{
    internal ObligationBasis(ObligationKey obligation, Cadence cadence, string? legalBasis = null) =>
        (Obligation, Cadence, LegalBasis) = (obligation, cadence, legalBasis);

    /// <summary>The obligation: a row of the built-in catalog (an entry, or an item counted by the statutory period) or of a county catalog.</summary>
    public ObligationKey Obligation { get; }

    /// <summary>The cadence the obligation's rule is counted by: the entry's, the row's time limit's, or <see cref="Cadence.Statutory"/> (D3).</summary>
    public Cadence Cadence { get; }

    /// <summary>A county row's 公开依据 (§10), when the deadline was counted from the catalog; null for the built-in catalog, whose rows rest
    /// on the seed's clauses (<see cref="ScheduleEntry.ClauseId"/>), and for a deadline read back from JSON.</summary>
    public string? LegalBasis { get; }

    /// <inheritdoc />
    public override string Subject => Obligation.ToString();
}

/// <summary>A period the Regulations set with no catalog row: information formed with no entry to name (D3) and a major decision's stages
/// (D9, D10, D29).</summary>
public sealed class StatutoryBasis : DeadlineBasis
{
    private StatutoryBasis()
    {
    }

    /// <summary>The one statutory basis.</summary>
    public static StatutoryBasis Instance { get; } = new();

    /// <inheritdoc />
    public override string Subject => Cadence.Statutory.Name;

    internal override string SubjectEn => Cadence.Statutory.Label.En;

    internal override string SubjectZh => Cadence.Statutory.Label.Zh;
}

/// <summary>The annual report's fixed date (§9.1, D34): 31 January or 31 March after the year reported on, never moved off a day off.</summary>
public sealed class AnnualReportBasis : DeadlineBasis
{
    internal AnnualReportBasis(int year) => Year = year;

    /// <summary>The year the report covers.</summary>
    public int Year { get; }

    /// <inheritdoc />
    public override string Subject => $"{Year}年度政府信息公开工作年度报告";

    internal override (string Zh, string En) DueWording => ("应于{0}前公布", "due {0}");
}
