using GovDisclosure.Policy.Calendar;

namespace GovDisclosure.Policy.Deadlines;

/// <summary>
/// Every deadline rule of a policy by position — the seed's schedule by entry value, then each county catalog's rows
/// (D35) — with a compiled copy of each that the batch forms and the evaluation read per obligation. The seed and every
/// county catalog go through this one table, so there is one way to count a due date.
/// </summary>
internal sealed class RuleTable
{
    private readonly DeadlineRule?[] rules;
    private readonly Cadence?[] cadences;
    private readonly CompiledRule[] compiled;

    /// <param name="rules">Each position's rule, or null for a position with none (an entry a profile removed, a row disclosed on request only).</param>
    /// <param name="cadences">Each position's cadence; periodic ones count from their reporting period.</param>
    internal RuleTable(DeadlineRule?[] rules, Cadence?[] cadences)
    {
        this.rules = rules;
        this.cadences = cadences;
        compiled = new CompiledRule[rules.Length];
        for (var i = 0; i < rules.Length; i++)
        {
            compiled[i] = rules[i] is { } rule ? new CompiledRule(cadences[i]!, rule) : default;
        }
    }

    /// <summary>How many positions the table has.</summary>
    internal int Count => compiled.Length;

    /// <summary>Whether position <paramref name="index"/> (an entry's value, or a catalog's first position plus a row's index) has a rule: an array read, as the evaluation asks it of every record.</summary>
    internal bool Has(int index) => compiled[index].IsDefined;

    /// <summary>The rule at <paramref name="index"/>, which must be <see cref="Has"/>.</summary>
    internal DeadlineRule Rule(int index) => rules[index]!;

    /// <summary>The cadence at <paramref name="index"/>, which must be <see cref="Has"/>.</summary>
    internal Cadence Cadence(int index) => cadences[index]!;

    /// <summary>The cadence at <paramref name="index"/>, or null for a position with no rule.</summary>
    internal Cadence? CadenceOrNull(int index) => cadences[index];

    /// <summary>The due date alone, with no explanation, no allocation and no exception for coverage: on the ranks when the calendar offers
    /// them and the rule counts days forwards (D2); false when the count needs a day outside the calendar, which <paramref name="due"/> then
    /// is (D27). The form the evaluation and the batch forms count with.</summary>
    internal bool TryDueDateOnly(int index, LocalDate trigger, WorkingDayRanks? ranks, IWorkingDayCalendar calendar, out LocalDate due)
    {
        var fast = compiled[index];
        if (ranks is not null && fast.CountsOnRanks)
        {
            return fast.TryDueOnRanks(ranks, trigger, out due);
        }

        var rule = rules[index]!;
        return rule.TryDueFrom(CountedFrom(cadences[index]!, rule, trigger), calendar, ranks, out due);
    }

    /// <summary>The day a rule counts from: the event date, or the end (start, for YR1) of the reporting period of <paramref name="trigger"/>.</summary>
    internal static LocalDate CountedFrom(Cadence cadence, DeadlineRule rule, LocalDate trigger) =>
        rule.Trigger == DeadlineTrigger.PeriodEnd ? ReportingPeriod.Of(cadence, trigger, nameof(trigger)).End
        : rule.Trigger == DeadlineTrigger.PeriodStart ? ReportingPeriod.Of(cadence, trigger, nameof(trigger)).Start
        : trigger;

    /// <summary>A deadline rule as the batch form reads it: a few small integers.</summary>
    private readonly struct CompiledRule
    {
        private const byte EventDate = 1;
        private const byte PeriodEnd = 2;
        private const byte PeriodStart = 3;

        private readonly byte trigger;      // 0: no rule at this position
        private readonly byte months;       // the reporting period: 0 none, 1, 3 or 12
        private readonly bool calendarDays; // calendar days after the trigger, moved to a working day (D2); else working days
        private readonly short offset;

        internal CompiledRule(Cadence cadence, DeadlineRule rule)
        {
            trigger = rule.Trigger == DeadlineTrigger.PeriodEnd ? PeriodEnd : rule.Trigger == DeadlineTrigger.PeriodStart ? PeriodStart : EventDate;
            months = (byte)cadence.MonthsPerPeriod;
            calendarDays = rule.Unit == DeadlineUnit.CalendarDays;
            CountsOnRanks = rule.Unit == DeadlineUnit.WorkingDays || calendarDays;
            offset = (short)rule.Offset;
        }

        internal bool IsDefined => trigger != 0;

        /// <summary>True for a rule counted forwards in working or calendar days, the fast path; a rule counted backwards (D9) goes through
        /// <see cref="DeadlineRule"/>.</summary>
        internal bool CountsOnRanks { get; }

        /// <summary>The due date, counted on the ranks straight from the trigger's year, month and day; false with the day outside the calendar
        /// the count needed.</summary>
        internal bool TryDueOnRanks(WorkingDayRanks ranks, LocalDate date, out LocalDate due)
        {
            if (trigger == EventDate)
            {
                return calendarDays ? TryInCalendarDays(ranks, date, out due) : ranks.TryAddWorkingDays(date, offset, out due);
            }

            Preconditions.CheckIso(date, "trigger");
            var period = ReportingPeriod.Of(months, date.Year, date.Month);
            return calendarDays ? TryInCalendarDays(ranks, trigger == PeriodStart ? new LocalDate(period.Year, period.FirstMonth, 1) : new LocalDate(period.Year, period.LastMonth, period.LastDay), out due)
                : trigger == PeriodStart ? ranks.TryAddWorkingDays(period.Year, period.FirstMonth, 1, offset, out due)
                : ranks.TryAddWorkingDays(period.Year, period.LastMonth, period.LastDay, offset, out due);
        }

        /// <summary>D2 in calendar days: the trigger plus the offset, moved forward to a working day; the trigger must be covered too.</summary>
        private bool TryInCalendarDays(WorkingDayRanks ranks, LocalDate from, out LocalDate due)
        {
            if (!ranks.TryIsWorkingDay(from, out _))
            {
                due = from;
                return false;
            }

            return ranks.TryAddWorkingDays(from.PlusDays(offset), 0, out due);
        }
    }
}
