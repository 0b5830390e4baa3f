namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>The national list of channels (§10), who they reach, and how the seed's channels correspond to it.</summary>
public sealed class NationalChannelTests
{
    [Fact]
    public void Sec10_the_national_list_has_thirteen_channels_in_the_published_order()
    {
        Assert.Equal(
            ["政府网站", "政府公报", "两微一端", "发布会/听证会", "广播电视", "纸质媒体", "公开查阅点", "政务服务中心", "便民服务站", "入户/现场", "社区/企事业单位/村公示栏（电子屏）", "精准推送", "其他"],
            NationalChannel.InOrder.Select(channel => channel.Label.Zh));
    }

    [Fact]
    public void Sec10_only_targeted_push_and_door_to_door_fail_to_reach_the_whole_of_society()
    {
        Assert.Equal([NationalChannel.DoorToDoorOrOnSite, NationalChannel.TargetedPush], NationalChannel.InOrder.Where(channel => !channel.ReachesWholeSociety));
    }

    [Theory]
    [InlineData("GovernmentPortal", new[] { "GovernmentWebsite" })]
    [InlineData("Hearing", new[] { "PressConferenceOrHearing" })]
    [InlineData("PressConference", new[] { "PressConferenceOrHearing" })]
    [InlineData("NewsMedia", new[] { "RadioAndTelevision", "PrintMedia" })]
    [InlineData("ServiceBooklet", new[] { "PrintMedia" })]
    [InlineData("ClarityCard", new[] { "PrintMedia" })]
    [InlineData("TouchScreen", new[] { "GovernmentServiceCenter" })]
    [InlineData("DisclosureColumn", new[] { "PublicReadingPoint" })]
    [InlineData("InternalNoticeBoard", new string[0])]
    [InlineData("Intranet", new string[0])]
    [InlineData("InternalDocument", new string[0])]
    [InlineData("StaffMeetingBriefing", new string[0])]
    public void Sec10_each_seed_channel_has_the_national_counterparts_the_spec_gives(string seed, string[] national)
    {
        Assert.Equal(national.Select(code => NationalChannel.Parse(code)), NationalChannel.CounterpartsOf(Channel.Parse(seed)));
    }

    [Fact]
    public void A_null_seed_channel_is_an_argument_error()
    {
        Assert.Equal("channel", ArgumentAssert.Throws<ArgumentNullException>(() => NationalChannel.CounterpartsOf(null!)).ParamName);
    }
}
