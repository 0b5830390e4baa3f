namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>§13: a sheet's header found below its titles and read in one or two rows; each thing wrong with it one problem, at its cell.</summary>
public sealed class CatalogHeaderTests
{
    private static readonly string?[] Plain = ["序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级"];

    private static readonly string?[] Data = ["1", "社会救助", "最低生活保障", "政策", "条例", "每月", "县级民政部门", "政府网站", "全社会", "主动", "县级"];

    private static string?[] With(string?[] cells, int at, string? value)
    {
        var copy = (string?[])cells.Clone();
        copy[at] = value;
        return copy;
    }

    private static CatalogProblem[] Problems(params string?[][] rows) => [.. Assert.Throws<CatalogDataException>(() => CountyCatalog.ReadCells(rows, "民政", "目录")).Problems];

    [Fact]
    public void Sec13_titles_and_blank_rows_above_the_header_are_passed_over_up_to_the_tenth_row()
    {
        string?[][] titles = [.. Enumerable.Range(0, 9).Select(i => i % 2 == 0 ? new string?[] { $"某县民政领域基层政务公开标准目录（第{i}部分）" } : [])];

        Assert.Single(CountyCatalog.ReadCells([.. titles, Plain, Data], "民政").Rows);
        Assert.True(CountyCatalog.IsCatalogSheet([.. titles, Plain]));
        Assert.False(CountyCatalog.IsCatalogSheet([.. titles, [null], Plain]));
        var problem = Assert.Single(Problems([.. titles, [null], Plain, Data]));
        Assert.Equal((1, (string?)null, "目录"), (problem.Row, problem.Column, problem.Sheet));
    }

    [Fact]
    public void Sec13_a_row_naming_fewer_than_three_columns_is_no_header()
    {
        Assert.False(CountyCatalog.IsCatalogSheet([["序号", "一级事项", "一级事项", "附件"]]));
        Assert.True(CountyCatalog.IsCatalogSheet([["序号", "一级事项", "公开对象-全社会"]]));
        Assert.False(CountyCatalog.IsCatalogSheet([["序号", "一级事项", "附件-全社会"]]));
    }

    [Theory]
    [InlineData("公开\n时限")]
    [InlineData(" 公开 时限 ")]
    [InlineData("公开\u3000时限")]
    public void Sec13_spaces_and_line_breaks_inside_a_heading_do_not_count(string heading)
    {
        Assert.Equal("每月", CountyCatalog.ReadCells([With(Plain, 5, heading), Data], "民政").Rows[0].TimeLimitText);
    }

    [Theory]
    [InlineData("公开对象-全社会", "公开对象-特定群体")]
    [InlineData("公开对象－全社会", "公开对象－特定群体")]
    [InlineData("公开对象—全社会", "公开对象—特定群体")]
    [InlineData("公开对象_全社会", "公开对象_特定群体")]
    public void Sec13_a_group_joined_to_its_member_in_one_cell_is_a_tick_column(string whole, string groups)
    {
        string?[] header = [.. Plain[..8], whole, groups, .. Plain[9..]];
        string?[] row = [.. Data[..8], null, "√", .. Data[9..]];

        Assert.Equal(CatalogAudience.SpecificGroups, CountyCatalog.ReadCells([header, row], "民政").Rows[0].Audience);
    }

    [Fact]
    public void Sec13_an_empty_column_between_the_published_ones_is_passed_over()
    {
        string?[] header = [.. Plain[..3], null, .. Plain[3..]];
        string?[] row = [.. Data[..3], null, .. Data[3..]];

        Assert.Equal("政策", CountyCatalog.ReadCells([header, row], "民政").Rows[0].Content);
    }

    [Fact]
    public void Sec13_a_column_named_twice_or_as_a_column_and_tick_columns_is_one_problem_each()
    {
        Assert.Equal(["The header names 公开依据 twice."], Problems([.. Plain, "公开依据"], [.. Data, "条例"]).Select(p => p.Message));
        Assert.Equal(["The header names 公开对象 twice: as one column and as tick columns."],
            Problems([.. Plain, "公开对象-全社会"], [.. Data, "√"]).Select(p => p.Message));
        Assert.Equal(["The header names 全社会 twice under 公开对象."],
            Problems([.. Plain[..8], "公开对象-全社会", "公开对象-全社会", .. Plain[9..]], [.. Data[..8], "√", null, .. Data[9..]]).Select(p => p.Message));
        Assert.Equal(["The header names 乡级 twice under 公开层级."],
            Problems([.. Plain[..10], "公开层级-乡级", "公开层级-乡、村级"], [.. Data[..10], "√", null]).Select(p => p.Message));
    }

    [Fact]
    public void Sec13_a_second_header_row_longer_than_the_first_keeps_its_group_to_the_right()
    {
        string?[] top = [null, .. Plain[1..9], "公开方式"];
        string?[] members = ["序号", null, null, null, null, null, null, null, null, "主动", "依申请公开"];

        var row = CountyCatalog.ReadCells([top, members, [.. Data[..9], "√", "√"]], "民政").Rows[0];

        Assert.Equal("1", row.Number);
        Assert.Equal([DisclosureMode.Proactive, DisclosureMode.OnRequest], row.Modes);
        Assert.Empty(row.Levels);
    }

    [Fact]
    public void Sec13_an_optional_column_misspelt_is_asked_about_and_an_overlap_of_levels_named_in_full()
    {
        Assert.StartsWith("\"公开层极\" is not a column of a catalog; did you mean 公开层级?", Assert.Single(Problems(With(Plain, 10, "公开层极"), Data)).Message, StringComparison.Ordinal);
        Assert.Equal("The header names 乡级、村级 twice under 公开层级.",
            Assert.Single(Problems([.. Plain[..10], "公开层级-乡级、村级", "公开层级-乡、村级"], [.. Data[..10], "√", null])).Message);
        Assert.Equal("\"县级、镇级\" under 公开层级 is not one of 市级、县级、乡级、村级.",
            Assert.Single(Problems([.. Plain[..10], "公开层级-县级、镇级"], [.. Data[..10], "√"])).Message);
        Assert.Equal([DisclosureMode.Proactive], CountyCatalog.ReadCells([[.. Plain[..9], "公开方式-主动公开", "公开层级"], [.. Data[..9], "√", "县级"]], "民政").Rows[0].Modes);
    }

    [Fact]
    public void Sec13_a_member_a_group_does_not_have_is_a_problem_naming_the_members()
    {
        var problem = Assert.Single(Problems([.. Plain[..10], "公开层级-县级", "公开层级-镇级"], [.. Data[..10], "√", null]));

        Assert.Equal(("公开层级-镇级", "\"镇级\" under 公开层级 is not one of 市级、县级、乡级、村级."), (problem.Column, problem.Message));
    }

    [Fact]
    public void Sec13_a_second_header_row_holds_headings_and_members_only()
    {
        string?[] top = [.. Plain[..8], "公开对象", null, .. Plain[9..]];
        string?[] members = [null, null, null, null, null, null, null, null, "全社会", "特定群体", null, null];

        Assert.Equal(CatalogAudience.WholeSociety, CountyCatalog.ReadCells([top, members, [.. Data[..8], "是", null, .. Data[9..]]], "民政").Rows[0].Audience);
        var notMembers = Problems([.. Plain[..8], "公开对象", "公开对象", .. Plain[9..]], [.. Data[..8], "√", null, .. Data[9..]]);
        Assert.Contains(notMembers, problem => problem.Message == "The header names 公开对象 twice.");
    }

    [Theory]
    [InlineData("√", true)]
    [InlineData("✓", true)]
    [InlineData("✔", true)]
    [InlineData("●", true)]
    [InlineData("■", true)]
    [InlineData("☑", true)]
    [InlineData("是", true)]
    [InlineData("主动", true)]
    [InlineData("依申请", false)]
    [InlineData("×", false)]
    [InlineData("否", false)]
    public void Sec13_a_tick_column_takes_a_tick_or_its_members_name_and_nothing_else(string cell, bool ticked)
    {
        string?[] header = [.. Plain[..9], "公开方式-主动", "公开方式-依申请", "公开层级"];
        string?[] row = [.. Data[..9], cell, "√", "县级"];

        if (ticked)
        {
            Assert.Equal([DisclosureMode.Proactive, DisclosureMode.OnRequest], CountyCatalog.ReadCells([header, row], "民政").Rows[0].Modes);
            return;
        }

        var problem = Assert.Single(Problems(header, row));
        Assert.Equal(("公开方式", $"\"{cell}\" under 主动 is neither a tick (√ ✓ ✔ ● ■ ☑ 是) nor blank"), (problem.Column, problem.Message));
    }

    [Fact]
    public void Sec13_tick_columns_with_no_tick_are_one_problem_naming_the_members()
    {
        string?[] header = [.. Plain[..8], "公开对象-全社会", "公开对象-特定群体", .. Plain[9..]];

        var problem = Assert.Single(Problems(header, [.. Data[..8], null, null, .. Data[9..]]));

        Assert.Equal((2, "1", "公开对象", "has no tick under any of 全社会、特定群体"), (problem.Row, problem.Number, problem.Column, problem.Message));
    }

    [Fact]
    public void Sec13_a_row_shorter_than_the_header_reads_its_missing_cells_as_blank_and_a_longer_one_is_refused_past_it()
    {
        string?[] header = [.. Plain[..8], "公开对象-全社会", "公开对象-特定群体", "公开方式", "公开层级"];

        var shortRow = Problems(header, Data[..9]);
        var longRow = Problems(Plain, [.. Data, null, "多余"]);

        Assert.Equal([("公开方式", "names nothing"), ("公开层级", "names nothing")], shortRow.Select(p => (p.Column!, p.Message)));
        Assert.Equal("The row has 13 cells and the header 11; the cells past the header (\"多余\") belong to no column.", Assert.Single(longRow).Message);
    }

    [Fact]
    public void Sec13_null_rows_and_names_are_refused_by_name()
    {
        ArgumentAssert.Throws<ArgumentNullException>("rows", () => CountyCatalog.ReadCells(null!, "民政"));
        ArgumentAssert.Throws<ArgumentNullException>("rows", () => CountyCatalog.ReadCells([Plain, null!], "民政"));
        ArgumentAssert.Throws<ArgumentNullException>("name", () => CountyCatalog.ReadCells([Plain, Data], null!));
        ArgumentAssert.Throws<ArgumentNullException>("rows", () => CountyCatalog.IsCatalogSheet(null!));
    }
}
