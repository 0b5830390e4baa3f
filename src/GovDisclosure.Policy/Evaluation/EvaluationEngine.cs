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

        var bodies = register.Bodies;
        var counts = new int[bodies.Count * 6];
        var findings = new List<Finding>[bodies.Count];
        var accountable = new List<string>[bodies.Count];
        var levels = bodies.Select(body => scope(body.Type).Level).ToArray();

        foreach (var judged in Walk(register, asOf, levels))
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
        var units = new UnitEvaluation[bodies.Count];
        for (var b = 0; b < bodies.Count; b++)
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
        foreach (var judged in Walk(register, asOf, levels))
        {
            if (judged.InScope)
            {
                yield return new ObligationOutcome(register.Bodies[judged.Body].Id, judged.Record?.Id, judged.Entry, judged.Record?.Item,
                    judged.Record?.Trigger ?? judged.Period.Start, judged.Due, judged.Outcome, judged.LateDays);
            }
        }
    }

    /// <summary>
    /// The one walk: each record (out-of-scope ones flagged, not judged), then per obligated unit each monthly,
    /// quarterly and yearly obligation of the year that no record covers — missing once due, pending before (D13).
    /// </summary>
    private IEnumerable<Judged> Walk(Register register, LocalDate asOf, ObligationLevel[] levels)
    {
        var ranks = deadlines.Ranks;
        var applies = Applicability();
        var seen = new bool[register.Bodies.Count * EntryValues * SlotsPerEntry];
        var records = register.RecordArray;
        var recordBodies = register.RecordBodies;
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i];
            var b = recordBodies[i];
            if (!InScope(applies, levels[b], record))
            {
                yield return new Judged(b, record, record.Entry, default, inScope: false, Outcome.Pending, default, 0, null);
                continue;
            }

            if (record.Entry is { Cadence.IsPeriodic: true } periodic)
            {
                seen[Slot(b, periodic, ReportingPeriod.Of(periodic.Cadence, record.Trigger, "trigger"))] = true;
            }

            yield return Judge(b, record, asOf, ranks);
        }

        for (var b = 0; b < register.Bodies.Count; b++)
        {
            if (!levels[b].IsObligated)
            {
                continue;
            }

            foreach (var (entry, period) in DeadlineEngine.RecurringObligations(scope(register.Bodies[b].Type), register.Year))
            {
                if (!seen[Slot(b, entry, period)])
                {
                    var due = deadlines.DueDateOnly(entry, period.Start, ranks);
                    yield return new Judged(b, null, entry, period, inScope: true, asOf > due ? Outcome.Missing : Outcome.Pending, due, 0, null);
                }
            }
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
        // Indexed loops, not LINQ or foreach over interfaces: this runs for every published record.
        bool needsPublic, needsStaff;
        if (record.Entry is { } entry)
        {
            var items = entry.Items;
            needsPublic = items.Count == 0;   // IM9, ST6, ST7 are for the public
            needsStaff = false;
            for (var i = 0; i < items.Count; i++)
            {
                needsPublic |= items[i].Audience == Audience.Public;
                needsStaff |= items[i].Audience == Audience.Staff;
            }
        }
        else
        {
            needsPublic = record.Item!.Audience == Audience.Public;
            needsStaff = !needsPublic;
        }

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
