using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// The evaluation room's engine (§4, §2.1.C, §5, D11–D15): one walk over a register's obligations — each record's,
/// then each recurring obligation of the year that has no record — feeds both the counts and findings of
/// <see cref="Evaluate"/> and the outcomes a <see cref="RegisterEvaluation"/> enumerates. Due dates come from the
/// deadline engine; who must disclose what from the scope; grades and complaint periods from the assessment rules.
/// </summary>
internal sealed class EvaluationEngine
{
    private const int SlotsPerEntry = 12;   // monthly periods; quarterly and yearly use the first 4 and 1

    private static readonly int EntryValues = ScheduleEntry.InOrder.Max(entry => entry.Value) + 1;

    /// <summary>By entry value, the audiences an entry's records must reach (§3.1): IM9, ST6 and ST7, with no items, are for the public.</summary>
    private static readonly (bool Public, bool Staff)[] EntryAudiences = ScheduleEntry.InOrder.Aggregate(new (bool, bool)[EntryValues], (table, entry) =>
    {
        table[entry.Value] = (entry.Items.Count == 0 || entry.Items.Any(item => item.Audience == Audience.Public),
            entry.Items.Any(item => item.Audience == Audience.Staff));
        return table;
    });

    private readonly string policyName;
    private readonly DeadlineEngine deadlines;
    private readonly Func<BodyType, BodyObligations> scope;
    private readonly AssessmentRules rules;

    internal EvaluationEngine(string policyName, DeadlineEngine deadlines, Func<BodyType, BodyObligations> scope, AssessmentRules rules)
    {
        this.policyName = policyName;
        this.deadlines = deadlines;
        this.scope = scope;
        this.rules = rules;
    }

    /// <summary>Evaluates a register as of a day; see <see cref="DisclosurePolicy.Evaluate"/>.</summary>
    internal RegisterEvaluation Evaluate(Register register, LocalDate asOf)
    {
        Preconditions.CheckNotNull(register);
        Preconditions.CheckIso(asOf, nameof(asOf));
        var notInPolicy = register.Records.Where(record => record.Entry is { } entry && !deadlines.Contains(entry)).Select(record => record.Id).ToArray();
        if (notInPolicy.Length > 0)
        {
            throw new ArgumentException(
                $"Records name entries that the policy \"{policyName}\" does not have: {string.Join(", ", notInPolicy)}.", nameof(register));
        }

        var bodies = register.BodyArray;
        var counts = new int[bodies.Length * 6];
        var findings = new List<Finding>[bodies.Length];
        var accountable = new List<string>[bodies.Length];
        var levels = bodies.Select(body => scope(body.Type).Level).ToArray();

        var walk = new Walk(this, register, asOf, levels);
        while (walk.TryNext(out var judged))
        {
            var b = judged.Body;
            var body = bodies[b];
            if (!judged.InScope)
            {
                Add(findings, b, FindingTexts.OutOfScope(body, levels[b], scope(body.Type).Regime, judged.Record!));
                continue;
            }

            counts[(b * 6) + judged.Outcome.Value]++;
            if (judged.Record is not { } record)
            {
                if (judged.Outcome == Outcome.Missing)
                {
                    Add(findings, b, FindingTexts.Unrecorded(body, levels[b], judged.Entry!, judged.Period, judged.Due));
                }

                continue;
            }

            if (judged.Outcome == Outcome.Late || judged.Outcome == Outcome.Missing)
            {
                Add(findings, b, FindingTexts.Outcome(body, levels[b], record, judged.Outcome, judged.Due, judged.Published, judged.LateDays));
            }

            if (judged.Published is not null)
            {
                CheckChannels(findings, b, body, levels[b], record, asOf);
            }

            if (record.IsFalsified || record.IsRefused)
            {
                Add(findings, b, FindingTexts.Flag(body, levels[b], record));
                (accountable[b] ??= []).Add(record.Id);
            }
        }

        var supervision = new SupervisionCheck(register, deadlines.Calendar, rules.ComplaintTierWorkingDays);
        var units = new UnitEvaluation[bodies.Length];
        for (var b = 0; b < bodies.Length; b++)
        {
            var body = bodies[b];
            var level = levels[b];
            if (level.IsObligated)
            {
                supervision.Check(body, level.FindingsAreBinding, asOf, finding => Add(findings, b, finding));
            }

            var unitCounts = counts.AsSpan(b * 6, 6);
            var (onTime, late, missing) = (unitCounts[Outcome.OnTime.Value], unitCounts[Outcome.Late.Value], unitCounts[Outcome.Missing.Value]);
            var grade = level.IsObligated ? rules.GradeThresholds.GradeFor(onTime, onTime + late + missing, missing) : null;
            var (sanction, reasons) = Sanctions.For(body, grade, accountable[b]);
            units[b] = new UnitEvaluation(body, register.Year, level, unitCounts, grade, findings[b]?.ToArray() ?? [], sanction, reasons);
        }

        return new RegisterEvaluation(policyName, register, asOf, units, () => Outcomes(register, asOf, levels));
    }

    /// <summary>The outcome of every obligation in scope, worked out again on each enumeration.</summary>
    private IEnumerable<ObligationOutcome> Outcomes(Register register, LocalDate asOf, ObligationLevel[] levels)
    {
        var walk = new Walk(this, register, asOf, levels);
        while (walk.TryNext(out var judged))
        {
            if (judged.InScope)
            {
                yield return new ObligationOutcome(register.Bodies[judged.Body].Id, judged.Record?.Id, judged.Entry, judged.Record?.Item,
                    judged.Record?.Trigger ?? judged.Period.Start, judged.Due, judged.Outcome, judged.LateDays);
            }
        }
    }

    /// <summary>
    /// The one walk over a register's obligations, as a cursor: each record (out-of-scope ones flagged, not judged),
    /// then per obligated unit each monthly, quarterly and yearly obligation of the year that no record covers —
    /// missing once due, pending before (D13). A cursor rather than an iterator, so that the evaluation loop pays
    /// a direct call per obligation, not two interface calls and a copy.
    /// </summary>
    private sealed class Walk(EvaluationEngine engine, Register register, LocalDate asOf, ObligationLevel[] levels)
    {
        private readonly WorkingDayRanks? ranks = engine.deadlines.Ranks;
        private readonly bool[,] applies = Applicability();
        private readonly bool[] seen = new bool[register.Bodies.Count * EntryValues * SlotsPerEntry];
        private int record;
        private int body;
        private IEnumerator<(ScheduleEntry Entry, ReportingPeriod Period)>? recurring;

        internal bool TryNext(out Judged judged)
        {
            var records = register.RecordArray;
            if (record < records.Length)
            {
                var current = records[record];
                var b = register.RecordBodies[record++];
                if (!InScope(applies, levels[b], current))
                {
                    judged = new Judged(b, current, current.Entry, default, inScope: false, Outcome.Pending, default, 0, null);
                    return true;
                }

                if (current.Entry is { Cadence.IsPeriodic: true } periodic)
                {
                    // The register has checked that the trigger is an ISO date of its year.
                    seen[Slot(b, periodic, ReportingPeriod.Of(periodic.Cadence.MonthsPerPeriod, current.Trigger.Year, current.Trigger.Month))] = true;
                }

                judged = engine.Judge(b, current, asOf, ranks);
                return true;
            }

            var bodies = register.BodyArray;
            for (; body < bodies.Length; body++, recurring = null)
            {
                if (!levels[body].IsObligated)
                {
                    continue;
                }

                recurring ??= DeadlineEngine.RecurringObligations(engine.scope(bodies[body].Type), register.Year).GetEnumerator();
                while (recurring.MoveNext())
                {
                    var (entry, period) = recurring.Current;
                    if (!seen[Slot(body, entry, period)])
                    {
                        var due = engine.deadlines.DueDateOnly(entry, period.Start, ranks);
                        judged = new Judged(body, null, entry, period, inScope: true, asOf > due ? Outcome.Missing : Outcome.Pending, due, 0, null);
                        return true;
                    }
                }
            }

            judged = default;
            return false;
        }
    }

    /// <summary>The outcome of one record as of <paramref name="asOf"/> (D13).</summary>
    private Judged Judge(int b, DisclosureRecord record, LocalDate asOf, WorkingDayRanks? ranks)
    {
        var due = record.Entry is { } entry ? deadlines.DueDateOnly(entry, record.Trigger, ranks) : deadlines.StatutoryDueDateOnly(record.Trigger);
        if (record.IsClassified)
        {
            return new Judged(b, record, record.Entry, default, inScope: true, Outcome.Exempt, due, 0, null);
        }

        var published = record.FirstPublicationBy(asOf)?.Date;
        return published is { } date
            ? date <= due
                ? new Judged(b, record, record.Entry, default, inScope: true, Outcome.OnTime, due, 0, date)
                : new Judged(b, record, record.Entry, default, inScope: true, Outcome.Late, due, deadlines.Calendar.WorkingDaysBetween(due, date), date)
            : new Judged(b, record, record.Entry, default, inScope: true, asOf > due ? Outcome.Missing : Outcome.Pending, due, 0, null);
    }

    /// <summary>Whether each entry applies at each level (§2.2), by level value and entry value: looked up once per record.</summary>
    private static bool[,] Applicability()
    {
        var applies = new bool[ObligationLevel.InOrder.Max(level => level.Value) + 1, EntryValues];
        foreach (var level in ObligationLevel.InOrder)
        {
            foreach (var entry in ScheduleEntry.InOrder)
            {
                applies[level.Value, entry.Value] = level.AppliesTo(entry);
            }
        }

        return applies;
    }

    /// <summary>Whether the policy asks the record's unit for the record's entry or item (§2.2); a record outside is reported, not counted.</summary>
    private static bool InScope(bool[,] applies, ObligationLevel level, DisclosureRecord record) =>
        record.Entry is { } entry ? applies[level.Value, entry.Value] : level.AppliesTo(record.Item!);

    private static int Slot(int body, ScheduleEntry entry, ReportingPeriod period) =>
        (((body * EntryValues) + entry.Value) * SlotsPerEntry) + period.IndexInYear;

    private static void Add(List<Finding>[] findings, int b, Finding finding) => (findings[b] ??= []).Add(finding);

    /// <summary>§3.1: whether a published record reached the audiences of its items.</summary>
    private static void CheckChannels(List<Finding>[] findings, int b, Body body, ObligationLevel level, DisclosureRecord record, LocalDate asOf)
    {
        // Looked up, not worked out: this runs for every published record.
        var (needsPublic, needsStaff) = record.Entry is { } entry
            ? EntryAudiences[entry.Value]
            : (record.Item!.Audience == Audience.Public, record.Item.Audience != Audience.Public);

        bool reachedPublic = false, reachedStaff = false;
        foreach (var publication in record.PublicationArray)
        {
            if (publication.Date <= asOf)
            {
                foreach (var channel in publication.ChannelArray)
                {
                    reachedPublic |= channel.IsExternal;
                    reachedStaff |= !channel.IsExternal;
                }
            }
        }

        if (needsPublic && !reachedPublic)
        {
            Add(findings, b, FindingTexts.Channel(FindingKind.NotReachingPublic, body, level, record));
        }

        if (needsStaff && !reachedStaff)
        {
            Add(findings, b, FindingTexts.Channel(FindingKind.NotReachingStaff, body, level, record));
        }
    }

    /// <summary>One obligation judged: a record's, or (with no record) a recurring obligation's with its period.</summary>
    private readonly struct Judged(int body, DisclosureRecord? record, ScheduleEntry? entry, ReportingPeriod period, bool inScope, Outcome outcome,
        LocalDate due, int lateDays, LocalDate? published)
    {
        internal int Body { get; } = body;

        internal DisclosureRecord? Record { get; } = record;

        internal ScheduleEntry? Entry { get; } = entry;

        internal ReportingPeriod Period { get; } = period;

        internal bool InScope { get; } = inScope;

        internal Outcome Outcome { get; } = outcome;

        internal LocalDate Due { get; } = due;

        internal int LateDays { get; } = lateDays;

        internal LocalDate? Published { get; } = published;
    }
}
