using System.Text;
using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Catalogs.Excel;

namespace DocumentationSnippets;

[Snippet("docs/catalogs.md", 2)]
internal static class CatalogsGuide2
{
    internal static void Run()
    {
        #region docs/catalogs.md 2
        var gb18030 = CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!;
        CountyCatalog civil;
        using (var csv = File.OpenRead("civil-affairs-catalog-gbk.csv"))     // saved by Excel or WPS as "CSV"
        {
            civil = CountyCatalog.ReadCsv(csv, "某县民政领域基层政务公开标准目录", gb18030);
        }

        Console.WriteLine(civil.GetRow("3").TimeLimit!.PostingWorkingDays);   // 7

        CountyCatalog haitan;
        using (var workbook = File.OpenRead("haitan-2020.xlsx"))
        {
            haitan = ExcelCatalog.Read(workbook, "海坛片区管理局基层政务公开标准目录");
        }

        var row = haitan.GetRow("35");
        Console.WriteLine($"{string.Join("/", row.Items)} {row.Channels[0].Label.Zh} {row.Levels.Count}");   // 社会救助/最低生活保障 社区/企事业单位/村公示栏（电子屏） 0
        Console.WriteLine(haitan.Warnings.Count);                                                    // 0
        #endregion
    }
}
