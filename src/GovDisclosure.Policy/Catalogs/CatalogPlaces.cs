namespace GovDisclosure.Policy.Catalogs;

/// <summary>How problems and warnings name where they are: <c>sheet "民政" row 7 (序号 5), 公开时限: …</c>.</summary>
internal static class CatalogPlaces
{
    internal static string Describe(string? sheet, int row, string? number, string? column, string message)
    {
        var place = (sheet is null ? "" : $"sheet {IsoText.Quote(sheet)} ") + (number is null ? $"row {row}" : $"row {row} (序号 {number})");
        return (row, column) switch
        {
            (0, null) => sheet is null ? message : $"sheet {IsoText.Quote(sheet)}: {message}",
            (0, _) => (sheet is null ? "" : $"sheet {IsoText.Quote(sheet)}, ") + $"column {column}: {message}",
            (_, null) => $"{place}: {message}",
            _ => $"{place}, {column}: {message}",
        };
    }
}
