using System.Text;

namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>Reading a county catalog's CSV the way counties publish it (§10): header, merged cells, several values, ticks, and every problem at once.</summary>
public sealed class CatalogCsvTests
{
    private const string Header = "序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,公开层级";

    private static CountyCatalog Read(params string[] lines) => Read(Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));

    private static CountyCatalog Read(byte[] bytes) => CountyCatalog.ReadCsv(new MemoryStream(bytes), "民政");

    private static CatalogDataException Refused(params string[] lines) => Assert.Throws<CatalogDataException>(() => Read(lines));

    private static string Row(string number = "1", string first = "最低生活保障", string second = "政策文件", string content = "低保政策", string basis = "《社会救助暂行办法》",
        string timeLimit = "制定或获取信息之日起10个工作日内", string body = "县级民政部门", string channels = "政府网站", string audience = "全社会", string mode = "主动",
        string levels = "县级") =>
        string.Join(",", number, first, second, content, basis, timeLimit, body, channels, audience, mode, levels);

    [Fact]
    public void Sec10_a_catalog_reads_every_column_of_its_rows()
    {
        var catalog = Read(Header, Row(), Row(number: "2", second: "办事指南", channels: "政府网站、社区/企事业单位/村公示栏（电子屏）", levels: "县级、乡级"));

        Assert.Equal("民政", catalog.Name);
        var row = catalog.GetRow("2");
        Assert.Equal(("2", "低保政策", "《社会救助暂行办法》", "县级民政部门"), (row.Number, row.Content, row.LegalBasis, row.ResponsibleBody));
        Assert.Equal(["最低生活保障", "办事指南"], row.Items);
        Assert.Equal([NationalChannel.GovernmentWebsite, NationalChannel.NoticeBoard], row.Channels);
        Assert.Equal(CatalogAudience.WholeSociety, row.Audience);
        Assert.Equal([DisclosureMode.Proactive], row.Modes);
        Assert.Equal([AdministrativeLevel.County, AdministrativeLevel.Township], row.Levels);
        Assert.Equal(("制定或获取信息之日起10个工作日内", 10), (row.TimeLimitText, row.TimeLimit!.Rule.Offset));
        Assert.Null(row.Remarks);
    }

    [Theory]
    [InlineData("政府网站、两微一端", new[] { "GovernmentWebsite", "WeiboWeChatApp" })]
    [InlineData("政府网站，两微一端", new[] { "GovernmentWebsite", "WeiboWeChatApp" })]
    [InlineData("\"政府网站,两微一端\"", new[] { "GovernmentWebsite", "WeiboWeChatApp" })]
    [InlineData("政府网站/两微一端", new[] { "GovernmentWebsite", "WeiboWeChatApp" })]
    [InlineData("政府网站;两微一端；政府公报", new[] { "GovernmentWebsite", "WeiboWeChatApp", "GovernmentGazette" })]
    [InlineData("发布会/听证会/入户/现场", new[] { "PressConferenceOrHearing", "DoorToDoorOrOnSite" })]
    [InlineData("社区/企事业单位/村公示栏（电子屏）/精准推送", new[] { "NoticeBoard", "TargetedPush" })]
    [InlineData("社区/企事业单位/村公示栏(电子屏)、其他", new[] { "NoticeBoard", "Other" })]
    [InlineData(" 政府网站 ", new[] { "GovernmentWebsite" })]
    [InlineData("政府网站、", new[] { "GovernmentWebsite" })]
    public void Sec10_several_channels_in_one_cell_are_split_with_the_national_names_matched_first(string cell, string[] expected)
    {
        var row = Read(Header, Row(channels: cell)).Rows[0];

        Assert.Equal(expected.Select(code => NationalChannel.Parse(code)), row.Channels);
    }

    [Theory]
    [InlineData("■县级 □乡级 □村级", new[] { "County" })]
    [InlineData("☑县级☑乡级☐村级", new[] { "County", "Township" })]
    [InlineData("√县级 √村级", new[] { "County", "Village" })]
    [InlineData("市级、县级", new[] { "City", "County" })]
    [InlineData("乡级/村级", new[] { "Township", "Village" })]
    public void Sec10_levels_may_be_written_out_or_ticked(string cell, string[] expected)
    {
        var row = Read(Header, Row(levels: cell)).Rows[0];

        Assert.Equal(expected.Select(code => AdministrativeLevel.Parse(code)), row.Levels);
    }

    [Theory]
    [InlineData("主动、依申请", new[] { "Proactive", "OnRequest" })]
    [InlineData("■主动 ■依申请", new[] { "Proactive", "OnRequest" })]
    [InlineData("主动公开", new[] { "Proactive" })]
    [InlineData("□主动 ■依申请", new[] { "OnRequest" })]
    public void Sec10_modes_may_be_several_written_out_or_ticked(string cell, string[] expected)
    {
        var row = Read(Header, Row(mode: cell)).Rows[0];

        Assert.Equal(expected.Select(code => DisclosureMode.Parse(code)), row.Modes);
    }

    [Theory]
    [InlineData("特定群体", "SpecificGroups")]
    [InlineData("□全社会 ■特定群体", "SpecificGroups")]
    public void Sec10_the_audience_may_be_written_out_or_ticked(string cell, string expected)
    {
        Assert.Equal(CatalogAudience.Parse(expected), Read(Header, Row(audience: cell)).Rows[0].Audience);
    }

    [Fact]
    public void Sec10_blank_item_cells_repeat_the_row_above_as_merged_cells_export()
    {
        var catalog = Read(Header,
            Row(number: "1", first: "最低生活保障", second: "政策文件"),
            Row(number: "2", first: "", second: ""),
            Row(number: "3", first: "", second: "审批结果"),
            Row(number: "4", first: "临时救助", second: "政策文件"),
            Row(number: "5", first: "临时救助", second: ""));

        Assert.Equal(
            ["最低生活保障/政策文件", "最低生活保障/政策文件", "最低生活保障/审批结果", "临时救助/政策文件", "临时救助/政策文件"],
            catalog.Rows.Select(row => string.Join("/", row.Items)));
    }

    [Fact]
    public void Sec10_a_third_level_column_adds_a_third_item_that_repeats_under_the_same_second_level_only()
    {
        var header = Header.Replace("二级事项,", "二级事项,三级事项,");
        static string With(string row, string third) => row.Insert(row.IndexOf(',', row.IndexOf(',', row.IndexOf(',') + 1) + 1) + 1, third + ",");
        var catalog = Read(header,
            With(Row(number: "1", second: "低保"), "城市低保"),
            With(Row(number: "2", first: "", second: ""), ""),
            With(Row(number: "3", first: "", second: "特困"), ""),
            With(Row(number: "4", first: "", second: ""), "农村特困"));

        Assert.Equal(
            ["最低生活保障/低保/城市低保", "最低生活保障/低保/城市低保", "最低生活保障/特困", "最低生活保障/特困/农村特困"],
            catalog.Rows.Select(row => string.Join("/", row.Items)));
    }

    [Fact]
    public void Sec10_a_header_may_come_in_any_order_with_half_width_brackets_a_BOM_remarks_and_quoted_cells()
    {
        var header = "公开层级,序号,一级事项,二级事项,公开内容(要素),公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,备注";
        var line = "县级,#1,最低生活保障,政策文件,\"低保政策，含\r\n标准\",依据,每月,县级民政部门,\"政府网站,政府公报\",全社会,主动,\"按\"\"月\"\"更新\"";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(header + "\n" + line + "\n\n,,,,,,,,,,,\n")).ToArray();

        var row = Assert.Single(Read(bytes).Rows);

        Assert.Equal(("#1", "低保政策，含\r\n标准", "按\"月\"更新", 2), (row.Number, row.Content, row.Remarks, row.Channels.Count));
        Assert.Equal(Cadence.Monthly, row.TimeLimit!.Cadence);
    }

    [Fact]
    public void Sec10_an_on_request_row_may_keep_a_time_limit_that_is_not_a_proactive_one()
    {
        var row = Read(Header, Row(mode: "依申请", timeLimit: "按《条例》规定时限答复")).Rows[0];

        Assert.Equal(("按《条例》规定时限答复", null), (row.TimeLimitText, row.TimeLimit));
        Assert.False(row.IsProactive);
    }

    [Fact]
    public void Sec10_a_file_that_is_not_UTF8_is_refused_naming_the_line_and_how_to_save_it()
    {
        var gbk = new byte[] { 0xD0, 0xF2, 0xBA, 0xC5 };   // 序号 in GBK
        var bytes = Encoding.UTF8.GetBytes("序号\n1\n").Concat(gbk).ToArray();

        var error = Assert.Throws<CatalogDataException>(() => Read(bytes));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(3, problem.Row);
        Assert.StartsWith("The file is not UTF-8: the bytes at line 3 (byte 10) are not UTF-8 text.", problem.Message);
        Assert.Contains("GBK", problem.Message);
        Assert.Contains("CSV UTF-8", problem.Message);
    }

    [Fact]
    public void Sec10_a_header_without_a_published_column_or_with_an_unknown_one_is_refused_naming_each()
    {
        var error = Refused(Header.Replace(",公开依据", "").Replace("公开对象", "对象") + ",公开层级", Row());

        Assert.Equal(["对象", "公开依据", "公开对象", "公开层级"], error.Problems.Select(p => p.Column!));
        Assert.Contains("\"对象\" is not a column of a catalog", error.Problems[0].Message);
        Assert.Contains("has no 公开依据 column", error.Problems[1].Message);
        Assert.Contains("has no 公开对象 column", error.Problems[2].Message);
        Assert.Contains("names 公开层级 twice", error.Problems[3].Message);
        Assert.All(error.Problems, p => Assert.Equal(1, p.Row));
    }

    [Fact]
    public void Sec10_every_problem_of_every_row_is_reported_at_once_with_its_row_and_column()
    {
        var error = Refused(Header,
            Row(first: ""),
            Row(number: "2", basis: "", channels: "政府网站、微博"),
            Row(number: "3", audience: "全社会、特定群体", levels: "□县级 □乡级"),
            Row(number: "2", mode: "主动", timeLimit: "尽快公开"),
            Row(number: "5", first: "新事项", second: ""),
            Row(number: "6", levels: "县级 ■乡级", mode: "自动"));

        Assert.Equal("民政", error.CatalogName);
        Assert.Equal(
        [
            (2, "一级事项"),
            (3, "公开依据"), (3, "公开渠道和载体"),
            (4, "公开对象"), (4, "公开层级"),
            (5, "序号"), (5, "公开时限"),
            (6, "二级事项"),
            (7, "公开方式"), (7, "公开层级"),
        ], error.Problems.Select(p => (p.Row, p.Column!)));
        Assert.Contains("序号 \"2\" is already the number of row 3", error.Problems[5].Message);
        Assert.Contains("\"微博\" is not a channel of the national list", error.Problems[2].Message);
        Assert.Contains("starts a new 一级事项 (\"新事项\")", error.Problems[7].Message);
        Assert.StartsWith("The catalog \"民政\" is not usable (10 problems):", error.Message);
        Assert.Contains("row 5 (序号 2), 公开时限: The time limit \"尽快公开\" cannot be read", error.Message);
    }

    [Fact]
    public void Sec10_a_row_with_more_cells_than_the_header_is_refused_and_an_empty_trailing_cell_is_not()
    {
        Assert.Single(Read(Header, Row() + ",").Rows);

        var problem = Assert.Single(Refused(Header, Row() + ",多余").Problems);

        Assert.Equal((2, null), (problem.Row, problem.Column));
        Assert.Contains("多余", problem.Message);
    }

    [Fact]
    public void Sec10_a_row_with_fewer_cells_than_the_header_names_its_blank_columns()
    {
        var error = Refused(Header, "1,最低生活保障,政策文件,低保政策,依据,每月,县级民政部门");

        Assert.Equal(["公开渠道和载体", "公开对象", "公开方式", "公开层级"], error.Problems.Select(p => p.Column!));
    }

    [Fact]
    public void Sec10_a_malformed_CSV_an_empty_one_and_one_with_only_a_header_are_refused()
    {
        var malformed = Assert.Single(Refused(Header, Row(), "2,\"unterminated").Problems);
        Assert.Contains("not well formed", malformed.Message);
        Assert.Equal(3, malformed.Row);
        Assert.Equal("The catalog has no rows.", Assert.Single(Refused(Header).Problems).Message);
        Assert.Equal($"There is no header row; a catalog starts with {Header[..Header.LastIndexOf(',')]}.",
            Assert.Single(Assert.Throws<CatalogDataException>(() => Read(Array.Empty<byte>())).Problems).Message);
    }

    [Fact]
    public void Sec10_a_blank_audience_two_audiences_a_level_named_twice_and_two_cells_past_the_header_are_each_said_plainly()
    {
        var error = Refused(Header,
            Row(number: "1", audience: ""),
            Row(number: "2", audience: "全社会、特定群体"),
            Row(number: "3", levels: "县级、乡级、县级"),
            Row(number: "4") + ",多余,另一个");

        Assert.Equal(
        [
            "row 2 (序号 1), 公开对象: is blank",
            "row 3 (序号 2), 公开对象: names 全社会 and 特定群体; a row has one audience, 全社会 or 特定群体",
            "row 4 (序号 3), 公开层级: names 县级 twice",
            "row 5 (序号 4): The row has 13 cells and the header 11; the cells past the header (\"多余\", \"另一个\") belong to no column.",
        ], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Sec10_the_sample_civil_affairs_catalog_reads_with_every_column_variant()
    {
        using var file = File.OpenRead(Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "civil-affairs-catalog.csv"));

        var catalog = CountyCatalog.ReadCsv(file, "某县民政领域基层政务公开标准目录");

        Assert.Equal(Enumerable.Range(1, 20).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), catalog.Rows.Select(row => row.Number));
        Assert.Equal(["社会救助", "最低生活保障", "初审对象名单"], catalog.GetRow("3").Items);
        Assert.Equal(7, catalog.GetRow("3").TimeLimit!.PostingWorkingDays);
        Assert.Equal([AdministrativeLevel.County], catalog.GetRow("1").Levels);
        Assert.Equal([DisclosureMode.Proactive, DisclosureMode.OnRequest], catalog.GetRow("20").Modes);
        Assert.False(catalog.GetRow("11").IsProactive);
        Assert.Equal(3, catalog.Rows.Count(row => row.TimeLimit?.PostingWorkingDays == 7));
    }

    [Fact]
    public void Sec10_a_cell_of_any_length_is_read_whole()
    {
        var content = new string('内', 200_000);

        Assert.Equal(content, Read(Header, Row(content: content)).Rows[0].Content);
    }

    [Fact]
    public void Sec10_each_problem_says_what_was_found_and_what_was_expected()
    {
        var error = Refused(Header,
            Row(number: "#1", second: "", channels: "微博、政府网站"),
            Row(number: "2", audience: "公众", mode: "主动、自动", levels: "县级 ■乡级"),
            Row(number: "3", levels: "□县级 □乡级") + ",多余");

        Assert.Equal(
        [
            "row 2 (序号 #1), 二级事项: is blank, and there is no row above to repeat",
            "row 2 (序号 #1), 公开渠道和载体: \"微博\" is not a channel of the national list (政府网站、政府公报、两微一端、发布会/听证会、广播电视、纸质媒体、公开查阅点、政务服务中心、便民服务站、入户/现场、社区/企事业单位/村公示栏（电子屏）、精准推送、其他)",
            "row 3 (序号 2), 公开对象: \"公众\" is not one of 全社会、特定群体",
            "row 3 (序号 2), 公开方式: \"自动\" is not one of 主动、依申请",
            "row 3 (序号 2), 公开层级: \"县级\" has no box (■ or □) in a cell of ticked boxes (\"县级 ■乡级\")",
            "row 4 (序号 3): The row has 12 cells and the header 11; the cells past the header (\"多余\") belong to no column.",
            "row 4 (序号 3), 公开层级: has no ticked box (\"□县级 □乡级\")",
        ], error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Sec10_a_header_problem_names_the_published_columns()
    {
        var error = Refused(Header.Replace("公开对象", "对象"), Row());

        Assert.Equal(
        [
            "row 1: \"对象\" is not a column of a catalog. The columns are 序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式, and optionally 三级事项, 公开层级, 备注.",
            "row 1, 公开对象: The header has no 公开对象 column; every catalog has 序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式.",
        ], error.Problems.Select(p => p.ToString()).Select(text => text.Replace("row 1, 对象: ", "row 1: ")));
    }

    [Fact]
    public void Sec10_a_line_that_starts_with_a_hash_is_a_row_not_a_comment()
    {
        Assert.Equal(["#1", "#2"], Read(Header, Row(number: "#1"), Row(number: "#2")).Rows.Select(row => row.Number));
    }

    [Fact]
    public void A_null_stream_or_name_is_an_argument_error()
    {
        Assert.Equal("csv", ArgumentAssert.Throws<ArgumentNullException>(() => CountyCatalog.ReadCsv(null!, "民政")).ParamName);
        Assert.Equal("name", ArgumentAssert.Throws<ArgumentNullException>(() => CountyCatalog.ReadCsv(new MemoryStream(), null!)).ParamName);
    }
}
