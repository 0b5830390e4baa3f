namespace GovDisclosure.Policy;

/// <summary>
/// A form of disclosure (§3.1): eight external channels that reach the public and four internal
/// ones that reach the unit's staff. A public item needs at least one external channel; an internal
/// item needs at least one internal channel.
/// </summary>
public sealed class Channel : BilingualPolicyEnum<Channel>
{
    /// <summary>The external disclosure column (对外政务公开专栏).</summary>
    public static readonly Channel DisclosureColumn = External(nameof(DisclosureColumn), 1, "政务公开专栏", "disclosure column");

    /// <summary>A printed service booklet (办事小册子).</summary>
    public static readonly Channel ServiceBooklet = External(nameof(ServiceBooklet), 2, "办事小册子", "service booklet");

    /// <summary>A clarity card (明白卡).</summary>
    public static readonly Channel ClarityCard = External(nameof(ClarityCard), 3, "明白卡", "clarity card");

    /// <summary>The government portal website (政府门户网站).</summary>
    public static readonly Channel GovernmentPortal = External(nameof(GovernmentPortal), 4, "政府门户网站", "government portal");

    /// <summary>A touch-screen kiosk (触摸屏).</summary>
    public static readonly Channel TouchScreen = External(nameof(TouchScreen), 5, "触摸屏", "touch-screen kiosk");

    /// <summary>A public hearing (听证会).</summary>
    public static readonly Channel Hearing = External(nameof(Hearing), 6, "听证会", "hearing");

    /// <summary>A press conference (新闻发布会).</summary>
    public static readonly Channel PressConference = External(nameof(PressConference), 7, "新闻发布会", "press conference");

    /// <summary>The news media (新闻媒体).</summary>
    public static readonly Channel NewsMedia = External(nameof(NewsMedia), 8, "新闻媒体", "news media");

    /// <summary>The unit's internal notice board (内部公开栏).</summary>
    public static readonly Channel InternalNoticeBoard = Internal(nameof(InternalNoticeBoard), 9, "内部公开栏", "internal notice board");

    /// <summary>The unit's intranet (内部局域网).</summary>
    public static readonly Channel Intranet = Internal(nameof(Intranet), 10, "内部局域网", "intranet");

    /// <summary>Internal documents (发文件).</summary>
    public static readonly Channel InternalDocument = Internal(nameof(InternalDocument), 11, "文件", "internal document");

    /// <summary>A briefing at a meeting of cadres and staff (干部职工会议通报).</summary>
    public static readonly Channel StaffMeetingBriefing = Internal(nameof(StaffMeetingBriefing), 12, "干部职工会议通报", "staff-meeting briefing");

    private Channel(string name, int value, Audience audience, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
        Audience = audience;
    }

    /// <summary>Who the channel reaches: <see cref="Audience.Public"/> for external channels, <see cref="Audience.Staff"/> for internal ones.</summary>
    public Audience Audience { get; }

    /// <summary>True for the eight channels that reach society and grass-roots units.</summary>
    public bool IsExternal => Audience == Audience.Public;

    /// <summary>Whether at least one of <paramref name="channels"/> reaches <paramref name="audience"/> (§3.1).</summary>
    /// <param name="channels">The channels a disclosure used; may be empty, then the answer is false.</param>
    /// <param name="audience">The audience that must be reached.</param>
    /// <returns>True when some channel's <see cref="Audience"/> is <paramref name="audience"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element of <paramref name="channels"/> is null.</exception>
    public static bool Reach(IEnumerable<Channel> channels, Audience audience)
    {
        Preconditions.CheckNotNull(channels);
        Preconditions.CheckNotNull(audience);
        var reached = false;
        foreach (var channel in channels)
        {
            Preconditions.CheckArgument(channel is not null, nameof(channels), "The set of channels contains a null element.");
            reached |= channel.Audience == audience;
        }

        return reached;
    }

    private static Channel External(string name, int value, string nameZh, string nameEn) => new(name, value, Audience.Public, nameZh, nameEn);

    private static Channel Internal(string name, int value, string nameZh, string nameEn) => new(name, value, Audience.Staff, nameZh, nameEn);
}
