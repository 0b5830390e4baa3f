using System.Text;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// Reads published annual reports (§9.3, §12) from the forms offices publish them in — web pages exported from Word or WPS, often inside a
/// site's navigation, .docx downloads and PDFs — into the <see cref="Reporting.PublishedAnnualReport"/> the audit checks
/// (<c>DisclosurePolicy.Audit</c>). Every cell is read as a figure, or kept blank (blank is not 0); whatever cannot be read is a
/// <see cref="DocumentProblem"/> naming its table, row and column or its section, and the rest is read all the same.
/// </summary>
/// <remarks>
/// <para>The title gives the year and the publisher (<c>…人民政府2024年度政府信息公开工作年度报告</c>), and the publisher's name its role
/// (人民政府: a government; 局, 委, 办: a department); <see cref="ReportReadOptions"/> gives what the document does not say.</para>
/// <para>The package's one process-wide effect: pages are often written in GBK or GB2312, so the first read registers
/// <see cref="CodePagesEncodingProvider.Instance"/> with <see cref="Encoding.RegisterProvider"/>, once. It only adds encodings that
/// <see cref="Encoding.GetEncoding(string)"/> would otherwise refuse. Thread-safe; nothing else is kept between calls.</para>
/// </remarks>
public static class AnnualReportDocuments
{
    /// <summary>Reads the report on a web page: a page exported from Word or WPS, the library's own (<c>AnnualReportHtml</c>), or a site's
    /// page with the report inside its navigation; in the encoding its <c>meta</c> or byte order mark names (UTF-8 by default, GBK and
    /// GB2312 included).</summary>
    /// <param name="html">The page; read to its end, not closed. It need not be seekable.</param>
    /// <param name="options">What the caller knows that the page may not say, or null for nothing.</param>
    /// <returns>The report and what could not be read; no report, and why, when the page holds none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    /// <exception cref="ReportDocumentException">The file is a Word file (.docx or .doc), a PDF or an RTF file, not a page: the message says
    /// which reader reads it.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static ReportReading ReadHtml(Stream html, ReportReadOptions? options = null)
    {
        var bytes = Bytes(Preconditions.CheckNotNull(html));
        if (FileKind.Of(bytes) is { } kind && kind != FileKind.Html)
        {
            throw new ReportDocumentException($"The file is {kind.Description}, not a web page; {kind.Advice}");
        }

        CodePages.Registered();
        return HtmlReport.Read(bytes, options ?? ReportReadOptions.None);
    }

    /// <summary>Reads the report in a Word document (.docx, Office Open XML), as Word, WPS or LibreOffice save it.</summary>
    /// <param name="docx">The document; read to its end, not closed. It need not be seekable.</param>
    /// <param name="options">What the caller knows that the document may not say, or null for nothing.</param>
    /// <returns>The report and what could not be read; no report, and why, when the document holds none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="docx"/> is null.</exception>
    /// <exception cref="ReportDocumentException">The file is a Word 97–2003 document (.doc: the message says how to convert it), a web page,
    /// a PDF, an RTF file, or not a valid .docx.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static ReportReading ReadDocx(Stream docx, ReportReadOptions? options = null)
    {
        var bytes = Of(Preconditions.CheckNotNull(docx), FileKind.Zip, "a .docx", "The file is not a Word document: a .docx is a zip package, and this file is not one.");
        var (blocks, title) = DocxReport.Read(bytes);
        return ReportInterpreter.Read(blocks, title, null, options ?? ReportReadOptions.None);
    }

    /// <summary>Reads the report in a PDF, as Word, WPS or LibreOffice export it: its title, sections and paragraphs from where its text
    /// stands, its tables from the borders drawn around their cells — a table that runs onto the next page read as one, header rows it
    /// repeats there left out. Problems name the page as well as the table, row and column.</summary>
    /// <param name="pdf">The PDF; read to its end, not closed. It need not be seekable.</param>
    /// <param name="options">What the caller knows that the document may not say, or null for nothing.</param>
    /// <returns>The report and what could not be read; no report, and why, when the PDF's text holds none.</returns>
    /// <remarks>A table drawn without borders is read as lines of text (<see cref="DocumentProblemKind.TableFlattened"/>); text set
    /// vertically or on a rotated page is not read as such.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="pdf"/> is null.</exception>
    /// <exception cref="ReportDocumentException">The file is not a PDF (a web page, a Word file, RTF), is damaged or protected by a
    /// password, or holds no text (a scan: the message says so).</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static ReportReading ReadPdf(Stream pdf, ReportReadOptions? options = null)
    {
        var bytes = Of(Preconditions.CheckNotNull(pdf), FileKind.Pdf, "a PDF", "The file is not a PDF: a PDF starts with %PDF, and this file does not.");
        return PdfReport.Read(bytes, options ?? ReportReadOptions.None);
    }

    /// <summary>The stream's bytes, when they are a file of <paramref name="expected"/>'s kind; otherwise what the file is and how to read it.</summary>
    private static byte[] Of(Stream stream, FileKind expected, string noun, string unknown)
    {
        var bytes = Bytes(stream);
        var kind = FileKind.Of(bytes);
        return kind == expected ? bytes
            : throw new ReportDocumentException(kind is null ? unknown : $"The file is {kind.Description}, not {noun}; {kind.Advice}");
    }

    private static byte[] Bytes(Stream stream)
    {
        try
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
        catch (Exception e) when (e is NotSupportedException or ObjectDisposedException)
        {
            throw new IOException($"The stream could not be read: {e.Message}", e);
        }
    }

    private static class CodePages
    {
        static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        internal static void Registered()
        {
            // The static constructor has run by the time this returns.
        }
    }
}
