namespace GovDisclosure.Policy.Tests;

/// <summary>Files of this repository that tests read: the holiday-cn source data and the embedded compact form.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> RootFolder = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GovDisclosure.Policy.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No GovDisclosure.Policy.sln above {AppContext.BaseDirectory}.");
    });

    internal static string Root => RootFolder.Value;

    internal static string CalendarData => Path.Combine(Root, "src", "GovDisclosure.Policy", "Calendar", "Data");

    internal static string HolidayCnFolder => Path.Combine(CalendarData, "holiday-cn");

    internal static string CompactCalendar => Path.Combine(Root, "src", "GovDisclosure.Policy", "Calendar", "EmbeddedHolidayData.cs");

    /// <summary>The State Council notices' texts, 2007.txt … 2026.txt, in year order.</summary>
    internal static IEnumerable<string> NoticeTextFiles =>
        Directory.EnumerateFiles(Path.Combine(Root, "tests", "GovDisclosure.Policy.Tests", "Calendar", "NoticeTexts"), "20*.txt").Order(StringComparer.Ordinal);

    /// <summary>The holiday-cn notice files, 2007.json … 2026.json, in year order.</summary>
    internal static IEnumerable<string> HolidayCnNoticeFiles =>
        Directory.EnumerateFiles(HolidayCnFolder, "20*.json").Order(StringComparer.Ordinal);
}
