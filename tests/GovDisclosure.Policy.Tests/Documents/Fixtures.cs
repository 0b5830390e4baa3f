namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>The committed fixtures (Fixtures/README.md) and the reports they were made from.</summary>
internal static class Fixtures
{
    internal static string Folder => Path.Combine(RepositoryFiles.Root, "tests", "GovDisclosure.Policy.Tests", "Documents", "Fixtures");

    internal static string PingtanJson =>
        File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "GovDisclosure.Policy.Tests", "Reporting", "PublishedReports", "pingtan-2022-2023.json"));

    /// <summary>Each fixture's name, for theories.</summary>
    public static TheoryData<string> Names => [.. FixtureReports.Names];

    internal static PublishedAnnualReport Report(string name) => FixtureReports.Get(name, PingtanJson);

    /// <summary>What a caller gives for a file that cannot say it: the day the report was published, which a .docx does not hold.</summary>
    internal static ReportReadOptions DateOf(PublishedAnnualReport report) => new() { PublishedOn = report.PublishedOn };

    internal static ReportReading Read(string folder, string file, ReportReadOptions? options = null)
    {
        using var stream = File.OpenRead(Path.Combine(folder, file));
        return Path.GetExtension(file) switch
        {
            ".docx" => AnnualReportDocuments.ReadDocx(stream, options),
            ".pdf" => AnnualReportDocuments.ReadPdf(stream, options),
            _ => AnnualReportDocuments.ReadHtml(stream, options),
        };
    }
}
