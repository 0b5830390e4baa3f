namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>
/// §13, D48: catalogs read from the workbooks counties publish — the real rows of a township's catalog and generated layouts, saved by an
/// office suite as .xlsx and .xls — are the catalogs of their CSV form; a workbook's sheets are chosen, and its problems named, by sheet.
/// </summary>
public sealed class ExcelCatalogTests
{
    private static FileStream Open(string file) => File.OpenRead(Path.Combine(RealCatalogSheets.Folder, file));

    [Theory]
    [InlineData("haitan-2020.xlsx")]
    [InlineData("haitan-2020.xls")]
    public void D48_Sec13_the_real_rows_read_from_the_published_sheet_as_from_their_csv(string file)
    {
        var fromCsv = CountyCatalog.ReadCsv(File.OpenRead(RealCatalogSheets.RowsCsv), RealCatalogSheets.Name);

        using var workbook = Open(file);
        var fromSheet = ExcelCatalog.Read(workbook, RealCatalogSheets.Name);

        Assert.Equal(fromCsv, fromSheet);
        Assert.Equal(12, fromSheet.Rows.Count);
    }

    [Fact]
    public void D48_Sec13_the_real_rows_as_the_open_xml_sdk_writes_them_read_as_their_csv()
    {
        var fromCsv = CountyCatalog.ReadCsv(File.OpenRead(RealCatalogSheets.RowsCsv), RealCatalogSheets.Name);

        var fromSheet = ExcelCatalog.Read(XlsxFiles.Write(RealCatalogSheets.Explanation(), RealCatalogSheets.Published()), RealCatalogSheets.Name);

        Assert.Equal(fromCsv, fromSheet);
    }

    [Fact]
    public void Sec10_the_real_rows_keep_what_the_county_wrote()
    {
        using var workbook = Open("haitan-2020.xls");
        var catalog = ExcelCatalog.Read(workbook, RealCatalogSheets.Name);

        var list = catalog.GetRow("35");
        Assert.Equal(["社会救助", "最低生活保障"], list.Items);
        Assert.Equal((10, 7), (list.TimeLimit!.Rule.Offset, list.TimeLimit.PostingWorkingDays));
        Assert.Equal([NationalChannel.NoticeBoard], list.Channels);
        Assert.Equal(["社会救助", "特困人员\n救助供养"], catalog.GetRow("37").Items);
        Assert.Equal("1.办理事项； 2.办理条件； 3.最低生活保障标准； 4.申请材料； 5.办理流程； 6.办理时间； 7地点； 8.联系方式。", catalog.GetRow("34").Content);
        Assert.Equal(["养老服务", "老年人补贴"], catalog.GetRow("44").Items);
    }

    [Fact]
    public void Sec10_a_catalog_with_no_levels_column_binds_every_body_assigned_it()
    {
        using var workbook = Open("haitan-2020.xlsx");
        var row = ExcelCatalog.Read(workbook, RealCatalogSheets.Name).GetRow("33");

        Assert.Empty(row.Levels);
        Assert.All(AdministrativeLevel.InOrder, level => Assert.True(row.Binds(level)));
    }

    [Theory]
    [InlineData("layouts.xlsx")]
    [InlineData("layouts.xls")]
    public void D48_Sec13_each_generated_layout_saved_by_an_office_suite_reads_as_its_rows(string file)
    {
        using var workbook = Open(file);
        var catalogs = ExcelCatalog.ReadAll(workbook);

        var expected = RealCatalogSheets.LayoutSeeds.Select((seed, i) => new CountyCatalog($"L{i + 1}", SheetLayouts.Generate(seed).Rows)).ToArray();
        Assert.Equal(expected, catalogs);
        Assert.Equal(expected.SelectMany(c => c.Warnings.Select(w => (c.Name, w.Number, w.Message))), catalogs.SelectMany(c => c.Warnings.Select(w => (w.Sheet!, w.Number, w.Message))));
        Assert.Contains(catalogs, catalog => catalog.Rows.Any(row => row.TimeLimit!.Parts.Count == 2));
        Assert.Contains(catalogs, catalog => catalog.Warnings.Count > 0);
    }

    [Fact]
    public void Sec13_a_named_sheet_is_read_and_a_missing_one_is_refused_naming_the_sheets()
    {
        using (var workbook = Open("layouts.xlsx"))
        {
            Assert.Equal(new CountyCatalog("民政", SheetLayouts.Generate(RealCatalogSheets.LayoutSeeds[2]).Rows), ExcelCatalog.Read(workbook, "民政", "L3"));
        }

        using var again = Open("haitan-2020.xls");
        var problem = Assert.Single(Assert.Throws<CatalogDataException>(() => ExcelCatalog.Read(again, "民政", "目录")).Problems);
        Assert.Equal("The workbook has no sheet \"目录\"; its sheets are \"说明\", \"标准目录\".", problem.Message);
    }

    [Fact]
    public void Sec13_several_catalog_sheets_and_no_name_is_refused_listing_them()
    {
        using var workbook = Open("layouts.xls");

        var problem = Assert.Single(Assert.Throws<CatalogDataException>(() => ExcelCatalog.Read(workbook, "民政")).Problems);

        Assert.Equal("The workbook has 8 catalog sheets (\"L1\", \"L2\", \"L3\", \"L4\", \"L5\", \"L6\", \"L7\", \"L8\"); name the one to read, or read them all with ReadAll.",
            problem.Message);
    }

    [Fact]
    public void Sec13_a_workbook_without_a_catalog_sheet_is_refused_by_both_readers()
    {
        var single = Assert.Single(Assert.Throws<CatalogDataException>(() => ExcelCatalog.Read(XlsxFiles.Write(RealCatalogSheets.Explanation()), "民政")).Problems);
        var all = Assert.Single(Assert.Throws<CatalogDataException>(() => ExcelCatalog.ReadAll(XlsxFiles.Write(RealCatalogSheets.Explanation()))).Problems);

        Assert.Equal("No sheet of the workbook holds a catalog header (a row naming 序号, 一级事项, 公开时限, …); its sheets are \"说明\".", single.Message);
        Assert.Equal(single.Message, all.Message);
        Assert.Equal("(workbook)", Assert.Throws<CatalogDataException>(() => ExcelCatalog.ReadAll(XlsxFiles.Write(RealCatalogSheets.Explanation()))).CatalogName);
        Assert.Equal("(workbook)", Assert.Throws<CatalogDataException>(() => ExcelCatalog.ReadAll(new MemoryStream([1, 2, 3]))).CatalogName);
    }

    [Fact]
    public void Sec13_each_problem_of_a_sheet_names_the_sheet_the_row_the_column_and_the_serial_number()
    {
        var sheet = SheetLayouts.Lay(SheetLayouts.Generate(RealCatalogSheets.LayoutSeeds[0]).Rows, SheetLayouts.Generate(RealCatalogSheets.LayoutSeeds[0]).Layout, "民政");
        var body = Array.IndexOf(sheet.Rows.First(row => row.Contains("公开主体")), "公开主体");
        var first = sheet.Rows.Count - 1;
        sheet.Rows[first][body] = null;

        var problem = Assert.Single(Assert.Throws<CatalogDataException>(() => ExcelCatalog.Read(XlsxFiles.Write(sheet), "目录")).Problems);

        Assert.Equal(("民政", first + 1, "公开主体", sheet.Rows[first][Array.IndexOf(sheet.Rows.First(row => row.Contains("序号")), "序号")]),
            (problem.Sheet, problem.Row, problem.Column, problem.Number));
        Assert.Equal($"sheet \"民政\" row {first + 1} (序号 {problem.Number}), 公开主体: is blank", problem.ToString());
    }

    [Fact]
    public void Sec13_the_problems_of_several_sheets_are_refused_together_each_naming_its_sheet()
    {
        var sheets = RealCatalogSheets.Layouts().Take(2).ToArray();
        foreach (var sheet in sheets)
        {
            var number = Array.IndexOf(sheet.Rows.First(row => row.Contains("序号")), "序号");
            sheet.Rows[^1][number] = null;
        }

        var error = Assert.Throws<CatalogDataException>(() => ExcelCatalog.ReadAll(XlsxFiles.Write(sheets)));

        Assert.Equal(["L1", "L2"], error.Problems.Select(problem => problem.Sheet!).Distinct());
        Assert.Equal("L1、L2", error.CatalogName);
    }

    [Theory]
    [InlineData("序号,一级事项\n1,社会救助")]
    [InlineData("PK\u0003\u0004 not a zip")]
    [InlineData("")]
    public void Sec13_a_file_that_is_no_workbook_is_refused_with_how_to_save_one(string content)
    {
        var problem = Assert.Single(Assert.Throws<CatalogDataException>(() => ExcelCatalog.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)), "民政")).Problems);

        Assert.StartsWith("The file is not a workbook that can be read as .xlsx or .xls (", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("); save it from Excel or WPS as .xlsx and read it again.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec13_a_stream_that_cannot_read_is_an_io_exception_with_its_cause_inside()
    {
        var closed = new MemoryStream([1, 2, 3]);
        closed.Dispose();

        var error = Assert.Throws<IOException>(() => ExcelCatalog.Read(closed, "民政"));

        Assert.IsType<ObjectDisposedException>(error.InnerException);
        Assert.Equal($"The workbook could not be read: {error.InnerException.Message}", error.Message);
    }

    [Fact]
    public void Sec13_null_arguments_are_refused_by_name()
    {
        Assert.Equal("workbook", Assert.Throws<ArgumentNullException>(() => ExcelCatalog.Read(null!, "民政")).ParamName);
        Assert.Equal("catalogName", Assert.Throws<ArgumentNullException>(() => ExcelCatalog.Read(new MemoryStream(), null!)).ParamName);
        Assert.Equal("workbook", Assert.Throws<ArgumentNullException>(() => ExcelCatalog.ReadAll(null!)).ParamName);
    }

    [Fact]
    public void Sec13_a_cell_merged_down_its_rows_or_across_its_columns_counts_in_every_cell_it_covers()
    {
        var sheet = RealCatalogSheets.Published();
        var rows = sheet.Rows.Select(row => (string?[])row.Clone()).ToList();
        rows.Add(new string?[12]);
        for (var r = 4; r < 15; r++)
        {
            (rows[r][4], rows[r][6]) = (null, null);   // 公开依据 and 公开主体 below row 4 (序号 33) left to the merges
        }

        // The title across 41 columns, past the last one with a value; a merged area below the last row; 公开依据 and 公开主体 down the rows.
        List<(int, int, int, int)> merges = [.. sheet.Merges.Select(m => m == (0, 0, 0, 11) ? (0, 0, 0, 40) : m), (3, 4, 14, 4), (3, 6, 14, 6), (20, 0, 22, 3)];
        var catalog = ExcelCatalog.Read(XlsxFiles.Write(new TestSheet("标准目录", rows, merges)), RealCatalogSheets.Name);

        Assert.All(catalog.Rows, row => Assert.Equal(("《政府信息公开条例》", "海坛片区管理局"), (row.LegalBasis, row.ResponsibleBody)));
        Assert.Equal(12, catalog.Rows.Count);
    }

    [Fact]
    public void Sec13_the_first_read_registers_the_code_page_encodings_and_nothing_else()
    {
        using var workbook = Open("haitan-2020.xls");
        ExcelCatalog.Read(workbook, RealCatalogSheets.Name);

        Assert.Equal(936, System.Text.Encoding.GetEncoding(936).CodePage);
        Assert.Equal(65001, System.Text.Encoding.GetEncoding("utf-8").CodePage);
    }
}
