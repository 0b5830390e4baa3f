using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Evaluation;

// What the walk hands each obligation to: the tally, the outcome list, a callback, or both.
internal sealed partial class EvaluationEngine
{
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
    private partial struct Tally(EvaluationEngine engine, Walk walk) : IObligationSink
    {
        internal readonly int[] Counts = new int[walk.Bodies.Length * 6];
        internal readonly List<Finding>?[] Findings = new List<Finding>?[walk.Bodies.Length];
        internal readonly List<string>?[] Accountable = new List<string>?[walk.Bodies.Length];
        private readonly Body[] bodies = walk.Bodies;
        private readonly ObligationLevel[] levels = walk.Levels;
        private readonly LocalDate asOf = walk.AsOf;
        private readonly DeadlineEngine deadlines = engine.deadlines;
        private readonly WorkingDayRanks? ranks = engine.deadlines.Ranks;

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

        private readonly void Add(int body, Finding finding) => (Findings[body] ??= []).Add(finding);
    }

    /// <summary>The outcomes' sink: every obligation in scope, as a value a host can keep — the records' first, then the unrecorded ones.</summary>
    private struct OutcomeList(Body[] bodies) : IObligationSink
    {
        internal readonly List<ObligationOutcome> RecordOutcomes = [];
        internal readonly List<ObligationOutcome> UnrecordedOutcomes = [];

        public readonly void OutOfScope<TRecord>(int body, in TRecord record, CatalogRow? row)
            where TRecord : struct, IRecordFacts
        {
        }

        public readonly void Record<TRecord>(int body, in TRecord record, CatalogRow? row, Outcome outcome, LocalDate? due, int lateDays, LocalDate? published)
            where TRecord : struct, IRecordFacts =>
            RecordOutcomes.Add(ObligationOutcome.Of(bodies[body].Id, record.Materialize(), due, outcome, lateDays, published));

        public readonly void Unrecorded(int body, ScheduleEntry? entry, CatalogRow? row, ReportingPeriod period, Outcome outcome, LocalDate? due) =>
            UnrecordedOutcomes.Add(ObligationOutcome.Of(bodies[body].Id, entry, row, period, due, outcome));
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
    internal sealed class OutcomeReplay(EvaluationEngine engine, Register register, LocalDate asOf, int[]? positions)
    {
        /// <summary>The records' outcomes in the register's order, then the unrecorded obligations' unit by unit.</summary>
        internal (List<ObligationOutcome> Records, List<ObligationOutcome> Unrecorded) Read()
        {
            var walk = new Walk(engine, register.Year, register.BodyArray, asOf, nameof(register));
            var sink = new OutcomeList(register.BodyArray);
            walk.Records(register, positions, ref sink);
            walk.Unrecorded(ref sink);
            return (sink.RecordOutcomes, sink.UnrecordedOutcomes);
        }
    }
}
