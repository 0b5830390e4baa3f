namespace GovDisclosure.Policy;

/// <summary>
/// "Today" in mainland China, from a clock. Mainland China keeps one time, China Standard Time (北京时间), UTC+8 all
/// year: it has had no daylight saving since 1991, and the library's dates start in 2000, so a fixed offset is exact
/// (tzdb's <c>Asia/Shanghai</c> agrees on every instant from 2000 on). A host passes <c>SystemClock.Instance</c>; a test
/// passes a <c>FakeClock</c> (NodaTime.Testing). The library never reads the machine's clock or time zone itself.
/// </summary>
/// <remarks>
/// Working-day counts, due dates and "as of" days are all dates in China; a server in another time zone must not use its
/// own local date. Between 16:00 and 24:00 UTC, China is already on the next day.
/// </remarks>
public static class ChinaTime
{
    /// <summary>China Standard Time's offset from UTC: +08:00, all year.</summary>
    public static Offset Offset { get; } = Offset.FromHours(8);

    /// <summary>A fixed UTC+8 time zone, with the id <c>UTC+08</c>, for zoned values that must not depend on tzdb.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZone.ForOffset(Offset);

    /// <summary>The date in mainland China at <paramref name="instant"/>.</summary>
    /// <param name="instant">Any instant.</param>
    public static LocalDate DateAt(Instant instant) => instant.WithOffset(Offset).Date;

    /// <summary>Today's date in mainland China, by <paramref name="clock"/>.</summary>
    /// <param name="clock">The clock to read; <c>SystemClock.Instance</c> in a host, a <c>FakeClock</c> in a test.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static LocalDate Today(IClock clock) => DateAt(Preconditions.CheckNotNull(clock).GetCurrentInstant());
}
