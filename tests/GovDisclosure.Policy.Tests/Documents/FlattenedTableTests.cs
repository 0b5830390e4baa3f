using System.Text;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§12: tables some sites flatten to text are named as flattened, and their rows are read where spaces separate the figures; a row
/// whose figures run together (平潭's page printed row 一 as <c>7130000074</c>) is named and left blank, never split by a guess.</summary>
public sealed class FlattenedTableTests
{
    /// <summary>Pingtan's report on 2022 as a page whose tables are lines of text, each row's figures separated by spaces.</summary>
    private static string FlatPage(Func<string, string>? spoil = null)
    {
        var report = Fixtures.Report("pingtan-2022");
        var page = new StringBuilder($"<html><body><div class=\"title\">{report.Title}</div>\n");
        void Line(string text) => page.Append("<p>").Append(spoil is null ? text : spoil(text)).Append("</p>\n");
        string Cells(params object?[] cells) => string.Join(" ", cells.Select(cell => cell ?? ""));
        foreach (var section in ReportSection.InOrder)
        {
            Line(section.Heading);
            foreach (var line in report.Text(section).Split('\n'))
            {
                Line(line);
            }

            if (section == ReportSection.Proactive)
            {
                Line("第二十条第（一）项");
                Line("信息内容 本年制发件数 本年废止件数 现行有效件数");
                Line("规章 " + Cells(report.Proactive.Rules.Issued, report.Proactive.Rules.Repealed, report.Proactive.Rules.InForce));
                Line("行政规范性文件 " + Cells(report.Proactive.NormativeDocuments.Issued, report.Proactive.NormativeDocuments.Repealed, report.Proactive.NormativeDocuments.InForce));
                Line("行政许可 5");
                Line("行政处罚 6");
                Line("行政强制 7");
                Line("行政事业性收费 0.5");
            }
            else if (section == ReportSection.Requests)
            {
                Line("申请人情况 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计");
                RequestOutcomeGroup? group = null;
                foreach (var row in RequestTable.Rows)
                {
                    var counts = report.Requests[row];
                    if (row.Outcome is { RowInGroup: not null } outcome && outcome.Group != group)
                    {
                        group = outcome.Group;
                        Line($"（{group.TableLabel.Trim('(', ')')}）{group.Label.Zh}");
                    }

                    var label = row.Outcome is { RowInGroup: { } n } ? $"{n}.{row.Label.Zh}" : row.Label.Zh;
                    Line(label + " " + Cells(ApplicantKind.InOrder.Select(kind => (object?)counts[kind]).Append(counts.Total).ToArray()));
                }
            }
            else if (section == ReportSection.Redress)
            {
                Line("行政复议 行政诉讼");
                Line(Cells(RedressCaseKind.InOrder.SelectMany(kind => RedressResult.InOrder.Select(result => (object?)report.Redress[kind][result]).Append(report.Redress[kind].Total)).ToArray()));
            }
        }

        return page.Append("</body></html>").ToString();
    }

    [Fact]
    public void Sec12_tables_flattened_with_spaces_between_figures_are_named_and_read_in_full()
    {
        var read = HtmlRoundTripTests.ReadHtml(FlatPage());

        Assert.Equal(
        [
            (DocumentProblemKind.TableFlattened, "二"), (DocumentProblemKind.TableFlattened, "三"), (DocumentProblemKind.TableFlattened, "四"),
        ], read.Problems.Select(problem => (problem.Kind, problem.Table)));
        var report = Fixtures.Report("pingtan-2022");
        Assert.Equal(report.Requests, read.Report!.Requests);
        Assert.Equal(report.Redress, read.Report.Redress);
        Assert.Equal((5, 6, 7, 0.5m), (read.Report.Proactive.LicensingDecisions, read.Report.Proactive.PenaltyDecisions, read.Report.Proactive.CoercionDecisions,
            read.Report.Proactive.FeesTenThousandYuan));
    }

    [Fact]
    public void Sec12_a_flattened_row_whose_figures_run_together_is_named_and_left_blank_and_the_others_read()
    {
        // As 平潭's own page printed them: row 一 as one run of digits, 行政规范性文件 as 8855698.
        var read = HtmlRoundTripTests.ReadHtml(FlatPage(line => line switch
        {
            "本年新收政府信息公开申请数量 71 3 0 0 0 0 74" => "一、本年新收政府信息公开申请数量7130000074",
            "行政规范性文件 88 55 698" => "行政规范性文件8855698",
            _ => line,
        }));

        Assert.Equal(
        [
            (DocumentProblemKind.TableFlattened, "二", null), (DocumentProblemKind.FiguresRunTogether, "二", "行政规范性文件"),
            (DocumentProblemKind.TableFlattened, "三", null), (DocumentProblemKind.FiguresRunTogether, "三", "一"), (DocumentProblemKind.TableFlattened, "四", null),
        ], read.Problems.Select(problem => (problem.Kind, problem.Table, problem.Row)));   // one problem a mistake: no "row not found" besides
        var together = read.Problems.Where(problem => problem.Kind == DocumentProblemKind.FiguresRunTogether).ToArray();
        Assert.Equal("table 三, row 一: the row's figures read as 1 (7130000074) where 7 separated by spaces were expected; its cells are left blank",
            together[1].ToString());
        Assert.Equal(PublishedApplicantCounts.Blank, read.Report!.Requests[RequestTableRow.NewThisYear]);
        Assert.Equal(PublishedDocumentCounts.Blank, read.Report.Proactive.NormativeDocuments);
        Assert.Equal(Fixtures.Report("pingtan-2022").Requests[RequestTableRow.CarriedOver], read.Report.Requests[RequestTableRow.CarriedOver]);
    }

    [Fact]
    public void Sec12_a_flattened_table_four_whose_figures_run_together_is_named_as_a_whole()
    {
        var read = HtmlRoundTripTests.ReadHtml(FlatPage(line => line == "0 1 1 0 2 1 0 0 0 1 0 0 0 0 0" ? "011021000100000" : line));

        var problem = Assert.Single(read.Problems, problem => problem.Kind == DocumentProblemKind.FiguresRunTogether);
        Assert.Equal(("四", (string?)null), (problem.Table, problem.Row));
        Assert.Equal(PublishedRedressTable.Blank, read.Report!.Redress);
    }

    [Fact]
    public void Sec12_a_flattened_table_four_is_its_first_line_of_figures_alone_a_labelled_line_and_fractions_not_read()
    {
        var read = HtmlRoundTripTests.ReadHtml(FlatPage(line => line == "行政复议 行政诉讼" ? "合计 9 9 9 9 9 9 9 9 9 9 9 9 9 9 9" : line));
        var fraction = HtmlRoundTripTests.ReadHtml(FlatPage(line => line == "0 1 1 0 2 1 0 0 0 1 0 0 0 0 0" ? "0.5 1 1 0 2 1 0 0 0 1 0 0 0 0 0" : line));

        Assert.Equal(Fixtures.Report("pingtan-2022").Redress, read.Report!.Redress);
        Assert.Equal((DocumentProblemKind.NotAFigure, "行政复议", "结果维持"),
            fraction.Problems.Where(problem => problem.Table == "四").Select(problem => (problem.Kind, problem.Row!, problem.Column!)).Last());
    }
}
