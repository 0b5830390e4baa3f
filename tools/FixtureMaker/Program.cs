using System.Text;
using GovDisclosure.Policy.Documents;
using GovDisclosure.Policy.Tests.Documents;

// dotnet run --project tools/FixtureMaker -- <output folder>: each fixture's .docx and its Word-style page (.mso.html), from the reports
// of FixtureReports; pingtan-2023's page in GBK, as many county sites still serve theirs.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: FixtureMaker <output folder>");
    return 2;
}

var root = AppContext.BaseDirectory;
while (!File.Exists(Path.Combine(root, "GovDisclosure.Policy.sln")))
{
    root = Path.GetDirectoryName(root.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("No GovDisclosure.Policy.sln above the tool.");
}

Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
var pingtan = File.ReadAllText(Path.Combine(root, "tests", "GovDisclosure.Policy.Tests", "Reporting", "PublishedReports", "pingtan-2022-2023.json"));
Directory.CreateDirectory(args[0]);
foreach (var name in FixtureReports.Names)
{
    var report = FixtureReports.Get(name, pingtan);
    using (var docx = File.Create(Path.Combine(args[0], name + ".docx")))
    {
        AnnualReportDocx.Write(report, docx);
    }

    var gbk = name == "pingtan-2023";
    var page = MsoPage.Write(report, titleAsHeading: name != "pingtan-2022", pubDateMeta: name == "pingtan-2023", gbk ? "gb2312" : "utf-8");
    File.WriteAllBytes(Path.Combine(args[0], name + ".mso.html"), (gbk ? Encoding.GetEncoding(936) : new UTF8Encoding(false)).GetBytes(page));
    Console.WriteLine($"{name}: .docx and .mso.html");
}

return 0;
