namespace GovDisclosure.Policy.Tests.Catalog;

/// <summary>The channels of §3.1 and which audiences they reach.</summary>
public sealed class ChannelTests
{
    [Fact]
    public void There_are_eight_external_channels_then_four_internal_ones()
    {
        Assert.Equal(Enumerable.Repeat(true, 8).Concat(Enumerable.Repeat(false, 4)), Channel.InOrder.Select(channel => channel.IsExternal));
        Assert.Equal(["政务公开专栏", "办事小册子", "明白卡", "政府门户网站", "触摸屏", "听证会", "新闻发布会", "新闻媒体", "内部公开栏", "内部局域网", "文件", "干部职工会议通报"],
            Channel.InOrder.Select(channel => channel.Label.Zh));
    }

    [Fact]
    public void Sec3_1_a_public_item_is_reached_by_one_external_channel_and_not_by_internal_ones()
    {
        Assert.True(DisclosureItem.G05.IsReachedBy([Channel.InternalNoticeBoard, Channel.GovernmentPortal]));
        Assert.False(DisclosureItem.G05.IsReachedBy([Channel.Intranet, Channel.InternalDocument]));
        Assert.False(DisclosureItem.G05.IsReachedBy([]));
    }

    [Fact]
    public void Sec3_1_an_internal_item_is_reached_by_one_internal_channel()
    {
        Assert.True(DisclosureItem.I02.IsReachedBy([Channel.StaffMeetingBriefing]));
        Assert.False(DisclosureItem.I02.IsReachedBy([Channel.GovernmentPortal, Channel.NewsMedia]));
    }

    [Fact]
    public void A_null_channel_is_an_argument_error()
    {
        Assert.Equal("channels", ArgumentAssert.Throws<ArgumentException>(() => DisclosureItem.I02.IsReachedBy([Channel.Intranet, null!])).ParamName);
        Assert.Equal("channels", ArgumentAssert.Throws<ArgumentNullException>(() => DisclosureItem.I02.IsReachedBy(null!)).ParamName);
    }
}
