using BenchmarkDotNet.Attributes;
using GovDisclosure.Policy.Documents;
using UglyToad.PdfPig;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// §12: 100 published PDFs — the real WPS report of 淮安市人民政府 and the three LibreOffice fixtures, in turn — read into reports and
/// audited, against PdfPig opening the same bytes and taking every page's letters and paths, the work no reader of a PDF can avoid, in the
/// same run. The target: at most 2× PdfPig's own reading.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(8)]
public class PdfReadingBenchmarks
{
    private const int Count = 100;

    private readonly DisclosurePolicy policy = DisclosurePolicy.Default;
    private byte[][] pdfs = [];

    [GlobalSetup]
    public void Setup()
    {
        var folder = RepositoryFolder.Root;
        var tests = Path.Combine(folder, "tests", "GovDisclosure.Policy.Tests");
        var files = Directory.GetFiles(Path.Combine(tests, "Documents", "Fixtures"), "*.pdf").Order(StringComparer.Ordinal)
            .Append(Path.Combine(tests, "Reporting", "PublishedReports", "huaian-2024.pdf")).Select(File.ReadAllBytes).ToArray();
        pdfs = [.. Enumerable.Range(0, Count).Select(i => files[i % files.Length])];
        Console.WriteLine($"// {Count} PDFs from {files.Length} files, {pdfs.Sum(pdf => (long)pdf.Length):N0} bytes in all");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "PdfPig reads every page's letters and paths")]
    public int Open()
    {
        var items = 0;
        foreach (var pdf in pdfs)
        {
            using var document = PdfDocument.Open(pdf);
            foreach (var page in document.GetPages())
            {
                items += page.Letters.Count + page.Paths.Count;
            }
        }

        return items;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Read a PDF and audit its report")]
    public int ReadAndAudit()
    {
        var findings = 0;
        foreach (var pdf in pdfs)
        {
            var report = AnnualReportDocuments.ReadPdf(new MemoryStream(pdf, writable: false)).Report!;
            findings += policy.Audit(report).Findings.Count;
        }

        return findings;
    }
}
