namespace GovDisclosure.Policy.Catalogs.Excel;

/// <summary>
/// Reads county catalogs (SPEC §10) from the workbooks counties publish them in, .xlsx or the older .xls, as
/// <see cref="CountyCatalog.ReadCells"/> reads a sheet: title rows above a header of one or two rows, group cells merged over their
/// members, item cells merged down their rows, channel checklists, tick columns. A merged cell counts as its value in every cell it covers.
/// Every problem names its sheet, row, column and 序号 (<see cref="CatalogProblem.Sheet"/>); warnings are in
/// <see cref="CountyCatalog.Warnings"/>. The same rows give the same catalog as their CSV form (D48).
/// </summary>
/// <remarks>
/// The package's one process-wide effect: ExcelDataReader decodes .xls text through the code-page encodings, so the first read registers
/// <see cref="System.Text.CodePagesEncodingProvider.Instance"/> with <see cref="System.Text.Encoding.RegisterProvider"/>, once. It only adds
/// encodings (GBK, GB18030, …) that <see cref="System.Text.Encoding.GetEncoding(int)"/> would otherwise refuse; nothing it returned before
/// changes. Thread-safe; nothing else is kept between calls.
/// </remarks>
public static class ExcelCatalog
{
    /// <summary>Reads the catalog of one sheet: the one named, or else the one sheet that holds a catalog header (an explanatory sheet
    /// beside it is passed over).</summary>
    /// <param name="workbook">The .xlsx or .xls file; read to its end, not closed. It need not be seekable.</param>
    /// <param name="catalogName">The catalog's name, as registers and deadlines name it.</param>
    /// <param name="sheet">The sheet's name as its tab shows it, or null for the one catalog sheet.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> or <paramref name="catalogName"/> is null.</exception>
    /// <exception cref="CatalogDataException">The file is not a workbook ExcelDataReader can read (or is encrypted); the workbook has no sheet
    /// of that name; no name was given and no sheet, or several, hold a catalog header (the message lists them); or the sheet's catalog has
    /// problems, each named by sheet, row, column and 序号.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static CountyCatalog Read(Stream workbook, string catalogName, string? sheet = null)
    {
        CheckNotNull(workbook, nameof(workbook));
        CheckNotNull(catalogName, nameof(catalogName));
        var sheets = Workbook.Read(workbook, catalogName);
        if (sheet is not null)
        {
            var named = sheets.FirstOrDefault(candidate => candidate.Name == sheet)
                ?? throw Refused(catalogName, $"The workbook has no sheet \"{sheet}\"; its sheets are {Names(sheets)}.");
            return CountyCatalog.ReadCells(named.Rows, catalogName, named.Name);
        }

        var catalogs = sheets.Where(candidate => CountyCatalog.IsCatalogSheet(candidate.Rows)).ToArray();
        return catalogs.Length switch
        {
            1 => CountyCatalog.ReadCells(catalogs[0].Rows, catalogName, catalogs[0].Name),
            0 => throw NoCatalogSheet(catalogName, sheets),
            _ => throw Refused(catalogName, $"The workbook has {catalogs.Length} catalog sheets ({Names(catalogs)}); name the one to read, or read them all with ReadAll."),
        };
    }

    /// <summary>Reads every sheet that holds a catalog header, each a catalog named after its sheet, in the workbook's order; other sheets
    /// are passed over.</summary>
    /// <param name="workbook">The .xlsx or .xls file; read to its end, not closed.</param>
    /// <returns>The catalogs, one per catalog sheet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is null.</exception>
    /// <exception cref="CatalogDataException">The file is not a workbook ExcelDataReader can read, no sheet holds a catalog header, or catalog
    /// sheets have problems: those of every sheet together, each named by its sheet.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static IReadOnlyList<CountyCatalog> ReadAll(Stream workbook)
    {
        CheckNotNull(workbook, nameof(workbook));
        var sheets = Workbook.Read(workbook, "(workbook)");
        var (catalogs, problems, failed) = (new List<CountyCatalog>(), new List<CatalogProblem>(), new List<string>());
        foreach (var sheet in sheets.Where(candidate => CountyCatalog.IsCatalogSheet(candidate.Rows)))
        {
            try
            {
                catalogs.Add(CountyCatalog.ReadCells(sheet.Rows, sheet.Name, sheet.Name));
            }
            catch (CatalogDataException e)
            {
                problems.AddRange(e.Problems);
                failed.Add(sheet.Name);
            }
        }

        if (failed.Count > 0)
        {
            throw new CatalogDataException(string.Join("、", failed), problems);
        }

        return catalogs.Count > 0 ? catalogs.AsReadOnly() : throw NoCatalogSheet("(workbook)", sheets);
    }

    private static string Names(IEnumerable<Sheet> sheets) => string.Join(", ", sheets.Select(sheet => $"\"{sheet.Name}\""));

    private static CatalogDataException NoCatalogSheet(string catalogName, Sheet[] sheets) =>
        Refused(catalogName, $"No sheet of the workbook holds a catalog header (a row naming 序号, 一级事项, 公开时限, …); its sheets are {Names(sheets)}.");

    private static CatalogDataException Refused(string catalogName, string message) => new(catalogName, [new CatalogProblem(0, null, message)]);

    private static void CheckNotNull(object? argument, string paramName)
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }
    }
}
