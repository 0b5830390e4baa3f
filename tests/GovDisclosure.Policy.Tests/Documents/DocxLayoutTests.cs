using System.IO.Compression;
using System.Xml.Linq;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§9.3–§9.5: the .docx the library writes is the approved national layout — its document, with every merge, width and border,
/// and its styles — so that any change to what departments upload shows in review.</summary>
public sealed class DocxLayoutTests
{
    private static string Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return XDocument.Parse(reader.ReadToEnd()).ToString();
    }

    [Fact]
    public void Sec9_3_the_document_of_a_report_with_blank_cells_is_the_approved_layout() =>
        Approvals.Verify("documents-docx-document.xml", Part(DocxRoundTripTests.Docx(FixtureReports.Bureau), "word/document.xml"));

    [Fact]
    public void Sec9_3_the_styles_are_the_approved_ones() =>
        Approvals.Verify("documents-docx-styles.xml", Part(DocxRoundTripTests.Docx(FixtureReports.Bureau), "word/styles.xml"));

    [Fact]
    public void Sec9_3_the_packages_title_is_the_reports()
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(DocxRoundTripTests.Docx(FixtureReports.Bureau)), false);

        Assert.Equal("示例县民政局2024年度政府信息公开工作年度报告", document.PackageProperties.Title);
    }
}
