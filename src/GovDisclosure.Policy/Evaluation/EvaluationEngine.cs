using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// The evaluation room's engine (§4, §2.1.C, §5, D11–D30): one walk over a register's obligations — each record's,
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
        var notInPolicy = register.Records.Where(record => record.Entry is { } entry && !deadlines.Contains(entry)).Select(record => record.Id).ToArray();
        if (notInPolicy.Length > 0)
        {
            throw new ArgumentException(
                $"Records name entries that the policy \"{policyName}\" does not have: {string.Join(", ", notInPolicy)}.", nameof(register));
        }

        var walk = new Walk(this, register.Year, register.BodyArray, asOf);
        var tally = new Tally(this, walk);
        walk.Records(register, ref tally);
        walk.Unrecorded(ref tally);
        return Conclude(register, walk, tally, new OutcomeSource(this, register, asOf).Read);
    }

    /// <summary>An evaluation fed one record at a time, as a JSON register streams in; see <see cref="StreamedEvaluation"/>.</summary>
    internal StreamedEvaluation Begin(int year, Body[] bodies, LocalDate asOf, Action<ObligationOutcome>? onOutcome) =>
        new(this, new Walk(this, year, bodies, asOf), onOutcome);

    internal bool InPolicy(ScheduleEntry entry) => deadlines.Contains(entry);

    internal string PolicyName => policyName;

    /// <summary>Each unit's counts, rate, grade (D13, D19), supervision findings and sanction (D14), once every obligation is tallied.</summary>
    private RegisterEvaluation Conclude(Register register, Walk walk, Tally tally, Func<IEnumerable<ObligationOutcome>> outcomes)
    {
        var bodies = walk.Bodies;
        var supervision = new SupervisionCheck(register, deadlines.Calendar, rules);
        var units = new UnitEvaluation[bodies.Length];
        for (var b = 0; b < bodies.Length; b++)
        {
            var body = bodies[b];
            var level = walk.Levels[b];
            if (level.IsObligated)
            {
                supervision.Check(body, level.FindingsAreBinding, walk.AsOf, ref tally.Findings[b]);
            }

            var unitCounts = tally.Counts.AsSpan(b * 6, 6);
            var (onTime, late, missing) = (unitCounts[Outcome.OnTime.Value], unitCounts[Outcome.Late.Value], unitCounts[Outcome.Missing.Value]);

            // D19: with nothing due yet there is no rate to grade; findings and sanctions still stand.
            var grade = level.IsObligated && onTime + late + missing > 0 ? rules.GradeThresholds.GradeFor(onTime, onTime + late + missing, missing) : null;
            var (sanction, reasons) = Sanctions.For(body, grade, tally.Accountable[b]);
            units[b] = new UnitEvaluation(body, walk.Year, level, unitCounts, grade, tally.Findings[b]?.ToArray() ?? [], sanction, reasons);
        }

        return new RegisterEvaluation(policyName, register, walk.AsOf, units, outcomes);
    }

    /// <summary>
    /// The walk over a register's obligations: each record (out-of-scope ones reported, not judged), then per obligated unit
    /// each monthly, quarterly and yearly obligation of the year that no record covers — missing once due, pending before
    /// (D13). What to do with each is the sink's: the evaluation's tally, or the list of outcomes. Struct sinks, so that the
    /// JIT compiles one specialised loop per use, with no call through an interface per obligation. Records may come all at
    /// once (a <see cref="Register"/>) or one by one as a file is read (<see cref="StreamedEvaluation"/>).
    /// </summary>
    internal sealed class Walk
    {
        private readonly EvaluationEngine engine;
        private readonly bool[] seen;   // the periodic obligations that have a record, by slot
        private readonly WorkingDayRanks? ranks;
        private readonly IWorkingDayCalendar calendar;

        internal Walk(EvaluationEngine engine, int year, Body[] bodies, LocalDate asOf)
        {
            Preconditions.CheckIso(asOf, nameof(asOf));
            this.engine = engine;
            Year = year;
            Bodies = bodies;
            AsOf = asOf;
            calendar = engine.deadlines.Calendar;
            if (!calendar.Coverage.Contains(asOf))
            {
                // D27: the evaluation day itself must be in the calendar; only due dates may lie beyond it.
                throw new CalendarCoverageException(nameof(asOf), asOf, calendar.Coverage, $"Evaluating as of {asOf.ToIso()}");
            }

            ranks = engine.deadlines.Ranks;
            Levels = [.. bodies.Select(body => engine.scope(body.Type).Level)];
            seen = new bool[bodies.Length * EntryValues * SlotsPerEntry];
        }

        internal int Year { get; }

        internal Body[] Bodies { get; }

        internal ObligationLevel[] Levels { get; }

        internal LocalDate AsOf { get; }

        internal EvaluationEngine Engine => engine;

        internal void Records<TSink>(Register register, ref TSink sink)
            where TSink : struct, IObligationSink
        {
            var records = register.RecordArray;
            var recordBodies = register.RecordBodies;
            for (var i = 0; i < records.Length; i++)
            {
                Record(new HeldRecord(records[i]), recordBodies[i], ref sink);
            }
        }

        /// <summary>Whether a periodic obligation already has a record, which a stream must refuse a second of.</summary>
        internal bool IsRecorded(int body, ScheduleEntry periodic, LocalDate trigger) =>
            seen[Slot(body, periodic, ReportingPeriod.Of(periodic.Cadence.MonthsPerPeriod, trigger.Year, trigger.Month))];

        /// <summary>Judges one record as of the evaluation day (D13, D17, D18, D27, D30); its trigger is an ISO date of the year.</summary>
        internal void Record<TRecord, TSink>(in TRecord record, int b, ref TSink sink)
            where TRecord : struct, IRecordFacts
            where TSink : struct, IObligationSink
        {
            if (!(record.Entry is { } entry ? Applies[Levels[b].Value, entry.Value] : Levels[b].AppliesTo(record.Item!)))
            {
                // §2.2: a record the policy does not ask of its unit is reported, not counted.
                sink.OutOfScope(b, record);
                return;
            }

            if (record.Entry is { Cadence.IsPeriodic: true } periodic)
            {
                seen[Slot(b, periodic, ReportingPeriod.Of(periodic.Cadence.MonthsPerPeriod, record.Trigger.Year, record.Trigger.Month))] = true;
            }

            if (record.IsClassified)
            {
                // D30: exempt, and no due date is counted, so that nothing about it can fail the evaluation.
                sink.Record(b, record, Outcome.Exempt, null, 0, null);
                return;
            }

            var due = DueOrBeyond(record.Entry, record.Trigger);
            var published = RecordRules.FirstPublicationBy(record, AsOf);
            if (record.IsFalsified || record.IsRefused)
            {
                // D18: not a valid disclosure; it counts as missing, and D14 follows from the flag.
                sink.Record(b, record, Outcome.Missing, due, 0, published);
            }
            else if (published is { } day)
            {
                // D27: a due date beyond the calendar lies after the evaluation day, so a publication by then is on time.
                if (due is not { } dueDay || day <= dueDay)
                {
                    sink.Record(b, record, Outcome.OnTime, due, 0, day);
                }
                else
                {
                    sink.Record(b, record, Outcome.Late, due, WorkingDaysLate(dueDay, day), day);
                }
            }
            else
            {
                sink.Record(b, record, due is { } dueDay && AsOf > dueDay ? Outcome.Missing : Outcome.Pending, due, 0, null);
            }
        }

        /// <summary>Each recurring obligation of the year that no record covers, for every obligated unit.</summary>
        internal void Unrecorded<TSink>(ref TSink sink)
            where TSink : struct, IObligationSink
        {
            for (var b = 0; b < Bodies.Length; b++)
            {
                if (!Levels[b].IsObligated)
                {
                    continue;
                }

                foreach (var (entry, period) in DeadlineEngine.RecurringObligations(engine.scope(Bodies[b].Type), Year))
                {
                    if (!seen[Slot(b, entry, period)])
                    {
                        var due = DueOrBeyond(entry, period.Start);
                        sink.Unrecorded(b, entry, period, due is { } dueDay && AsOf > dueDay ? Outcome.Missing : Outcome.Pending, due);
                    }
                }
            }
        }

        /// <summary>
        /// The due date, or null when it lies beyond the calendar (D27): the count starts inside the calendar, which holds the
        /// evaluation day, and runs past its end — so the day is after the evaluation day, and nothing is guessed.
        /// </summary>
        private LocalDate? DueOrBeyond(ScheduleEntry? entry, LocalDate trigger)
        {
            try
            {
                return entry is null ? engine.deadlines.StatutoryDueDateOnly(trigger) : engine.deadlines.DueDateOnly(entry, trigger, ranks);
            }
            catch (CalendarCoverageException) when (trigger >= calendar.Coverage.Start)
            {
                return null;
            }
        }

        /// <summary>D17: the working days in (due, P], P the publication day or, when it is not a working day, the next one; at least 1.</summary>
        private int WorkingDaysLate(LocalDate due, LocalDate published) =>
            calendar.WorkingDaysBetween(due, calendar.IsWorkingDay(published) ? published : calendar.NextWorkingDay(published));
    }

    /// <summary>Records streamed in one at a time: each checked as the register would, then judged at once; nothing of it is kept.</summary>
    internal sealed class StreamedEvaluation
    {
        private readonly Walk walk;
        private readonly Action<ObligationOutcome>? onOutcome;
        private Tally tally;

        internal StreamedEvaluation(EvaluationEngine engine, Walk walk, Action<ObligationOutcome>? onOutcome)
        {
            this.walk = walk;
            this.onOutcome = onOutcome;
            tally = new Tally(engine, walk);
        }

        /// <summary>
        /// Checks and judges one record of the unit at <paramref name="body"/> (its position among the bodies, the body being
        /// known); the problem, when the register would have refused it. What needs memory per record — that no id repeats, that
        /// no event is recorded twice — is not checked here: memory stays bounded by the units and findings.
        /// </summary>
        internal string? Add<TRecord>(in TRecord record, int body)
            where TRecord : struct, IRecordFacts
        {
            if (RecordRules.ObligationProblem(record, walk.Year, out _) is { } problem)
            {
                return problem;
            }

            if (record.Entry is { } entry && !walk.Engine.InPolicy(entry))
            {
                return $"it names {entry.Code}, which the policy \"{walk.Engine.PolicyName}\" does not have.";
            }

            if (record.Entry is { Cadence.IsPeriodic: true } periodic && walk.IsRecorded(body, periodic, record.Trigger))
            {
                return $"an earlier record already covers {periodic.Code} of {walk.Bodies[body].Id} for the period of {record.Trigger.ToIso()}.";
            }

            if (onOutcome is null)
            {
                walk.Record(record, body, ref tally);
            }
            else
            {
                var both = new Both(tally, new OutcomeCallback(walk.Bodies, onOutcome));
                walk.Record(record, body, ref both);
            }

            return null;
        }

        /// <summary>The evaluation, once every record is in: the unrecorded obligations, supervision, grades and sanctions.</summary>
        internal RegisterEvaluation Finish(Register supervision)
        {
            if (onOutcome is null)
            {
                walk.Unrecorded(ref tally);
            }
            else
            {
                var both = new Both(tally, new OutcomeCallback(walk.Bodies, onOutcome));
                walk.Unrecorded(ref both);
            }

            return walk.Engine.Conclude(supervision, walk, tally, () => throw new InvalidOperationException(
                "This evaluation was streamed from JSON and kept no records, so it cannot list outcomes again; pass an outcome callback to the streaming evaluation instead."));
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

    private static int Slot(int body, ScheduleEntry entry, ReportingPeriod period) =>
        (((body * EntryValues) + entry.Value) * SlotsPerEntry) + period.IndexInYear;


    /// <summary>What the walk hands each obligation to.</summary>
    internal interface IObligationSink
    {
        /// <summary>A record the policy does not ask of its unit (§2.2): reported, not judged.</summary>
        void OutOfScope<TRecord>(int body, in TRecord record)
            where TRecord : struct, IRecordFacts;

        /// <summary>A record judged as of the evaluation day (D13); <paramref name="due"/> is null when exempt or beyond the calendar.</summary>
        void Record<TRecord>(int body, in TRecord record, Outcome outcome, LocalDate? due, int lateDays, LocalDate? published)
            where TRecord : struct, IRecordFacts;

        /// <summary>A recurring obligation of the year with no record at all; <paramref name="due"/> is null beyond the calendar.</summary>
        void Unrecorded(int body, ScheduleEntry entry, ReportingPeriod period, Outcome outcome, LocalDate? due);
    }

    /// <summary>The evaluation's sink: counts per unit and outcome, findings, and the records that make a principal accountable.</summary>
    private struct Tally(EvaluationEngine engine, Walk walk) : IObligationSink
    {
        internal readonly int[] Counts = new int[walk.Bodies.Length * 6];
        internal readonly List<Finding>?[] Findings = new List<Finding>?[walk.Bodies.Length];
        internal readonly List<string>?[] Accountable = new List<string>?[walk.Bodies.Length];
        private readonly Body[] bodies = walk.Bodies;
        private readonly ObligationLevel[] levels = walk.Levels;
        private readonly LocalDate asOf = walk.AsOf;

        public readonly void OutOfScope<TRecord>(int body, in TRecord record)
            where TRecord : struct, IRecordFacts =>
            Add(body, FindingTexts.OutOfScope(bodies[body], levels[body], engine.scope(bodies[body].Type).Regime, record.Materialize()));

        public readonly void Record<TRecord>(int body, in TRecord record, Outcome outcome, LocalDate? due, int lateDays, LocalDate? published)
            where TRecord : struct, IRecordFacts
        {
            Counts[(body * 6) + outcome.Value]++;
            if (record.IsFalsified || record.IsRefused)
            {
                var flagged = record.Materialize();
                Add(body, FindingTexts.Flag(bodies[body], levels[body], flagged, due, published));
                (Accountable[body] ??= []).Add(flagged.Id);
            }
            else if (ReferenceEquals(outcome, Outcome.Late) || ReferenceEquals(outcome, Outcome.Missing))   // closed-set members are single instances
            {
                Add(body, FindingTexts.Outcome(bodies[body], levels[body], record, outcome, due!.Value, published, lateDays));
            }

            if (published is not null)
            {
                CheckChannels(body, record, due, published);
            }
        }

        public readonly void Unrecorded(int body, ScheduleEntry entry, ReportingPeriod period, Outcome outcome, LocalDate? due)
        {
            Counts[(body * 6) + outcome.Value]++;
            if (outcome == Outcome.Missing)
            {
                Add(body, FindingTexts.Unrecorded(bodies[body], levels[body], entry, period, due!.Value));
            }
        }

        /// <summary>§3.1, D23: whether a published record reached the audiences it must.</summary>
        private readonly void CheckChannels<TRecord>(int body, in TRecord record, LocalDate? due, LocalDate? published)
            where TRecord : struct, IRecordFacts
        {
            // Looked up, not worked out: this runs for every published record. A named item sets the audience (D23).
            var (needsPublic, needsStaff) = record.Item is { } item
                ? (item.Audience == Audience.Public, item.Audience != Audience.Public)
                : EntryAudiences[record.Entry!.Value];
            bool reachedPublic = false, reachedStaff = false;
            for (var i = 0; i < record.PublicationCount; i++)
            {
                if (record.PublicationDate(i) <= asOf)
                {
                    var (external, @internal) = record.Reach(i);
                    reachedPublic |= external;
                    reachedStaff |= @internal;
                }
            }

            if (needsPublic && !reachedPublic)
            {
                Add(body, FindingTexts.Channel(FindingKind.NotReachingPublic, bodies[body], levels[body], record.Materialize(), due, published));
            }

            if (needsStaff && !reachedStaff)
            {
                Add(body, FindingTexts.Channel(FindingKind.NotReachingStaff, bodies[body], levels[body], record.Materialize(), due, published));
            }
        }

        private readonly void Add(int body, Finding finding) => (Findings[body] ??= []).Add(finding);
    }

    /// <summary>The outcomes' sink: every obligation in scope, as a value a host can keep.</summary>
    private struct OutcomeList(Body[] bodies) : IObligationSink
    {
        internal readonly List<ObligationOutcome> Outcomes = [];

        public readonly void OutOfScope<TRecord>(int body, in TRecord record)
            where TRecord : struct, IRecordFacts
        {
        }

        public readonly void Record<TRecord>(int body, in TRecord record, Outcome outcome, LocalDate? due, int lateDays, LocalDate? published)
            where TRecord : struct, IRecordFacts =>
            Outcomes.Add(ObligationOutcome.Of(bodies[body].Id, record.Materialize(), due, outcome, lateDays, published));

        public readonly void Unrecorded(int body, ScheduleEntry entry, ReportingPeriod period, Outcome outcome, LocalDate? due) =>
            Outcomes.Add(ObligationOutcome.Of(bodies[body].Id, entry, period, due, outcome));
    }

    /// <summary>Hands each outcome to a host's callback as it is judged, for a streamed evaluation.</summary>
    private readonly struct OutcomeCallback(Body[] bodies, Action<ObligationOutcome> onOutcome) : IObligationSink
    {
        public void OutOfScope<TRecord>(int body, in TRecord record)
            where TRecord : struct, IRecordFacts
        {
        }

        public void Record<TRecord>(int body, in TRecord record, Outcome outcome, LocalDate? due, int lateDays, LocalDate? published)
            where TRecord : struct, IRecordFacts =>
            onOutcome(ObligationOutcome.Of(bodies[body].Id, record.Materialize(), due, outcome, lateDays, published));

        public void Unrecorded(int body, ScheduleEntry entry, ReportingPeriod period, Outcome outcome, LocalDate? due) =>
            onOutcome(ObligationOutcome.Of(bodies[body].Id, entry, period, due, outcome));
    }

    /// <summary>The tally and a callback, fed together.</summary>
    private struct Both(Tally tally, OutcomeCallback callback) : IObligationSink
    {
        public readonly void OutOfScope<TRecord>(int body, in TRecord record)
            where TRecord : struct, IRecordFacts
        {
            tally.OutOfScope(body, record);
            callback.OutOfScope(body, record);
        }

        public readonly void Record<TRecord>(int body, in TRecord record, Outcome outcome, LocalDate? due, int lateDays, LocalDate? published)
            where TRecord : struct, IRecordFacts
        {
            tally.Record(body, record, outcome, due, lateDays, published);
            callback.Record(body, record, outcome, due, lateDays, published);
        }

        public readonly void Unrecorded(int body, ScheduleEntry entry, ReportingPeriod period, Outcome outcome, LocalDate? due)
        {
            tally.Unrecorded(body, entry, period, outcome, due);
            callback.Unrecorded(body, entry, period, outcome, due);
        }
    }

    /// <summary>Works an evaluation's outcomes out again each time they are read, so that the evaluation itself keeps none.</summary>
    private sealed class OutcomeSource(EvaluationEngine engine, Register register, LocalDate asOf)
    {
        internal IEnumerable<ObligationOutcome> Read()
        {
            var walk = new Walk(engine, register.Year, register.BodyArray, asOf);
            var sink = new OutcomeList(register.BodyArray);
            walk.Records(register, ref sink);
            walk.Unrecorded(ref sink);
            return sink.Outcomes.AsReadOnly();
        }
    }
}
