using System.Runtime.CompilerServices;
using GovDisclosure.Policy.Calendar;

namespace GovDisclosure.Policy.Deadlines;

/// <summary>
/// A month, quarter or year of reporting (D5, D6): the one place the library turns a cadence and a date into
/// the period it belongs to. Plain integers, so that the batch due dates and the evaluation can use it per record.
/// </summary>
internal readonly struct ReportingPeriod
{
    private ReportingPeriod(int year, int firstMonth, int months)
    {
        Year = year;
        FirstMonth = firstMonth;
        Months = months;
    }

    /// <summary>The year the period lies in.</summary>
    internal int Year { get; }

    /// <summary>The period's first month, 1 to 12.</summary>
    internal int FirstMonth { get; }

    /// <summary>The period's length in months: 1, 3 or 12.</summary>
    internal int Months { get; }

    /// <summary>The period's last month.</summary>
    internal int LastMonth => FirstMonth + Months - 1;

    /// <summary>The day of the period's last month that ends it.</summary>
    internal int LastDay => WorkingDayRanks.DaysInMonth(Year, LastMonth);

    /// <summary>Which period of its year this is, from 0: the month (0–11), the quarter (0–3) or 0 for the year.</summary>
    internal int IndexInYear => (FirstMonth - 1) / Months;

    internal LocalDate Start => new(Year, FirstMonth, 1);

    internal LocalDate End => new(Year, LastMonth, LastDay);

    internal DateInterval Interval => new(Start, End);

    /// <summary>The period of <paramref name="months"/> months (1, 3 or 12) that holds the day <paramref name="month"/> of <paramref name="year"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ReportingPeriod Of(int months, int year, int month) =>
        new(year, months == 1 ? month : months == 3 ? QuarterStart[month] : 1, months);

    /// <summary>The period of <paramref name="cadence"/>, which must be periodic, that holds <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not an ISO date.</exception>
    internal static ReportingPeriod Of(Cadence cadence, LocalDate date, string paramName)
    {
        Preconditions.CheckIso(date, paramName);
        return Of(cadence.MonthsPerPeriod, date.Year, date.Month);
    }

    /// <summary>Every period of <paramref name="cadence"/>, which must be periodic, in <paramref name="year"/>, in order.</summary>
    internal static IEnumerable<ReportingPeriod> AllOf(Cadence cadence, int year)
    {
        var months = cadence.MonthsPerPeriod;
        for (var month = 1; month <= 12; month += months)
        {
            yield return new ReportingPeriod(year, month, months);
        }
    }

    // A lookup rather than division: the batch form runs this once per obligation.
    private static ReadOnlySpan<byte> QuarterStart => [0, 1, 1, 1, 4, 4, 4, 7, 7, 7, 10, 10, 10];
}
