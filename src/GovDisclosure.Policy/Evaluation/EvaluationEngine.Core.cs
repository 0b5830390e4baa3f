using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Evaluation;

// The walk behind every evaluation: records one at a time, from a register or any source (§13).
internal sealed partial class EvaluationEngine
{
    /// <summary>
    /// The walk behind every evaluation — a register in memory and an <see cref="EvaluationSession"/> fed by any source alike: records
    /// one at a time, each judged at once and nothing of it kept, then the unrecorded obligations, supervision, grades and sanctions.
    /// </summary>
    internal sealed class Core
    {
        private readonly Walk walk;
        private readonly Action<ObligationOutcome>? onOutcome;
        private Tally tally;

        internal Core(EvaluationEngine engine, Walk walk, Action<ObligationOutcome>? onOutcome)
        {
            this.walk = walk;
            this.onOutcome = onOutcome;
            tally = new Tally(engine, walk);
        }

        internal Walk Walk => walk;

        /// <summary>
        /// Checks and judges one record of the unit at <paramref name="body"/> (its position among the bodies); the problem, when the
        /// register would have refused it. What needs memory per record — that no id repeats, that no event is recorded twice — is not
        /// checked here: memory stays bounded by the units and findings.
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

            AddChecked(record, body, position);
            return null;
        }

        /// <summary>Judges a record already checked — a register's, whose rule <paramref name="position"/> is known.</summary>
        internal void AddChecked<TRecord>(in TRecord record, int body, int position)
            where TRecord : struct, IRecordFacts
        {
            if (onOutcome is null)
            {
                walk.Record(record, body, position, ref tally);
            }
            else
            {
                var both = new Both(tally, new OutcomeCallback(walk.Bodies, onOutcome));
                walk.Record(record, body, position, ref both);
            }
        }

        /// <summary>The evaluation, once every record is in: the unrecorded obligations, supervision, grades and sanctions.
        /// <paramref name="replay"/> works the outcomes out again, or is null when the records were not kept.</summary>
        internal RegisterEvaluation Finish(Register register, OutcomeReplay? replay)
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

            return walk.Engine.Conclude(register, walk, tally, replay);
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
}
