using Microsoft.VisualBasic.FileIO;

namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>
/// The real rows of 海坛片区管理局基层政务公开标准目录（修订版） (pingtan.gov.cn, 2020-12-23; see Sheets/README.md) as CSV, and laid out as
/// the county published its sheet: a title row, a two-row header (公开事项 over 一级/二级事项; 公开对象 over 全社会 and 特定群体; 公开方式
/// over 主动 and 依申请), 一级/二级事项 merged down their rows, no 公开层级. The committed workbooks of the fixed layouts are made here too.
/// </summary>
internal static class RealCatalogSheets
{
    internal const string Name = "海坛片区管理局基层政务公开标准目录";

    /// <summary>The seeds of the generated layouts committed as layouts.xlsx and layouts.xls, one sheet each.</summary>
    internal static readonly int[] LayoutSeeds = [1, 2, 3, 5, 8, 13, 21, 34];

    internal static string Folder => Path.Combine(RepositoryFiles.Root, "tests", "GovDisclosure.Policy.Tests", "Catalogs", "Sheets");

    internal static string RowsCsv => Path.Combine(Folder, "haitan-township-2020-rows-33-44.csv");

    internal static string TimeLimitsCsv => Path.Combine(Folder, "haitan-township-2020-time-limits.csv");

    /// <summary>The cells of a CSV file, record by record.</summary>
    internal static List<string[]> Cells(string path)
    {
        using var parser = new TextFieldParser(path) { Delimiters = [","], HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    /// <summary>Rows 33–44 as the county's sheet lays them out.</summary>
    internal static TestSheet Published()
    {
        var data = Cells(RowsCsv).Skip(1).ToList();
        List<string?[]> sheet =
        [
            [Name + "（修订版）", null, null, null, null, null, null, null, null, null, null, null],
            ["序号", "公开事项", null, "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体", "公开对象", null, "公开方式", null],
            [null, "一级事项", "二级事项", null, null, null, null, null, "全社会", "特定群体", "主动", "依申请"],
        ];
        var merges = new List<(int, int, int, int)> { (0, 0, 0, 11), (1, 1, 1, 2), (1, 8, 1, 9), (1, 10, 1, 11) };
        merges.AddRange(new[] { 0, 3, 4, 5, 6, 7 }.Select(column => (1, column, 2, column)));
        foreach (var row in data)
        {
            sheet.Add([.. row.Select(cell => cell.Length == 0 ? null : cell)]);
        }

        for (var column = 1; column <= 2; column++)
        {
            for (var r = 3; r < sheet.Count;)
            {
                var end = r;
                while (end + 1 < sheet.Count && sheet[end + 1][column] is null)
                {
                    end++;
                }

                if (end > r)
                {
                    merges.Add((r, column, end, column));
                }

                r = end + 1;
            }
        }

        return new TestSheet("标准目录", sheet, merges);
    }

    /// <summary>An explanatory sheet, as workbooks put beside their catalog.</summary>
    internal static TestSheet Explanation() => new("说明",
    [
        ["编制说明"],
        ["本目录依据《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》（国办发〔2019〕54号）编制。"],
        ["公开渠道、公开对象、公开方式以打“√”标示。"],
    ], []);

    /// <summary>The fixed layouts, one sheet each, named L1…L8.</summary>
    internal static TestSheet[] Layouts() =>
        [.. LayoutSeeds.Select((seed, i) => SheetLayouts.Lay(SheetLayouts.Generate(seed).Rows, SheetLayouts.Generate(seed).Layout, $"L{i + 1}"))];
}
