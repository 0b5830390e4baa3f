using System.Globalization;
using GovDisclosure.Policy.Calendar;

namespace GovDisclosure.Policy;

/// <summary>
/// Mainland China's working days (D1): Monday to Friday, less the public holidays, plus the adjusted
/// working days (调休上班) of the State Council General Office's yearly notices. <see cref="Official"/>
/// holds the embedded notices of 2007–2026; <see cref="WithNotice(HolidayNotice)"/> adds a year the day
/// its notice is published; <see cref="WithProvisionalYearsThrough(int)"/> opts into estimates for years
/// with no notice yet, and every answer that rests on them says so. Outside its coverage the calendar
/// throws <see cref="CalendarCoverageException"/>; it never falls back to plain weekends.
/// </summary>
/// <remarks>Immutable and safe to share between threads; every "with" method returns a new calendar.</remarks>
public sealed partial class ChinaWorkingDayCalendar : IRankedWorkingDayCalendar
{
    private readonly NoticeData data;
    private IReadOnlyList<HolidayNotice>? notices;   // made from data on first use; racing threads make equal lists
    private readonly Additions additions;
    private readonly int provisionalThroughYear;
    private readonly ListedDay[] extraDays;   // provisional national days, then regional days; empty for the official calendar
    private readonly SortedList<int, RegionalHolidayRule>? estimatedYears;   // years with a regional estimate and its rule; null without layers
    // By table slot: 0 for a day no notice lists, k > 0 for day k - 1 of data, k < 0 for extra day -k - 1.
    private readonly int[] listing;
    private readonly WorkingDayRanks table;
    private readonly LocalDate firstProvisionalDay;
    private bool[]? statutoryDays;   // made on first use by StatutoryDays

    /// <summary>Builds the tables. The official calendar comes through here on first use, so this path
    /// works on arrays of primitives: no LINQ, no object per day, no generic instantiation over value types.</summary>
    private ChinaWorkingDayCalendar(CalendarDataSource source, NoticeData data, IReadOnlyList<HolidayNotice>? notices, Additions additions)
    {
        Source = source;
        this.data = data;
        this.notices = notices;
        this.additions = additions;
        var problems = new List<string>();
        CheckConsecutive(data.Years, problems);
        var firstYear = data.Years[0];
        var lastOfficialYear = data.Years[^1];
        provisionalThroughYear = Math.Max(additions.ProvisionalThroughYear, lastOfficialYear);
        OfficialCoverage = new DateInterval(new LocalDate(firstYear, 1, 1), new LocalDate(lastOfficialYear, 12, 31));
        firstProvisionalDay = new LocalDate(lastOfficialYear + 1, 1, 1);

        var slotCount = WorkingDayRanks.SlotCount(provisionalThroughYear - firstYear + 1);
        listing = new int[slotCount];
        var listed = new sbyte[slotCount];
        Merge(data, firstYear, lastOfficialYear, listing, listed, problems);
        if (problems.Count > 0)
        {
            throw new CalendarDataException(problems);
        }

        var extra = AddProvisionalDays(firstYear, lastOfficialYear + 1, provisionalThroughYear, listing, listed);
        // The official calendar has no regional layers: it skips their code, and the generic instantiations it would compile.
        if (additions.Regional.Length + additions.Estimates.Length > 0)
        {
            var estimates = new List<RegionalEstimate>();
            estimatedYears = RegionalLayers.Apply(additions.Regional, additions.Estimates, firstYear, provisionalThroughYear, listing, listed, extra, estimates);
            RegionalEstimates = ReadOnly.Wrap(estimates.OrderBy(estimate => estimate.Year).ToArray());
            Region = RegionalLayers.MostLocal(additions.Regional, additions.Estimates);
        }

        extraDays = [.. extra];
        table = new WorkingDayRanks(firstYear, provisionalThroughYear, listed);
    }

    /// <summary>
    /// The official calendar: the notices of 2007–2026 from the holiday-cn data set (see <see cref="Source"/>),
    /// embedded in the library and loaded on first use. Coverage 2007-01-01 to 2026-12-31; nothing provisional.
    /// </summary>
    public static ChinaWorkingDayCalendar Official => OfficialHolder.Calendar;

    /// <summary>Where the embedded notices come from; <see cref="CalendarDataSource.Caller"/> for a calendar built only from caller-supplied notices.</summary>
    public CalendarDataSource Source { get; }

    /// <summary>The notices the calendar holds, one per year, in year order.</summary>
    public IReadOnlyList<HolidayNotice> Notices
    {
        get
        {
            if (Volatile.Read(ref notices) is { } made)
            {
                return made;
            }

            Interlocked.CompareExchange(ref notices, ReadOnly.Wrap(data.ToNotices()), null);
            return notices;
        }
    }

    /// <summary>
    /// The data version in one line: the source, the notice years, the years added at run time and the
    /// provisional years, for example <c>holiday-cn@d4e53bf (2026-08-07); notices 2007–2026</c>.
    /// </summary>
    public string DataVersion
    {
        get
        {
            var text = $"{Source}; notices {data.Years[0]}–{data.Years[^1]}";
            if (additions.CallerNoticeYears.Length > 0 && Source != CalendarDataSource.Caller)
            {
                text += $" (added at run time: {string.Join(", ", additions.CallerNoticeYears.Order())})";
            }

            if (additions.AmendedYears.Length > 0)
            {
                text += $" (amended at run time: {string.Join(", ", additions.AmendedYears.Distinct().Order())})";
            }

            text = ProvisionalCoverage is { } provisional ? $"{text}; provisional {provisional.Start.Year}–{provisional.End.Year}" : text;
            return estimatedYears is null ? text : text + "; " + RegionalLayers.Describe(additions.Regional, additions.Estimates, estimatedYears);
        }
    }

    /// <inheritdoc />
    public DateInterval Coverage => table.Coverage;

    /// <summary>The precomputed ranks the arithmetic runs on (the calendar's fast path for the library's engines).</summary>
    public WorkingDayRanks Ranks => table;

    /// <summary>The days covered by published notices, both ends inclusive.</summary>
    public DateInterval OfficialCoverage { get; }

    /// <summary>The days estimated from statutory rules (whole years after <see cref="OfficialCoverage"/>), or null when there are none.</summary>
    public DateInterval? ProvisionalCoverage =>
        provisionalThroughYear > OfficialCoverage.End.Year ? new DateInterval(firstProvisionalDay, Coverage.End) : null;

    /// <summary>A calendar of the given notices only, which must cover consecutive years.</summary>
    /// <param name="notices">At least one notice; one per year, years consecutive.</param>
    /// <exception cref="ArgumentNullException"><paramref name="notices"/> or an element is null.</exception>
    /// <exception cref="CalendarDataException">No notice, a year twice or missing, or a date listed off by one notice and working by another.</exception>
    public static ChinaWorkingDayCalendar FromNotices(IEnumerable<HolidayNotice> notices)
    {
        var list = Preconditions.CheckNotNull(notices).Select(notice => Preconditions.CheckNotNull(notice, nameof(notices))).OrderBy(notice => notice.Year).ToArray();
        return new ChinaWorkingDayCalendar(CalendarDataSource.Caller, NoticeData.FromNotices(list), ReadOnly.Wrap(list), Additions.None with { CallerNoticeYears = [.. list.Select(notice => notice.Year)] });
    }

    /// <summary>
    /// This calendar with one more notice: the year after the last notice (replacing its provisional
    /// estimate, if any) or the year before the first. Adding a notice the calendar already holds with the
    /// same days returns this calendar.
    /// </summary>
    /// <param name="notice">The notice to add.</param>
    /// <returns>A new calendar, or this one when nothing changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notice"/> is null.</exception>
    /// <exception cref="CalendarDataException">The calendar holds a different notice for that year; the year is not next to the
    /// covered years; or a day conflicts with another notice.</exception>
    public ChinaWorkingDayCalendar WithNotice(HolidayNotice notice)
    {
        Preconditions.CheckNotNull(notice);
        if (Notices.FirstOrDefault(held => held.Year == notice.Year) is { } existing)
        {
            return existing.ListsSameDays(notice)
                ? this
                : throw new CalendarDataException([$"the calendar already holds a {notice.Year} notice with other days ({Difference(existing, notice)}); " +
                                                   "build a new calendar with FromNotices to replace it."]);
        }

        if (notice.Year != data.Years[^1] + 1 && notice.Year != data.Years[0] - 1)
        {
            throw new CalendarDataException([$"the {notice.Year} notice does not adjoin the calendar's notices {data.Years[0]}–{data.Years[^1]}; " +
                                             "notices must cover consecutive years."]);
        }

        HolidayNotice[] extended = [.. Notices.Append(notice).OrderBy(held => held.Year)];
        return new ChinaWorkingDayCalendar(Source, NoticeData.FromNotices(extended), ReadOnly.Wrap(extended), additions with { CallerNoticeYears = [.. additions.CallerNoticeYears, notice.Year] });
    }

    /// <summary>
    /// This calendar with an amending notice laid over the notice it holds for that year (the 2020 Spring Festival extended to
    /// 2 February): the amendment's days replace the notice's days on the same dates. <see cref="DataVersion"/> says the year was amended
    /// at run time, and <see cref="Notices"/> holds the amended notice with its <see cref="HolidayNotice.Amendments"/>. An amendment that
    /// changes nothing (the embedded data already holds it) returns this calendar.
    /// </summary>
    /// <param name="amendment">The amendment.</param>
    /// <returns>A new calendar, or this one when nothing changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amendment"/> is null.</exception>
    /// <exception cref="CalendarDataException">The calendar holds no notice for the amendment's year, or the amended notice is not whole
    /// or conflicts with a neighbouring notice.</exception>
    public ChinaWorkingDayCalendar WithAmendment(NoticeAmendment amendment)
    {
        Preconditions.CheckNotNull(amendment);
        var held = Notices.FirstOrDefault(notice => notice.Year == amendment.Year) ?? throw new CalendarDataException(
            [$"the calendar holds no {amendment.Year} notice for the amendment to amend (notices {data.Years[0]}–{data.Years[^1]}); add the notice first."]);
        var amended = held.WithAmendment(amendment);
        if (amended.ListsSameDays(held))
        {
            return this;
        }

        HolidayNotice[] replaced = [.. Notices.Select(notice => notice.Year == amendment.Year ? amended : notice)];
        return new ChinaWorkingDayCalendar(Source, NoticeData.FromNotices(replaced), ReadOnly.Wrap(replaced),
            additions with { AmendedYears = [.. additions.AmendedYears, amendment.Year] });
    }

    /// <summary>
    /// The region whose notices (or estimates) the calendar lays over the national days — the most local one, when a prefecture's notices lie
    /// over its province's — or null for the national calendar (§11).
    /// </summary>
    public RegionCode? Region { get; }

    /// <summary>
    /// The regional estimates the calendar holds (D46), one per estimated year and rule, in year order: the days each made off and the days
    /// it left to the region's notice. Empty without <see cref="WithRegionalEstimates"/>.
    /// </summary>
    public IReadOnlyList<RegionalEstimate> RegionalEstimates { get; } = ReadOnly.Empty<RegionalEstimate>();

    /// <summary>The regional notices laid over the national days, in the order they were added.</summary>
    public IReadOnlyList<RegionalNotice> RegionalNotices => ReadOnly.Wrap(additions.Regional);

    /// <summary>
    /// This calendar with a regional notice laid over its days (§11): for the region's bodies, each day the notice lists is off or working as
    /// it says, whatever the national notice says (Guangxi 2017: the national make-up Saturday 1 April became a rest day). Notices of a
    /// prefecture lie over those of its province, and a county's over both, in whichever order they are added. <see cref="Describe(LocalDate)"/>
    /// names the regional notice for every day it set, and <see cref="Region"/> becomes the most local region held.
    /// </summary>
    /// <param name="notice">A notice for a year the calendar covers, of a region on one line with the regions already held.</param>
    /// <returns>A new calendar, or this one when it already holds the same notice.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="notice"/> is null.</exception>
    /// <exception cref="CalendarDataException">The calendar holds another notice of that region and year, a notice of a region neither
    /// within nor around <paramref name="notice"/>'s, or does not cover the notice's year.</exception>
    public ChinaWorkingDayCalendar WithRegionalNotice(RegionalNotice notice)
    {
        Preconditions.CheckNotNull(notice);
        if (additions.Regional.FirstOrDefault(held => held.Region == notice.Region && held.Year == notice.Year) is { } existing)
        {
            return existing.Days.SequenceEqual(notice.Days)
                ? this
                : throw new CalendarDataException([$"the calendar already holds a {notice.Year} notice of {notice.Region} {notice.RegionName} with other days; " +
                                                   "build the calendar again from the national one to replace it."]);
        }

        if (notice.Year < Coverage.Start.Year || notice.Year > Coverage.End.Year)
        {
            throw new CalendarDataException([$"the {notice.Year} notice of {notice.Region} {notice.RegionName} is for a year the calendar does not cover " +
                                             $"({Coverage.Start.Year}–{Coverage.End.Year}); add the national notice (or provisional years) first."]);
        }

        return RegionalLayers.Conflict(additions.Regional, additions.Estimates, notice.Region, notice.RegionName) is { } conflict
            ? throw new CalendarDataException([conflict])
            : new ChinaWorkingDayCalendar(Source, data, Volatile.Read(ref notices), additions with { Regional = [.. additions.Regional, notice] });
    }

    /// <summary>
    /// This calendar with a regional holiday estimated, by choice, for every covered year from the rule's first year that has no notice of
    /// the rule's region (§11): Guangxi's 三月三 on the 3rd and 4th days of the third lunar month. Every estimated year is provisional:
    /// <see cref="DayInfo.IsProvisional"/> and <see cref="IsProvisional(LocalDate, LocalDate)"/> say so for any of its days, as for a
    /// provisional national year. A regional notice for a year, added before or after, replaces the estimate for that year.
    /// </summary>
    /// <param name="rule">The regional holiday to estimate.</param>
    /// <returns>A new calendar, or this one when it already estimates <paramref name="rule"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="CalendarDataException">The calendar holds days of a region neither within nor around the rule's.</exception>
    public ChinaWorkingDayCalendar WithRegionalEstimates(RegionalHolidayRule rule)
    {
        Preconditions.CheckNotNull(rule);
        if (additions.Estimates.Contains(rule))
        {
            return this;
        }

        return RegionalLayers.Conflict(additions.Regional, additions.Estimates, rule.Region, rule.RegionName) is { } conflict
            ? throw new CalendarDataException([conflict])
            : new ChinaWorkingDayCalendar(Source, data, Volatile.Read(ref notices), additions with { Estimates = [.. additions.Estimates, rule] });
    }

    /// <summary>This calendar with one more notice, given as its year and listed days.</summary>
    /// <param name="year">The year the notice is for.</param>
    /// <param name="days">The days off and adjusted working days it lists.</param>
    /// <param name="papers">Where the notice is published; may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> or an element is null.</exception>
    /// <exception cref="CalendarDataException">The days are not a valid notice, or the notice cannot be added (see <see cref="WithNotice(HolidayNotice)"/>).</exception>
    public ChinaWorkingDayCalendar WithNotice(int year, IEnumerable<NoticeDay> days, IEnumerable<string>? papers = null) =>
        WithNotice(new HolidayNotice(year, days, papers));

    /// <summary>
    /// This calendar extended, year by year up to <paramref name="lastYear"/>, with provisional years: Monday to
    /// Friday less the statutory holidays of <see cref="StatutoryHolidays"/>, with no adjusted working days.
    /// <see cref="DayInfo.IsProvisional"/> and <see cref="IsProvisional(LocalDate, LocalDate)"/> mark every answer
    /// that rests on them. A later <see cref="WithNotice(HolidayNotice)"/> replaces a provisional year with its notice.
    /// </summary>
    /// <param name="lastYear">The last year to estimate; at most <see cref="StatutoryHolidays.LastYear"/>. A year the
    /// calendar already covers changes nothing.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastYear"/> is after <see cref="StatutoryHolidays.LastYear"/>.</exception>
    public ChinaWorkingDayCalendar WithProvisionalYearsThrough(int lastYear)
    {
        Preconditions.CheckArgumentRange(nameof(lastYear), lastYear, 1, StatutoryHolidays.LastYear);
        return lastYear <= provisionalThroughYear
            ? this
            : new ChinaWorkingDayCalendar(Source, data, Volatile.Read(ref notices), additions with { ProvisionalThroughYear = lastYear });
    }

    /// <inheritdoc />
    public bool IsWorkingDay(LocalDate date) => table.IsWorkingDay(date, nameof(date));

    /// <inheritdoc />
    public LocalDate AddWorkingDays(LocalDate start, int n) => table.AddWorkingDays(start, n, nameof(start));

    /// <inheritdoc />
    public int WorkingDaysBetween(LocalDate start, LocalDate end) =>
        table.RankThrough(end, nameof(end)) - table.RankThrough(start, nameof(start));

    /// <inheritdoc />
    public LocalDate NextWorkingDay(LocalDate date) => table.AddWorkingDays(date, 1, nameof(date));

    /// <inheritdoc />
    public LocalDate PreviousWorkingDay(LocalDate date) => table.AddWorkingDays(date, -1, nameof(date));

    /// <inheritdoc cref="WorkingDayCalendarExtensions.AddWorkingDays(IWorkingDayCalendar, ReadOnlySpan{LocalDate}, int, Span{LocalDate})" />
    public void AddWorkingDays(ReadOnlySpan<LocalDate> starts, int n, Span<LocalDate> results)
    {
        Preconditions.CheckBatch(starts.Length, null, results.Length);
        table.AddWorkingDays(starts, default, n, results);
    }

    /// <inheritdoc cref="WorkingDayCalendarExtensions.AddWorkingDays(IWorkingDayCalendar, ReadOnlySpan{LocalDate}, ReadOnlySpan{int}, Span{LocalDate})" />
    public void AddWorkingDays(ReadOnlySpan<LocalDate> starts, ReadOnlySpan<int> counts, Span<LocalDate> results)
    {
        Preconditions.CheckBatch(starts.Length, counts.Length, results.Length);
        table.AddWorkingDays(starts, counts, 0, results);
    }

    /// <inheritdoc />
    public bool IsProvisional(LocalDate start, LocalDate end)
    {
        table.CheckedSlot(start, nameof(start));
        table.CheckedSlot(end, nameof(end));
        // Provisional years always follow the official ones, so the later date decides; a regional estimate marks its own years.
        return LocalDate.Max(start, end) >= firstProvisionalDay || (estimatedYears is not null && RegionalLayers.AnyEstimated(estimatedYears, start.Year, end.Year));
    }

    /// <inheritdoc />
    public DayInfo Describe(LocalDate date)
    {
        var k = listing[table.CheckedSlot(date, nameof(date))];
        // A day of an estimated year rests on the region's estimate, whoever listed it.
        var estimatedBy = estimatedYears is not null && estimatedYears.TryGetValue(date.Year, out var rule) ? rule : null;
        var isProvisional = date >= firstProvisionalDay || estimatedBy is not null;
        if (k == 0)
        {
            return new DayInfo(date, KindOf(date, null), null, null, null, isProvisional, estimatedBy?.Region, estimatedBy?.RegionName);
        }

        int? noticeYear = null;
        NoticeDay day;
        RegionalNotice? regional = null;
        if (k > 0)
        {
            var notice = data.NoticeOf(k - 1);
            day = Notices[notice].Days[k - 1 - data.DayStart[notice]];
            noticeYear = data.Years[notice];
        }
        else
        {
            (day, regional, var estimate) = extraDays[-k - 1];
            noticeYear = regional?.Year;
            if (regional is not null || estimate is not null)
            {
                var kind = KindOf(date, day);
                return new DayInfo(date, kind, kind == DayKind.Weekday ? null : day.Holiday, day.Name, noticeYear, isProvisional,
                    regional?.Region ?? estimate!.Region, regional?.RegionName ?? estimate!.RegionName);
            }
        }

        var dayKind = KindOf(date, day);
        return new DayInfo(date, dayKind, dayKind == DayKind.Weekday ? null : day.Holiday, day.Name, noticeYear, isProvisional,
            estimatedBy?.Region, estimatedBy?.RegionName);
    }

    /// <summary>
    /// <see cref="Describe(LocalDate)"/> for every day from <paramref name="start"/> to <paramref name="end"/>,
    /// both inclusive, in date order — the days a count of working days walks over and why each was counted or skipped.
    /// </summary>
    /// <param name="start">The first day, covered.</param>
    /// <param name="end">The last day, covered and not before <paramref name="start"/>.</param>
    /// <exception cref="CalendarCoverageException">A date is outside <see cref="Coverage"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public IReadOnlyList<DayInfo> Describe(LocalDate start, LocalDate end)
    {
        table.CheckedSlot(start, nameof(start));
        table.CheckedSlot(end, nameof(end));
        Preconditions.CheckArgument(end >= start, nameof(end), "The end {0:uuuu-MM-dd} is before the start {1:uuuu-MM-dd}.", end, start);
        return DayDescriptions.Between(this, start, end);
    }

    /// <summary>
    /// Checks, day by day over the whole coverage, that the rank tables the arithmetic runs on agree with the
    /// notices (and, for provisional years, the statutory rules): the same working days, the same running
    /// counts. The official calendar passes; the method is there so that a host can check a calendar it
    /// built at run time, or the embedded data after an upgrade.
    /// </summary>
    /// <exception cref="CalendarDataException">Something disagrees; every problem is listed.</exception>
    public void Validate() => CheckTable(table, date => Describe(date).IsWorkingDay);

    /// <inheritdoc />
    public override string ToString() => $"China working days {Coverage.Start.ToIso()} to {Coverage.End.ToIso()} ({DataVersion})";

    /// <summary>Reads the embedded compact data; used by <see cref="Official"/> and by the start-up benchmark.</summary>
    internal static ChinaWorkingDayCalendar LoadOfficial()
    {
        var embedded = CompactHolidayData.Read(EmbeddedHolidayData.Bytes, out var source);
        return new ChinaWorkingDayCalendar(source, embedded, null, Additions.None);
    }

    /// <summary>Loads the official calendar on first access: the runtime runs a static constructor once, thread-safely.</summary>
    private static class OfficialHolder
    {
        internal static readonly ChinaWorkingDayCalendar Calendar;

        static OfficialHolder() => Calendar = LoadOfficial();
    }

    private DayKind KindOf(LocalDate date, NoticeDay? listed)
    {
        var weekend = date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        var slot = WorkingDayRanks.SlotOf(date, data.Years[0]);
        if (listed is null)
        {
            // A region's festival day on a weekend that no layer lists (in a national break, 2019) is still statutory there (D47).
            return weekend ? DayKind.OfDayOff(date, StatutoryDays[slot]) : DayKind.Weekday;
        }

        // A notice listing a weekday as working (2020-02-03) changes nothing: it stays an ordinary weekday.
        return listed.IsOffDay ? DayKind.OfDayOff(date, StatutoryDays[slot])
            : weekend ? DayKind.AdjustedWorkingDay : DayKind.Weekday;
    }
}
