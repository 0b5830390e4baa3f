using GovDisclosure.Policy;
using GovDisclosure.Policy.Documents;
using GovDisclosure.Policy.Reporting;

namespace DocumentationSnippets;

[Snippet("docs/annual-report.md", 3)]
internal static class AnnualReportGuide3
{
    internal static void Run()
    {
        #region docs/annual-report.md 3
        var policy = DisclosurePolicy.Default;
        ReportReading reading;
        using (var page = File.OpenRead("pingtan-2022.mso.html"))   // the page as the site serves it: navigation, Word's markup, rowspan="22"
        {
            // The title names the publisher and the year; 平潭综合实验区 says nothing of its role, so the caller gives it (§9.1).
            reading = AnnualReportDocuments.ReadHtml(page, new ReportReadOptions { PublisherRole = BodyRole.Government });
        }

        var report = reading.Report!;
        Console.WriteLine(reading.Problems.Count);                                   // 0
        Console.WriteLine(report.Title);                                             // 平潭综合实验区2022年政府信息公开工作年度报告
        Console.WriteLine(report.PublishedOn);                                       // Monday, 20 February 2023
        Console.WriteLine(report.Requests);                                          // 一 74 + 二 1 = 三(七) 75 + 四 0
        Console.WriteLine(report.Proactive.LicensingDecisions is null);              // True

        var audit = policy.Audit(report);
        Console.WriteLine(audit);                // 平潭综合实验区2022年政府信息公开工作年度报告: 4 errors, 2 findings to explain
        Console.WriteLine(audit.Findings[0]);    // §12.11 BlankCell at 二/行政许可/本年处理决定数量

        using (var docx = File.Create("pingtan-2022.docx"))
        {
            AnnualReportDocx.Write(report, docx);   // the national layout as Word: merged headers, 三、本年度办理结果 over 22 rows
        }
        #endregion
    }
}
