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
    private static readonly (bool Public, bool Staff)[] EntryAudiences = AudiencesByEntry();

    private static readonly bool[,] Applies = Applicability();

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
        var levels = bodies.Select(body => scope(body.Type).Level).ToArray();
        var tally = new Tally(this, bodies, levels, asOf);
        Walk(register, asOf, levels, ref tally);

        var supervision = new SupervisionCheck(register, deadlines.Calendar, rules.ComplaintTierWorkingDays);
        var units = new UnitEvaluation[bodies.Length];
        for (var b = 0; b < bodies.Length; b++)
        {
            var body = bodies[b];
            var level = levels[b];
            if (level.IsObligated)
            {
                supervision.Check(body, level.FindingsAreBinding, asOf, ref tally.Findings[b]);
            }

            var unitCounts = tally.Counts.AsSpan(b * 6, 6);
            var (onTime, late, missing) = (unitCounts[Outcome.OnTime.Value], unitCounts[Outcome.Late.Value], unitCounts[Outcome.Missing.Value]);
            var grade = level.IsObligated ? rules.GradeThresholds.GradeFor(onTime, onTime + late + missing, missing) : null;
            var (sanction, reasons) = Sanctions.For(body, grade, tally.Accountable[b]);
            units[b] = new UnitEvaluation(body, register.Year, level, unitCounts, grade, tally.Findings[b]?.ToArray() ?? [], sanction, reasons);
        }

        return new RegisterEvaluation(policyName, register, asOf, units, new OutcomeSource(this, register, asOf, levels).Read);
    }

    /// <summary>
    /// The one walk over a register's obligations: each record (out-of-scope ones reported, not judged), then per obligated
    /// unit each monthly, quarterly and yearly obligation of the year that no record covers — missing once due, pending
    /// before (D13). What to do with each is the sink's: the evaluation's tally, or the list of outcomes. A struct sink,
    /// so that the JIT compiles one specialised loop per use, with no call through an interface per obligation.
    /// </summary>
    private void Walk<TSink>(Register register, LocalDate asOf, ObligationLevel[] levels, ref TSink sink)
        where TSink : struct, IObligationSink
    {
        var ranks = deadlines.Ranks;
        var seen = new bool[register.BodyArray.Length * EntryValues * SlotsPerEntry];
        var records = register.RecordArray;
        var recordBodies = register.RecordBodies;
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i];
            var b = recordBodies[i];
            if (!InScope(levels[b], record))
            {
                sink.OutOfScope(b, record);
                continue;
            }

            if (record.Entry is { Cadence.IsPeriodic: true } periodic)
            {
                // The register has checked that the trigger is an ISO date of its year.
                seen[Slot(b, periodic, ReportingPeriod.Of(periodic.Cadence.MonthsPerPeriod, record.Trigger.Year, record.Trigger.Month))] = true;
            }

            var due = record.Entry is { } entry ? deadlines.DueDateOnly(entry, record.Trigger, ranks) : deadlines.StatutoryDueDateOnly(record.Trigger);
            if (record.IsClassified)
            {
                sink.Record(b, record, Outcome.Exempt, due, 0, null);
            }
            else if (record.FirstPublicationBy(asOf)?.Date is { } published)
            {
                if (published <= due)
                {
                    sink.Record(b, record, Outcome.OnTime, due, 0, published);
                }
                else
                {
                    sink.Record(b, record, Outcome.Late, due, deadlines.Calendar.WorkingDaysBetween(due, published), published);
                }
            }
            else
            {
                sink.Record(b, record, asOf > due ? Outcome.Missing : Outcome.Pending, due, 0, null);
            }
        }

        var bodies = register.BodyArray;
        for (var b = 0; b < bodies.Length; b++)
        {
            if (!levels[b].IsObligated)
            {
                continue;
            }

            foreach (var (entry, period) in DeadlineEngine.RecurringObligations(scope(bodies[b].Type), register.Year))
            {
                if (!seen[Slot(b, entry, period)])
                {
                    var due = deadlines.DueDateOnly(entry, period.Start, ranks);
                    sink.Unrecorded(b, entry, period, asOf > due ? Outcome.Missing : Outcome.Pending, due);
                }
            }
        }
    }

    private static (bool Public, bool Staff)[] AudiencesByEntry()
    {
        var audiences = new (bool Public, bool Staff)[EntryValues];
        foreach (var entry in ScheduleEntry.InOrder)
        {
            audiences[entry.Value] = (entry.Items.Count == 0 || entry.Items.Any(item => item.Audience == Audience.Public),
                entry.Items.Any(item => item.Audience == Audience.Staff));
        }

        return audiences;
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
    private static bool InScope(ObligationLevel level, DisclosureRecord record) =>
        record.Entry is { } entry ? Applies[level.Value, entry.Value] : level.AppliesTo(record.Item!);

    private static int Slot(int body, ScheduleEntry entry, ReportingPeriod period) =>
        (((body * EntryValues) + entry.Value) * SlotsPerEntry) + period.IndexInYear;


    /// <summary>What the walk hands each obligation to.</summary>
    private interface IObligationSink
    {
        /// <summary>A record the policy does not ask of its unit (§2.2): reported, not judged.</summary>
        void OutOfScope(int body, DisclosureRecord record);

        /// <summary>A record judged as of the evaluation day (D13).</summary>
        void Record(int body, DisclosureRecord record, Outcome outcome, LocalDate due, int lateDays, LocalDate? published);

        /// <summary>A recurring obligation of the year with no record at all.</summary>
        void Unrecorded(int body, ScheduleEntry entry, ReportingPeriod period, Outcome outcome, LocalDate due);
    }

    /// <summary>The evaluation's sink: counts per unit and outcome, findings, and the records that make a principal accountable.</summary>
    private struct Tally(EvaluationEngine engine, Body[] bodies, ObligationLevel[] levels, LocalDate asOf) : IObligationSink
    {
        internal readonly int[] Counts = new int[bodies.Length * 6];
        internal readonly List<Finding>?[] Findings = new List<Finding>?[bodies.Length];
        internal readonly List<string>?[] Accountable = new List<string>?[bodies.Length];

        public readonly void OutOfScope(int body, DisclosureRecord record) =>
            Add(body, FindingTexts.OutOfScope(bodies[body], levels[body], engine.scope(bodies[body].Type).Regime, record));

        public readonly void Record(int body, DisclosureRecord record, Outcome outcome, LocalDate due, int lateDays, LocalDate? published)
        {
            Counts[(body * 6) + outcome.Value]++;
            if (outcome == Outcome.Late || outcome == Outcome.Missing)
            {
                Add(body, FindingTexts.Outcome(bodies[body], levels[body], record, outcome, due, published, lateDays));
            }

            if (published is not null)
            {
                CheckChannels(body, record);
            }

            if (record.IsFalsified || record.IsRefused)
            {
                Add(body, FindingTexts.Flag(bodies[body], levels[body], record));
                (Accountable[body] ??= []).Add(record.Id);
            }
        }

        public readonly void Unrecorded(int body, ScheduleEntry entry, ReportingPeriod period, Outcome outcome, LocalDate due)
        {
            Counts[(body * 6) + outcome.Value]++;
            if (outcome == Outcome.Missing)
            {
                Add(body, FindingTexts.Unrecorded(bodies[body], levels[body], entry, period, due));
            }
        }

        /// <summary>§3.1: whether a published record reached the audiences of its items.</summary>
        private readonly void CheckChannels(int body, DisclosureRecord record)
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
                Add(body, FindingTexts.Channel(FindingKind.NotReachingPublic, bodies[body], levels[body], record));
            }

            if (needsStaff && !reachedStaff)
            {
                Add(body, FindingTexts.Channel(FindingKind.NotReachingStaff, bodies[body], levels[body], record));
            }
        }

        private readonly void Add(int body, Finding finding) => (Findings[body] ??= []).Add(finding);
    }

    /// <summary>The outcomes' sink: every obligation in scope, as a value a host can keep.</summary>
    private struct OutcomeList(Body[] bodies) : IObligationSink
    {
        internal readonly List<ObligationOutcome> Outcomes = [];

        public readonly void OutOfScope(int body, DisclosureRecord record)
        {
        }

        public readonly void Record(int body, DisclosureRecord record, Outcome outcome, LocalDate due, int lateDays, LocalDate? published) =>
            Outcomes.Add(new ObligationOutcome(bodies[body].Id, record.Id, record.Entry, record.Item, record.Trigger, due, outcome, lateDays));

        public readonly void Unrecorded(int body, ScheduleEntry entry, ReportingPeriod period, Outcome outcome, LocalDate due) =>
            Outcomes.Add(new ObligationOutcome(bodies[body].Id, null, entry, null, period.Start, due, outcome, 0));
    }

    /// <summary>Works an evaluation's outcomes out again each time they are read, so that the evaluation itself keeps none.</summary>
    private sealed class OutcomeSource(EvaluationEngine engine, Register register, LocalDate asOf, ObligationLevel[] levels)
    {
        internal IEnumerable<ObligationOutcome> Read()
        {
            var sink = new OutcomeList(register.BodyArray);
            engine.Walk(register, asOf, levels, ref sink);
            return sink.Outcomes.AsReadOnly();
        }
    }
}
