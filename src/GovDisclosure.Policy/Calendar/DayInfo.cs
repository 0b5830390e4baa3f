namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// Whether a day is a working day in mainland China and why (D1): a weekday or a weekend, a statutory holiday day or a holiday rest day
/// (D47, with the holiday's name), or an adjusted working day (with the holiday it makes up for) — and whether the answer rests on an
/// official notice or on a provisional estimate.
/// </summary>
public sealed class DayInfo : IEquatable<DayInfo>
{
    private static readonly string[] WeekdaysZh = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];

    /// <summary>Describes an ordinary day that no notice lists: a weekday or a weekend.</summary>
    /// <param name="date">The day, an ISO date.</param>
    /// <param name="kind">Its kind; it decides <see cref="IsWorkingDay"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not an ISO date.</exception>
    public DayInfo(LocalDate date, DayKind kind)
        : this(date, kind, null, null, null, false, null, null)
    {
    }

    /// <summary>
    /// Describes a day — for the library's own calendars, and for a calendar of your own implementing
    /// <see cref="IWorkingDayCalendar.Describe(LocalDate)"/>.
    /// </summary>
    /// <param name="date">The day, an ISO date.</param>
    /// <param name="kind">The day's kind (D47); it decides <see cref="IsWorkingDay"/>. For a day off, <see cref="DayKind.OfDayOff(LocalDate, RegionCode?)"/>
    /// gives the kind the library's calendars give.</param>
    /// <param name="holiday">For a day off of a holiday period (a weekend day inside one included), the holiday; for an adjusted working day, the
    /// holiday it makes up for; for a weekday, null.</param>
    /// <param name="noticeName">The holiday's name as the notice spells it, or null for a day no notice lists.</param>
    /// <param name="noticeYear">The year of the notice that lists the day, or null.</param>
    /// <param name="isProvisional">Whether the day's status is estimated rather than read in a published notice.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not an ISO date, or a weekday names a holiday.</exception>
    public DayInfo(LocalDate date, DayKind kind, Holiday? holiday, string? noticeName, int? noticeYear, bool isProvisional)
        : this(date, kind, holiday, noticeName, noticeYear, isProvisional, null, null)
    {
    }

    /// <summary>Describes a day that a regional notice or a regional estimate set (§11).</summary>
    /// <param name="date">The day, an ISO date.</param>
    /// <param name="kind">The day's kind (D47); it decides <see cref="IsWorkingDay"/>. For a day off, <see cref="DayKind.OfDayOff(LocalDate, RegionCode?)"/>
    /// gives the kind the library's calendars give.</param>
    /// <param name="holiday">For a day off of a holiday period (a weekend day inside one included), the holiday; for an adjusted working day, the
    /// holiday it makes up for; for a weekday, null.</param>
    /// <param name="noticeName">The holiday's name as the notice spells it, or null for a day no notice lists.</param>
    /// <param name="noticeYear">The year of the notice that lists the day, or null (an estimate has none).</param>
    /// <param name="isProvisional">Whether the day's status is estimated rather than read in a published notice.</param>
    /// <param name="region">The region whose notice or estimate set the day; null for a national day.</param>
    /// <param name="regionName">That region's name; null exactly when <paramref name="region"/> is.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not an ISO date, a weekday names a holiday, or only one of
    /// <paramref name="region"/> and <paramref name="regionName"/> is given.</exception>
    public DayInfo(LocalDate date, DayKind kind, Holiday? holiday, string? noticeName, int? noticeYear, bool isProvisional, RegionCode? region, string? regionName)
    {
        Preconditions.CheckIso(date, nameof(date));
        Preconditions.CheckNotNull(kind);
        Preconditions.CheckArgument(holiday is null || kind != DayKind.Weekday, nameof(holiday),
            "{0:uuuu-MM-dd} is a weekday; only a day off of a holiday period or an adjusted working day names a holiday.", date);
        Preconditions.CheckArgument(region.HasValue == regionName is not null, nameof(regionName),
            "{0:uuuu-MM-dd}: a regional day needs both its region's code and its name; give both or neither.", date);
        Date = date;
        Region = region;
        RegionName = regionName;
        Kind = kind;
        Holiday = holiday;
        NoticeName = noticeName;
        NoticeYear = noticeYear;
        IsProvisional = isProvisional;
    }

    /// <summary>The day described.</summary>
    public LocalDate Date { get; }

    /// <summary>Weekday, weekend, statutory holiday, holiday rest day or adjusted working day (D47).</summary>
    public DayKind Kind { get; }

    /// <summary>Whether the day is a working day.</summary>
    public bool IsWorkingDay => Kind.IsWorkingDay;

    /// <summary>
    /// For a day off of a holiday period (a weekend day inside one included), the holiday; for an adjusted working day, the holiday it
    /// makes up for; otherwise null.
    /// </summary>
    public Holiday? Holiday { get; }

    /// <summary>The holiday's name exactly as the notice gives it, or null for a day no notice lists.</summary>
    public string? NoticeName { get; }

    /// <summary>The region whose notice or estimate set the day, or whose estimate makes its year provisional (§11); null for a day of the
    /// national notices alone.</summary>
    public RegionCode? Region { get; }

    /// <summary>The name of <see cref="Region"/>, for example <c>广西壮族自治区</c>, or null.</summary>
    public string? RegionName { get; }

    /// <summary>The year of the notice that lists the day (the 2019 notice lists 2018-12-31), or null.</summary>
    public int? NoticeYear { get; }

    /// <summary>
    /// True when the day lies in a provisional year: its status follows the statutory holiday rules,
    /// not a published notice, and may change when the notice appears.
    /// </summary>
    public bool IsProvisional { get; }

    /// <summary>Why the day is a working day or not, in Chinese and English, naming its notice or rule.</summary>
    public BilingualText Explanation => explanation ??= new(ExplanationZh, ExplanationEn);

    private BilingualText? explanation;   // made on first read; racing threads make equal texts

    /// <summary>The explanation in English, for example <c>2024-02-04 Sunday: adjusted working day for Spring Festival (2024 notice)</c>.</summary>
    internal string ExplanationEn
    {
        get
        {
            var text = $"{Date.ToIso()} {Date.DayOfWeek}: {Kind.Label.En}";
            if (Holiday is not null)
            {
                text += (Kind == DayKind.AdjustedWorkingDay ? " making up for " : " of ") + HolidayNameEn;
            }

            var notice = RegionName is null ? "" : RegionName + " ";
            return text + (IsProvisional ? $" (provisional: {(RegionName is null ? "statutory rules" : RegionName + " estimate")}, no notice yet)"
                : NoticeYear is { } year ? $" ({notice}{year} notice)" : "");
        }
    }

    /// <summary>The explanation in Chinese, for example <c>2024-02-04 星期日：调休上班（春节，2024年通知）</c>.</summary>
    internal string ExplanationZh
    {
        get
        {
            var text = $"{Date.ToIso()} {WeekdaysZh[(int)Date.DayOfWeek - 1]}：{Kind.Label.Zh}";
            var notes = new List<string>();
            if (Holiday is not null)
            {
                notes.Add(NoticeName ?? Holiday.Label.Zh);
            }

            if (IsProvisional)
            {
                notes.Add(RegionName is null ? "暂按法定节假日规则推定，尚无通知" : $"{RegionName}暂按惯例推定，尚无通知");
            }
            else if (NoticeYear is { } year)
            {
                notes.Add($"{RegionName}{year}年通知");
            }

            return notes.Count == 0 ? text : $"{text}（{string.Join("，", notes)}）";
        }
    }

    private string HolidayNameEn =>
        Holiday == Holiday.Other && NoticeName is not null ? NoticeName : Holiday!.Label.En;

    /// <inheritdoc />
    public bool Equals(DayInfo? other) =>
        other is not null && Date == other.Date && Kind == other.Kind && Holiday == other.Holiday &&
        NoticeName == other.NoticeName && NoticeYear == other.NoticeYear && IsProvisional == other.IsProvisional &&
        Region == other.Region && RegionName == other.RegionName;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DayInfo);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Kind, Holiday, NoticeName, NoticeYear, IsProvisional, Region);

    /// <inheritdoc />
    public override string ToString() => ExplanationEn;
}
