using GovDisclosure.Policy;
using GovDisclosure.Policy.Catalogs;
using NodaTime;

namespace DocumentationSnippets;

[Snippet("docs/catalogs.md", 1)]
internal static class CatalogsGuide1
{
    internal static void Run()
    {
        #region docs/catalogs.md 1
        CountyCatalog civil;
        using (var csv = File.OpenRead("civil-affairs-catalog.csv"))         // UTF-8, the published column names
        {
            civil = CountyCatalog.ReadCsv(csv, "某县民政领域基层政务公开标准目录");
        }

        var policy = DisclosurePolicy.Default.WithCatalog(civil);
        var list = civil.GetRow("3");                                           // 社会救助/最低生活保障/初审对象名单
        Console.WriteLine(list.TimeLimit!.PostingWorkingDays);               // 7
        Console.WriteLine(policy.DueDate(civil.KeyOf("3"), new LocalDate(2024, 2, 8)));  // 某县民政领域基层政务公开标准目录 3 due 2024-02-28 ("某县民政领域基层政务公开标准目录" 序号 3, D35)
        Console.WriteLine($"{policy.PostingEnd(civil.KeyOf("3"), new LocalDate(2024, 9, 27)):uuuu-MM-dd}");   // 2024-10-12
        #endregion
    }
}
