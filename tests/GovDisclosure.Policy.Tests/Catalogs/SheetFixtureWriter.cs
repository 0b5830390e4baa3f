namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>
/// Writes the workbooks the sheet tests read, before an office suite saves them: run with GOVDISCLOSURE_WRITE_SHEETS=1, then convert each
/// with LibreOffice (<c>soffice --headless --convert-to xls</c> and <c>--convert-to xlsx</c>) into Catalogs/Sheets, as CONTRIBUTING.md says.
/// </summary>
public sealed class SheetFixtureWriter
{
    [SkippableFact]
    public void Writes_the_workbooks_an_office_suite_then_saves()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("GOVDISCLOSURE_WRITE_SHEETS") == "1", "Set GOVDISCLOSURE_WRITE_SHEETS=1 to write the workbooks again.");
        var folder = Path.Combine(Path.GetTempPath(), "govdisclosure-sheets");
        Directory.CreateDirectory(folder);
        void Write(string name, params TestSheet[] sheets)
        {
            using var file = File.Create(Path.Combine(folder, name));
            XlsxFiles.Write(sheets).CopyTo(file);
        }

        Write("haitan-2020.xlsx", RealCatalogSheets.Explanation(), RealCatalogSheets.Published());
        Write("layouts.xlsx", RealCatalogSheets.Layouts());
        Assert.True(File.Exists(Path.Combine(folder, "layouts.xlsx")));
    }
}
