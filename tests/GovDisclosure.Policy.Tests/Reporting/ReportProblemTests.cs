using static GovDisclosure.Policy.Tests.Reporting.Reports;

namespace GovDisclosure.Policy.Tests.Reporting;

/// <summary>The identities of the national format (§9.4, §9.5) catch a hand-edited report, each kind with its place; the
/// sentences, with their figures, are pinned in Approved/report-problem-texts.txt (ReportProblemTextTests).</summary>
public sealed class ReportProblemTests
{
    private static RequestTable Table => Report2025.Requests;

    [Fact]
    public void Sec9_4_a_new_request_added_by_hand_breaks_the_balance_of_its_column_and_the_total_column()
    {
        var edited = Report2025 with { Requests = Table.With(RequestTableRow.NewThisYear, new ApplicantCounts(6, 4, 5, 5, 5, 4, 29)) };

        Assert.Equal(["三/一+二=三(七)+四/自然人", "三/一+二=三(七)+四/总计"], edited.Problems.Select(problem => problem.Location));
        Assert.All(edited.Problems, problem => Assert.Equal(ReportProblemKind.Balance, problem.Kind));
    }

    [Fact]
    public void Sec9_4_a_row_total_that_is_not_the_sum_of_its_columns_is_caught()
    {
        var edited = Report2025 with { Requests = Table.With(RequestTableRow.CarriedForward, new ApplicantCounts(0, 1, 1, 0, 1, 1, 5)) };

        var problems = edited.Problems;

        Assert.Equal((ReportProblemKind.Total, "三/四/总计"), (problems[0].Kind, problems[0].Location));
        Assert.Equal([ReportProblemKind.Total, ReportProblemKind.Balance], problems.Select(problem => problem.Kind));   // the total column no longer balances
    }

    [Fact]
    public void Sec9_4_a_result_total_that_is_not_the_sum_of_the_result_rows_is_caught()
    {
        var edited = Report2025 with { Requests = Table.With(RequestTableRow.StateSecret, ApplicantCounts.Zero) };   // 三(三)1 held the one StateSecret reply, 社会公益组织

        Assert.Equal(["三/三(七)/社会公益组织", "三/三(七)/总计"], edited.Problems.Select(problem => problem.Location));
        Assert.All(edited.Problems, problem => Assert.Equal(ReportProblemKind.Total, problem.Kind));
    }

    [Fact]
    public void Sec9_5_a_redress_total_that_is_not_the_sum_of_the_results_is_caught()
    {
        var edited = Report2025 with { Redress = Report2025.Redress with { DirectLitigation = new RedressCounts(0, 0, 0, 1, 2) } };

        var problem = Assert.Single(edited.Problems);

        Assert.Equal((ReportProblemKind.Total, "四/未经复议直接起诉/总计"), (problem.Kind, problem.Location));
    }

    [Fact]
    public void Sec9_3_negative_figures_are_caught_in_every_table()
    {
        var edited = Report2025 with
        {
            Proactive = Input.Proactive with { Rules = new DocumentCounts(-1, 0, 0), CoercionDecisions = -2, FeesTenThousandYuan = -0.5m },
            Redress = Report2025.Redress with { Reconsideration = new RedressCounts(1, 1, -1, 1, 2) },
        };

        var negatives = edited.Problems.Where(problem => problem.Kind == ReportProblemKind.Negative).Select(problem => problem.Location);

        Assert.Equal(["二/规章/本年制发件数", "二/行政强制/本年处理决定数量", "二/行政事业性收费/本年收费金额", "四/行政复议/其他结果"], negatives);
    }

    [Fact]
    public void Sec9_4_a_negative_figure_in_table_three_is_caught_even_where_the_sums_still_agree()
    {
        var edited = Report2025 with
        {
            Requests = Table.With(RequestTableRow.RepeatedRequest, new ApplicantCounts(0, 2, 0, 0, 0, -1, 1)),   // 三(五)2 held one reply of 法律服务机构
        };

        Assert.Contains(edited.Problems, problem => (problem.Kind, problem.Location) == (ReportProblemKind.Negative, "三/三(五)2/其他"));
    }

    [Fact]
    public void Sec9_3_every_figure_of_every_table_is_checked_for_a_sign()
    {
        var edited = Report2025 with
        {
            Proactive = new ProactiveDisclosureFigures(new DocumentCounts(-1, -1, -1), new DocumentCounts(-1, -1, -1), -1, -1, -1, -1m),
            Requests = Table.With(RequestTableRow.OtherHandling, new ApplicantCounts(-1, -1, -1, -1, -1, -1, -6)),
            Redress = new RedressTable(new RedressCounts(-1, -1, -1, -1, -4), RedressCounts.Zero, new RedressCounts(0, 0, 0, 0, -1)),
        };

        var negatives = edited.Problems.Where(problem => problem.Kind == ReportProblemKind.Negative).Select(problem => problem.Location);

        Assert.Equal(
        [
            "二/规章/本年制发件数", "二/规章/本年废止件数", "二/规章/现行有效件数", "二/行政规范性文件/本年制发件数", "二/行政规范性文件/本年废止件数", "二/行政规范性文件/现行有效件数",
            "二/行政许可/本年处理决定数量", "二/行政处罚/本年处理决定数量", "二/行政强制/本年处理决定数量", "二/行政事业性收费/本年收费金额",
            "三/三(六)3/自然人", "三/三(六)3/商业企业", "三/三(六)3/科研机构", "三/三(六)3/社会公益组织", "三/三(六)3/法律服务机构", "三/三(六)3/其他", "三/三(六)3/总计",
            "四/行政复议/结果维持", "四/行政复议/结果纠正", "四/行政复议/其他结果", "四/行政复议/尚未审结", "四/行政复议/总计", "四/复议后起诉/总计",
        ], negatives);
        Assert.Contains(edited.Problems, problem => problem.Location == "四/复议后起诉/总计" && problem.Kind == ReportProblemKind.Total);
    }

    [Fact]
    public void Sec9_4_zero_figures_and_a_consistent_table_built_by_hand_have_no_problems()
    {
        var row = ApplicantCounts.FromColumns(1, 2, 3, 4, 5, 6);
        var table = RequestTable.Empty.With(RequestTableRow.NewThisYear, row).With(RequestTableRow.ThirdPartyRights, row).With(RequestTableRow.Total, row);
        var report = new AnnualReport("b", "某单位", 2025, "", ProactiveDisclosureFigures.None, table, RedressTable.Empty, "", "") { LastYearCarriedForward = ApplicantCounts.Zero };

        Assert.Empty(report.Problems);
        Assert.Equal(21, row.Total);
        Assert.Equal(21, row.SumOfColumns);
        Assert.Equal([1, 2, 3, 4, 5, 6], ApplicantKind.InOrder.Select(kind => row[kind]));
    }

    [Fact]
    public void Sec9_5_a_redress_group_and_table_are_read_by_result_and_kind()
    {
        var counts = RedressCounts.FromResults(1, 2, 3, 4);
        var table = new RedressTable(counts, RedressCounts.Zero, RedressCounts.FromResults(0, 0, 0, 7));

        Assert.Equal([1, 2, 3, 4], RedressResult.InOrder.Select(result => counts[result]));
        Assert.Equal((10, 10), (counts.Total, counts.SumOfResults));
        Assert.Equal([10, 0, 7], RedressCaseKind.InOrder.Select(kind => table[kind].Total));
        ArgumentAssert.Throws<ArgumentNullException>(() => table with { DirectLitigation = null! });
    }

    [Fact]
    public void Sec9_4_tables_are_equal_when_every_row_is()
    {
        var a = RequestTable.Empty.With(RequestTableRow.CarriedOver, ApplicantCounts.FromColumns(1, 0, 0, 0, 0, 0));
        var b = RequestTable.Empty.With(RequestTableRow.CarriedOver, ApplicantCounts.FromColumns(1, 0, 0, 0, 0, 0));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, RequestTable.Empty);
        Assert.NotEqual(a, RequestTable.Empty.With(RequestTableRow.CarriedForward, ApplicantCounts.FromColumns(1, 0, 0, 0, 0, 0)));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"a table"));
        Assert.Equal(ApplicantCounts.Zero, a[RequestTableRow.NewThisYear]);   // With copies: the empty table's other rows stay zero
        Assert.Equal(ApplicantCounts.Zero, RequestTable.Empty[RequestTableRow.CarriedOver]);
    }

    [Fact]
    public void D38_a_carried_over_row_that_differs_from_last_years_carried_forward_row_is_caught_per_column()
    {
        var edited = Report2025 with { LastYearCarriedForward = ApplicantCounts.FromColumns(1, 0, 0, 0, 0, 0) };

        Assert.Equal(["三/二/商业企业", "三/二/总计"], edited.Problems.Select(problem => problem.Location));
        Assert.All(edited.Problems, problem => Assert.Equal(ReportProblemKind.CarriedOver, problem.Kind));
    }

    [Fact]
    public void Sec9_4_a_report_with_problems_says_how_many_and_a_consistent_one_says_none()
    {
        Assert.Equal("Annual report on government information disclosure, 2025: 县民政局: 一 28 + 二 2 = 三(七) 26 + 四 4", Report2025.ToString());
        Assert.EndsWith(", 1 problem", (Report2025 with { Redress = Report2025.Redress with { DirectLitigation = new RedressCounts(0, 0, 0, 1, 2) } }).ToString());
    }
}
