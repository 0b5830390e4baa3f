using GovDisclosure.Policy.Documents;

namespace GovDisclosure.Policy.Tool;

/// <summary>A published report read from its file, or why it could not be.</summary>
/// <param name="File">The file's name within its folder.</param>
/// <param name="Reading">What the reader made of it; null when the file could not be read at all.</param>
/// <param name="Error">Why the file could not be read; null when it was.</param>
internal sealed record ReportFile(string File, ReportReading? Reading, string? Error)
{
    /// <summary>The report read, when the file holds one.</summary>
    internal PublishedAnnualReport? Report => Reading?.Report;
}

/// <summary>The reports of a folder: every web page, Word file and PDF in it (not its subfolders), in the order of their names.</summary>
internal static class ReportFiles
{
    /// <summary>The extensions read; a .doc is read to be refused with how to convert it.</summary>
    private static readonly string[] Extensions = [".html", ".htm", ".docx", ".doc", ".pdf"];

    internal static IReadOnlyList<string> In(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ToolInputException($"{folder}: no such folder");
        }

        var files = Directory.EnumerateFiles(folder).Where(file => Extensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
            .OrderBy(file => Path.GetFileName(file), StringComparer.Ordinal).ToList();
        return files.Count > 0 ? files : throw new ToolInputException($"{folder}: no report in it (.html, .htm, .docx or .pdf)");
    }

    internal static IReadOnlyList<ReportFile> ReadAll(string folder, Progress progress, string verb)
    {
        var files = In(folder);
        var read = new List<ReportFile>(files.Count);
        for (var i = 0; i < files.Count; i++)
        {
            progress.Report(verb, i + 1, files.Count, Path.GetFileName(files[i]));
            read.Add(Read(files[i]));
        }

        progress.Clear();
        return read;
    }

    internal static ReportFile Read(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var stream = File.OpenRead(path);
            var reading = Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".pdf" => AnnualReportDocuments.ReadPdf(stream),
                ".docx" or ".doc" => AnnualReportDocuments.ReadDocx(stream),
                _ => AnnualReportDocuments.ReadHtml(stream),
            };
            return new ReportFile(name, reading, null);
        }
        catch (Exception e) when (e is ReportDocumentException or IOException or UnauthorizedAccessException)
        {
            return new ReportFile(name, null, Cli.OneLine(e));
        }
    }
}
