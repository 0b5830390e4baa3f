using System.Globalization;
using System.Text;
using NodaTime.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §13: a date in a file is an ISO date, <c>yyyy-MM-dd</c>, of a day that exists in years 0001–9999. The readers parse it from its bytes;
/// checked here against NodaTime's own ISO pattern for every month of every year, around each month's end.
/// </summary>
public sealed class DateTextTests
{
    private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;

    [Fact]   // some six hundred thousand dates: under a second
    public void Sec13_every_day_28_to_32_of_every_month_of_years_1_to_9999_is_read_as_NodaTime_reads_it()
    {
        var disagreements = new List<string>();
        for (var year = 1; year <= 9999; year++)
        {
            for (var month = 1; month <= 12; month++)
            {
                for (var day = 28; day <= 32; day++)
                {
                    Check(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"), disagreements);
                }
            }
        }

        Assert.Empty(disagreements);
    }

    [Theory]
    [InlineData("1900-02-29", false)]   // a century is not a leap year…
    [InlineData("2000-02-29", true)]    // …unless it is a fourth century
    [InlineData("2024-02-29", true)]
    [InlineData("2025-02-29", false)]
    [InlineData("2025-02-28", true)]
    [InlineData("2025-04-31", false)]
    [InlineData("2025-06-31", false)]
    [InlineData("2025-09-31", false)]
    [InlineData("2025-11-31", false)]
    [InlineData("2025-11-30", true)]
    [InlineData("2025-12-31", true)]
    [InlineData("2025-01-31", true)]
    [InlineData("2025-08-31", true)]
    [InlineData("2025-00-10", false)]
    [InlineData("2025-13-10", false)]
    [InlineData("2025-01-00", false)]
    [InlineData("0000-01-01", false)]
    [InlineData("0001-01-01", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("2025-1-01", false)]
    [InlineData("2025/01/01", false)]
    [InlineData("2025-01-0a", false)]
    [InlineData("2025-01-01T", false)]
    public void Sec13_a_date_is_a_day_that_exists_written_yyyy_MM_dd(string text, bool read)
    {
        Assert.Equal(read, JsonValues.TryParseDate(Encoding.ASCII.GetBytes(text), out var date));
        Assert.Equal(read ? Iso.Parse(text).Value : default, date);
    }

    private static void Check(string text, List<string> disagreements)
    {
        var expected = Iso.Parse(text);
        var read = JsonValues.TryParseDate(Encoding.ASCII.GetBytes(text), out var date);
        if (read != expected.Success || (read && date != expected.Value))
        {
            disagreements.Add(text);
        }
    }
}
