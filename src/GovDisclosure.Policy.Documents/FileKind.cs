namespace GovDisclosure.Policy.Documents;

/// <summary>What a file is, told from its first bytes: the readers refuse a file of the other kind with what it is and how to read it.</summary>
internal sealed class FileKind
{
    internal static readonly FileKind Zip = new("a zip package (.docx)", "read a .docx with AnnualReportDocuments.ReadDocx.");

    internal static readonly FileKind Doc = new("a Word 97–2003 document (.doc)",
        "this package reads .docx only: open it in Word or WPS and save it as .docx (文件 › 另存为 › Word 文档), or convert it with " +
        "LibreOffice: soffice --headless --convert-to docx report.doc.");

    internal static readonly FileKind Pdf = new("a PDF file", "read it with AnnualReportDocuments.ReadPdf.");

    internal static readonly FileKind Rtf = new("an RTF file", "open it in Word or WPS and save it as .docx, then read it with AnnualReportDocuments.ReadDocx.");

    internal static readonly FileKind Html = new("a web page", "read it with AnnualReportDocuments.ReadHtml.");

    private FileKind(string description, string advice) => (Description, Advice) = (description, advice);

    internal string Description { get; }

    internal string Advice { get; }

    /// <summary>The kind of <paramref name="bytes"/>; null when its first bytes say nothing (a page without markup at its start is read as a page).</summary>
    internal static FileKind? Of(byte[] bytes)
    {
        var start = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (start.StartsWith("PK\u0003\u0004"u8))
        {
            return Zip;
        }

        if (start.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }))
        {
            return Doc;
        }

        if (start.StartsWith("%PDF"u8))
        {
            return Pdf;
        }

        if (start.StartsWith(@"{\rtf"u8))
        {
            return Rtf;
        }

        var text = start.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? start.Slice(3) : start;
        foreach (var b in text)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return b == (byte)'<' ? Html : null;
            }
        }

        return null;
    }
}
