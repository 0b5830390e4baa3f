namespace GovDisclosure.Policy.Requests;

/// <summary>
/// The processing fee of §8.7 (国办函〔2020〕109号, in force 2021-01-01), charged where an applicant's requests clearly exceed a reasonable
/// range, in yuan. A body charges one way per request — by count or by volume — never both. Before 2021 only cost fees existed, so a
/// request received earlier is refused rather than priced.
/// </summary>
public static class RequestFees
{
    /// <summary>The first day processing fees apply: 2021-01-01.</summary>
    public static LocalDate InForceFrom { get; } = new(2021, 1, 1);

    /// <summary>
    /// The fee by count for one request, the <paramref name="nthInMonth"/>-th of its applicant in the calendar month: the first 10 are free,
    /// the 11th to 30th cost 100 yuan each, and from the 31st each band of 10 costs 100 yuan more per request than the band before (31st–40th 200, 41st–50th 300, …).
    /// </summary>
    /// <param name="receivedOn">The day the request was received; from 2021-01-01.</param>
    /// <param name="nthInMonth">The request's place among its applicant's requests that month, from 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="receivedOn"/> is before 2021, or <paramref name="nthInMonth"/> is below 1.</exception>
    public static decimal ByCount(LocalDate receivedOn, int nthInMonth)
    {
        CheckInForce(receivedOn, nameof(receivedOn));
        Preconditions.CheckArgumentRange(nameof(nthInMonth), nthInMonth, 1, int.MaxValue);
        return nthInMonth <= 10 ? 0m : nthInMonth <= 30 ? 100m : 100m * (((nthInMonth - 31) / 10) + 2);
    }

    /// <summary>The fees by count of an applicant's <paramref name="requests"/> requests in one calendar month, together: the sum of <see cref="ByCount"/> over them.</summary>
    /// <param name="month">Any day of the month; from 2021-01-01.</param>
    /// <param name="requests">How many requests the applicant made that month, from 0 to 100,000.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is before 2021, or <paramref name="requests"/> is outside 0–100,000.</exception>
    public static decimal ByCountForMonth(LocalDate month, int requests)
    {
        CheckInForce(month, nameof(month));
        Preconditions.CheckArgumentRange(nameof(requests), requests, 0, 100_000);
        var total = 0m;
        for (var n = 11; n <= requests; n++)
        {
            total += ByCount(month, n);
        }

        return total;
    }

    /// <summary>
    /// The fee by volume for one request: up to 30 pages free; pages 31–100 at 10 yuan, 101–200 at 20 yuan and beyond 200 at 40 yuan each,
    /// each rate for the pages in its band. Paper copies, e-mailed pages and copied data are counted as pages.
    /// </summary>
    /// <param name="receivedOn">The day the request was received; from 2021-01-01.</param>
    /// <param name="pages">The pages supplied, from 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="receivedOn"/> is before 2021, or <paramref name="pages"/> is negative.</exception>
    public static decimal ByVolume(LocalDate receivedOn, int pages)
    {
        CheckInForce(receivedOn, nameof(receivedOn));
        Preconditions.CheckArgumentRange(nameof(pages), pages, 0, int.MaxValue);
        static int InBand(int pages, int from, int to) => Math.Max(0, Math.Min(pages, to) - from + 1);
        return (10m * InBand(pages, 31, 100)) + (20m * InBand(pages, 101, 200)) + (40m * InBand(pages, 201, int.MaxValue));
    }

    private static void CheckInForce(LocalDate day, string paramName)
    {
        if (day < InForceFrom)
        {
            throw new PolicyArgumentOutOfRangeException(paramName, day,
                $"Processing fees apply to requests received from {InForceFrom.ToIso()} (国办函〔2020〕109号); on {day.ToIso()} only cost fees existed (2007 Regulations Art. 27, §8.7).");
        }
    }
}
