using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Evaluation;

// What a published record must reach (§3.1, D23, §10) and how long a posting must stay up (D35): the checks the tally runs on every
// published record. The sinks themselves are in EvaluationEngine.Sinks.cs.
internal sealed partial class EvaluationEngine
{
    private partial struct Tally
    {
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
            if (deadlines.PostingEndOrNull(row, published, ranks) is not { } end)
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
    }
}
