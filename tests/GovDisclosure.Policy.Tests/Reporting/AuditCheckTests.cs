using static GovDisclosure.Policy.Tests.Reporting.PublishedReports;

namespace GovDisclosure.Policy.Tests.Reporting;

/// <summary>Made-up reports, each breaking one check of §12 once, found with the right kind, place and numbers.</summary>
public sealed class AuditCheckTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    private static PublishedAnnualReport WithRow(PublishedAnnualReport report, RequestTableRow row, Func<PublishedApplicantCounts, PublishedApplicantCounts> change) =>
        report with { Requests = report.Requests.With(row, change(report.Requests[row])) };

    /// <summary>The bureau's report on 2024 as the clean one follows from it: row 四 is 2025's row 二, and 8 normative documents were in force.</summary>
    private static PublishedAnnualReport LastYear(PublishedAnnualReport report) => report with
    {
        Year = report.Year - 1,
        Title = "某县民政局2024年政府信息公开工作年度报告",
        Requests = PublishedRequestTable.Blank.With(RequestTableRow.CarriedForward, report.Requests[RequestTableRow.CarriedOver]),
        Proactive = report.Proactive with { NormativeDocuments = new PublishedDocumentCounts(3, 0, 8) },
    };

    [Fact]
    public void Sec12_a_report_built_from_a_register_and_published_in_time_has_no_finding()
    {
        var audit = Policy.Audit(Clean, LastYear(Clean));

        Assert.Empty(audit.Findings);
        Assert.False(audit.HasErrors);
        Assert.Equal(new LocalDate(2026, 1, 31), audit.PublicationDue);
        Assert.Equal("县民政局2025年政府信息公开工作年度报告: 0 errors, 0 findings to explain", audit.ToString());
    }

    [Fact]
    public void Sec12_1_a_column_where_one_plus_two_differs_from_three_seven_plus_four_is_found_with_both_sums()
    {
        // One request moved from 四 to nowhere in the natural persons' column, and its total with it.
        var broken = WithRow(Clean, RequestTableRow.CarriedForward, row => row with { NaturalPersons = row.NaturalPersons + 1, Total = row.Total + 1 });

        Assert.Equal(
            [(AuditFindingKind.Balance, "三/一+二=三(七)+四/自然人", 6m, 7m), (AuditFindingKind.Balance, "三/一+二=三(七)+四/总计", 30m, 31m)],
            Summary(Policy.Audit(broken)));
    }

    [Fact]
    public void Sec12_2_a_row_whose_total_is_not_the_sum_of_its_columns_is_found_at_its_total()
    {
        var broken = WithRow(Clean, RequestTableRow.NewThisYear, row => row with { Total = row.Total + 2 });

        Assert.Equal([(AuditFindingKind.RowTotal, "三/一/总计", 30m, 28m), (AuditFindingKind.Balance, "三/一+二=三(七)+四/总计", 32m, 30m)], Summary(Policy.Audit(broken)));
    }

    [Fact]
    public void Sec12_3_a_column_whose_three_seven_is_not_the_sum_of_its_results_is_found_at_three_seven()
    {
        var moved = WithRow(Clean, RequestTableRow.Total, row => row with { NaturalPersons = row.NaturalPersons + 1, Total = row.Total + 1 });
        var broken = WithRow(moved, RequestTableRow.CarriedForward, row => row with { NaturalPersons = row.NaturalPersons - 1, Total = row.Total - 1 });

        Assert.Equal([(AuditFindingKind.Negative, "三/四/自然人", -1m, null), (AuditFindingKind.ResultTotal, "三/三(七)/自然人", 7m, 6m),
            (AuditFindingKind.ResultTotal, "三/三(七)/总计", 27m, 26m)], Summary(Policy.Audit(broken)));
    }

    [Fact]
    public void Sec12_4_a_group_of_table_four_whose_total_is_not_the_sum_of_its_results_is_found_at_its_total()
    {
        var broken = Clean with { Redress = Clean.Redress with { LitigationAfterReconsideration = Clean.Redress.LitigationAfterReconsideration with { Total = 5 } } };

        Assert.Equal([(AuditFindingKind.RedressTotal, "四/复议后起诉/总计", 5m, 1m)], Summary(Policy.Audit(broken)));
    }

    [Fact]
    public void Sec12_5_row_two_against_last_years_row_four_is_found_column_by_column()
    {
        var lastYear = LastYear(Clean);
        var changed = lastYear with
        {
            Requests = lastYear.Requests.With(RequestTableRow.CarriedForward, PublishedApplicantCounts.From(ApplicantCounts.FromColumns(1, 2, 0, 0, 0, 0))),
        };

        Assert.Equal([(AuditFindingKind.CarriedOver, "三/二/商业企业", 1m, 2m), (AuditFindingKind.CarriedOver, "三/二/总计", 2m, 3m)],
            Summary(Policy.Audit(Clean, changed)));
    }

    [Theory]
    [InlineData(8, null)]   // 8 in force last year + 2 issued − 1 repealed = 9, as published
    [InlineData(7, 8)]      // 7 + 2 − 1 = 8, but 9 are published in force
    [InlineData(9, 10)]
    public void Sec12_6_documents_in_force_that_do_not_follow_from_last_years_are_a_difference_to_explain(int lastInForce, int? expected)
    {
        var lastYear = LastYear(Clean) with { Proactive = Clean.Proactive with { NormativeDocuments = new PublishedDocumentCounts(0, 0, lastInForce) } };

        var audit = Policy.Audit(Clean, lastYear);

        Assert.Equal(expected is null ? [] : [(AuditFindingKind.DocumentsInForce, "二/行政规范性文件/现行有效件数", 9m, (decimal?)expected)], Summary(audit));
        Assert.False(audit.HasErrors);
    }

    [Theory]
    [InlineData("本年予以公开3件。", null)]
    [InlineData("本年予以公开４件。", 4)]
    [InlineData("本年予以公开四件。", 4)]
    [InlineData("本年新收政府信息公开申请二十八件。", null)]
    [InlineData("本年新收政府信息公开申请27件。", 27)]
    [InlineData("上年结转政府信息公开申请2件，结转下年度继续办理4件。", null)]
    [InlineData("上年结转政府信息公开申请3件。", 3)]
    [InlineData("结转下年度继续办理3件。", 3)]
    [InlineData("共发生政府信息公开行政复议3件，行政诉讼2件。", null)]
    [InlineData("共发生政府信息公开行政复议4件。", 4)]
    [InlineData("行政诉讼3件。", 3)]
    public void Sec12_7_a_number_the_text_gives_is_compared_with_its_cell_and_quoted_with_it(string sentence, int? differs)
    {
        var report = Clean.WithText(ReportSection.Requests, "本年度工作情况如下：" + sentence);

        var found = Policy.Audit(report).Findings;

        Assert.Equal(differs is null ? 0 : 1, found.Count);
        Assert.All(found, finding =>
        {
            Assert.Equal((AuditFindingKind.TextDiffers, (decimal?)differs, ReportSection.Requests), (finding.Kind, finding.Found, finding.Place.Section));
            Assert.Equal(sentence.TrimEnd('。'), finding.Place.Sentence![10..]);
            Assert.Contains($"称", finding.MessageZh, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("本年度收取信息处理费1700元。", false)]
    [InlineData("本年度未收取信息处理费。", false)]
    [InlineData("本年度无其他需要报告的事项。", true)]
    [InlineData("", true)]
    public void Sec12_8_section_six_silent_on_fees_is_a_finding(string otherMatters, bool found)
    {
        var audit = Policy.Audit(Clean.WithText(ReportSection.OtherMatters, otherMatters));

        Assert.Equal(found ? [(AuditFindingKind.FeesNotStated, "六", null, null)] : [], Summary(audit));
    }

    [Theory]
    [InlineData("Department", 1, 31, null, null)]
    [InlineData("Department", 2, 1, "Late", 1)]
    [InlineData("Government", 3, 31, null, null)]
    [InlineData("Government", 4, 1, "Late", 1)]
    [InlineData(null, 1, 31, null, null)]
    [InlineData(null, 2, 1, "RoleUnknown", null)]
    [InlineData(null, 3, 31, "RoleUnknown", null)]
    [InlineData(null, 4, 1, "Late", 1)]
    public void Sec12_9_the_publication_date_is_judged_against_31_january_or_31_march_and_without_a_role_only_where_both_agree(
        string? role, int month, int day, string? kind, int? daysLate)
    {
        var report = Clean with { PublisherRole = role is null ? null : BodyRole.Parse(role), PublishedOn = new LocalDate(2026, month, day) };

        var findings = Policy.Audit(report).Findings;

        Assert.Equal(kind is null ? [] : [(kind, (decimal?)daysLate)], findings.Select(f => (f.Kind.Name, f.Found)));
    }

    [Fact]
    public void Sec12_9_the_callers_role_wins_and_an_unknown_date_is_said_not_judged()
    {
        var report = Clean with { PublishedOn = new LocalDate(2026, 3, 1) };

        Assert.Equal([(AuditFindingKind.Late, "", 29m, 0m)], Summary(Policy.Audit(report)));
        Assert.Empty(Policy.Audit(report with { PublisherRole = BodyRole.Government }).Findings);
        Assert.Equal([(AuditFindingKind.DateUnknown, "", null, null)], Summary(Policy.Audit(Clean with { PublishedOn = null })));
    }

    [Fact]
    public void Sec12_11_a_blank_cell_is_named_once_and_left_out_of_the_identities_it_is_in_and_a_blank_row_is_named_as_a_row()
    {
        var blankCell = WithRow(Clean, RequestTableRow.Disclosed, row => row with { NaturalPersons = null });
        var blankRow = Clean with { Requests = Clean.Requests.With(RequestTableRow.StateSecret, PublishedApplicantCounts.Blank) };
        var blankGroup = Clean with { Redress = Clean.Redress with { Reconsideration = PublishedRedressCounts.Blank } };

        Assert.Equal([(AuditFindingKind.BlankCell, "三/三(一)/自然人", null, null)], Summary(Policy.Audit(blankCell)));
        Assert.Equal([(AuditFindingKind.BlankCell, "三/三(三)1", null, null)], Summary(Policy.Audit(blankRow)));
        Assert.Equal([(AuditFindingKind.BlankCell, "四/行政复议", null, null)], Summary(Policy.Audit(blankGroup)));
        Assert.Contains("blank is not 0", Policy.Audit(blankCell).Findings[0].MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2020, "National2021")]
    [InlineData(2024, "Earlier")]
    public void Sec12_11_a_report_in_an_earlier_format_is_named_as_such_and_its_tables_are_not_checked_against_2021s_rows(int year, string format)
    {
        var report = new PublishedAnnualReport("某县民政局", year) { Format = ReportFormat.Parse(format), PublisherRole = BodyRole.Department, PublishedOn = new LocalDate(year + 1, 1, 10) };

        Assert.Equal([(AuditFindingKind.EarlierFormat, "", null, null)], Summary(Policy.Audit(report)));
    }

    [Fact]
    public void Sec12_last_years_report_must_be_on_the_year_before()
    {
        var refused = ArgumentAssert.Throws<ArgumentException>(() => Policy.Audit(Clean, Clean));

        Assert.Equal("lastYear", refused.ParamName);
        ArgumentAssert.Throws<ArgumentNullException>(() => Policy.Audit((PublishedAnnualReport)null!));
    }

    [Fact]
    public void Sec12_a_batch_is_audited_report_by_report_in_the_order_given()
    {
        var late = Clean with { PublishedOn = new LocalDate(2026, 2, 2) };

        var audits = Policy.Audit([(Clean, LastYear(Clean)), (late, null)]);

        Assert.Equal([0, 1], audits.Select(audit => audit.Findings.Count));
        Assert.Same(late, audits[1].Report);
        Assert.Null(audits[1].LastYear);
    }

    [Fact]
    public void Sec12_a_built_report_published_has_its_own_texts_and_no_text_in_the_table_sections()
    {
        var published = Reports.Report2025.ToPublished();

        Assert.Equal(["", "", ""], new[] { ReportSection.Proactive, ReportSection.Requests, ReportSection.Redress }.Select(published.Text));
        Assert.Equal(Reports.Report2025.Overview, published.Text(ReportSection.Overview));
        Assert.Null(published.PublisherRole);
        Assert.Null(published.PublishedOn);
    }
}
