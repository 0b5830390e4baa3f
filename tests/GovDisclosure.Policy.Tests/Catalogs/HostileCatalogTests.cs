using System.Text;

namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>
/// §10: the catalog reader against input no county wrote — a cell of megabytes of unknown channels, thousands of broken rows. One
/// problem a cell, the first hundred problems kept and all counted, quotations cut to a readable length.
/// </summary>
public sealed class HostileCatalogTests
{
    private const string Header = "序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级";

    private static string Row(int number, string channels = "政府网站", string timeLimit = "制定或获取信息之日起10个工作日内") =>
        $"{number},最低生活保障,政策文件,低保政策,《社会救助暂行办法》,{timeLimit},县级民政部门,{channels},全社会,主动,县级";

    private static CatalogDataException Refused(string csv) =>
        Assert.Throws<CatalogDataException>(() => CountyCatalog.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "民政"));

    [Fact]
    public void Sec10_a_megabyte_cell_of_unknown_channels_is_one_problem_naming_the_first_few_and_counting_the_rest()
    {
        var channels = string.Join("、", Enumerable.Repeat("某某", 250_000));

        var exception = Refused(Header + "\n" + Row(1, channels));

        var problem = Assert.Single(exception.Problems);
        Assert.Equal((2, "公开渠道和载体"), (problem.Row, problem.Column));
        Assert.StartsWith("\"某某\", \"某某\", \"某某\" and 249,997 more are not channels of the national list (政府网站、", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, exception.ProblemCount);
    }

    [Fact]
    public void Sec10_a_cell_of_one_unknown_channel_says_is_not_a_channel()
    {
        var problem = Assert.Single(Refused(Header + "\n" + Row(1, "政府网站、报纸")).Problems);

        Assert.StartsWith("\"报纸\" is not a channel of the national list", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec10_a_catalog_of_thousands_of_broken_rows_keeps_the_first_hundred_in_row_order_and_counts_them_all()
    {
        var rows = Enumerable.Range(1, 3000).Select(number => Row(number, timeLimit: "尽快"));

        var exception = Refused(Header + "\n" + string.Join("\n", rows));

        Assert.Equal(CatalogDataException.MaxProblems, exception.Problems.Count);
        Assert.Equal(3000, exception.ProblemCount);
        Assert.Equal(Enumerable.Range(2, 100), exception.Problems.Select(problem => problem.Row));
        Assert.StartsWith("The catalog \"民政\" is not usable (3000 problems):", exception.Message, StringComparison.Ordinal);
        Assert.EndsWith("- … and 2990 more", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec10_a_numbered_twice_problem_of_an_early_row_is_kept_ahead_of_later_rows_problems()
    {
        var rows = new[] { Row(1), Row(1) }.Concat(Enumerable.Range(3, 200).Select(number => Row(number, timeLimit: "尽快")));

        var exception = Refused(Header + "\n" + string.Join("\n", rows));

        Assert.Equal((3, "序号"), (exception.Problems[0].Row, exception.Problems[0].Column));
        Assert.Equal(201, exception.ProblemCount);
    }

    [Fact]
    public void Sec10_a_long_time_limit_cell_is_quoted_cut_with_its_length()
    {
        var timeLimit = "尽快" + new string('快', 5000);

        var problem = Assert.Single(Refused(Header + "\n" + Row(1, timeLimit: timeLimit)).Problems);

        Assert.Contains("(5,002 characters)", problem.Message, StringComparison.Ordinal);
        Assert.True(problem.Message.Length < 600, problem.Message);
    }

    [Fact]
    public void Sec10_a_catalog_given_in_code_with_too_many_problems_keeps_the_first_hundred()
    {
        var problems = Enumerable.Range(1, 250).Select(row => new CatalogProblem(row, "公开时限", "is blank"));

        var exception = new CatalogDataException("民政", problems);

        Assert.Equal((100, 250), (exception.Problems.Count, exception.ProblemCount));
        Assert.Equal(100, exception.Problems[^1].Row);
    }
}
