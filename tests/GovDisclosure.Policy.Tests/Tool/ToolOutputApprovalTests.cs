using GovDisclosure.Policy.Tool;

namespace GovDisclosure.Policy.Tests.Tool;

/// <summary>§12, §4, D4: what the tool writes, as evaluators read it, kept in approval files — the audit's summary, its HTML page and its
/// JSON for the fixture folder, the evaluation's table, a due date and a day explained.</summary>
public sealed class ToolOutputApprovalTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("govdisclosure-approval-").FullName;

    public ToolOutputApprovalTests()
    {
        var (now, last) = (Directory.CreateDirectory(Path.Combine(work, "now")).FullName, Directory.CreateDirectory(Path.Combine(work, "last")).FullName);
        File.Copy(Path.Combine(Documents.Fixtures.Folder, "pingtan-2023.pdf"), Path.Combine(now, "pingtan-2023.pdf"));
        File.Copy(Path.Combine(Documents.Fixtures.Folder, "county-bureau-2024.docx"), Path.Combine(now, "county-bureau-2024.docx"));
        File.WriteAllText(Path.Combine(now, "notes.html"), "<html><body><p>会议通知</p></body></html>");
        File.Copy(Path.Combine(Documents.Fixtures.Folder, "pingtan-2022.mso.html"), Path.Combine(last, "pingtan-2022.mso.html"));
    }

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public void Sec12_the_audits_summary_page_and_json_read_as_approved()
    {
        var run = ToolRun.Run("audit", Path.Combine(work, "now"), "--last-year", Path.Combine(work, "last"), "--out", Path.Combine(work, "audit.html"));

        Assert.Equal(0, run.ExitCode);
        Approvals.Verify("tool-audit-summary.txt", run.Output.Replace(work, "{work}", StringComparison.Ordinal));
        Approvals.Verify("tool-audit.html", File.ReadAllText(Path.Combine(work, "audit.html")).Replace(work, "{work}", StringComparison.Ordinal));
        Approvals.Verify("tool-audit.json", File.ReadAllText(Path.Combine(work, "audit.json")).Replace(work, "{work}", StringComparison.Ordinal));
    }

    [Fact]
    public void Sec12_the_help_of_every_command_reads_as_approved()
    {
        var text = string.Join("\n", new[] { "--help", "audit --help", "evaluate --help", "due --help", "calendar --help" }
            .Select(arguments => $"## govdisclosure {arguments}\n" + ToolRun.Run(arguments.Split(' ')).Output.Replace("testhost", "govdisclosure", StringComparison.Ordinal)));   // the name the host runs it under

        Approvals.Verify("tool-help.txt", text);
    }

    [Fact]
    public void Sec12_an_audit_without_last_years_folder_a_provisional_due_date_and_a_databases_year_read_as_approved()
    {
        var county = Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "county-2025.json");

        var text = string.Join("\n", new[]
        {
            ToolRun.Run("audit", Path.Combine(work, "now")).Output.Replace(work, "{work}", StringComparison.Ordinal),
            ToolRun.Run("due", "MO1", "2026-12-31").Output,
            ToolRun.Run("evaluate", county, "--as-of", "2026-03-31", "--year", "2024").Output.Replace(county, "county-2025.json", StringComparison.Ordinal),
        });

        Approvals.Verify("tool-audit-alone-provisional-year.txt", text);
    }

    [Fact]
    public void Sec4_D4_the_evaluation_a_due_date_and_a_day_read_as_approved()
    {
        var county = Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "county-2025.json");

        var text = string.Join("\n", new[]
        {
            ToolRun.Run("evaluate", county, "--as-of", "2026-03-31").Output.Replace(county, "county-2025.json", StringComparison.Ordinal),
            ToolRun.Run("due", "MO1", "2026-09-30").Output,
            ToolRun.Run("calendar", "2026-10-08").Output,
            ToolRun.Run("calendar", "2027-02-08").Output,   // the year after the official data: provisional
        });

        Approvals.Verify("tool-evaluate-due-calendar.txt", text);
    }
}
