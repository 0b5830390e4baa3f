namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// A channel of the national list that county catalogs name in their 公开渠道和载体 column (SPEC §10). Most reach
/// the whole of society; <see cref="TargetedPush"/> and <see cref="DoorToDoorOrOnSite"/> reach only the people they
/// are taken to, so a 全社会 row needs at least one other channel. Printing a member directly prints its stable
/// number (see <see cref="PolicyEnum{TEnum}"/>); print its <see cref="BilingualPolicyEnum{TEnum}.Label"/> or its code.
/// </summary>
public sealed class NationalChannel : BilingualPolicyEnum<NationalChannel>
{
    /// <summary>政府网站: a government website.</summary>
    public static readonly NationalChannel GovernmentWebsite = new(nameof(GovernmentWebsite), 1, "政府网站", "government website");

    /// <summary>政府公报: the government gazette.</summary>
    public static readonly NationalChannel GovernmentGazette = new(nameof(GovernmentGazette), 2, "政府公报", "government gazette");

    /// <summary>两微一端: the official Weibo and WeChat accounts and the government app.</summary>
    public static readonly NationalChannel WeiboWeChatApp = new(nameof(WeiboWeChatApp), 3, "两微一端", "Weibo, WeChat and app");

    /// <summary>发布会/听证会: a press conference or a hearing.</summary>
    public static readonly NationalChannel PressConferenceOrHearing = new(nameof(PressConferenceOrHearing), 4, "发布会/听证会", "press conference or hearing");

    /// <summary>广播电视: radio and television.</summary>
    public static readonly NationalChannel RadioAndTelevision = new(nameof(RadioAndTelevision), 5, "广播电视", "radio and television");

    /// <summary>纸质媒体: print — newspapers, booklets, leaflets.</summary>
    public static readonly NationalChannel PrintMedia = new(nameof(PrintMedia), 6, "纸质媒体", "print media");

    /// <summary>公开查阅点: a public reading point for government information.</summary>
    public static readonly NationalChannel PublicReadingPoint = new(nameof(PublicReadingPoint), 7, "公开查阅点", "public reading point");

    /// <summary>政务服务中心: a government service centre.</summary>
    public static readonly NationalChannel GovernmentServiceCenter = new(nameof(GovernmentServiceCenter), 8, "政务服务中心", "government service centre");

    /// <summary>便民服务站: a local convenience service station.</summary>
    public static readonly NationalChannel ConvenienceServiceStation = new(nameof(ConvenienceServiceStation), 9, "便民服务站", "convenience service station");

    /// <summary>入户/现场: told at the door or on site; reaches only the people visited.</summary>
    public static readonly NationalChannel DoorToDoorOrOnSite = new(nameof(DoorToDoorOrOnSite), 10, "入户/现场", "door to door or on site", reachesWholeSociety: false);

    /// <summary>社区/企事业单位/村公示栏（电子屏）: a notice board, or its screen, of a community, an employer or a village.</summary>
    public static readonly NationalChannel NoticeBoard = new(nameof(NoticeBoard), 11, "社区/企事业单位/村公示栏（电子屏）", "community, employer or village notice board");

    /// <summary>精准推送: pushed to the people concerned; reaches only them.</summary>
    public static readonly NationalChannel TargetedPush = new(nameof(TargetedPush), 12, "精准推送", "targeted push", reachesWholeSociety: false);

    /// <summary>其他: any other channel.</summary>
    public static readonly NationalChannel Other = new(nameof(Other), 13, "其他", "other");

    private NationalChannel(string name, int value, string nameZh, string nameEn, bool reachesWholeSociety = true)
        : base(name, value, nameZh, nameEn) =>
        ReachesWholeSociety = reachesWholeSociety;

    /// <summary>False for <see cref="TargetedPush"/> and <see cref="DoorToDoorOrOnSite"/>, which reach only the people concerned (§10); true for every other channel.</summary>
    public bool ReachesWholeSociety { get; }

    /// <summary>
    /// The national channels that correspond to one of the seed's channels (§10): 政府门户网站 → 政府网站; 听证会 and 新闻发布会 →
    /// 发布会/听证会; 新闻媒体 → 广播电视 or 纸质媒体; 办事小册子 and 明白卡 → 纸质媒体; 触摸屏 → 政务服务中心; 政务公开专栏 → 公开查阅点.
    /// The four internal channels have none, and the list is empty.
    /// </summary>
    /// <param name="channel">A channel of the seed (§3.1).</param>
    /// <exception cref="ArgumentNullException"><paramref name="channel"/> is null.</exception>
    public static IReadOnlyList<NationalChannel> CounterpartsOf(Channel channel) => Counterparts.Value[Preconditions.CheckNotNull(channel)];

    private static readonly Lazy<Dictionary<Channel, IReadOnlyList<NationalChannel>>> Counterparts = new(() =>
    {
        var map = Channel.InOrder.ToDictionary(channel => channel, _ => (IReadOnlyList<NationalChannel>)ReadOnly.Wrap(Array.Empty<NationalChannel>()));
        map[Channel.GovernmentPortal] = ReadOnly.Wrap(new[] { GovernmentWebsite });
        map[Channel.Hearing] = ReadOnly.Wrap(new[] { PressConferenceOrHearing });
        map[Channel.PressConference] = ReadOnly.Wrap(new[] { PressConferenceOrHearing });
        map[Channel.NewsMedia] = ReadOnly.Wrap(new[] { RadioAndTelevision, PrintMedia });
        map[Channel.ServiceBooklet] = ReadOnly.Wrap(new[] { PrintMedia });
        map[Channel.ClarityCard] = ReadOnly.Wrap(new[] { PrintMedia });
        map[Channel.TouchScreen] = ReadOnly.Wrap(new[] { GovernmentServiceCenter });
        map[Channel.DisclosureColumn] = ReadOnly.Wrap(new[] { PublicReadingPoint });
        return map;
    });
}
