using GovDisclosure.Policy;
using GovDisclosure.Policy.Documents;

namespace DocumentationSnippets;

[Snippet("src/GovDisclosure.Policy.Documents/PACKAGE.md", 1)]
internal static class DocumentsPackage1
{
    internal static void Run()
    {
        #region src/GovDisclosure.Policy.Documents/PACKAGE.md 1
        ReportReading reading;
        using (var page = File.OpenRead("pingtan-2022.mso.html"))
        {
            reading = AnnualReportDocuments.ReadHtml(page);
        }

        Console.WriteLine(reading.Report!.Requests);   // 一 74 + 二 1 = 三(七) 75 + 四 0
        Console.WriteLine(DisclosurePolicy.Default.Audit(reading.Report).Findings.Count > 0);   // True

        using var docx = File.Create("report.docx");
        AnnualReportDocx.Write(reading.Report, docx);
        #endregion
    }
}
