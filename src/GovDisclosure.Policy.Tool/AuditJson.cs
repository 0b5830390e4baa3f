using System.Text.Json;
using GovDisclosure.Policy.Json;

namespace GovDisclosure.Policy.Tool;

/// <summary>
/// The audit of a folder as JSON: <c>{"folder", "lastYearFolder", "reports": [{"file", "lastYearFile", "readingProblems", "audit"}],
/// "unreadable": [{"file", "error"}]}</c>, each <c>audit</c> the library's audit report (<c>audit-report.schema.json</c>, as
/// <c>PolicyJson.WriteAudit</c> writes it and <c>PolicyJson.ReadAuditReport</c> reads it).
/// </summary>
internal static class AuditJson
{
    internal static void Write(FolderAudit audit, Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("folder", audit.Folder);
        json.WriteString("lastYearFolder", audit.LastYearFolder);
        json.WriteStartArray("reports");
        foreach (var entry in audit.Audited)
        {
            json.WriteStartObject();
            json.WriteString("file", entry.File.File);
            json.WriteString("lastYearFile", entry.LastYear?.File);
            json.WriteStartArray("readingProblems");
            foreach (var problem in entry.File.Reading!.Problems)
            {
                json.WriteStringValue(problem.ToString());
            }

            json.WriteEndArray();
            using var one = new MemoryStream();
            PolicyJson.WriteAudit(entry.Audit!, one);
            json.WritePropertyName("audit");
            json.WriteRawValue(one.ToArray());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("unreadable");
        foreach (var entry in audit.Unreadable)
        {
            json.WriteStartObject();
            json.WriteString("file", entry.File.File);
            json.WriteString("error", entry.File.Error ?? entry.File.Reading!.Problems[0].ToString());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
