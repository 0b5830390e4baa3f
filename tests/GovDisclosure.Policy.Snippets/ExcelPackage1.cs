using GovDisclosure.Policy;
using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Catalogs.Excel;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("src/GovDisclosure.Policy.Catalogs.Excel/PACKAGE.md", 1)]
internal static class ExcelPackage1
{
    internal static void Run()
    {
        #region src/GovDisclosure.Policy.Catalogs.Excel/PACKAGE.md 1
        CountyCatalog catalog;
        using (var workbook = File.OpenRead("haitan-2020.xlsx"))   // an explanatory sheet, then the catalog's
        {
            catalog = ExcelCatalog.Read(workbook, "海坛片区管理局基层政务公开标准目录");
        }

        Console.WriteLine(catalog.Rows.Count);                                   // 12
        Console.WriteLine(catalog.GetRow("35").TimeLimit!.PostingWorkingDays);   // 7
        var policy = DisclosurePolicy.Default.WithCatalog(catalog);
        Console.WriteLine(policy.DueDate(catalog.KeyOf("35"), new LocalDate(2024, 3, 1)).Due);   // Friday, 15 March 2024
        #endregion
    }
}
