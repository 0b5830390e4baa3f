namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// Whether a day is a working day in mainland China and why (D1): an ordinary weekday or weekend, a
/// public holiday (with its name), or an adjusted working day (with the holiday it makes up for) — and
/// whether the answer rests on an official notice or on a provisional estimate.
/// </summary>
public sealed class DayInfo : IEquatable<DayInfo>
{
    private static readonly string[] WeekdaysZh = ["", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];

    /// <summary>
    /// Describes a day — for the library's own calendars, and for a calendar of your own implementing
    /// <see cref="IWorkingDayCalendar.Describe(LocalDate)"/>.
    /// </summary>
    /// <param name="date">The day, an ISO date.</param>
    /// <param name="kind">Weekday, weekend, public holiday or adjusted working day; it decides <see cref="IsWorkingDay"/>.</param>
    /// <param name="holiday">For a public holiday, the holiday; for an adjusted working day, the holiday it makes up for; otherwise null.</param>
    /// <param name="noticeName">The holiday's name as the notice spells it, or null for a day no notice lists.</param>
    /// <param name="noticeYear">The year of the notice that lists the day, or null.</param>
    /// <param name="isProvisional">Whether the day's status is estimated rather than read in a published notice.</param>
    /// <exception cref="ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not an ISO date, or a weekday or weekend names a holiday.</exception>
    public DayInfo(LocalDate date, DayKind kind, Holiday? holiday = null, string? noticeName = null, int? noticeYear = null, bool isProvisional = false)
    {
        Preconditions.CheckIso(date, nameof(date));
        Preconditions.CheckNotNull(kind);
        Preconditions.CheckArgument(holiday is null || kind == DayKind.PublicHoliday || kind == DayKind.AdjustedWorkingDay, nameof(holiday),
            "{0:uuuu-MM-dd} is a {1}; only a public holiday or an adjusted working day names a holiday.", date, kind.NameEn);
        Date = date;
        Kind = kind;
        Holiday = holiday;
        NoticeName = noticeName;
        NoticeYear = noticeYear;
        IsProvisional = isProvisional;
    }

    /// <summary>The day described.</summary>
    public LocalDate Date { get; }

    /// <summary>Weekday, weekend, public holiday or adjusted working day.</summary>
    public DayKind Kind { get; }

    /// <summary>Whether the day is a working day.</summary>
    public bool IsWorkingDay => Kind.IsWorkingDay;

    /// <summary>
    /// For a public holiday, the holiday; for an adjusted working day, the holiday it makes up for;
    /// otherwise null.
    /// </summary>
    public Holiday? Holiday { get; }

    /// <summary>The holiday's name exactly as the notice gives it, or null for a day no notice lists.</summary>
    public string? NoticeName { get; }

    /// <summary>The year of the notice that lists the day (the 2019 notice lists 2018-12-31), or null.</summary>
    public int? NoticeYear { get; }

    /// <summary>
    /// True when the day lies in a provisional year: its status follows the statutory holiday rules,
    /// not a published notice, and may change when the notice appears.
    /// </summary>
    public bool IsProvisional { get; }

    /// <summary>The explanation in English, for example <c>2024-02-04 Sunday: adjusted working day for Spring Festival (2024 notice)</c>.</summary>
    public string ExplanationEn
    {
        get
        {
            var text = $"{Date.ToIso()} {Date.DayOfWeek}: {Kind.NameEn}";
            if (Holiday is not null)
            {
                text += (Kind == DayKind.AdjustedWorkingDay ? " making up for " : " of ") + HolidayNameEn;
            }

            return text + (IsProvisional ? " (provisional: statutory rules, no notice yet)"
                : NoticeYear is { } year ? $" ({year} notice)" : "");
        }
    }

    /// <summary>The explanation in Chinese, for example <c>2024-02-04 星期日：调休上班（春节，2024年通知）</c>.</summary>
    public string ExplanationZh
    {
        get
        {
            var text = $"{Date.ToIso()} {WeekdaysZh[(int)Date.DayOfWeek]}：{Kind.NameZh}";
            var notes = new List<string>();
            if (Holiday is not null)
            {
                notes.Add(NoticeName ?? Holiday.NameZh);
            }

            if (IsProvisional)
            {
                notes.Add("暂按法定节假日规则推定，尚无通知");
            }
            else if (NoticeYear is { } year)
            {
                notes.Add($"{year}年通知");
            }

            return notes.Count == 0 ? text : $"{text}（{string.Join("，", notes)}）";
        }
    }

    private string HolidayNameEn =>
        Holiday == Holiday.Other && NoticeName is not null ? NoticeName : Holiday!.NameEn;

    /// <inheritdoc />
    public bool Equals(DayInfo? other) =>
        other is not null && Date == other.Date && Kind == other.Kind && Holiday == other.Holiday &&
        NoticeName == other.NoticeName && NoticeYear == other.NoticeYear && IsProvisional == other.IsProvisional;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DayInfo);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Kind, Holiday, NoticeName, NoticeYear, IsProvisional);

    /// <inheritdoc />
    public override string ToString() => ExplanationEn;
}
