using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using GovDisclosure.Policy.Documents;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// §12: 1,000 published report pages — the six HTML fixtures (tests/…/Documents/Fixtures: three Word-style pages inside a site's
/// navigation, one of them GBK, and three pages LibreOffice saved), each in turn — read into reports and audited, against AngleSharp
/// parsing the same bytes alone, the work no reader of a page can avoid, in the same run. The target: at most 3× the parse.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(8)]
public class DocumentReadingBenchmarks
{
    private const int Count = 1000;

    private readonly DisclosurePolicy policy = DisclosurePolicy.Default;
    private byte[][] pages = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = RepositoryFolder.Root;
        var fixtures = Directory.GetFiles(Path.Combine(folder, "tests", "GovDisclosure.Policy.Tests", "Documents", "Fixtures"), "*.html").Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes).ToArray();
        pages = [.. Enumerable.Range(0, Count).Select(i => fixtures[i % fixtures.Length])];
        Console.WriteLine($"// {Count} pages from {fixtures.Length} fixtures, {pages.Sum(page => (long)page.Length):N0} bytes in all");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "AngleSharp parses a page")]
    public int Parse()
    {
        var elements = 0;
        var parser = new HtmlParser();
        foreach (var page in pages)
        {
            elements += parser.ParseDocument(new MemoryStream(page, writable: false)).All.Length;
        }

        return elements;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Read a page and audit its report")]
    public int ReadAndAudit()
    {
        var findings = 0;
        foreach (var page in pages)
        {
            var report = AnnualReportDocuments.ReadHtml(new MemoryStream(page, writable: false)).Report!;
            findings += policy.Audit(report).Findings.Count;
        }

        return findings;
    }
}
