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
internal sealed partial class EvaluationEngine
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
            periodicIndex[position] = cadence is { IsPeriodic: true } && !deadlines.IsPart(position) ? periodicCount++ : -1;
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
            throw new PolicyArgumentException(
                $"Records name entries that the policy \"{policyName}\" does not have: {string.Join(", ", notInPolicy)}.", nameof(register));
        }

        // The register in memory goes through the session every source feeds: its records were checked when it was built.
        var session = new EvaluationSession(this, register.Year, register.BodyArray, asOf, EvaluationSessionOptions.Default, nameof(register));
        var positions = Positions(register, session.Walk);
        var records = register.RecordArray;
        var recordBodies = register.RecordBodies;
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i];
            session.AddChecked(record, recordBodies[i], record.Obligation.IsBuiltIn ? record.Obligation.Entry?.Value ?? -1 : positions![i]);
        }

        return session.CompleteRegister(register, new OutcomeReplay(this, register, asOf, positions));
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

        return problems is null ? positions : throw new PolicyArgumentException(
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

    /// <summary>An evaluation fed one record at a time; <paramref name="paramName"/> names the input that assigns the bodies their catalogs.</summary>
    internal Core Begin(int year, Body[] bodies, LocalDate asOf, Action<ObligationOutcome>? onOutcome, string paramName) =>
        new(this, new Walk(this, year, bodies, asOf, paramName), onOutcome);

    internal bool InPolicy(ScheduleEntry entry) => deadlines.Contains(entry);

    internal string PolicyName => policyName;

    /// <summary>Each unit's counts, rate, grade (D13, D19), supervision findings and sanction (D14), once every obligation is tallied.</summary>
    private RegisterEvaluation Conclude(Register register, Walk walk, Tally tally, OutcomeReplay? outcomes)
    {
        var bodies = walk.Bodies;
        var supervision = new SupervisionCheck(register, deadlines.Calendar, rules);
        var requests = new RequestCheck(register, walk.AsOf, deadlines.Calendar, requestRules, rules.CountRequestsInRate);
        var reports = new AnnualReportPublicationCheck(register, deadlines.Calendar);
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

        return new RegisterEvaluation(this, register, walk.AsOf, units, outcomes);
    }
}
