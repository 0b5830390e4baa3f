using System.Text.Json;
using GovDisclosure.Policy.Reporting;

namespace GovDisclosure.Policy.Json;

/// <summary>One finding of an audit of a published annual report as plain data, for JSON (§12).</summary>
/// <param name="Kind">What was found.</param>
/// <param name="Place">Where in the report: table, row, column, or section and sentence.</param>
/// <param name="Found">The figure the report gives, or null.</param>
/// <param name="Expected">The figure the check expected, or null.</param>
/// <param name="MessageZh">The finding in Chinese.</param>
/// <param name="MessageEn">The finding in English.</param>
/// <exception cref="ArgumentNullException">A non-nullable argument is null, when created or through <c>with</c>.</exception>
public sealed record AuditFindingReport(AuditFindingKind Kind, AuditPlace Place, decimal? Found, decimal? Expected, string MessageZh, string MessageEn)
{
    /// <summary>What was found.</summary>
    public AuditFindingKind Kind { get; init => field = Preconditions.CheckNotNull(value, nameof(Kind)); } = Preconditions.CheckNotNull(Kind);

    /// <summary>Where in the report.</summary>
    public AuditPlace Place { get; init => field = Preconditions.CheckNotNull(value, nameof(Place)); } = Preconditions.CheckNotNull(Place);

    /// <summary>The finding in Chinese.</summary>
    public string MessageZh { get; init => field = Preconditions.CheckNotNull(value, nameof(MessageZh)); } = Preconditions.CheckNotNull(MessageZh);

    /// <summary>The finding in English.</summary>
    public string MessageEn { get; init => field = Preconditions.CheckNotNull(value, nameof(MessageEn)); } = Preconditions.CheckNotNull(MessageEn);

    /// <summary>The clause of §12 (or §9.4) the check rests on: the kind's, written for readers of the JSON and never read back.</summary>
    public string Clause => Kind.Clause;

    /// <summary>True when the office is to explain the finding rather than correct an error: the kind's, written and never read back.</summary>
    public bool IsToExplain => Kind.IsToExplain;

    internal static AuditFindingReport Of(AuditFinding finding) =>
        new(finding.Kind, finding.Place, finding.Found, finding.Expected, finding.Message.Zh, finding.Message.En);
}

/// <summary>
/// An audit of a published annual report as plain data, for JSON (the form of <c>schemas/audit-report.schema.json</c>, §12): which
/// report it is, when it was due, what was found and how much of each section repeats last year's.
/// </summary>
/// <param name="Title">The report's title.</param>
/// <param name="PublisherName">The body that published it.</param>
/// <param name="Year">The year it reports on.</param>
/// <param name="PublisherRole">The publisher's role when known (it sets the publication deadline, §9.1), or null.</param>
/// <param name="PublishedOn">The publication date when known, or null.</param>
/// <param name="PublicationDue">The day the report was due (§9.1), or null when the role is unknown.</param>
/// <param name="LastYearTitle">The title of last year's report it was checked against (§12.5, §12.10), or null when none was given.</param>
/// <param name="Findings">The findings, in the order the audit made them.</param>
/// <param name="Similarities">Each text section's share repeated from last year's report; empty without last year's.</param>
/// <exception cref="ArgumentNullException">A non-nullable argument is null, when created or through <c>with</c>.</exception>
public sealed record AuditReport(string Title, string PublisherName, int Year, BodyRole? PublisherRole, LocalDate? PublishedOn, LocalDate? PublicationDue,
    string? LastYearTitle, IReadOnlyList<AuditFindingReport> Findings, IReadOnlyList<SectionSimilarity> Similarities)
{
    /// <summary>The report's title.</summary>
    public string Title { get; init => field = Preconditions.CheckNotNull(value, nameof(Title)); } = Preconditions.CheckNotNull(Title);

    /// <summary>The body that published it.</summary>
    public string PublisherName { get; init => field = Preconditions.CheckNotNull(value, nameof(PublisherName)); } = Preconditions.CheckNotNull(PublisherName);

    /// <summary>The findings, in the order the audit made them.</summary>
    public IReadOnlyList<AuditFindingReport> Findings { get; init => field = Preconditions.CopyWithoutNulls(value, nameof(Findings)); } =
        Preconditions.CopyWithoutNulls(Findings, nameof(Findings));

    /// <summary>Each text section's share repeated from last year's report; empty without last year's.</summary>
    public IReadOnlyList<SectionSimilarity> Similarities { get; init => field = Preconditions.CopyWithoutNulls(value, nameof(Similarities)); } =
        Preconditions.CopyWithoutNulls(Similarities, nameof(Similarities));

    /// <summary>True when a finding is an error to correct rather than something to explain; written for readers of the JSON, never read back.</summary>
    public bool HasErrors => Findings.Any(finding => !finding.IsToExplain);

    /// <summary>Whether <paramref name="other"/> reports the same audit, lists compared one by one.</summary>
    /// <param name="other">Another report.</param>
    public bool Equals(AuditReport? other) =>
        other is not null && Title == other.Title && PublisherName == other.PublisherName && Year == other.Year && PublisherRole == other.PublisherRole &&
        PublishedOn == other.PublishedOn && PublicationDue == other.PublicationDue && LastYearTitle == other.LastYearTitle &&
        Findings.SequenceEqual(other.Findings) && Similarities.SequenceEqual(other.Similarities);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, Year, PublishedOn, Preconditions.SequenceHash(Findings));
}

// The audit of a published annual report as JSON (§12), through the report serializer, read back as strictly as the other reports.
public static partial class PolicyJson
{
    /// <summary>The audit as a report: the report's identity, its due date, the findings and the sections' similarity to last year's.</summary>
    /// <param name="audit">The audit.</param>
    /// <exception cref="ArgumentNullException"><paramref name="audit"/> is null.</exception>
    public static AuditReport ToReport(AnnualReportAudit audit)
    {
        Preconditions.CheckNotNull(audit);
        var report = audit.Report;
        return new AuditReport(report.Title, report.PublisherName, report.Year, report.PublisherRole, report.PublishedOn, audit.PublicationDue,
            audit.LastYear?.Title, [.. audit.Findings.Select(AuditFindingReport.Of)], audit.Similarities);
    }

    /// <summary>Writes an audit's report as JSON, in the form of <c>schemas/audit-report.schema.json</c>.</summary>
    /// <param name="audit">The audit.</param>
    /// <param name="utf8Json">A writable stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteAudit(AnnualReportAudit audit, Stream utf8Json) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(utf8Json), ToReport(audit), Options);

    /// <summary>Reads an audit report written by <see cref="WriteAudit"/>. <see cref="AuditReport.HasErrors"/>, a finding's clause and whether
    /// it is to explain are written for readers and not read: they follow from the findings' kinds.</summary>
    /// <param name="utf8Json">A readable stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="PolicyJsonException">The JSON is not such a report: malformed, or a property unknown, repeated, missing or in
    /// another case; each problem names its path and line.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static AuditReport ReadAuditReport(Stream utf8Json) => Deserialize<AuditReport>(utf8Json, "An audit report", []);
}
