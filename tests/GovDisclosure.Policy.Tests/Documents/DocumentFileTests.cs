using System.IO.Compression;
using System.Text;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§12: a file that is not the document a reader reads is refused with what it is and how to read it — a .doc with how to convert
/// it — and only <see cref="ReportDocumentException"/>, <see cref="IOException"/> and argument exceptions escape.</summary>
public sealed class DocumentFileTests
{
    private static readonly byte[] Doc = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

    private static byte[] Zip(string entry)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("<x/>");
        }

        return stream.ToArray();
    }

    [Fact]
    public void Sec12_a_word_97_2003_document_is_refused_with_how_to_convert_it()
    {
        var e = Assert.Throws<ReportDocumentException>(() => AnnualReportDocuments.ReadDocx(new MemoryStream(Doc)));

        Assert.Equal("The file cannot be read as an annual report: The file is a Word 97–2003 document (.doc), not a .docx; this package reads .docx only: open it " +
            "in Word or WPS and save it as .docx (文件 › 另存为 › Word 文档), or convert it with LibreOffice: soffice --headless --convert-to docx report.doc.", e.Message);
        Assert.Contains(".doc", Assert.Throws<ReportDocumentException>(() => AnnualReportDocuments.ReadHtml(new MemoryStream(Doc))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.7\n", "a PDF file")]
    [InlineData("{\\rtf1\\ansi", "an RTF file")]
    [InlineData("\uFEFF\n <html><body></body></html>", "a web page")]
    [InlineData("plain words", "not a Word document")]
    public void Sec12_a_file_of_another_kind_given_as_docx_is_refused_saying_what_it_is(string start, string said)
    {
        var e = Assert.Throws<ReportDocumentException>(() => AnnualReportDocuments.ReadDocx(new MemoryStream(Encoding.UTF8.GetBytes(start))));

        Assert.Contains(said, e.Message, StringComparison.Ordinal);
        Assert.Equal(1, e.ProblemCount);
    }

    [Fact]
    public void Sec12_a_docx_given_as_a_page_is_refused_with_the_reader_to_use()
    {
        var e = Assert.Throws<ReportDocumentException>(() => AnnualReportDocuments.ReadHtml(new MemoryStream(DocxRoundTripTests.Docx(GeneratedReports.Make(1)))));

        Assert.EndsWith("The file is a zip package (.docx), not a web page; read a .docx with AnnualReportDocuments.ReadDocx.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec12_a_zip_that_is_no_word_document_and_a_broken_one_are_refused_as_such()
    {
        var notWord = Assert.Throws<ReportDocumentException>(() => AnnualReportDocuments.ReadDocx(new MemoryStream(Zip("readme.txt"))));
        var docx = DocxRoundTripTests.Docx(GeneratedReports.Make(2));
        var broken = Assert.Throws<ReportDocumentException>(() => AnnualReportDocuments.ReadDocx(new MemoryStream(docx.AsSpan(0, docx.Length / 2).ToArray())));

        Assert.EndsWith("The file is a zip package with no Word document body in it; open it in Word or WPS and save it as .docx.", notWord.Message, StringComparison.Ordinal);
        Assert.Contains("not a valid Word document", broken.Message, StringComparison.Ordinal);
        Assert.NotNull(broken.InnerException);
    }

    [Fact]
    public void Sec12_a_page_without_markup_at_its_start_is_read_as_a_page()
    {
        var read = AnnualReportDocuments.ReadHtml(new MemoryStream(Encoding.UTF8.GetBytes("某县民政局2024年政府信息公开工作年度报告\n")));

        Assert.Equal(2024, read.Report!.Year);
    }

    [Fact]
    public void Sec12_null_arguments_and_failing_streams_are_refused_by_name()
    {
        Assert.Equal("html", Assert.ThrowsAny<ArgumentNullException>(() => AnnualReportDocuments.ReadHtml(null!)).ParamName);
        Assert.Equal("docx", Assert.ThrowsAny<ArgumentNullException>(() => AnnualReportDocuments.ReadDocx(null!)).ParamName);
        Assert.Equal("report", Assert.ThrowsAny<ArgumentNullException>(() => AnnualReportDocx.Write((PublishedAnnualReport)null!, Stream.Null)).ParamName);
        Assert.Equal("report", Assert.ThrowsAny<ArgumentNullException>(() => AnnualReportDocx.Write((AnnualReport)null!, Stream.Null)).ParamName);
        Assert.Equal("docx", Assert.ThrowsAny<ArgumentNullException>(() => AnnualReportDocx.Write(GeneratedReports.Make(3), null!)).ParamName);

        var closed = new MemoryStream();
        closed.Dispose();
        Assert.IsType<ObjectDisposedException>(Assert.Throws<IOException>(() => AnnualReportDocuments.ReadHtml(closed)).InnerException);
        Assert.IsType<ObjectDisposedException>(Assert.Throws<IOException>(() => AnnualReportDocx.Write(GeneratedReports.Make(3), closed)).InnerException);
        Assert.Equal("problem", Assert.ThrowsAny<ArgumentNullException>(() => new ReportDocumentException(null!)).ParamName);
    }
}
