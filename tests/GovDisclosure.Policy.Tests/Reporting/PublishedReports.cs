using System.Text.Json;

namespace GovDisclosure.Policy.Tests.Reporting;

/// <summary>Published reports for the audit: the two real reports of 平潭综合实验区 and a clean report built from <see cref="Reports.Register2025"/>.</summary>
internal static class PublishedReports
{
    private static readonly Lazy<JsonElement> Pingtan = new(() =>
        JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "tests", "GovDisclosure.Policy.Tests", "Reporting", "PublishedReports",
            "pingtan-2022-2023.json"))).RootElement.Clone());

    /// <summary>The sentence of the 2022 report's text the data folder quotes.</summary>
    internal const string Pingtan2022Received = "全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件。";

    /// <summary>平潭综合实验区's report on <paramref name="year"/> (2022 or 2023), with table 二's document figures as split in the data and
    /// its other cells blank, as the data does not give them.</summary>
    internal static PublishedAnnualReport PingtanReport(int year, PublishedDocumentCounts normativeDocuments)
    {
        var source = Pingtan.Value.GetProperty($"平潭综合实验区{year}");
        var (table, redress) = Documents.FixtureReports.PingtanTables(Pingtan.Value.GetRawText(), year);
        var published = LocalDate.FromDateTime(DateTime.Parse(source.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        return new PublishedAnnualReport("平潭综合实验区", year)
        {
            PublisherRole = BodyRole.Government,
            PublishedOn = published,
            Requests = table,
            Redress = redress,
            Proactive = PublishedProactiveFigures.Blank with { Rules = new PublishedDocumentCounts(0, 0, 0), NormativeDocuments = normativeDocuments },
        };
    }

    internal static PublishedAnnualReport Pingtan2022 { get; } =
        PingtanReport(2022, new PublishedDocumentCounts(88, 55, 698)).WithText(ReportSection.Requests, Pingtan2022Received);

    internal static PublishedAnnualReport Pingtan2023 { get; } = PingtanReport(2023, new PublishedDocumentCounts(77, 132, 470));

    /// <summary>The bureau's built report on 2025 as published on Tuesday 20 January 2026, section 六 stating its fees: no finding.</summary>
    internal static PublishedAnnualReport Clean { get; } = Reports.Report2025.ToPublished() with
    {
        PublisherRole = BodyRole.Department,
        PublishedOn = new LocalDate(2026, 1, 20),
    };

    /// <summary>The findings as (kind, place, found, expected), for exact comparison.</summary>
    internal static (AuditFindingKind Kind, string Path, decimal? Found, decimal? Expected)[] Summary(AnnualReportAudit audit) =>
        [.. audit.Findings.Select(finding => (finding.Kind, finding.Place.Path, finding.Found, finding.Expected))];
}
