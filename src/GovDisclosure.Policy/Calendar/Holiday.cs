namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// A public holiday of mainland China, as the State Council General Office's notices name it.
/// Notices use several spellings for one holiday (<c>劳动节</c>, <c>“五一”</c>, <c>“五一”国际劳动节</c>);
/// <see cref="FromNoticeName(string)"/> maps them all to one member. A name the library does not know
/// maps to <see cref="Other"/>, and the notice's own words stay available in <see cref="DayInfo.NoticeName"/>.
/// </summary>
public sealed class Holiday : BilingualPolicyEnum<Holiday>
{
    /// <summary>元旦, New Year's Day.</summary>
    public static readonly Holiday NewYearsDay = new(nameof(NewYearsDay), 1, "元旦", "New Year's Day");

    /// <summary>春节, the Spring Festival (Chinese New Year).</summary>
    public static readonly Holiday SpringFestival = new(nameof(SpringFestival), 2, "春节", "Spring Festival");

    /// <summary>清明节, the Qingming Festival (Tomb-Sweeping Day).</summary>
    public static readonly Holiday QingmingFestival = new(nameof(QingmingFestival), 3, "清明节", "Qingming Festival");

    /// <summary>劳动节, Labour Day.</summary>
    public static readonly Holiday LabourDay = new(nameof(LabourDay), 4, "劳动节", "Labour Day", "“五一”", "“五一”国际劳动节", "五一");

    /// <summary>端午节, the Dragon Boat Festival.</summary>
    public static readonly Holiday DragonBoatFestival = new(nameof(DragonBoatFestival), 5, "端午节", "Dragon Boat Festival");

    /// <summary>中秋节, the Mid-Autumn Festival.</summary>
    public static readonly Holiday MidAutumnFestival = new(nameof(MidAutumnFestival), 6, "中秋节", "Mid-Autumn Festival");

    /// <summary>国庆节, National Day.</summary>
    public static readonly Holiday NationalDay = new(nameof(NationalDay), 7, "国庆节", "National Day", "“十一”", "十一");

    /// <summary>中秋节、国庆节, the Mid-Autumn Festival and National Day in one holiday period.</summary>
    public static readonly Holiday MidAutumnAndNationalDay = new(nameof(MidAutumnAndNationalDay), 8, "中秋节、国庆节",
        "Mid-Autumn Festival and National Day", "国庆节、中秋节");

    /// <summary>The 70th anniversary of victory in the War of Resistance and the World Anti-Fascist War (3 September 2015).</summary>
    public static readonly Holiday VictoryDay70thAnniversary = new(nameof(VictoryDay70thAnniversary), 9,
        "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", "70th anniversary of the victory in the War of Resistance",
        "抗日战争暨世界反法西斯战争胜利70周年纪念日");

    /// <summary>A holiday name the library does not know; the notice's own words are kept with the day.</summary>
    public static readonly Holiday Other = new(nameof(Other), 10, "其他", "other holiday");

    private static readonly Lazy<Dictionary<string, Holiday>> ByNoticeName = new(() =>
        InOrder.SelectMany(holiday => holiday.noticeNames.Select(name => (name, holiday)))
            .ToDictionary(pair => pair.name, pair => pair.holiday, StringComparer.Ordinal));

    private readonly string[] noticeNames;

    private Holiday(string name, int value, string nameZh, string nameEn, params string[] otherNoticeNames)
        : base(name, value, nameZh, nameEn)
    {
        noticeNames = [nameZh, .. otherNoticeNames];
    }

    /// <summary>
    /// The holiday a notice's name for it stands for, for example <c>“五一”</c> → <see cref="LabourDay"/>;
    /// <see cref="Other"/> for a name the library does not know. Surrounding white space is ignored.
    /// </summary>
    /// <param name="noticeName">The name as the notice (or the holiday-cn data) gives it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="noticeName"/> is null.</exception>
    public static Holiday FromNoticeName(string noticeName) =>
        ByNoticeName.Value.TryGetValue(Preconditions.CheckNotNull(noticeName).Trim(), out var holiday) ? holiday : Other;

    /// <inheritdoc />
    public override string ToString() => $"{Label.Zh} {Label.En}";
}
