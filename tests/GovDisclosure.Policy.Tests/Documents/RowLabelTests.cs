namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§9.4: a row of table 三 is found by its label — a result row by its group and then its number within the group, or its name
/// where it has no number, the longest name that fits winning — and a row found twice keeps its first figures.</summary>
public sealed class RowLabelTests
{
    private static (PublishedRequestTable Table, IReadOnlyList<DocumentProblem> Problems) Read(params string[] lines)
    {
        var problems = new ReadProblems();
        var reader = new RequestTableReader(problems);
        foreach (var line in lines)
        {
            reader.Read(FlatLine.Of(line));
        }

        return (reader.Finish(), problems.All);
    }

    private static int? Total(PublishedRequestTable table, RequestTableRow row) => table[row].Total;

    [Theory]
    [InlineData("1.其他法律行政法规禁止公开", "StateSecret")]      // the number wins over a name of another row
    [InlineData("8.其他事项", "AdministrativeEnquiry")]              // the last number of the group, whatever its name
    [InlineData("属于行政查询事项", "AdministrativeEnquiry")]        // no number: the name
    [InlineData("9.属于国家秘密", "StateSecret")]                   // a number past the group's: the name
    [InlineData("0.属于国家秘密", "StateSecret")]
    [InlineData("12.属于国家秘密", "StateSecret")]
    public void Sec9_4_a_numbered_row_is_found_by_its_number_and_else_by_its_name(string label, string row)
    {
        var (table, _) = Read("（三）不予公开", label + " 1 0 0 0 0 0 1");

        Assert.Equal(1, Total(table, RequestTableRow.Parse(row)));
    }

    [Fact]
    public void Sec9_4_a_label_naming_two_rows_of_its_group_is_the_row_of_the_longer_name()
    {
        var (table, _) = Read("（六）其他处理", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请（其他） 2 0 0 0 0 0 2");

        Assert.Equal(2, Total(table, RequestTableRow.AbandonedUncorrected));
        Assert.Null(Total(table, RequestTableRow.OtherHandling));
    }

    [Fact]
    public void Sec9_4_a_line_after_a_group_of_one_row_that_names_no_row_is_passed_over()
    {
        var (table, problems) = Read("（一）予以公开 1 0 0 0 0 0 1", "说明 5 0 0 0 0 0 5");

        Assert.Equal(1, Total(table, RequestTableRow.Disclosed));
        Assert.DoesNotContain(problems, problem => problem.Kind == DocumentProblemKind.RowRepeated);
    }

    [Fact]
    public void Sec9_4_a_row_found_twice_keeps_its_first_figures_and_is_named()
    {
        var (table, problems) = Read("一、本年新收政府信息公开申请数量 3 0 0 0 0 0 3", "一、本年新收政府信息公开申请数量 9 0 0 0 0 0 9");

        Assert.Equal(3, Total(table, RequestTableRow.NewThisYear));
        Assert.Equal(DocumentProblemKind.RowRepeated, problems[0].Kind);
    }

    [Fact]
    public void Sec9_4_a_row_whose_figures_run_together_is_named_once_and_found()
    {
        var (table, problems) = Read("一、本年新收政府信息公开申请数量7130000074");

        Assert.Equal(PublishedApplicantCounts.Blank, table[RequestTableRow.NewThisYear]);
        Assert.Single(problems, problem => problem.Row == "一");
        Assert.Equal(DocumentProblemKind.FiguresRunTogether, problems[0].Kind);
    }

    [Fact]
    public void Sec9_4_a_line_without_figures_is_no_row_though_it_names_one()
    {
        var problems = new ReadProblems();
        var reader = new RequestTableReader(problems);

        Assert.False(reader.Read(FlatLine.Of("一、本年新收政府信息公开申请数量")));
        Assert.True(reader.Read(FlatLine.Of("一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1")));
        Assert.False(reader.Read(FlatLine.Of("附注 1 2")));
        Assert.True(reader.Read(FlatLine.Of("四、结转下年度继续办理12")));   // found, its figures run together
    }
}
