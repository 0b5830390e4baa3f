using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>
/// §12, §12.11: where a PDF's pages break does not change what is read from it. Each fixture's .docx and any generated report, set on
/// pages of any height (<see cref="PdfTypesetter"/>) — tables running onto the next page, merged cells and rows cut in two, header rows
/// repeated or not, paragraphs and titles wrapped — read to exactly what the .docx reads to.
/// </summary>
public sealed class PdfPageBreakProperties
{
    private static Gen<PdfSetting> Settings =>
        from height in Gen.Choose(380, 1200)
        from repeat in Gen.Elements(false, true)
        from breakRows in Gen.Elements(false, true)
        select new PdfSetting(height, repeat, breakRows);

    internal static ReportReading ReadSet(IReadOnlyList<Block> blocks, PdfSetting setting, ReportReadOptions options) =>
        ReportInterpreter.Read(PdfLayout.Blocks(PdfTypesetter.Set(blocks, setting)), null, null, options);

    [Property(MaxTest = 40)]
    public Property Sec12_each_fixture_set_on_pages_of_any_height_reads_to_what_its_docx_reads_to() =>
        Prop.ForAll(Gen.Elements(FixtureReports.Names).ToArbitrary(), Settings.ToArbitrary(), (name, setting) =>
        {
            var (blocks, _) = DocxReport.Read(File.ReadAllBytes(Path.Combine(Fixtures.Folder, name + ".docx")));
            var report = Fixtures.Report(name);

            var read = ReadSet(blocks, setting, Fixtures.DateOf(report));

            Assert.Empty(read.Problems);
            Assert.Equal(report, read.Report);
        });

    [Property(MaxTest = 40)]
    public Property Sec12_any_generated_report_set_on_pages_of_any_height_reads_back_the_same_blank_cells_kept_blank() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), Settings.ToArbitrary(), (seed, setting) =>
        {
            var report = GeneratedReports.Make(seed);
            var (blocks, _) = DocxReport.Read(DocxRoundTripTests.Docx(report));

            var read = ReadSet(blocks, setting, ReportReadOptions.None);

            Assert.Empty(read.Problems);
            Assert.Equal(report, read.Report);
        });
}
