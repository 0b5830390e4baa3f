using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Evaluation;

// The walk over a register's obligations (D13, D17, D25, D27).
internal sealed partial class EvaluationEngine
{
    /// <summary>
    /// The walk over a register's obligations: each record (out-of-scope ones reported, not judged), then per obligated unit
    /// each monthly, quarterly and yearly obligation of the year that no record covers — missing once due, pending before
    /// (D13). What to do with each is the sink's: the evaluation's tally, or the list of outcomes. Struct sinks, so that the
    /// JIT compiles one specialised loop per use, with no call through an interface per obligation. Records may come all at
    /// once (a <see cref="Register"/>) or one by one as a file is read (<see cref="Core"/>).
    /// </summary>
    internal sealed class Walk
    {
        private readonly EvaluationEngine engine;
        private readonly ulong[] seen;   // the periodic obligations that have a record, a bit per slot: small enough to stay off the large-object heap
        private readonly bool[] assigned;   // by body and catalog: whether the host assigned the body the catalog (§10)
        private readonly WorkingDayRanks? ranks;
        private readonly IWorkingDayCalendar calendar;

        internal Walk(EvaluationEngine engine, int year, Body[] bodies, LocalDate asOf, string paramName)
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
            seen = new ulong[((bodies.Length * engine.periodicCount * SlotsPerRule) + 63) / 64];
            assigned = Assigned(engine.deadlines, bodies, paramName);
        }

        /// <summary>Which catalogs each body is assigned, by body and catalog index; a catalog the policy does not hold is refused.</summary>
        private static bool[] Assigned(DeadlineEngine deadlines, Body[] bodies, string paramName)
        {
            var assigned = new bool[bodies.Length * deadlines.CatalogCount];
            for (var b = 0; b < bodies.Length; b++)
            {
                foreach (var c in deadlines.AssignedCatalogs(bodies[b].Catalogs, bodies[b].Id, paramName))
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
        internal bool IsRecorded(int body, int position, LocalDate trigger) => IsSeen(Slot(body, position, trigger));

        /// <summary>
        /// Judges one record as of the evaluation day (D13, D17, D18, D27, D30); its trigger is an ISO date of the year, and
        /// <paramref name="position"/> its rule's (an entry's value, a catalog row's, or -1 for an item no entry covers).
        /// </summary>
        internal void Record<TRecord, TSink>(in TRecord record, int b, int position, ref TSink sink)
            where TRecord : struct, IRecordFacts
            where TSink : struct, IObligationSink
        {
            // Marked in scope or not: a second record of the period is refused either way, as a register refuses it (D25).
            if (position >= 0 && engine.periodicIndex[position] >= 0)
            {
                var slot = Slot(b, position, record.Trigger);
                seen[slot >> 6] |= 1UL << slot;
            }

            var row = position < 0 ? null : engine.rows[position];
            if (!(row is not null ? Binds(b, position) : record.Entry is { } entry ? Applies[Levels[b].Value, entry.Value] : Levels[b].AppliesTo(record.Item!)))
            {
                // §2.2, §10: a record the policy does not ask of its unit is reported, not counted.
                sink.OutOfScope(b, record, row);
                return;
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
            if (!IsSeen(Slot(b, position, period.Start)))
            {
                var due = DueOrBeyond(position, period.Start);
                sink.Unrecorded(b, entry, row, period, due is { } dueDay && AsOf > dueDay ? Outcome.Missing : Outcome.Pending, due);
            }
        }

        private bool IsSeen(int slot) => (seen[slot >> 6] & (1UL << slot)) != 0;

        /// <summary>§10: a row binds a body the host assigned its catalog when the row's levels include the body's.</summary>
        private bool Binds(int b, int position) =>
            assigned[(b * engine.deadlines.CatalogCount) + engine.rowCatalogs[position]] && engine.rows[position]!.Binds(Bodies[b].Level);

        /// <summary>The slot of the periodic obligation at <paramref name="position"/> of the period that holds <paramref name="day"/>.</summary>
        private int Slot(int body, int position, LocalDate day) =>
            (((body * engine.periodicCount) + engine.periodicIndex[position]) * SlotsPerRule) +
            ReportingPeriod.Of(engine.months[position], day.Year, day.Month).IndexInYear;

        /// <summary>
        /// The due date, or null when it lies beyond the calendar (D27): the count starts inside the calendar, which holds the
        /// evaluation day, and runs past its end — so the day is after the evaluation day, and nothing is guessed. A value, not an
        /// exception: a year in progress costs what a closed one does. A count from before the calendar is an error.
        /// </summary>
        private LocalDate? DueOrBeyond(int position, LocalDate trigger)
        {
            if (engine.deadlines.TryDueDateOnly(position, trigger, ranks, out var due))
            {
                return due;
            }

            return DueDateResult.IsBeyond(due, trigger, calendar.Coverage) ? null : throw engine.deadlines.CountOutside("trigger", trigger, due);
        }

        /// <summary>D17: the working days in (due, P], P the publication day or, when it is not a working day, the next one; at least 1.</summary>
        private int WorkingDaysLate(LocalDate due, LocalDate published) =>
            calendar.WorkingDaysBetween(due, calendar.IsWorkingDay(published) ? published : calendar.NextWorkingDay(published));
    }
}
