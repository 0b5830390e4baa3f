using System.Net;
using System.Text;

namespace GovDisclosure.Policy.Tool;

/// <summary>The audit of a folder as one HTML page, for an evaluator to read and file: a summary row per report, then each report's findings
/// (clause, kind, place, what was found and expected) and what could not be read from its file; the files without a report and the
/// reports without last year's listed.</summary>
internal static class AuditPage
{
    internal static void Write(FolderAudit audit, Stream stream)
    {
        using var html = new StreamWriter(stream, new UTF8Encoding(false), 65536, leaveOpen: true);
        html.WriteLine("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">");
        html.WriteLine($"<title>政府信息公开工作年度报告审核 — {Encode(audit.Folder)}</title>");
        html.WriteLine("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em;text-align:left}" +
                       ".explain{color:#555}</style>\n</head>\n<body>");
        html.WriteLine($"<h1>政府信息公开工作年度报告审核 Annual report audit</h1>\n<p>{Encode(audit.Folder)}" +
                       (audit.LastYearFolder is null ? "" : $"; last year's reports: {Encode(audit.LastYearFolder)}") + "</p>");
        html.WriteLine("<table class=\"summary\">\n<tr><th>file</th><th>publisher</th><th>year</th><th>last year</th><th>findings</th><th>to explain</th><th>reading problems</th></tr>");
        foreach (var entry in audit.Audited)
        {
            var findings = entry.Audit!.Findings;
            html.WriteLine($"<tr><td><a href=\"#{Anchor(entry)}\">{Encode(entry.File.File)}</a></td><td>{Encode(entry.Audit.Report.PublisherName)}</td><td>{entry.Audit.Report.Year}</td>" +
                           $"<td>{Encode(entry.LastYear?.File ?? "—")}</td><td>{findings.Count(f => !f.Kind.IsToExplain)}</td><td>{findings.Count(f => f.Kind.IsToExplain)}</td>" +
                           $"<td>{entry.File.Reading!.Problems.Count}</td></tr>");
        }

        html.WriteLine("</table>");
        foreach (var entry in audit.Audited)
        {
            Report(html, entry);
        }

        if (audit.Unreadable.Any())
        {
            html.WriteLine("<h2>Files without a report read 未能读取的文件</h2>\n<ul>");
            foreach (var entry in audit.Unreadable)
            {
                html.WriteLine($"<li>{Encode(entry.File.File)}: {Encode(entry.File.Error ?? entry.File.Reading!.Problems[0].ToString())}</li>");
            }

            html.WriteLine("</ul>");
        }

        html.WriteLine("</body>\n</html>");
    }

    private static void Report(StreamWriter html, AuditEntry entry)
    {
        var audit = entry.Audit!;
        html.WriteLine($"<h2 id=\"{Anchor(entry)}\">{Encode(audit.Report.Title)}</h2>");
        html.WriteLine($"<p>{Encode(entry.File.File)}; " + (entry.LastYear is { } last ? $"last year's: {Encode(last.File)}" : "no report of last year paired with it") +
                       (audit.PublicationDue is { } due ? $"; due to be published by {due:uuuu-MM-dd}" : "") + "</p>");
        if (audit.Findings.Count == 0)
        {
            html.WriteLine("<p>No finding.</p>");
        }
        else
        {
            html.WriteLine("<table class=\"findings\">\n<tr><th>clause</th><th>finding</th><th>place</th><th>found</th><th>expected</th><th>message</th></tr>");
            foreach (var finding in audit.Findings)
            {
                html.WriteLine($"<tr{(finding.Kind.IsToExplain ? " class=\"explain\"" : "")}><td>{Encode(finding.Clause)}</td><td>{Encode(finding.Kind.Label.Zh)}<br>{Encode(finding.Kind.Label.En)}</td>" +
                               $"<td>{Encode(finding.Place.ToString())}</td><td>{finding.Found}</td><td>{finding.Expected}</td><td>{Encode(finding.Message.Zh)}<br>{Encode(finding.Message.En)}</td></tr>");
            }

            html.WriteLine("</table>");
        }

        if (entry.File.Reading!.Problems.Count > 0)
        {
            html.WriteLine("<p>What could not be read from the file:</p>\n<ul>");
            foreach (var problem in entry.File.Reading.Problems)
            {
                html.WriteLine($"<li>{Encode(problem.ToString())}</li>");
            }

            html.WriteLine("</ul>");
        }
    }

    private static string Anchor(AuditEntry entry) => "report-" + Uri.EscapeDataString(entry.File.File);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
