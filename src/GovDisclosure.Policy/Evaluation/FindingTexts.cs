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
        var what = record.Entry?.Code ?? record.Item!.Code;
        return new Finding(FindingKind.OutOfScope, body.Id, false, record, null, null, 0,
            () => $"记录{record.Id}（{what}）不属本意见对{body.Type.NameZh}（{level.NameZh}）的要求" + (regime is null ? "，未计入考核。" : $"，应按{regime.NameZh}的有关规定执行，未计入考核。"),
            () => $"Record {record.Id} ({what}) is outside what this policy asks of {IsoText.WithArticle(body.Type.NameEn)} ({level.NameEn})" +
                  (regime is null ? "; not counted." : $"; {regime.NameEn} governs it; not counted."));
    }

    /// <summary>D13: a late or missing record; the details are kept and the sentences written from them.</summary>
    internal static Finding Outcome<TRecord>(Body body, ObligationLevel level, in TRecord record, Outcome outcome, LocalDate due, LocalDate? published,
        int lateDays)
        where TRecord : struct, IRecordFacts =>
        Finding.About(outcome == Evaluation.Outcome.Late ? FindingKind.Late : FindingKind.Missing, body.Id, level.FindingsAreBinding, record, due, published, lateDays);

    /// <summary>D13: a recurring obligation of the year with no record at all, now due.</summary>
    internal static Finding Unrecorded(Body body, ObligationLevel level, ScheduleEntry entry, ReportingPeriod period, LocalDate due)
    {
        var (start, end) = (period.Start, period.End);
        return new Finding(FindingKind.Missing, body.Id, $"{entry.Code} {start.ToIso()}", level.FindingsAreBinding, entry, period, due,
            () => $"{entry.Code}（{entry.DescriptionZh}）报告期{start.ToIso()}至{end.ToIso()}无公开记录，应于{due.ToIso()}前公开。",
            () => $"{entry.Code} ({entry.DescriptionEn}) for {start.ToIso()} to {end.ToIso()} has no record; it was due by {due.ToIso()}.");
    }

    /// <summary>§3.1: a published record that never reached the public, or the unit's staff.</summary>
    internal static Finding Channel(FindingKind kind, Body body, ObligationLevel level, DisclosureRecord record, LocalDate? due, LocalDate? published)
    {
        var what = record.Entry?.Code ?? record.Item!.Code;
        return kind == FindingKind.NotReachingPublic
            ? new Finding(kind, body.Id, level.FindingsAreBinding, record, due, published, 0,
                () => $"{what}（记录{record.Id}）面向社会公开，但未使用任何对外公开渠道。",
                () => $"{what} (record {record.Id}) is for the public but reached no external channel.")
            : new Finding(kind, body.Id, level.FindingsAreBinding, record, due, published, 0,
                () => $"{what}（记录{record.Id}）应向干部职工公开，但未使用任何内部公开渠道。",
                () => $"{what} (record {record.Id}) is for the unit's staff but reached no internal channel.");
    }

    /// <summary>§4.2, D18: a falsified or refused record, which also counts as missing.</summary>
    internal static Finding Flag(Body body, ObligationLevel level, DisclosureRecord record, LocalDate? due, LocalDate? published)
    {
        var what = record.Entry?.Code ?? record.Item!.Code;
        return record.IsFalsified
            ? new Finding(FindingKind.Falsified, body.Id, level.FindingsAreBinding, record, due, published, 0,
                () => $"{what}（记录{record.Id}）公开内容弄虚作假，不作为有效公开，按未公开计。", () => $"{what} (record {record.Id}) was falsified; it is no valid disclosure and counts as missing.")
            : new Finding(FindingKind.Refused, body.Id, level.FindingsAreBinding, record, due, published, 0,
                () => $"{what}（记录{record.Id}）拒不执行公开要求，按未公开计。", () => $"{what} (record {record.Id}): the unit refused to disclose; it counts as missing.");
    }
}
