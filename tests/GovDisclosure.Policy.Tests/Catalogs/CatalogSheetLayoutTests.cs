using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>
/// §13, D48: a catalog laid out as counties lay out their sheets — title rows, one or two header rows, merged groups and items, tick
/// columns, checklists, columns in any order — reads as the rows it was made from, from its .xlsx and from its CSV alike.
/// </summary>
public sealed class CatalogSheetLayoutTests
{
    [Property(MaxTest = 150)]
    public Property D48_Sec13_a_generated_catalog_reads_as_its_rows_from_its_xlsx_and_its_csv_in_every_layout() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (rows, layout) = SheetLayouts.Generate(seed);
            var sheet = SheetLayouts.Lay(rows, layout, "民政");
            var expected = new CountyCatalog("目录", rows);

            var fromCsv = CountyCatalog.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(sheet.Csv())), "目录");
            var fromXlsx = ExcelCatalog.Read(XlsxFiles.Write(sheet), "目录");

            Assert.Equal(expected, fromCsv);
            Assert.Equal(expected, fromXlsx);
            Assert.Equal(fromCsv.Warnings.Select(w => w with { Sheet = "民政" }), fromXlsx.Warnings);
        });

    [Property(MaxTest = 100)]
    public Property D48_Sec13_a_spoilt_cell_is_the_same_problem_in_the_xlsx_and_the_csv_named_by_sheet_row_column_and_serial_number() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var (rows, layout) = SheetLayouts.Generate(seed);
            var sheet = SheetLayouts.Lay(rows, layout, "民政");
            var random = new Random(seed);
            var header = sheet.Rows.Count - rows.Length - 1;
            var (row, column) = (sheet.Rows.Count - 1 - random.Next(rows.Length), random.Next(sheet.Rows[header].Length));
            if (sheet.Merges.Any(m => m.Row < row && row <= m.ToRow && m.Column <= column && column <= m.ToColumn))
            {
                return;   // inside a merged range only its first cell holds a value, in a sheet as in the CSV an office suite exports
            }

            sheet.Rows[row][column] = random.Next(2) == 0 ? "？" : null;

            CatalogProblem[] Problems(Func<CountyCatalog> read)
            {
                try
                {
                    read();
                    return [];
                }
                catch (CatalogDataException e)
                {
                    return [.. e.Problems];
                }
            }

            var fromCsv = Problems(() => CountyCatalog.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(sheet.Csv())), "目录"));
            var fromXlsx = Problems(() => ExcelCatalog.Read(XlsxFiles.Write(sheet), "目录"));

            Assert.Equal(fromCsv.Select(problem => problem with { Sheet = "民政" }), fromXlsx);
            Assert.True(fromXlsx.Length == 0 || fromXlsx[0].Row == row + 1, "the first problem is the spoilt row's");
        });

    [Fact]
    public void Sec10_a_blank_item_is_one_problem_though_the_rows_below_repeat_it()
    {
        string?[] Row(string number, string? first, string? second) =>
            [number, first, second, "政策", "条例", "每月", "县级民政部门", "政府网站", "全社会", "主动", "县级"];

        var error = Assert.Throws<CatalogDataException>(() => CountyCatalog.ReadCells(
        [
            ["序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级"],
            Row("1", null, "最低生活保障"), Row("2", null, null), Row("3", "养老服务", "老年人补贴"), Row("4", null, null),
        ], "民政"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((2, "一级事项", "1", "is blank, and there is no row above to repeat"), (problem.Row, problem.Column, problem.Number, problem.Message));
    }

    [Fact]
    public void Sec13_a_group_over_tick_columns_reads_each_tick_mark_and_leaves_blank_columns_out()
    {
        var catalog = CountyCatalog.ReadCells(
        [
            ["序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", null, "公开方式", null, "公开层级", null],
            [null, null, null, null, null, null, null, null, "全社会", "特定群体", "主动", "依申请", "县级", "乡、村级"],
            ["1", "社会救助", "最低生活保障", "政策", "条例", "每月", "县级民政部门", "政府网站", "√", null, "●", "是", null, "✓"],
            ["2", null, null, "名单", "条例", "每月", "县级民政部门", "政府网站", null, "特定群体", "主动", null, "✔", "√"],
        ], "民政");

        Assert.Equal(CatalogAudience.WholeSociety, catalog.Rows[0].Audience);
        Assert.Equal([DisclosureMode.Proactive, DisclosureMode.OnRequest], catalog.Rows[0].Modes);
        Assert.Equal([AdministrativeLevel.Township, AdministrativeLevel.Village], catalog.Rows[0].Levels);
        Assert.Equal(CatalogAudience.SpecificGroups, catalog.Rows[1].Audience);
        Assert.Equal([DisclosureMode.Proactive], catalog.Rows[1].Modes);
        Assert.Equal([AdministrativeLevel.County, AdministrativeLevel.Township, AdministrativeLevel.Village], catalog.Rows[1].Levels);
    }

    [Theory]
    [InlineData("市级", "县级", "乡级")]
    [InlineData("县级", "乡、村级", null)]
    [InlineData("县级", "乡级", null)]
    public void Sec13_levels_of_two_or_three_tick_columns_read_the_levels_each_column_names(string first, string second, string? third)
    {
        string?[] header = ["序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级-" + first, "公开层级-" + second, third is null ? null : "公开层级-" + third];
        string?[] row = ["1", "社会救助", "最低生活保障", "政策", "条例", "每月", "县级民政部门", "政府网站", "全社会", "主动", null, "√", third is null ? null : "√"];

        var levels = CountyCatalog.ReadCells([header, row], "民政").Rows[0].Levels.Select(level => level.Label.Zh);

        Assert.Equal(third is null ? second.Replace("乡、", "乡级、", StringComparison.Ordinal).Split('、') : [second, third], levels);
    }

    [Fact]
    public void Sec13_a_checklist_of_channels_reads_its_ticked_boxes_and_a_line_of_names_its_names()
    {
        static IReadOnlyList<NationalChannel> Channels(string cell) => CountyCatalog.ReadCells(
        [
            ["序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", "公开方式", "公开层级"],
            ["1", "社会救助", "最低生活保障", "政策", "条例", "每月", "县级民政部门", cell, "全社会", "主动", "县级"],
        ], "民政").Rows[0].Channels;

        Assert.Equal([NationalChannel.GovernmentWebsite, NationalChannel.WeiboWeChatApp, NationalChannel.PressConferenceOrHearing],
            Channels("■政府网站□政府公报■两微一端☑发布会/听证会□广播电视□纸质媒体"));
        Assert.Equal([NationalChannel.NoticeBoard], Channels("片区公示栏\n村（居）公示栏"));
        Assert.Equal([NationalChannel.GovernmentWebsite, NationalChannel.PressConferenceOrHearing], Channels("政府门户网站 新闻发布会"));
        Assert.Equal("公开渠道和载体: names 社区/企事业单位/村公示栏（电子屏） twice",
            Assert.Single(Assert.Throws<CatalogDataException>(() => Channels("村公示栏、村公示栏")).Problems).ToString()[14..]);
    }
}
