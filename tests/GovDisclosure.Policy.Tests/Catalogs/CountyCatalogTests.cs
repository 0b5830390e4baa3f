namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>A catalog built in code: its rows checked, found by 序号, compared by value (§10).</summary>
public sealed class CountyCatalogTests
{
    internal static CatalogRow Row(string number = "1", string timeLimit = "制定或获取信息之日起10个工作日内", string mode = nameof(DisclosureMode.Proactive),
        string content = "低保政策", string[]? items = null, NationalChannel[]? channels = null, AdministrativeLevel[]? levels = null, string? remarks = null,
        string basis = "《社会救助暂行办法》") =>
        new(number, items ?? ["最低生活保障", "政策文件"], content, basis, timeLimit, "县级民政部门", channels ?? [NationalChannel.GovernmentWebsite],
            CatalogAudience.WholeSociety, [DisclosureMode.Parse(mode)], levels ?? [AdministrativeLevel.County]) { Remarks = remarks };

    [Fact]
    public void Sec10_a_row_is_found_by_its_number_as_written()
    {
        var catalog = new CountyCatalog("民政", [Row("1"), Row("2.1"), Row("10")]);

        Assert.Equal("2.1", catalog.GetRow("2.1").Number);
        Assert.True(catalog.TryGetRow("10", out var row));
        Assert.Same(catalog.Rows[2], row);
        Assert.False(catalog.TryGetRow("2.10", out var none));
        Assert.Null(none);
        Assert.False(catalog.TryGetRow(null, out _));
        var error = ArgumentAssert.Throws<ArgumentException>(() => catalog.GetRow("02"));
        Assert.Equal("number", error.ParamName);
        Assert.Contains("has no row 序号 \"02\"; its rows are numbered 1 to 10", error.Message);
    }

    [Fact]
    public void Sec10_a_number_used_twice_is_refused_naming_both_rows()
    {
        var error = Assert.Throws<CatalogDataException>(() => new CountyCatalog("民政", [Row("1"), Row("2"), Row("1")]));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((3, "序号"), (problem.Row, problem.Column));
        Assert.Contains("序号 \"1\" is already the number of row 1", problem.Message);
    }

    [Fact]
    public void Sec10_a_catalog_needs_a_name_and_a_row()
    {
        var error = Assert.Throws<CatalogDataException>(() => new CountyCatalog(" ", []));

        Assert.Equal(["The catalog's name is blank; registers and deadlines name the catalog.", "The catalog has no rows."], error.Problems.Select(p => p.Message));
        Assert.Equal("rows", ArgumentAssert.Throws<ArgumentNullException>(() => new CountyCatalog("民政", [Row(), null!])).ParamName);
    }

    [Fact]
    public void Sec10_a_row_built_in_code_names_every_column_that_is_wrong()
    {
        var error = ArgumentAssert.Throws<ArgumentException>(() => new CatalogRow("", ["最低生活保障", " "], "", "依据", "尽快", "", [NationalChannel.GovernmentWebsite, NationalChannel.GovernmentWebsite],
            CatalogAudience.WholeSociety, [DisclosureMode.Proactive, DisclosureMode.Proactive], []));

        Assert.StartsWith("Catalog row with no 序号 is not valid: 序号: is blank; 一级事项/二级事项/三级事项: the item tree has 2 names (最低生活保障/ ); " +
            "it needs 一级事项, 二级事项 and an optional 三级事项, none blank;", error.Message);
        Assert.StartsWith("Catalog row 7 is not valid: 公开渠道和载体: names 政府网站 twice.",
            ArgumentAssert.Throws<ArgumentException>(() => Row("7", channels: [NationalChannel.GovernmentWebsite, NationalChannel.GovernmentGazette, NationalChannel.GovernmentWebsite])).Message);
        Assert.Contains("公开内容（要素）: is blank", error.Message);
        Assert.Contains("公开主体: is blank", error.Message);
        Assert.Contains("公开渠道和载体: names 政府网站 twice", error.Message);
        Assert.Contains("公开方式: names 主动 twice", error.Message);
        Assert.Contains("公开层级: names nothing", error.Message);
        Assert.Contains("公开时限: The time limit \"尽快\" cannot be read", error.Message);
    }

    [Fact]
    public void Sec10_a_catalog_problem_prints_its_row_and_column_and_the_exception_lists_every_problem()
    {
        Assert.Equal(["why", "column 公开时限: why", "row 3: why", "row 3, 公开时限: why"],
            new[] { new CatalogProblem(0, null, "why"), new CatalogProblem(0, "公开时限", "why"), new CatalogProblem(3, null, "why"), new CatalogProblem(3, "公开时限", "why") }
                .Select(p => p.ToString()));

        var one = new CatalogDataException("民政", [new CatalogProblem(3, null, "why")]);
        var two = new CatalogDataException("民政", [new CatalogProblem(3, null, "why"), new CatalogProblem(4, null, "how")]);

        Assert.Equal(("The catalog \"民政\" is not usable: row 3: why", "民政"), (one.Message, one.CatalogName));
        Assert.Equal($"The catalog \"民政\" is not usable (2 problems):{Environment.NewLine}- row 3: why{Environment.NewLine}- row 4: how", two.Message);
        var none = ArgumentAssert.Throws<ArgumentException>(() => new CatalogDataException("民政", []));
        Assert.Equal(("problems", "At least one problem must be given."), (none.ParamName, none.Message));
        Assert.Equal("problems", ArgumentAssert.Throws<ArgumentNullException>(() => new CatalogDataException("民政", [null!])).ParamName);
        ArgumentAssert.Throws<ArgumentNullException>(() => new CatalogProblem(1, null, null!));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void Sec10_a_row_has_one_to_three_item_names(int names, bool valid)
    {
        var items = Enumerable.Range(1, names).Select(i => $"事项{i}").ToArray();

        Assert.Equal(valid, Record.Exception(() => Row(items: items)) is null);
    }

    [Fact]
    public void Sec10_a_row_on_request_only_keeps_an_unreadable_time_limit_as_text_but_not_a_blank_one()
    {
        var row = Row(timeLimit: "按规定时限答复", mode: nameof(DisclosureMode.OnRequest));

        Assert.Equal(("按规定时限答复", null, false), (row.TimeLimitText, row.TimeLimit, row.IsProactive));
        Assert.Contains("公开时限: The time limit \"\" is blank", ArgumentAssert.Throws<ArgumentException>(() => Row(timeLimit: "", mode: nameof(DisclosureMode.OnRequest))).Message);
    }

    [Fact]
    public void Sec10_a_row_binds_the_levels_it_names()
    {
        var row = Row(levels: [AdministrativeLevel.Township, AdministrativeLevel.Village]);

        Assert.Equal([false, false, true, true], AdministrativeLevel.InOrder.Select(row.Binds));
        Assert.Equal("level", ArgumentAssert.Throws<ArgumentNullException>(() => row.Binds(null!)).ParamName);
    }

    [Fact]
    public void Rows_and_catalogs_compare_every_column_and_row()
    {
        Assert.Equal(Row(), Row());
        Assert.Equal(Row().GetHashCode(), Row().GetHashCode());
        Assert.All(
            [Row(number: "2"), Row(content: "其他"), Row(timeLimit: "每月"), Row(mode: nameof(DisclosureMode.OnRequest)), Row(items: ["最低生活保障"]),
             Row(channels: [NationalChannel.Other]), Row(levels: [AdministrativeLevel.Village]), Row(remarks: "注")],
            changed => Assert.NotEqual(Row(), changed));
        Assert.Equal(new CountyCatalog("民政", [Row()]), new CountyCatalog("民政", new List<CatalogRow> { Row() }));
        Assert.Equal(new CountyCatalog("民政", [Row()]).GetHashCode(), new CountyCatalog("民政", [Row()]).GetHashCode());
        Assert.NotEqual(new CountyCatalog("民政", [Row()]), new CountyCatalog("养老", [Row()]));
        Assert.NotEqual(new CountyCatalog("民政", [Row()]), new CountyCatalog("民政", [Row(), Row("2")]));
        Assert.Equal(("民政 (1 rows)", "1 最低生活保障/政策文件"), (new CountyCatalog("民政", [Row()]).ToString(), Row().ToString()));
    }
}
