using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovDisclosure.Policy.Reporting;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// Writes an annual report as a Word document (.docx) in the national layout (§9.3–§9.5), the form departments file and upload: the title,
/// the six sections' headings and texts, and tables 二, 三 and 四 with the merged headers and row groups of <c>AnnualReportHtml</c>'s page —
/// table 三's balance note and 申请人情况 / 法人或其他组织 headers, 三、本年度办理结果 over its 22 rows, (三)…(六) over theirs; table 四's two
/// header rows over fifteen figures. A4, 宋体 and 黑体, tables in 10.5 pt. <see cref="AnnualReportDocuments.ReadDocx"/> reads it back to
/// the same report.
/// </summary>
public static class AnnualReportDocx
{
    /// <summary>Writes a built report, as published: <see cref="AnnualReport.ToPublished"/>, every cell a figure.</summary>
    /// <param name="report">The report.</param>
    /// <param name="docx">Receives the document; written to, not closed. It need not be seekable.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream failed or cannot be written; the stream's own exception is inside.</exception>
    public static void Write(AnnualReport report, Stream docx) => Write(Preconditions.CheckNotNull(report).ToPublished(), docx);

    /// <summary>Writes a published report — one read from a page, or made from figures — with its blank cells left empty.</summary>
    /// <param name="report">The report.</param>
    /// <param name="docx">Receives the document; written to, not closed. It need not be seekable.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream failed or cannot be written; the stream's own exception is inside.</exception>
    public static void Write(PublishedAnnualReport report, Stream docx)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(docx);
        using var buffer = new MemoryStream();   // the package is written seekable, then copied to any stream
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
            document.PackageProperties.Title = report.Title;
            var body = new DocumentFormat.OpenXml.Wordprocessing.Body();
            body.Append(DocxStyles.Paragraph(report.Title, DocxStyles.Title));
            foreach (var section in ReportSection.InOrder)
            {
                body.Append(DocxStyles.Paragraph(section.Heading, DocxStyles.Heading));
                foreach (var line in report.Text(section).Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0))
                {
                    body.Append(DocxStyles.Paragraph(line, null));
                }

                if (section == ReportSection.Proactive)
                {
                    body.Append(DocxTables.Proactive(report.Proactive));
                }
                else if (section == ReportSection.Requests)
                {
                    body.Append(DocxTables.Requests(report.Requests));
                }
                else if (section == ReportSection.Redress)
                {
                    body.Append(DocxTables.Redress(report.Redress));
                }
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1588U, Right = 1474U, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new Document(body);
        }

        try
        {
            buffer.Position = 0;
            buffer.CopyTo(docx);
        }
        catch (Exception e) when (e is NotSupportedException or ObjectDisposedException)
        {
            throw new IOException($"The stream could not be written: {e.Message}", e);
        }
    }

    internal static string Figure(decimal? figure) => figure?.ToString(CultureInfo.InvariantCulture) ?? "";
}
