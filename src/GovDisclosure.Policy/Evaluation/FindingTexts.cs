using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Deadlines;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// The findings the walk over records makes, each with its sentences in Chinese and English. Apart from the
/// engine's loop, so that the closures' captured state is allocated only when there is a finding.
/// </summary>
internal static class FindingTexts
{
    /// <summary>§2.2: a record for an entry or item the policy does not ask of the unit; reported, not counted.</summary>
    internal static Finding OutOfScope(Body body, ObligationLevel level, GoverningRegime? regime, DisclosureRecord record)
    {
        var what = record.Obligation.Row;
        return new Finding(FindingKind.OutOfScope, body.Id, false, record, null, null, 0,
            () => $"记录{record.Id}（{what}）不属本意见对{body.Type.Label.Zh}（{level.Label.Zh}）的要求" + (regime is null ? "，未计入考核。" : $"，应按{regime.Label.Zh}的有关规定执行，未计入考核。"),
            () => $"Record {record.Id} ({what}) is outside what this policy asks of {IsoText.WithArticle(body.Type.Label.En)} ({level.Label.En})" +
                  (regime is null ? "; not counted." : $"; {regime.Label.En} governs it; not counted."));
    }

    /// <summary>§10: a record of a catalog row that does not bind its unit — the catalog is not assigned to it, or the row's levels leave out the
    /// unit's; reported, not counted.</summary>
    internal static Finding RowOutOfScope(Body body, DisclosureRecord record, CatalogRow row)
    {
        var what = Finding.Name(row);
        var assigned = body.Catalogs.Contains(row.Catalog!.Name);
        var levels = string.Join("、", row.Levels.Select(l => l.Label.Zh));
        return new Finding(FindingKind.OutOfScope, body.Id, false, record, null, null, 0,
            () => assigned
                ? $"记录{record.Id}（{what}）的公开层级为{levels}，不含{body.Name}所在的{body.Level.Label.Zh}，未计入考核。"
                : $"记录{record.Id}（{what}）所属目录未指定{body.Name}适用，未计入考核。",
            () => assigned
                ? $"Record {record.Id} ({what}) binds {string.Join(", ", row.Levels.Select(l => l.Label.En))}, not {body.Name}'s level ({body.Level.Label.En}); not counted."
                : $"Record {record.Id} ({what}) is of a catalog {body.Name} is not assigned; not counted.",
            row);
    }

    /// <summary>D13: a late or missing record; the details are kept and the sentences written from them.</summary>
    internal static Finding Outcome<TRecord>(Body body, ObligationLevel level, in TRecord record, CatalogRow? row, Outcome outcome, LocalDate due,
        LocalDate? published, int lateDays)
        where TRecord : struct, IRecordFacts =>
        Finding.About(outcome == Evaluation.Outcome.Late ? FindingKind.Late : FindingKind.Missing, body.Id, IsBinding(level, row), record, row, due, published,
            lateDays);

    /// <summary>D13: a recurring obligation of the year with no record at all, now due.</summary>
    internal static Finding Unrecorded(Body body, ObligationLevel level, ScheduleEntry entry, ReportingPeriod period, LocalDate due)
    {
        var (start, end) = (period.Start, period.End);
        return new Finding(FindingKind.Missing, body.Id, $"{entry.Code} {start.ToIso()}", level.FindingsAreBinding, entry, null, period, due,
            () => $"{entry.Code}（{entry.DescriptionZh}）报告期{start.ToIso()}至{end.ToIso()}无公开记录，应于{due.ToIso()}前公开。",
            () => $"{entry.Code} ({entry.DescriptionEn}) for {start.ToIso()} to {end.ToIso()} has no record; it was due by {due.ToIso()}.");
    }

    /// <summary>D13, §10: a monthly, quarterly or yearly catalog row binding the unit with no record for a period, now due.</summary>
    internal static Finding Unrecorded(Body body, CatalogRow row, ReportingPeriod period, LocalDate due)
    {
        var (start, end) = (period.Start, period.End);
        var what = Finding.Name(row);
        var items = string.Join("/", row.Items);
        return new Finding(FindingKind.Missing, body.Id, $"{what} {start.ToIso()}", true, null, row, period, due,
            () => $"{what}（{items}）报告期{start.ToIso()}至{end.ToIso()}无公开记录，应于{due.ToIso()}前公开。",
            () => $"{what} ({items}) for {start.ToIso()} to {end.ToIso()} has no record; it was due by {due.ToIso()}.");
    }

    /// <summary>§10: a published row record on none of its row's channels, or for the whole society but reached only by 精准推送 or 入户/现场.</summary>
    internal static Finding RowChannel(FindingKind kind, Body body, DisclosureRecord record, CatalogRow row, LocalDate? due, LocalDate? published)
    {
        var what = Finding.Name(row);
        var listed = string.Join("、", row.Channels.Select(c => c.Label.Zh));
        return kind == FindingKind.NotOnCatalogChannel
            ? new Finding(kind, body.Id, true, record, due, published, 0,
                () => $"{what}（记录{record.Id}）未通过目录规定的渠道公开（{listed}）。",
                () => $"{what} (record {record.Id}) reached none of its row's channels ({string.Join(", ", row.Channels.Select(c => c.Label.En))}).",
                row)
            : new Finding(kind, body.Id, true, record, due, published, 0,
                () => $"{what}（记录{record.Id}）面向全社会公开，但仅通过精准推送或入户/现场公开。",
                () => $"{what} (record {record.Id}) is for the whole society but reached it only by targeted push or door to door.",
                row);
    }

    /// <summary>D35: a row's item taken down on or before the last day of its posting period.</summary>
    internal static Finding TakenDownEarly(Body body, DisclosureRecord record, CatalogRow row, LocalDate? due, LocalDate published, LocalDate postingEnd,
        LocalDate takenDown)
    {
        var what = Finding.Name(row);
        var days = row.TimeLimit!.PostingWorkingDays!.Value;   // only a row with a posting period is taken down early
        return new Finding(FindingKind.TakenDownEarly, body.Id, true, record, due, published, 0,
            () => $"{what}（记录{record.Id}）{published.ToIso()}公示，应公示{days}个工作日至{postingEnd.ToIso()}，{takenDown.ToIso()}即撤下。",
            () => $"{what} (record {record.Id}) was posted on {published.ToIso()} for {IsoText.Count(days, "working day")}, through {postingEnd.ToIso()}, and taken down on {takenDown.ToIso()}.",
            row);
    }

    /// <summary>Whether a finding about an obligation binds: a catalog row binds every unit it applies to (§10); the seed's, by the unit's level (§2.2).</summary>
    private static bool IsBinding(ObligationLevel level, CatalogRow? row) => row is not null || level.FindingsAreBinding;

    /// <summary>§3.1: a published record that never reached the public, or the unit's staff.</summary>
    internal static Finding Channel(FindingKind kind, Body body, ObligationLevel level, DisclosureRecord record, LocalDate? due, LocalDate? published)
    {
        var what = record.Obligation.Row;
        return kind == FindingKind.NotReachingPublic
            ? new Finding(kind, body.Id, level.FindingsAreBinding, record, due, published, 0,
                () => $"{what}（记录{record.Id}）面向社会公开，但未使用任何对外公开渠道。",
                () => $"{what} (record {record.Id}) is for the public but reached no external channel.")
            : new Finding(kind, body.Id, level.FindingsAreBinding, record, due, published, 0,
                () => $"{what}（记录{record.Id}）应向干部职工公开，但未使用任何内部公开渠道。",
                () => $"{what} (record {record.Id}) is for the unit's staff but reached no internal channel.");
    }

    /// <summary>§4.2, D18: a falsified or refused record, which also counts as missing.</summary>
    internal static Finding Flag(Body body, ObligationLevel level, DisclosureRecord record, CatalogRow? row, LocalDate? due, LocalDate? published)
    {
        var what = row is null ? record.Obligation.Row : Finding.Name(row);
        var binding = IsBinding(level, row);
        return record.IsFalsified
            ? new Finding(FindingKind.Falsified, body.Id, binding, record, due, published, 0,
                () => $"{what}（记录{record.Id}）公开内容弄虚作假，不作为有效公开，按未公开计。", () => $"{what} (record {record.Id}) was falsified; it is no valid disclosure and counts as missing.",
                row)
            : new Finding(FindingKind.Refused, body.Id, binding, record, due, published, 0,
                () => $"{what}（记录{record.Id}）拒不执行公开要求，按未公开计。", () => $"{what} (record {record.Id}): the unit refused to disclose; it counts as missing.",
                row);
    }
}
