using System.Text;

namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>
/// §10: a CSV catalog's problems say where they are in the user's own terms — the spreadsheet's row and the catalog's 序号,
/// the header name that was probably meant — and a file split by another separator is one problem, not one per column.
/// </summary>
public sealed class CatalogCsvPlaceTests
{
    private const string Header = "序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级";

    private const string Row = "1,最低生活保障,政策文件,低保政策,《社会救助暂行办法》,制定或获取信息之日起10个工作日内,县级民政部门,政府网站,全社会,主动,县级";

    [Fact]
    public void Sec10_a_rows_problem_names_the_spreadsheet_row_and_the_catalogs_number()
    {
        var problem = Assert.Single(Refused(Header, Row.Replace(",全社会,", ",,", StringComparison.Ordinal)).Problems);

        Assert.Equal((2, "公开对象", "1"), (problem.Row, problem.Column, problem.Number));
        Assert.Equal("row 2 (序号 1), 公开对象: is blank", problem.ToString());
    }

    [Fact]
    public void Sec10_a_row_with_a_blank_number_is_named_by_its_spreadsheet_row_alone()
    {
        var problem = Assert.Single(Refused(Header, Row, "," + Row[2..].Replace(",全社会,", ",,", StringComparison.Ordinal)).Problems,
            problem => problem.Column == "公开对象");

        Assert.Null(problem.Number);
        Assert.StartsWith("row 3, 公开对象: ", problem.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("公开期限", "公开时限")]
    [InlineData("公开主休", "公开主体")]
    public void Sec10_a_misspelt_header_is_asked_about_the_column_it_probably_meant(string typed, string meant)
    {
        var problems = Refused(Header.Replace(meant, typed, StringComparison.Ordinal), Row).Problems;

        var unknown = Assert.Single(problems, problem => problem.Column == typed);
        Assert.StartsWith($"\"{typed}\" is not a column of a catalog; did you mean {meant}? The columns are ", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec10_a_header_near_several_columns_asks_about_none()
    {
        var unknown = Assert.Single(Refused(Header.Replace("公开对象", "对象", StringComparison.Ordinal), Row).Problems, problem => problem.Column == "对象");

        Assert.StartsWith("\"对象\" is not a column of a catalog. The columns are ", unknown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(';', "semicolons (;)")]
    [InlineData('\t', "tabs")]
    public void Sec10_a_file_split_by_another_separator_is_one_problem_saying_which(char separator, string named)
    {
        var problem = Assert.Single(Refused(Header.Replace(',', separator), Row.Replace(',', separator)).Problems);

        Assert.Equal((1, (string?)null, (string?)null), (problem.Row, problem.Column, problem.Number));
        Assert.StartsWith($"The header is split by {named}, not commas", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec10_a_header_alone_split_by_semicolons_is_found_without_a_line_break()
    {
        var problem = Assert.Single(Refused(Header.Replace(',', ';')).Problems);

        Assert.StartsWith("The header is split by semicolons (;), not commas", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec10_a_header_with_as_many_tabs_as_semicolons_is_named_by_its_semicolons()
    {
        var problem = Assert.Single(Refused("序号;一级事项\t二级事项", "1").Problems);

        Assert.StartsWith("The header is split by semicolons (;), not commas", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec10_a_semicolon_inside_a_comma_separated_header_is_no_other_separator()
    {
        var catalog = CountyCatalog.ReadCsv(Csv(Header + ",备注", Row + ",见附件；另有说明"), "民政");

        Assert.Equal("见附件；另有说明", catalog.Rows[0].Remarks);
    }

    [Fact]
    public void Sec10_a_one_column_file_with_neither_separator_is_refused_for_its_missing_header_not_its_separator()
    {
        var problem = Assert.Single(Refused("序号", "1").Problems);

        Assert.Equal((1, (string?)null), (problem.Row, problem.Column));
        Assert.StartsWith("No row among the first 10 names three of a catalog's columns; the header names 序号,一级事项,", problem.Message, StringComparison.Ordinal);
    }

    private static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));

    private static CatalogDataException Refused(params string[] lines) => Assert.Throws<CatalogDataException>(() => CountyCatalog.ReadCsv(Csv(lines), "民政"));
}
