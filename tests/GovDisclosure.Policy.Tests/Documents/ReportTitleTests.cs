namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§9.1, §12.9: the title gives the year and the publisher, the publisher's name its role; the page gives its date; the caller's
/// options stand in for what the document does not say.</summary>
public sealed class ReportTitleTests
{
    private static ReportReading Page(string title, string head = "", string before = "", ReportReadOptions? options = null) =>
        HtmlRoundTripTests.ReadHtml($"<html><head>{head}</head><body>{before}<h1>{title}</h1><p>一、总体情况</p><p>正文。</p><p>六、其他需要报告的事项</p><p>未收费。</p></body></html>", options);

    [Theory]
    [InlineData("某县人民政府2024年政府信息公开工作年度报告", "某县人民政府", 2024)]
    [InlineData("2024年度某县民政局政府信息公开工作年度报告", "某县民政局", 2024)]
    [InlineData("《某县交通运输局2023年度政府信息公开工作年度报告》", "某县交通运输局", 2023)]
    [InlineData("某县人民政府关于2022年政府信息公开工作年度报告", "某县人民政府", 2022)]
    [InlineData("某县医保局２０２２年 政府信息公开年度报告", "某县医保局", 2022)]
    [InlineData("某县民政局9998年政府信息公开工作年度报告", "某县民政局", 9998)]
    public void Sec9_3_the_title_names_the_year_and_the_publisher(string title, string publisher, int year)
    {
        var report = Page(title).Report!;

        Assert.Equal((publisher, year), (report.PublisherName, report.Year));
    }

    [Theory]
    [InlineData("某县民政局२०२४年政府信息公开工作年度报告")]   // digits of another script are no year (found by the page fuzzer)
    [InlineData("某县民政局年政府信息公开工作年度报告")]
    [InlineData("某县民政局9999年政府信息公开工作年度报告")]   // a report on 9999 would be due in 10000
    [InlineData("某县民政局0000年政府信息公开工作年度报告")]
    [InlineData("某县民政局2024年政府信息公开工作总结")]
    public void Sec9_3_a_line_naming_no_year_in_ascii_or_full_width_digits_is_no_title(string title)
    {
        var read = Page(title);

        Assert.Null(read.Report);
        Assert.Equal(DocumentProblemKind.TitleNotFound, Assert.Single(read.Problems).Kind);
    }

    [Theory]
    [InlineData("某县人民政府", "Government")]
    [InlineData("某县民政局", "Department")]
    [InlineData("某市发展和改革委员会", "Department")]
    [InlineData("某县卫生健康委", "Department")]
    [InlineData("某县人民政府办公室", "Department")]
    [InlineData("某县医疗保障办", "Department")]
    [InlineData("平潭综合实验区", null)]
    [InlineData("某县政务服务中心", null)]
    public void Sec9_1_the_publishers_name_gives_its_role_or_leaves_it_unknown(string publisher, string? role)
    {
        var report = Page($"{publisher}2024年政府信息公开工作年度报告").Report!;

        Assert.Equal(role, report.PublisherRole?.Name);
    }

    [Fact]
    public void Sec12_9_the_date_comes_from_the_pubdate_meta_before_a_published_line_and_the_callers_before_both()
    {
        const string Title = "某县民政局2024年政府信息公开工作年度报告";
        const string Meta = "<meta name=\"pubdate\" content=\"2025-01-31 17:30\">";
        const string Line = "<p>发布时间：2025年02月01日</p>";

        Assert.Equal(new LocalDate(2025, 1, 31), Page(Title, Meta, Line).Report!.PublishedOn);
        Assert.Equal(new LocalDate(2025, 2, 1), Page(Title, "", Line).Report!.PublishedOn);
        Assert.Equal(new LocalDate(2025, 2, 1), Page(Title, "<meta name=\"PubDate\" content=\"2025-02-30\">", Line).Report!.PublishedOn);   // no such day
        Assert.Null(Page(Title).Report!.PublishedOn);
        foreach (var nonsense in new[] { "2025-13-01", "2025-00-10", "2025-02-00", "0000-01-01" })
        {
            Assert.Null(Page(Title, $"<meta name=\"PubDate\" content=\"{nonsense}\">").Report!.PublishedOn);
        }

        Assert.Equal(new LocalDate(2024, 2, 29), Page(Title, "<meta name=\"PubDate\" content=\"2024/2/29\">").Report!.PublishedOn);
        Assert.Equal(new LocalDate(9999, 12, 31), Page(Title, "<meta name=\"PubDate\" content=\"9999.12.31\">").Report!.PublishedOn);
        Assert.Equal(new LocalDate(2025, 1, 30), Page(Title, Meta, Line, new ReportReadOptions { PublishedOn = new LocalDate(2025, 1, 30) }).Report!.PublishedOn);
    }

    [Fact]
    public void Sec12_9_a_department_read_as_published_the_day_before_or_on_31_january_is_in_time_and_the_day_after_one_day_late()
    {
        PublishedAnnualReport On(string day) => Page("某县民政局2024年政府信息公开工作年度报告", $"<meta name=\"PubDate\" content=\"{day}\">").Report!;
        decimal? Late(string day) => Reporting.Reports.Seed.Audit(On(day)).Findings.SingleOrDefault(finding => finding.Kind == AuditFindingKind.Late)?.Found;

        Assert.Equal(new decimal?[] { null, null, 1m }, new[] { Late("2025-01-30"), Late("2025-01-31"), Late("2025-02-01") });
    }

    [Fact]
    public void Sec12_the_article_title_is_the_last_before_section_one_a_heading_preferred_so_a_list_of_other_years_is_passed_over()
    {
        var sidebar = "<ul><li>某县民政局2022年政府信息公开工作年度报告</li><li>某县民政局2023年政府信息公开工作年度报告</li></ul>";

        var report = Page("某县民政局2024年政府信息公开工作年度报告", before: sidebar).Report!;

        Assert.Equal(2024, report.Year);
    }

    [Fact]
    public void Sec12_without_a_title_the_callers_year_and_name_are_taken_and_the_missing_title_named()
    {
        const string Page = "<html><body><p>一、总体情况</p><p>正文。</p><p>三、收到和处理政府信息公开申请情况</p></body></html>";

        var without = HtmlRoundTripTests.ReadHtml(Page);
        var given = HtmlRoundTripTests.ReadHtml(Page, new ReportReadOptions { Year = 2024, PublisherName = "某县民政局", PublisherRole = BodyRole.Department });

        Assert.Null(without.Report);
        Assert.Equal(DocumentProblemKind.TitleNotFound, without.Problems[0].Kind);
        Assert.EndsWith("and no year was given; the report is not read", without.Problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(("某县民政局", 2024, BodyRole.Department), (given.Report!.PublisherName, given.Report.Year, given.Report.PublisherRole));
        Assert.Equal("某县民政局2024年政府信息公开工作年度报告", given.Report.Title);
        Assert.Equal("the document: no title such as …2024年度政府信息公开工作年度报告 was found before section 一", given.Problems[0].ToString());
        Assert.DoesNotContain(given.Problems, problem => problem.Section == ReportSection.Overview || problem.Section == ReportSection.Requests);   // their headings are there
        Assert.Equal("正文。", given.Report.Text(ReportSection.Overview));   // the heading in the first block is section 一's

        var unnamed = HtmlRoundTripTests.ReadHtml(Page, new ReportReadOptions { Year = 2024 }).Report!;
        Assert.Equal(("", "2024年政府信息公开工作年度报告"), (unnamed.PublisherName, unnamed.Title));
    }

    [Fact]
    public void Sec12_the_body_title_wins_over_the_page_title_and_a_docx_with_neither_names_the_missing_title()
    {
        var read = HtmlRoundTripTests.ReadHtml("<html><head><title>某县民政局2023年政府信息公开工作年度报告</title></head><body><h1>某县民政局2024年政府信息公开工作年度报告</h1><p>一、总体情况</p></body></html>");
        Assert.Equal(2024, read.Report!.Year);

        var stream = new MemoryStream();
        stream.Write(DocxRoundTripTests.Docx(FixtureReports.Bureau));
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, isEditable: true))
        {
            document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().First().Remove();
            document.PackageProperties.Title = null;
        }

        var untitled = DocxRoundTripTests.ReadDocx(stream.ToArray());
        Assert.Null(untitled.Report);
        Assert.Equal(DocumentProblemKind.TitleNotFound, untitled.Problems[0].Kind);
    }

    [Fact]
    public void Sec12_the_page_title_is_the_last_resort_its_site_name_cut_off()
    {
        var read = HtmlRoundTripTests.ReadHtml("<html><head><title>某县民政局2024年政府信息公开工作年度报告_某县人民政府门户网站</title></head><body><p>一、总体情况</p><p>二、主动公开政府信息情况</p></body></html>");

        Assert.Equal(("某县民政局", 2024), (read.Report!.PublisherName, read.Report.Year));
    }

    [Fact]
    public void Sec12_options_refuse_a_year_out_of_range_and_a_date_of_another_calendar()
    {
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new ReportReadOptions { Year = 0 });
        Assert.ThrowsAny<ArgumentOutOfRangeException>(() => new ReportReadOptions { Year = 9999 });
        Assert.Equal(9998, new ReportReadOptions { Year = 9998 }.Year);
        Assert.ThrowsAny<ArgumentException>(() => new ReportReadOptions { PublishedOn = new LocalDate(2025, 1, 1, CalendarSystem.Julian) });
    }
}
