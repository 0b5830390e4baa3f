using System.Text.Json;
using AngleSharp.Html.Parser;
using GovDisclosure.Policy.Json;
using GovDisclosure.Policy.Tests.Documents;
using GovDisclosure.Policy.Tests.Reporting;

namespace GovDisclosure.Policy.Tests.Tool;

/// <summary>
/// §12: <c>govdisclosure audit</c>, run as an evaluator runs it on a folder of published reports — a PDF, a .docx, the real WPS PDF and a
/// page that is no report — with last year's folder: each report paired with last year's of its publisher, audited as the library audits
/// it, the audit written as HTML and JSON, a summary printed; the exit code 1 exactly when a report has a finding of a kind
/// <c>--fail-on</c> names, 2 on bad arguments, each error one line naming its file.
/// </summary>
public sealed class AuditToolTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("govdisclosure-audit-").FullName;

    private string Now => Path.Combine(work, "now");

    private string Last => Path.Combine(work, "last");

    public AuditToolTests()
    {
        var (now, last) = (Directory.CreateDirectory(Path.Combine(work, "now")).FullName, Directory.CreateDirectory(Path.Combine(work, "last")).FullName);
        File.Copy(Path.Combine(Fixtures.Folder, "pingtan-2023.pdf"), Path.Combine(now, "pingtan-2023.pdf"));
        File.Copy(Path.Combine(Fixtures.Folder, "county-bureau-2024.docx"), Path.Combine(now, "county-bureau-2024.docx"));
        File.Copy(PdfReadingTests.Huaian, Path.Combine(now, "huaian-2024.pdf"));
        File.WriteAllText(Path.Combine(now, "notes.html"), "<html><body><p>会议通知</p></body></html>");
        File.WriteAllText(Path.Combine(now, "readme.txt"), "not read: neither a page, a Word file nor a PDF");
        File.Copy(Path.Combine(Fixtures.Folder, "pingtan-2022.mso.html"), Path.Combine(last, "pingtan-2022.mso.html"));
    }

    public void Dispose() => Directory.Delete(work, recursive: true);

    private static string[] Row(ToolRun run, string file) =>
        System.Text.RegularExpressions.Regex.Split(run.Output.Split('\n').Single(line => line.StartsWith(file + " ", StringComparison.Ordinal)).Trim(), " {2,}");

    [Fact]
    public void Sec12_audit_pairs_each_report_with_last_years_prints_a_summary_and_says_what_it_read_line_by_line_when_redirected()
    {
        var run = ToolRun.Start(work, "audit", "now", "--last-year", "last");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["pingtan-2023.pdf", "平潭综合实验区", "2023", "pingtan-2022.mso.html", "5", "2", "0"], Row(run, "pingtan-2023.pdf"));
        Assert.Equal(["huaian-2024.pdf", "淮安市人民政府", "2024", "—", "0", "1", "0"], Row(run, "huaian-2024.pdf"));
        Assert.StartsWith("no report: the document holds no annual report", Row(run, "notes.html")[^1], StringComparison.Ordinal);
        Assert.Contains("4 files: 3 audited, 1 without a report read, 2 without last year's report.", run.Output, StringComparison.Ordinal);
        Assert.Contains("  unpaired: huaian-2024.pdf (淮安市人民政府 2024): no report of 2023 by it in last", run.Output, StringComparison.Ordinal);
        Assert.Equal(["reading 1/4 county-bureau-2024.docx", "reading 2/4 huaian-2024.pdf", "reading 3/4 notes.html", "reading 4/4 pingtan-2023.pdf",
            "reading last year's 1/1 pingtan-2022.mso.html"], run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Sec12_the_json_audit_holds_each_reports_audit_as_the_library_writes_it_and_the_files_it_could_not_read()
    {
        var run = ToolRun.Run("audit", Now, "--last-year", Last, "--out", Path.Combine(work, "audit.html"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Written: {Path.Combine(work, "audit.json")}", run.Output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(work, "audit.json")));
        var reports = json.RootElement.GetProperty("reports").EnumerateArray().ToArray();
        Assert.Equal(["county-bureau-2024.docx", "huaian-2024.pdf", "pingtan-2023.pdf"], reports.Select(report => report.GetProperty("file").GetString()));
        var pingtan = reports[2];
        Assert.Equal("pingtan-2022.mso.html", pingtan.GetProperty("lastYearFile").GetString());
        var report = Read("now/pingtan-2023.pdf");
        var expected = new MemoryStream();
        PolicyJson.WriteAudit(Reports.Seed.Audit(report, Read("last/pingtan-2022.mso.html")), expected);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(expected.ToArray()), pingtan.GetProperty("audit").GetRawText());
        Assert.Equal(report.Title, PolicyJson.ReadAuditReport(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(pingtan.GetProperty("audit").GetRawText()))).Title);
        var unreadable = Assert.Single(json.RootElement.GetProperty("unreadable").EnumerateArray());
        Assert.Equal("notes.html", unreadable.GetProperty("file").GetString());
    }

    [Fact]
    public void Sec12_the_html_audit_has_a_summary_row_and_a_section_per_report_each_finding_with_its_clause()
    {
        Assert.Equal(0, ToolRun.Run("audit", Now, "--last-year", Last, "--out", Path.Combine(work, "audit.html")).ExitCode);

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(work, "audit.html")));

        Assert.Equal(4, page.QuerySelectorAll("table.summary tr").Length);   // the header and three reports
        Assert.Equal(["示例县民政局2024年度政府信息公开工作年度报告", "淮安市人民政府2024年政府信息公开工作年度报告", "平潭综合实验区2023年政府信息公开工作年度报告"],
            page.QuerySelectorAll("h2[id]").Select(heading => heading.TextContent));
        var clauses = page.QuerySelectorAll("table.findings td:first-child").Select(cell => cell.TextContent).ToArray();
        Assert.NotEmpty(clauses);
        Assert.All(clauses, clause => Assert.StartsWith("§12.", clause, StringComparison.Ordinal));
        Assert.Contains("notes.html", page.QuerySelector("ul:last-of-type")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CarriedOver", 0)]   // no report carries over other than last year's report said
    [InlineData("BlankCell", 1)]   // the county bureau's report leaves cells blank
    [InlineData("blankcell,Late", 1)]
    [InlineData("errors", 1)]
    [InlineData("unreadable", 1)]   // notes.html
    [InlineData("DateUnknown", 1)]   // a .docx and a PDF do not say when they were published
    public void Sec12_the_exit_code_is_one_exactly_when_a_report_has_a_finding_of_a_kind_named_failing(string failOn, int exitCode)
    {
        Assert.Equal(exitCode, ToolRun.Run("audit", Now, "--last-year", Last, "--fail-on", failOn).ExitCode);
    }

    [Theory]
    [InlineData("audit {work}/now --fail-on Balanse", "govdisclosure: --fail-on: \"Balanse\" is neither a finding kind (Balance, RowTotal")]
    [InlineData("audit {work}/nowhere", "govdisclosure: {work}/nowhere: no such folder")]
    [InlineData("audit {work}/last --out {work}/missing/audit.html", "govdisclosure: {work}/missing/audit.html: Could not find a part of the path")]
    [InlineData("audit", "govdisclosure: Required argument missing for command: 'audit'.")]
    [InlineData("", "govdisclosure: Required command was not provided.")]
    public void Sec12_bad_arguments_exit_with_two_and_one_line_naming_the_file_and_the_problem(string arguments, string error)
    {
        var run = ToolRun.Run(arguments.Replace("{work}", work, StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        error = error.Replace("{work}", work, StringComparison.Ordinal);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => !line.StartsWith("reading", StringComparison.Ordinal));
        Assert.StartsWith(error, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec12_a_folder_without_a_report_is_named()
    {
        var empty = Directory.CreateDirectory(Path.Combine(work, "empty")).FullName;

        var run = ToolRun.Run("audit", empty);

        Assert.Equal((2, $"govdisclosure: {empty}: no report in it (.html, .htm, .docx or .pdf)\n"), (run.ExitCode, run.Error));
    }

    private PublishedAnnualReport Read(string file)
    {
        using var stream = File.OpenRead(Path.Combine(work, file));
        return (file.EndsWith(".pdf", StringComparison.Ordinal) ? AnnualReportDocuments.ReadPdf(stream) : AnnualReportDocuments.ReadHtml(stream)).Report!;
    }
}
