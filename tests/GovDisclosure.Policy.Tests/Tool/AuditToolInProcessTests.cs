using System.Text.Json;
using GovDisclosure.Policy.Tests.Documents;

namespace GovDisclosure.Policy.Tests.Tool;

/// <summary>
/// §12: <c>govdisclosure audit</c> run in this process on a folder of reports in every form it reads — a page saved as .htm, a .docx, a PDF,
/// a .doc (refused, with how to convert it) and a page that is no report — so that every line it prints and writes is checked where
/// mutation testing reaches it.
/// </summary>
public sealed class AuditToolInProcessTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("govdisclosure-audit-in-process-").FullName;

    private string Now => Path.Combine(work, "now");

    private string Last => Path.Combine(work, "last");

    public AuditToolInProcessTests()
    {
        var (now, last) = (Directory.CreateDirectory(Path.Combine(work, "now")).FullName, Directory.CreateDirectory(Path.Combine(work, "last")).FullName);
        File.Copy(Path.Combine(Fixtures.Folder, "pingtan-2023.pdf"), Path.Combine(now, "pingtan-2023.pdf"));
        File.Copy(Path.Combine(Fixtures.Folder, "county-bureau-2024.docx"), Path.Combine(now, "county-bureau-2024.docx"));
        File.Copy(Path.Combine(Fixtures.Folder, "pingtan-2022.mso.html"), Path.Combine(last, "pingtan-2022.htm"));
        File.WriteAllBytes(Path.Combine(now, "old.doc"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);
        File.WriteAllText(Path.Combine(now, "notes.html"), "<html><body><p>会议通知</p></body></html>");
    }

    public void Dispose() => Directory.Delete(work, recursive: true);

    private static string[] Row(ToolRun run, string file) =>
        System.Text.RegularExpressions.Regex.Split(run.Output.Split('\n').Single(line => line.StartsWith(file + " ", StringComparison.Ordinal)).Trim(), " {2,}");

    [Fact]
    public void Sec12_the_summary_names_each_file_its_pairing_or_why_it_holds_no_report_and_says_what_it_read()
    {
        var run = ToolRun.Run("audit", Now, "--last-year", Last);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["pingtan-2023.pdf", "平潭综合实验区", "2023", "pingtan-2022.htm"], Row(run, "pingtan-2023.pdf")[..4]);
        Assert.Contains(".doc", Row(run, "old.doc")[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("no report", Row(run, "old.doc")[^1], StringComparison.Ordinal);
        Assert.StartsWith("no report: the document holds no annual report", Row(run, "notes.html")[^1], StringComparison.Ordinal);
        Assert.Contains("4 files: 2 audited, 2 without a report read, 1 without last year's report.", run.Output, StringComparison.Ordinal);
        Assert.Contains($"  unpaired: county-bureau-2024.docx (示例县民政局 2024): no report of 2023 by it in {Last}", run.Output, StringComparison.Ordinal);
        Assert.Equal(["reading 1/4 county-bureau-2024.docx", "reading 2/4 notes.html", "reading 3/4 old.doc", "reading 4/4 pingtan-2023.pdf",
            "reading last year's 1/1 pingtan-2022.htm"], run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Sec12_json_goes_where_json_says_even_beside_an_html_audit_elsewhere()
    {
        var (html, json) = (Path.Combine(work, "pages", "audit.html"), Path.Combine(work, "data", "elsewhere.json"));
        Directory.CreateDirectory(Path.GetDirectoryName(html)!);
        Directory.CreateDirectory(Path.GetDirectoryName(json)!);

        var run = ToolRun.Run("audit", Now, "--last-year", Last, "--out", html, "--json", json);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(json));
        Assert.False(File.Exists(Path.ChangeExtension(html, ".json")));
        using var written = JsonDocument.Parse(File.ReadAllText(json));
        var unreadable = written.RootElement.GetProperty("unreadable").EnumerateArray().ToDictionary(entry => entry.GetProperty("file").GetString()!, entry => entry.GetProperty("error").GetString()!);
        Assert.Contains(".doc", unreadable["old.doc"], StringComparison.Ordinal);
        Assert.StartsWith("the document: the document holds no annual report", unreadable["notes.html"], StringComparison.Ordinal);
        Assert.All(written.RootElement.GetProperty("reports").EnumerateArray(), entry => Assert.Equal(JsonValueKind.Array, entry.GetProperty("readingProblems").ValueKind));
        var page = File.ReadAllText(html);
        Assert.Contains($"; last year's reports: {Last}</p>", page, StringComparison.Ordinal);
        Assert.Contains("<li>old.doc: ", page, StringComparison.Ordinal);
        Assert.Contains("<li>notes.html: the document: the document holds no annual report", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec12_a_run_without_last_years_folder_says_so_on_the_page()
    {
        var html = Path.Combine(work, "audit.html");

        var run = ToolRun.Run("audit", Now, "--out", html);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("last year's reports:", File.ReadAllText(html), StringComparison.Ordinal);
        Assert.Contains("(no --last-year given)", run.Output, StringComparison.Ordinal);
    }
}
