using System.CommandLine;

namespace GovDisclosure.Policy.Tool;

/// <summary>
/// <c>govdisclosure audit reports/ --last-year reports-2024/ --out audit.html</c>: reads every report of a folder, pairs each with last
/// year's report of the same publisher (the name its title gives, the year before), audits them (§12), writes the audit as HTML and JSON
/// and prints a summary; exit code 1 when a report has a finding of a kind <c>--fail-on</c> names.
/// </summary>
internal static class AuditCommand
{
    internal static Command Create(TextWriter output, Progress progress)
    {
        var folder = new Argument<string>("folder") { Description = "The folder of this year's reports: web pages (.html, .htm), Word files (.docx) and PDFs." };
        var lastYear = new Option<string?>("--last-year") { Description = "The folder of last year's reports, which each report is paired with by its publisher's name." };
        var html = new Option<string?>("--out") { Description = "The HTML audit to write (audit.html); the JSON audit is written beside it (audit.json)." };
        var json = new Option<string?>("--json") { Description = "The JSON audit to write, when not beside --out." };
        var failOn = new Option<FailOn>("--fail-on")
        {
            Description = "Finding kinds that fail the run (exit code 1), separated by commas: Balance, RowTotal, ResultTotal, RedressTotal, CarriedOver, " +
                          "DocumentsInForce, TextDiffers, AmbiguousCount, FeesNotStated, Late, RoleUnknown, DateUnknown, Copied, BlankCell, EarlierFormat; " +
                          "errors for every finding that is not only to explain; unreadable for a file that holds no report it could read.",
            CustomParser = result => FailOn.Parse(result.Tokens.Select(token => token.Value), result.AddError),
            DefaultValueFactory = _ => FailOn.Nothing,
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("audit", "Audit a folder of published annual reports against last year's (§12) and write the audit as HTML and JSON.")
        {
            folder, lastYear, html, json, failOn,
        };
        command.SetAction(parsed =>
        {
            var (htmlFile, jsonFile) = (parsed.GetValue(html), parsed.GetValue(json));
            jsonFile ??= htmlFile is null ? null : Path.ChangeExtension(htmlFile, ".json");
            var audit = Run(parsed.GetValue(folder)!, parsed.GetValue(lastYear), progress);
            if (htmlFile is not null)
            {
                Write(htmlFile, stream => AuditPage.Write(audit, stream));
            }

            if (jsonFile is not null)
            {
                Write(jsonFile, stream => AuditJson.Write(audit, stream));
            }

            Summary(output, audit, htmlFile, jsonFile);
            return parsed.GetValue(failOn)!.Fails(audit) ? Cli.Failing : Cli.Success;
        });
        return command;
    }

    internal static FolderAudit Run(string folder, string? lastYearFolder, Progress progress)
    {
        var reports = ReportFiles.ReadAll(folder, progress, "reading");
        var lastYear = lastYearFolder is null ? [] : ReportFiles.ReadAll(lastYearFolder, progress, "reading last year's");
        var years = reports.Select(file => file.Report?.Year ?? 0).Append(ChinaTime.Today(SystemClock.Instance).Year).Max();
        var policy = Cli.PolicyThrough(years);
        var byPublisher = lastYear.Where(file => file.Report is not null).GroupBy(file => (file.Report!.PublisherName, file.Report.Year))
            .ToDictionary(group => group.Key, group => group.First());
        var entries = reports.Select(file =>
        {
            if (file.Report is not { } report)
            {
                return new AuditEntry(file, null, null);
            }

            var previous = byPublisher.GetValueOrDefault((report.PublisherName, report.Year - 1));
            return new AuditEntry(file, previous, policy.Audit(report, previous?.Report));
        }).ToList();
        return new FolderAudit(folder, lastYearFolder, entries);
    }

    private static void Write(string path, Action<Stream> write)
    {
        try
        {
            using var stream = File.Create(path);
            write(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw ToolInputException.Of(path, e);
        }
    }

    private static void Summary(TextWriter output, FolderAudit audit, string? htmlFile, string? jsonFile)
    {
        TextTable.Write(output, ["file", "publisher", "year", "last year", "findings", "to explain", "reading problems"],
            audit.Entries.Select(entry => (IReadOnlyList<string>)(entry.Audit is { } a
                ? [entry.File.File, a.Report.PublisherName, a.Report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.LastYear?.File ?? "—",
                    a.Findings.Count(finding => !finding.Kind.IsToExplain).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    a.Findings.Count(finding => finding.Kind.IsToExplain).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    entry.File.Reading!.Problems.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)]
                : [entry.File.File, "—", "—", "—", "—", "—", entry.File.Error ?? "no report: " + entry.File.Reading!.Problems[0].Message])));
        output.WriteLine();
        output.WriteLine($"{audit.Entries.Count} files: {audit.Audited.Count()} audited, {audit.Unreadable.Count()} without a report read, " +
                         $"{audit.Unpaired.Count()} without last year's report{(audit.LastYearFolder is null ? " (no --last-year given)" : "")}.");
        foreach (var entry in audit.LastYearFolder is null ? [] : audit.Unpaired)
        {
            output.WriteLine($"  unpaired: {entry.File.File} ({entry.Audit!.Report.PublisherName} {entry.Audit.Report.Year}): no report of {entry.Audit.Report.Year - 1} by it in {audit.LastYearFolder}");
        }

        foreach (var path in new[] { htmlFile, jsonFile }.OfType<string>())
        {
            output.WriteLine($"Written: {path}");
        }
    }
}

/// <summary>A folder's reports and their audits.</summary>
internal sealed record FolderAudit(string Folder, string? LastYearFolder, IReadOnlyList<AuditEntry> Entries)
{
    internal IEnumerable<AuditEntry> Audited => Entries.Where(entry => entry.Audit is not null);

    internal IEnumerable<AuditEntry> Unreadable => Entries.Where(entry => entry.Audit is null);

    internal IEnumerable<AuditEntry> Unpaired => Audited.Where(entry => entry.LastYear is null);
}

/// <summary>A report's file, last year's report it was paired with, and its audit; no audit for a file without a report read.</summary>
internal sealed record AuditEntry(ReportFile File, ReportFile? LastYear, AnnualReportAudit? Audit);
