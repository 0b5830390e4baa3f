using GovDisclosure.Policy.Data;

namespace DocumentationSnippets;

[Snippet("docs/databases.md", 2)]
internal static class DatabasesGuide2
{
    internal static void Run()
    {
        #region docs/databases.md 2
        var layout = RegisterLayout.PostgreSql
            .MapTable("records", "gk.disclosure_record")
            .MapColumn("records", "id", "record_no")
            .MapColumn("records", "trigger_date", "形成日期")
            .MapTable("publications", "gk.disclosure_release");
        var options = new RegisterTableOptions { Layout = layout };
        Console.WriteLine(layout.TableName("records"));                   // gk.disclosure_record
        Console.WriteLine(layout.ColumnName("records", "trigger_date"));   // 形成日期
        Console.WriteLine(layout.ColumnName("records", "body_id"));        // body_id
        Console.WriteLine(options.Layout);   // register layout (date columns; 2 tables and 2 columns mapped)
        #endregion
    }
}
