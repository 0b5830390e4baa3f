namespace GovDisclosure.Policy.Calendar;

/// <summary>Why a day is, or is not, a working day in mainland China (D1).</summary>
public sealed class DayKind : BilingualPolicyEnum<DayKind>
{
    /// <summary>An ordinary Monday to Friday that no notice lists: a working day.</summary>
    public static readonly DayKind Weekday = new(nameof(Weekday), 1, "工作日", "weekday", isWorkingDay: true);

    /// <summary>An ordinary Saturday or Sunday that no notice lists: a day off.</summary>
    public static readonly DayKind Weekend = new(nameof(Weekend), 2, "周末", "weekend", isWorkingDay: false);

    /// <summary>A day off of a public-holiday period (法定节假日放假), whatever the day of the week.</summary>
    public static readonly DayKind PublicHoliday = new(nameof(PublicHoliday), 3, "节假日", "public holiday", isWorkingDay: false);

    /// <summary>An adjusted working day (调休上班): a day a notice makes a working day, usually a Saturday or Sunday.</summary>
    public static readonly DayKind AdjustedWorkingDay = new(nameof(AdjustedWorkingDay), 4, "调休上班", "adjusted working day", isWorkingDay: true);

    private DayKind(string name, int value, string nameZh, string nameEn, bool isWorkingDay)
        : base(name, value, nameZh, nameEn)
    {
        IsWorkingDay = isWorkingDay;
    }

    /// <summary>Whether days of this kind are working days.</summary>
    public bool IsWorkingDay { get; }
}
