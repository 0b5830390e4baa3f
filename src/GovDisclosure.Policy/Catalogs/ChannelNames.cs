namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// The national channel a catalog names (§10): its national name, or one of the names real catalogs write for it — a notice board of
/// any kind (村（居）公示栏, 片区公示栏, 公开栏, 电子屏) for 社区/企事业单位/村公示栏（电子屏）, 政府门户网站 for 政府网站, 新闻发布会 or 听证会 for
/// 发布会/听证会. Nothing else is guessed.
/// </summary>
internal static class ChannelNames
{
    private static readonly string[] NoticeBoards = ["公示栏", "公开栏", "公告栏", "宣传栏", "电子屏", "电子屏）"];
    private static readonly (string Name, NationalChannel Channel)[] Others =
    [
        ("政府门户网站", NationalChannel.GovernmentWebsite), ("门户网站", NationalChannel.GovernmentWebsite),
        ("新闻发布会", NationalChannel.PressConferenceOrHearing), ("发布会", NationalChannel.PressConferenceOrHearing),
        ("听证会", NationalChannel.PressConferenceOrHearing),
    ];

    /// <summary>The channel <paramref name="name"/> (trimmed, parentheses full-width) names, or null.</summary>
    internal static NationalChannel? Read(string name)
    {
        if (NationalChannel.InOrder.FirstOrDefault(channel => channel.Label.Zh == name) is { } national)
        {
            return national;
        }

        if (NoticeBoards.Any(board => name.EndsWith(board, StringComparison.Ordinal)))
        {
            return NationalChannel.NoticeBoard;
        }

        return Others.FirstOrDefault(other => other.Name == name).Channel;
    }
}
