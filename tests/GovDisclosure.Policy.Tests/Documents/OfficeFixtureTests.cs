using GovDisclosure.Policy.Tests.Reporting;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>
/// §12, §12.11: the fixtures made as offices make them read to exactly the figures they were made from, blank cells blank — the library's
/// .docx saved again by LibreOffice Writer as .docx, as a web page and as PDF (its tables running over pages, rows and merged cells cut by
/// the page breaks), and the Word/WPS-style pages county sites publish (site navigation,
/// nested spans, <c>&amp;nbsp;</c>, <c>rowspan="22"</c>, full-width digits, GBK) with the real figures of 平潭综合实验区 — and the audit finds
/// the same in each as in the report it was made from.
/// </summary>
public sealed class OfficeFixtureTests
{
    /// <summary>Each fixture with each form LibreOffice saved it in: .docx, a web page and PDF.</summary>
    public static TheoryData<string, string> SavedByLibreOffice
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var name in FixtureReports.Names)
            {
                data.Add(name, ".lo.docx");
                data.Add(name, ".lo.html");
                data.Add(name, ".pdf");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(SavedByLibreOffice))]
    public void Sec12_the_docx_the_web_page_and_the_pdf_libreoffice_saved_read_to_the_figures_they_were_made_from(string name, string form)
    {
        var report = Fixtures.Report(name);

        var read = Fixtures.Read(Fixtures.Folder, name + form, Fixtures.DateOf(report));

        Assert.Empty(read.Problems);
        Assert.Equal(report, read.Report);
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Sec12_the_word_style_page_inside_a_sites_navigation_reads_to_the_figures_it_was_made_from_its_date_from_the_page(string name)
    {
        var read = Fixtures.Read(Fixtures.Folder, name + ".mso.html");

        Assert.Empty(read.Problems);
        Assert.Equal(MsoPage.Signed(Fixtures.Report(name)), read.Report);   // the publisher signs section 六
    }

    [Theory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Sec12_the_audit_of_each_fixture_read_finds_what_the_audit_of_its_report_finds(string name)
    {
        var report = Fixtures.Report(name);
        var expected = PublishedReports.Summary(Reports.Seed.Audit(report));
        Assert.NotEmpty(expected);

        foreach (var file in new[] { ".lo.docx", ".lo.html", ".mso.html", ".docx", ".pdf" })
        {
            var read = Fixtures.Read(Fixtures.Folder, name + file, Fixtures.DateOf(report)).Report!;
            Assert.Equal(expected, PublishedReports.Summary(Reports.Seed.Audit(read)));
        }
    }

    [Fact]
    public void Sec12_11_the_real_figures_page_keeps_the_cells_the_data_does_not_give_blank_and_reads_the_rest_exactly()
    {
        var read = Fixtures.Read(Fixtures.Folder, "pingtan-2022.mso.html").Report!;

        Assert.Equal(new PublishedApplicantCounts(71, 3, 0, 0, 0, 0, 74), read.Requests[RequestTableRow.NewThisYear]);
        Assert.Equal(new PublishedApplicantCounts(37, 0, 0, 0, 0, 0, 37), read.Requests[RequestTableRow.NotHeld]);
        Assert.Equal(new PublishedRedressCounts(0, 1, 1, 0, 2), read.Redress.Reconsideration);
        Assert.Equal(new PublishedDocumentCounts(88, 55, 698), read.Proactive.NormativeDocuments);
        Assert.Null(read.Proactive.LicensingDecisions);
        Assert.Null(read.Proactive.FeesTenThousandYuan);
        Assert.Equal("平潭综合实验区", read.PublisherName);
        Assert.Null(read.PublisherRole);   // the name says neither 人民政府 nor 局
        Assert.Equal(new LocalDate(2023, 2, 20), read.PublishedOn);   // its 发布时间 line: this page has no PubDate meta
    }
}
