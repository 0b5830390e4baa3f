using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Policy.Tests.Reporting;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§9.3, §12: the library's own page (<see cref="AnnualReportHtml"/>) reads back to the report it was written from, as published.</summary>
public sealed class HtmlRoundTripTests
{
    internal static ReportReading ReadHtml(string page, ReportReadOptions? options = null) =>
        AnnualReportDocuments.ReadHtml(new MemoryStream(Encoding.UTF8.GetBytes(page)), options);

    internal static string Page(AnnualReport report)
    {
        using var writer = new StringWriter();
        AnnualReportHtml.WriteChinese(report, writer);
        return writer.ToString();
    }

    [Property(MaxTest = 60)]
    public Property Sec12_any_report_written_as_the_librarys_page_reads_back_to_its_published_form() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            int Figure() => random.Next(-3, 500);
            var table = RequestTable.Empty;
            foreach (var row in RequestTable.Rows)
            {
                table = table.With(row, new ApplicantCounts(Figure(), Figure(), Figure(), Figure(), Figure(), Figure(), Figure()));
            }

            RedressCounts Group() => new(Figure(), Figure(), Figure(), Figure(), Figure());
            var report = Reports.Report2025 with
            {
                Requests = table,
                Redress = new RedressTable(Group(), Group(), Group()),
                Proactive = new ProactiveDisclosureFigures(new DocumentCounts(Figure(), Figure(), Figure()), new DocumentCounts(Figure(), Figure(), Figure()), Figure(),
                    Figure(), Figure(), random.Next(0, 100000) / 100m),
            };

            var read = ReadHtml(Page(report));

            Assert.Empty(read.Problems);
            Assert.Equal(report.ToPublished() with { PublisherRole = BodyRole.Department }, read.Report);
        });

    [Fact]
    public void Sec12_a_page_with_the_problems_box_reads_its_figures_and_not_the_box()
    {
        var report = Reports.Report2025 with { Requests = Reports.Report2025.Requests.With(RequestTableRow.NewThisYear, ApplicantCounts.FromColumns(9, 0, 0, 0, 0, 0)) };
        Assert.NotEmpty(report.Problems);

        var read = ReadHtml(Page(report));

        Assert.Empty(read.Problems);
        Assert.Equal(report.ToPublished() with { PublisherRole = BodyRole.Department }, read.Report);
    }
}
