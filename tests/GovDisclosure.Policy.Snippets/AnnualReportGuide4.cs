using GovDisclosure.Policy;
using GovDisclosure.Policy.Documents;

namespace DocumentationSnippets;

[Snippet("docs/annual-report.md", 4)]
internal static class AnnualReportGuide4
{
    internal static void Run()
    {
        #region docs/annual-report.md 4
        ReportReading reading;
        using (var pdf = File.OpenRead("huaian-2024.pdf"))   // as 淮安市人民政府 published it: made with WPS, table 三 over two pages
        {
            reading = AnnualReportDocuments.ReadPdf(pdf);
        }

        var report = reading.Report!;
        Console.WriteLine(reading.Problems.Count);                    // 0
        Console.WriteLine(report.Title);                              // 淮安市人民政府2024年政府信息公开工作年度报告
        Console.WriteLine(report.PublisherRole!.Label.En);            // people's government
        Console.WriteLine(report.Requests);                           // 一 3119 + 二 34 = 三(七) 3050 + 四 103
        Console.WriteLine(report.Proactive.FeesTenThousandYuan);      // 96171.6

        var audit = DisclosurePolicy.Default.Audit(report);
        Console.WriteLine(audit.HasErrors);                           // False
        #endregion
    }
}
