namespace GovDisclosure.Policy.Reporting;

/// <summary>The identities of the national format (§9.4, §9.5), checked figure by figure: what <see cref="AnnualReport.Problems"/> lists, found by
/// the audit's own table checks on the report as it would be published.</summary>
internal static class AnnualReportIdentities
{
    internal static ReportProblem[] Find(AnnualReport report)
    {
        var findings = new List<AuditFinding>();
        var lastYear = report.LastYearCarriedForward is { } forward ? (PublishedApplicantCounts.From(forward), PublishedProactiveFigures.Blank) : ((PublishedApplicantCounts, PublishedProactiveFigures)?)null;
        ReportTableAudit.Check(report.ToPublished(), lastYear, nameBlanks: false, findings);
        return [.. findings.Select(finding => new ReportProblem(KindOf(finding.Kind), finding.Place.Path, finding.MessageZh, finding.MessageEn))];
    }

    private static ReportProblemKind KindOf(AuditFindingKind kind) =>
        kind == AuditFindingKind.Balance ? ReportProblemKind.Balance
        : kind == AuditFindingKind.CarriedOver ? ReportProblemKind.CarriedOver
        : kind == AuditFindingKind.Negative ? ReportProblemKind.Negative
        : ReportProblemKind.Total;
}
