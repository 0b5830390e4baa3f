using System.Text.Json;

namespace GovDisclosure.Policy.Tests.Calendar;

/// <summary>
/// The holiday-cn data read directly with System.Text.Json, independently of the library's own reader,
/// so that tests compare the library against the source rather than against itself.
/// </summary>
internal static class HolidayCnData
{
    private static readonly Lazy<IReadOnlyDictionary<LocalDate, (bool IsOffDay, string Name, int NoticeYear)>> Listed = new(Read);

    internal static readonly LocalDate FirstDay = new(2007, 1, 1);
    internal static readonly LocalDate LastDay = new(2026, 12, 31);

    /// <summary>Every day any notice lists, with its status, holiday name and notice year.</summary>
    internal static IReadOnlyDictionary<LocalDate, (bool IsOffDay, string Name, int NoticeYear)> ListedDays => Listed.Value;

    /// <summary>Whether a day is a working day according to the source data (D1).</summary>
    internal static bool IsWorkingDay(LocalDate date) =>
        ListedDays.TryGetValue(date, out var listed)
            ? !listed.IsOffDay
            : date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

    /// <summary>Every day from 2007-01-01 to 2026-12-31.</summary>
    internal static IEnumerable<LocalDate> CoveredDays()
    {
        for (var date = FirstDay; date <= LastDay; date = date.PlusDays(1))
        {
            yield return date;
        }
    }

    private static IReadOnlyDictionary<LocalDate, (bool, string, int)> Read()
    {
        var days = new Dictionary<LocalDate, (bool, string, int)>();
        foreach (var file in RepositoryFiles.HolidayCnNoticeFiles)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var year = document.RootElement.GetProperty("year").GetInt32();
            foreach (var day in document.RootElement.GetProperty("days").EnumerateArray())
            {
                var date = DateOnly.ParseExact(day.GetProperty("date").GetString()!, "yyyy-MM-dd");
                days.Add(LocalDate.FromDateOnly(date), (day.GetProperty("isOffDay").GetBoolean(), day.GetProperty("name").GetString()!, year));
            }
        }

        return days;
    }
}
