using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// The evaluation room's engine (§4, §2.1.C, §5, §10, D11–D30, D35): one walk over a register's obligations — each record's,
/// then each recurring obligation of the year that has no record, of the seed's entries and of the catalog rows that bind a
/// unit — feeds both the counts and findings of
/// <see cref="Evaluate"/> and the outcomes a <see cref="RegisterEvaluation"/> enumerates. Due dates come from the
/// deadline engine; who must disclose what from the scope; grades and complaint periods from the assessment rules.
/// </summary>
internal sealed class EvaluationEngine
{
    private const int SlotsPerRule = 12;   // monthly periods; quarterly and yearly use the first 4 and 1

    private static readonly int EntryValues = ScheduleEntry.InOrder.Max(entry => entry.Value) + 1;

    /// <summary>The national channels that reach the whole society (§10), as bits.</summary>
    private static readonly ulong WholeSocietyChannels = RecordRules.Bits(NationalChannel.InOrder.Where(c => c.ReachesWholeSociety));

    /// <summary>By entry value, the audiences an entry's records must reach (§3.1): IM9, ST6 and ST7, with no items, are for the public.</summary>
    private static readonly (bool Public, bool Staff)[] EntryAudiences = AudiencesByEntry();

    private static readonly bool[,] Applies = Applicability();

    private readonly string policyName;
    private readonly DeadlineEngine deadlines;
    private readonly Func<BodyType, BodyObligations> scope;
    private readonly AssessmentRules rules;
    private readonly RequestRules requestRules;

    // By rule position (DeadlineEngine: the seed's entries by value, then every catalog's rows): looked up once per record.
    private readonly CatalogRow?[] rows;          // the catalog row, or null for an entry's position
    private readonly int[] periodicIndex;         // the position's place among the monthly, quarterly and yearly rules, or -1
    private readonly byte[] months;               // the months per reporting period of a periodic rule
    private readonly int[] rowCatalogs;           // a row's catalog, by its index in the policy
    private readonly int periodicCount;

    internal EvaluationEngine(string policyName, DeadlineEngine deadlines, Func<BodyType, BodyObligations> scope, AssessmentRules rules, RequestRules requestRules)
    {
        this.requestRules = requestRules;
        this.policyName = policyName;
        this.deadlines = deadlines;
        this.scope = scope;
        this.rules = rules;
        var count = deadlines.Positions;
        (rows, periodicIndex, months, rowCatalogs) = (new CatalogRow?[count], new int[count], new byte[count], new int[count]);
        for (var position = 0; position < count; position++)
        {
            var cadence = deadlines.CadenceAt(position);
            periodicIndex[position] = cadence is { IsPeriodic: true } ? periodicCount++ : -1;
            months[position] = (byte)(cadence?.MonthsPerPeriod ?? 0);
        }

        for (var c = 0; c < deadlines.CatalogCount; c++)
        {
            var catalogRows = deadlines.Catalogs[c].Rows;
            for (var i = 0; i < catalogRows.Count; i++)
            {
                var position = deadlines.CatalogBase(c) + i;
                rows[position] = catalogRows[i];
                rowCatalogs[position] = c;
            }
        }
    }

    /// <summary>Evaluates a register as of a day; see <see cref="DisclosurePolicy.Evaluate(Register, LocalDate)"/>.</summary>
    internal RegisterEvaluation Evaluate(Register register, LocalDate asOf)
    {
        Preconditions.CheckNotNull(register);
        var notInPolicy = register.Records.Where(record => record.Obligation.Entry is { } entry && !deadlines.Contains(entry)).Select(record => record.Id).ToArray();
        if (notInPolicy.Length > 0)
        {
            throw new ArgumentException(
                $"Records name entries that the policy \"{policyName}\" does not have: {string.Join(", ", notInPolicy)}.", nameof(register));
        }

        var walk = new Walk(this, register.Year, register.BodyArray, asOf);
        var positions = Positions(register, walk);
        var tally = new Tally(this, walk);
        walk.Records(register, positions, ref tally);
        walk.Unrecorded(ref tally);
        return Conclude(register, walk, tally, new OutcomeSource(this, register, asOf, positions).Read);
    }

    /// <summary>
    /// The rule position of each row record, found by catalog name and 序号 (§10); null when the register has none, as the records of the
    /// seed need no lookup. A row record the policy cannot judge — no such catalog or row, a row disclosed on request only, a publication
    /// before its period starts, a second record of one period — is refused with every other such record.
    /// </summary>
    private int[]? Positions(Register register, Walk walk)
    {
        var records = register.RecordArray;
        int[]? positions = null;
        List<string>? problems = null;
        HashSet<(int Body, int Position, int Period)>? periods = null;
        Dictionary<(int Body, int Position, LocalDate Day, string? Subject), string>? events = null;
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i];
            if (record.Obligation.IsBuiltIn)
            {
                continue;
            }

            positions ??= new int[records.Length];
            positions[i] = RowPosition(new HeldRecord(record), register.RecordBodies[i], walk, periods ??= [], events ??= [], out var problem);
            if (problem is not null)
            {
                (problems ??= []).Add($"{record.Id}: {problem}");
            }
        }

        return problems is null ? positions : throw new ArgumentException(
            $"Records name catalog rows that the policy \"{policyName}\" cannot judge:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}",
            nameof(register));
    }

    /// <summary>A row record's rule position, or -1 with the problem (§10, D25, D35); <paramref name="periods"/> and <paramref name="events"/> hold
    /// the periods and events already recorded, null when streaming (which checks periods against the walk, and keeps no events).</summary>
    private int RowPosition<TRecord>(in TRecord record, int body, Walk walk, HashSet<(int Body, int Position, int Period)>? periods,
        Dictionary<(int Body, int Position, LocalDate Day, string? Subject), string>? events, out string? problem)
        where TRecord : struct, IRecordFacts
    {
        var position = deadlines.LocateRow(record.CatalogName!, record.RowNumber!, out problem);
        if (position < 0)
        {
            return -1;
        }

        if (periodicIndex[position] < 0)
        {
            problem = RecordRules.PublishedBeforeStart(record, record.Trigger);
            if (problem is null && events is not null && !events.TryAdd((body, position, record.Trigger, record.Subject), record.Id))
            {
                problem = RecordRules.SecondOfEvent(events[(body, position, record.Trigger, record.Subject)], Finding.Name(rows[position]!),
                    walk.Bodies[body].Id, record.Trigger, record.Subject);
            }

            return problem is null ? position : -1;
        }

        // The first day of the reporting period (D25); a refused record leaves its period to the next one.
        var period = ReportingPeriod.Of(months[position], record.Trigger.Year, record.Trigger.Month);
        problem = RecordRules.PublishedBeforeStart(record, period.Start);
        if (problem is null && (periods is null ? walk.IsRecorded(body, position, record.Trigger) : !periods.Add((body, position, period.IndexInYear))))
        {
            problem = RecordRules.SecondOfPeriod(Finding.Name(rows[position]!), walk.Bodies[body].Id, period.Start);
        }

        return problem is null ? position : -1;
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
        var requests = new RequestCheck(register, walk.AsOf, deadlines.Calendar, requestRules, rules.CountRequestsInRate);
        var reports = new AnnualReportCheck(register, deadlines.Calendar);
        var units = new UnitEvaluation[bodies.Length];
        for (var b = 0; b < bodies.Length; b++)
        {
            var body = bodies[b];
            var level = walk.Levels[b];
            if (level.IsObligated)
            {
                supervision.Check(body, level.FindingsAreBinding, walk.AsOf, ref tally.Findings[b]);
            }

            reports.Check(body, level.FindingsAreBinding, walk.AsOf, ref tally.Findings[b]);

            var unitCounts = tally.Counts.AsSpan(b * 6, 6);
            var requestCounts = requests.Check(body, level.FindingsAreBinding, unitCounts, ref tally.Findings[b]);   // D36: before the rate is taken
            var (onTime, late, missing) = (unitCounts[Outcome.OnTime.Value], unitCounts[Outcome.Late.Value], unitCounts[Outcome.Missing.Value]);

            // D19: with nothing due yet there is no rate to grade; findings and sanctions still stand.
            var grade = level.IsObligated && onTime + late + missing > 0 ? rules.GradeThresholds.GradeFor(onTime, onTime + late + missing, missing) : null;
            var (sanction, reasons) = Sanctions.For(body, grade, tally.Accountable[b]);
            units[b] = new UnitEvaluation(body, walk.Year, level, unitCounts, grade, tally.Findings[b]?.ToArray() ?? [], sanction, reasons, requestCounts);
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
        private readonly bool[] assigned;   // by body and catalog: whether the host assigned the body the catalog (§10)
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
            seen = new bool[bodies.Length * engine.periodicCount * SlotsPerRule];
            assigned = Assigned(engine.deadlines, bodies);
        }

        /// <summary>Which catalogs each body is assigned, by body and catalog index; a catalog the policy does not hold is refused.</summary>
        private static bool[] Assigned(DeadlineEngine deadlines, Body[] bodies)
        {
            var assigned = new bool[bodies.Length * deadlines.CatalogCount];
            for (var b = 0; b < bodies.Length; b++)
            {
                foreach (var c in deadlines.AssignedCatalogs(bodies[b].Catalogs, bodies[b].Id, "register"))
                {
                    assigned[(b * deadlines.CatalogCount) + c] = true;
                }
            }

            return assigned;
        }

        internal int Year { get; }

        internal Body[] Bodies { get; }

        internal ObligationLevel[] Levels { get; }

        internal LocalDate AsOf { get; }

        internal EvaluationEngine Engine => engine;

        internal void Records<TSink>(Register register, int[]? positions, ref TSink sink)
            where TSink : struct, IObligationSink
        {
            var records = register.RecordArray;
            var recordBodies = register.RecordBodies;
            for (var i = 0; i < records.Length; i++)
            {
                var record = records[i];
                Record(new HeldRecord(record), recordBodies[i], record.Obligation.IsBuiltIn ? record.Obligation.Entry?.Value ?? -1 : positions![i], ref sink);
            }
        }

        /// <summary>Whether the periodic obligation at <paramref name="position"/> already has a record, which a stream must refuse a second of.</summary>
        internal bool IsRecorded(int body, int position, LocalDate trigger) => seen[Slot(body, position, trigger)];

        /// <summary>
        /// Judges one record as of the evaluation day (D13, D17, D18, D27, D30); its trigger is an ISO date of the year, and
        /// <paramref name="position"/> its rule's (an entry's value, a catalog row's, or -1 for an item no entry covers).
        /// </summary>
        internal void Record<TRecord, TSink>(in TRecord record, int b, int position, ref TSink sink)
            where TRecord : struct, IRecordFacts
            where TSink : struct, IObligationSink
        {
            var row = position < 0 ? null : engine.rows[position];
            if (!(row is not null ? Binds(b, position) : record.Entry is { } entry ? Applies[Levels[b].Value, entry.Value] : Levels[b].AppliesTo(record.Item!)))
            {
                // §2.2, §10: a record the policy does not ask of its unit is reported, not counted.
                sink.OutOfScope(b, record, row);
                return;
            }

            if (position >= 0 && engine.periodicIndex[position] >= 0)
            {
                seen[Slot(b, position, record.Trigger)] = true;
            }

            if (record.IsClassified)
            {
                // D30: exempt, and no due date is counted, so that nothing about it can fail the evaluation.
                sink.Record(b, record, row, Outcome.Exempt, null, 0, null);
                return;
            }

            var due = DueOrBeyond(position, record.Trigger);
            var published = RecordRules.FirstPublicationBy(record, AsOf);
            if (record.IsFalsified || record.IsRefused)
            {
                // D18: not a valid disclosure; it counts as missing, and D14 follows from the flag.
                sink.Record(b, record, row, Outcome.Missing, due, 0, published);
            }
            else if (published is { } day)
            {
                // D27: a due date beyond the calendar lies after the evaluation day, so a publication by then is on time.
                if (due is not { } dueDay || day <= dueDay)
                {
                    sink.Record(b, record, row, Outcome.OnTime, due, 0, day);
                }
                else
                {
                    sink.Record(b, record, row, Outcome.Late, due, WorkingDaysLate(dueDay, day), day);
                }
            }
            else
            {
                sink.Record(b, record, row, due is { } dueDay && AsOf > dueDay ? Outcome.Missing : Outcome.Pending, due, 0, null);
            }
        }

        /// <summary>
        /// Each recurring obligation of the year that no record covers: the seed's for every obligated unit (§2.2), and every
        /// monthly, quarterly or yearly row of the catalogs a unit is assigned that binds its level (§10), whatever the seed asks of it.
        /// </summary>
        internal void Unrecorded<TSink>(ref TSink sink)
            where TSink : struct, IObligationSink
        {
            for (var b = 0; b < Bodies.Length; b++)
            {
                if (Levels[b].IsObligated)
                {
                    foreach (var (entry, period) in DeadlineEngine.RecurringObligations(engine.scope(Bodies[b].Type), Year))
                    {
                        Unrecorded(b, entry.Value, entry, null, period, ref sink);
                    }
                }

                for (var c = 0; c < engine.deadlines.CatalogCount; c++)
                {
                    if (!assigned[(b * engine.deadlines.CatalogCount) + c])
                    {
                        continue;
                    }

                    var first = engine.deadlines.CatalogBase(c);
                    var catalogRows = engine.deadlines.Catalogs[c].Rows;
                    for (var position = first; position < first + catalogRows.Count; position++)
                    {
                        if (engine.periodicIndex[position] >= 0 && Binds(b, position))
                        {
                            foreach (var period in ReportingPeriod.AllOf(engine.deadlines.CadenceAt(position)!, Year))
                            {
                                Unrecorded(b, position, null, engine.rows[position], period, ref sink);
                            }
                        }
                    }
                }
            }
        }

        private void Unrecorded<TSink>(int b, int position, ScheduleEntry? entry, CatalogRow? row, ReportingPeriod period, ref TSink sink)
            where TSink : struct, IObligationSink
        {
            if (!seen[Slot(b, position, period.Start)])
            {
                var due = DueOrBeyond(position, period.Start);
                sink.Unrecorded(b, entry, row, period, due is { } dueDay && AsOf > dueDay ? Outcome.Missing : Outcome.Pending, due);
            }
        }

        /// <summary>§10: a row binds a body the host assigned its catalog when the row's levels include the body's.</summary>
        private bool Binds(int b, int position) =>
            assigned[(b * engine.deadlines.CatalogCount) + engine.rowCatalogs[position]] && engine.rows[position]!.Binds(Bodies[b].Level);

        /// <summary>The slot of the periodic obligation at <paramref name="position"/> of the period that holds <paramref name="day"/>.</summary>
        private int Slot(int body, int position, LocalDate day) =>
            (((body * engine.periodicCount) + engine.periodicIndex[position]) * SlotsPerRule) +
            ReportingPeriod.Of(engine.months[position], day.Year, day.Month).IndexInYear;

        /// <summary>
        /// The due date, or null when it lies beyond the calendar (D27): the count starts inside the calendar, which holds the
        /// evaluation day, and runs past its end — so the day is after the evaluation day, and nothing is guessed.
        /// </summary>
        private LocalDate? DueOrBeyond(int position, LocalDate trigger)
        {
            try
            {
                return position < 0 ? engine.deadlines.StatutoryDueDateOnly(trigger) : engine.deadlines.DueDateOnly(position, trigger, ranks);
            }
            catch (CalendarCoverageException e) when (DueDateResult.IsBeyond(e, trigger))
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

            if (record.Entry is { Cadence.IsPeriodic: true } periodic && walk.IsRecorded(body, periodic.Value, record.Trigger))
            {
                return RecordRules.SecondOfPeriod(periodic.Code, walk.Bodies[body].Id, ReportingPeriod.Of(periodic.Cadence, record.Trigger, "trigger").Start);
            }

            var position = record.Entry?.Value ?? -1;
            if (record.CatalogName is not null && (position = walk.Engine.RowPosition(record, body, walk, null, null, out var rowProblem)) < 0)
            {
                return rowProblem;
            }

            if (onOutcome is null)
            {
                walk.Record(record, body, position, ref tally);
            }
            else
            {
                var both = new Both(tally, new OutcomeCallback(walk.Bodies, onOutcome));
                walk.Record(record, body, position, ref both);
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


    /// <summary>What the walk hands each obligation to.</summary>
    internal interface IObligationSink
    {
        /// <summary>A record the policy does not ask of its unit (§2.2, §10): reported, not judged. <paramref name="row"/> is a row record's row.</summary>
        void OutOfScope<TRecord>(int body, in TRecord record, CatalogRow? row)
            where TRecord : struct, IRecordFacts;

        /// <summary>A record judged as of the evaluation day (D13); <paramref name="due"/> is null when exempt or beyond the calendar.</summary>
        void Record<TRecord>(int body, in TRecord record, CatalogRow? row, Outcome outcome, LocalDate? due, int lateDays, LocalDate? published)
            where TRecord : struct, IRecordFacts;

        /// <summary>A recurring obligation of the year — of the seed's <paramref name="entry"/> or of a catalog's <paramref name="row"/> — with no record
        /// at all; <paramref name="due"/> is null beyond the calendar.</summary>
        void Unrecorded(int body, ScheduleEntry? entry, CatalogRow? row, ReportingPeriod period, Outcome outcome, LocalDate? due);
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

        public readonly void OutOfScope<TRecord>(int body, in TRecord record, CatalogRow? row)
            where TRecord : struct, IRecordFacts =>
            Add(body, row is null
                ? FindingTexts.OutOfScope(bodies[body], levels[body], engine.scope(bodies[body].Type).Regime, record.Materialize())
                : FindingTexts.RowOutOfScope(bodies[body], record.Materialize(), row));

        public readonly void Record<TRecord>(int body, in TRecord record, CatalogRow? row, Outcome outcome, LocalDate? due, int lateDays, LocalDate? published)
            where TRecord : struct, IRecordFacts
        {
            Counts[(body * 6) + outcome.Value]++;
            if (record.IsFalsified || record.IsRefused)
            {
                var flagged = record.Materialize();
                Add(body, FindingTexts.Flag(bodies[body], levels[body], flagged, row, due, published));
                (Accountable[body] ??= []).Add(flagged.Id);
            }
            else if (ReferenceEquals(outcome, Outcome.Late) || ReferenceEquals(outcome, Outcome.Missing))   // closed-set members are single instances
            {
                Add(body, FindingTexts.Outcome(bodies[body], levels[body], record, row, outcome, due!.Value, published, lateDays));
            }

            if (published is { } first)
            {
                if (row is null)
                {
                    CheckChannels(body, record, due, published);
                }
                else
                {
                    CheckRowChannels(body, record, row, due, first);
                    CheckPosting(body, record, row, due, first);
                }
            }
        }

        public readonly void Unrecorded(int body, ScheduleEntry? entry, CatalogRow? row, ReportingPeriod period, Outcome outcome, LocalDate? due)
        {
            Counts[(body * 6) + outcome.Value]++;
            if (outcome == Outcome.Missing)
            {
                Add(body, entry is null
                    ? FindingTexts.Unrecorded(bodies[body], row!, period, due!.Value)
                    : FindingTexts.Unrecorded(bodies[body], levels[body], entry, period, due!.Value));
            }
        }

        /// <summary>§10: a published row record reached one of its row's channels, and a 全社会 row a channel that reaches the whole society.</summary>
        private readonly void CheckRowChannels<TRecord>(int body, in TRecord record, CatalogRow row, LocalDate? due, LocalDate published)
            where TRecord : struct, IRecordFacts
        {
            var reached = 0UL;
            for (var i = 0; i < record.PublicationCount; i++)
            {
                if (record.PublicationDate(i) <= asOf)
                {
                    reached |= record.NationalReach(i);
                }
            }

            if ((reached & RecordRules.Bits(row.Channels)) == 0)
            {
                Add(body, FindingTexts.RowChannel(FindingKind.NotOnCatalogChannel, bodies[body], record.Materialize(), row, due, published));
            }

            if (row.Audience == CatalogAudience.WholeSociety && (reached & WholeSocietyChannels) == 0)
            {
                Add(body, FindingTexts.RowChannel(FindingKind.NotReachingWholeSociety, bodies[body], record.Materialize(), row, due, published));
            }
        }

        /// <summary>
        /// D35: a row with a posting period (公示期) must stay published through its last day, counted from the first publication: taken down
        /// too early when every publication made by then was taken down, by the evaluation day, on or before that day. Judged once the
        /// calendar covers the last day.
        /// </summary>
        private readonly void CheckPosting<TRecord>(int body, in TRecord record, CatalogRow row, LocalDate? due, LocalDate published)
            where TRecord : struct, IRecordFacts
        {
            if (PostingEnd(row, published) is not { } end)
            {
                return;
            }

            LocalDate? lastDown = null;
            for (var i = 0; i < record.PublicationCount; i++)
            {
                if (record.PublicationDate(i) > end || record.PublicationDate(i) > asOf)
                {
                    continue;
                }

                if (record.TakenDownOn(i) is not { } down || down > asOf || down > end)
                {
                    return;   // still published through the last day, as far as the evaluation day knows
                }

                lastDown = lastDown is { } later && later > down ? later : down;
            }

            Add(body, FindingTexts.TakenDownEarly(bodies[body], record.Materialize(), row, due, published, end, lastDown!.Value));
        }

        /// <summary>The row's posting end (D35), or null when it has no posting period or the end lies beyond the calendar.</summary>
        private readonly LocalDate? PostingEnd(CatalogRow row, LocalDate published)
        {
            try
            {
                return engine.deadlines.PostingEnd(row, published);
            }
            catch (CalendarCoverageException)
            {
                return null;
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

        public readonly void OutOfScope<TRecord>(int body, in TRecord record, CatalogRow? row)
            where TRecord : struct, IRecordFacts
        {
        }

        public readonly void Record<TRecord>(int body, in TRecord record, CatalogRow? row, Outcome outcome, LocalDate? due, int lateDays, LocalDate? published)
            where TRecord : struct, IRecordFacts =>
            Outcomes.Add(ObligationOutcome.Of(bodies[body].Id, record.Materialize(), due, outcome, lateDays, published));

        public readonly void Unrecorded(int body, ScheduleEntry? entry, CatalogRow? row, ReportingPeriod period, Outcome outcome, LocalDate? due) =>
            Outcomes.Add(ObligationOutcome.Of(bodies[body].Id, entry, row, period, due, outcome));
    }

    /// <summary>Hands each outcome to a host's callback as it is judged, for a streamed evaluation.</summary>
    private readonly struct OutcomeCallback(Body[] bodies, Action<ObligationOutcome> onOutcome) : IObligationSink
    {
        public void OutOfScope<TRecord>(int body, in TRecord record, CatalogRow? row)
            where TRecord : struct, IRecordFacts
        {
        }

        public void Record<TRecord>(int body, in TRecord record, CatalogRow? row, Outcome outcome, LocalDate? due, int lateDays, LocalDate? published)
            where TRecord : struct, IRecordFacts =>
            onOutcome(ObligationOutcome.Of(bodies[body].Id, record.Materialize(), due, outcome, lateDays, published));

        public void Unrecorded(int body, ScheduleEntry? entry, CatalogRow? row, ReportingPeriod period, Outcome outcome, LocalDate? due) =>
            onOutcome(ObligationOutcome.Of(bodies[body].Id, entry, row, period, due, outcome));
    }

    /// <summary>The tally and a callback, fed together.</summary>
    private struct Both(Tally tally, OutcomeCallback callback) : IObligationSink
    {
        public readonly void OutOfScope<TRecord>(int body, in TRecord record, CatalogRow? row)
            where TRecord : struct, IRecordFacts
        {
            tally.OutOfScope(body, record, row);
            callback.OutOfScope(body, record, row);
        }

        public readonly void Record<TRecord>(int body, in TRecord record, CatalogRow? row, Outcome outcome, LocalDate? due, int lateDays, LocalDate? published)
            where TRecord : struct, IRecordFacts
        {
            tally.Record(body, record, row, outcome, due, lateDays, published);
            callback.Record(body, record, row, outcome, due, lateDays, published);
        }

        public readonly void Unrecorded(int body, ScheduleEntry? entry, CatalogRow? row, ReportingPeriod period, Outcome outcome, LocalDate? due)
        {
            tally.Unrecorded(body, entry, row, period, outcome, due);
            callback.Unrecorded(body, entry, row, period, outcome, due);
        }
    }

    /// <summary>Works an evaluation's outcomes out again each time they are read, so that the evaluation itself keeps none.</summary>
    private sealed class OutcomeSource(EvaluationEngine engine, Register register, LocalDate asOf, int[]? positions)
    {
        internal IEnumerable<ObligationOutcome> Read()
        {
            var walk = new Walk(engine, register.Year, register.BodyArray, asOf);
            var sink = new OutcomeList(register.BodyArray);
            walk.Records(register, positions, ref sink);
            walk.Unrecorded(ref sink);
            return sink.Outcomes.AsReadOnly();
        }
    }
}
