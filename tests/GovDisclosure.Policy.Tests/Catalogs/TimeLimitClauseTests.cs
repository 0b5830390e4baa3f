namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>What may follow a catalog period (D43, D44): the channels a part names, the turn to on request, a deferral to other law.</summary>
public sealed class TimeLimitClauseTests
{
    [Theory]
    [InlineData("制定或获取信息之日起10个工作日内，在政府网站公开", "GovernmentWebsite")]
    [InlineData("制定或获取信息之日起10个工作日内通过政府门户网站发布", "GovernmentWebsite")]
    [InlineData("制定或获取信息之日起10个工作日内，在政府网站上公开", "GovernmentWebsite")]
    [InlineData("制定或获取信息之日起10个工作日内，在村(居)公示栏公示", "NoticeBoard")]
    [InlineData("制定或获取信息之日起10个工作日内，在政府网站和新闻发布会上公布", "GovernmentWebsite PressConferenceOrHearing")]
    [InlineData("制定或获取信息之日起10个工作日内，在社区公开栏及政务服务中心公开", "NoticeBoard GovernmentServiceCenter")]
    [InlineData("制定或获取信息之日起10个工作日内，在听证会、发布会上发布", "PressConferenceOrHearing")]
    [InlineData("制定或获取信息之日起10个工作日内，在公告栏，宣传栏，电子屏公开", "NoticeBoard")]
    public void D43_a_part_names_its_channels_by_their_national_names_or_the_names_catalogs_write(string text, string channels)
    {
        var limit = TimeLimit.Parse(text);

        Assert.Equal(channels.Split(' '), limit.Parts[0].Channels.Select(channel => channel.Name));
        Assert.Empty(limit.Warnings);
    }

    [Fact]
    public void D43_a_name_not_on_the_national_list_is_other_with_a_warning_each()
    {
        var limit = TimeLimit.Parse("制定或获取信息之日起10个工作日内，在征地信息公开平台、微信群公开");

        Assert.Equal([NationalChannel.Other], limit.Parts[0].Channels);
        Assert.Equal(["\"征地信息公开平台\" is not a channel of the national list: read as 其他 (D43).", "\"微信群\" is not a channel of the national list: read as 其他 (D43)."],
            limit.Warnings);
    }

    [Theory]
    [InlineData("制定或获取信息之日起10个工作日内，公示7个工作日。公示结束后，转为依申请公开。")]
    [InlineData("制定或获取信息之日起10个工作日内，公示7个工作日，公示期满后转为依申请公开")]
    [InlineData("制定或获取信息之日起10个工作日内，公示7个工作日，公示期结束后转依申请公开")]
    [InlineData("制定或获取信息之日起10个工作日内，公示7个工作日，公示期满转为依申请")]
    public void D44_each_way_of_writing_the_turn_to_on_request_is_read(string text)
    {
        var limit = TimeLimit.Parse(text);

        Assert.Equal((7, true), (limit.PostingWorkingDays, limit.IsOnRequestAfterPosting));
        Assert.Empty(limit.Warnings);
    }

    [Theory]
    [InlineData("制定或获取信息之日起10个工作日内，公示结束后", "\"结束后\" after 公示 is not a number of working days")]
    [InlineData("制定或获取信息之日起10个工作日内，公示结束后，转为公开", "\"结束后，转为公开\" after 公示 is not a number of working days")]
    [InlineData("制定或获取信息之日起10个工作日内。从其规定", "\"从其规定\" follows a complete time limit")]
    [InlineData("制定或获取信息之日起10个工作日内。另有规定的，从其规定。完成", "\"完成\" follows a complete time limit")]
    public void D44_a_turn_or_deferral_half_written_is_refused_where_it_stops(string text, string reason)
    {
        Assert.Contains(reason, Assert.Throws<FormatException>(() => TimeLimit.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D43_a_deferral_and_a_turn_may_stand_between_or_after_parts()
    {
        var limit = TimeLimit.Parse("受理之日起5个工作日内，公示5个工作日。公示结束后，转为依申请公开。批准之日起10个工作日内。法律、法规另有规定的，从其规定");

        Assert.Equal([(1, 5, (int?)5), (2, 10, null)], limit.Parts.Select(part => (part.Number, part.Rule.Offset, part.PostingWorkingDays)));
        Assert.Equal((true, "法律、法规另有规定的，从其规定"), (limit.IsOnRequestAfterPosting, limit.OtherLawNote));
        Assert.Empty(limit.Warnings);
    }

    [Theory]
    [InlineData("信息形成20个工作日内公开", "信息形成", 20)]
    [InlineData("文件印发后二十个工作日内", "文件印发后", 20)]
    [InlineData("审批结束后5日内", "审批结束后", 5)]
    public void D35_an_event_before_its_number_without_zhi_ri_qi_counts_from_that_event(string text, string countsFrom, int days)
    {
        var limit = TimeLimit.Parse(text);

        Assert.Equal((countsFrom, days, "D35", Cadence.Immediate), (limit.CountsFromZh, limit.Rule.Offset, limit.Rule.SourceId, limit.Cadence));
    }

    [Theory]
    [InlineData("20个工作日内", "it names no event to count from")]
    [InlineData("每月10日前", "\"10日前\" follows")]
    public void D35_a_number_with_nothing_before_it_names_no_event(string text, string reason)
    {
        Assert.Contains(reason, Assert.Throws<FormatException>(() => TimeLimit.Parse(text)).Message, StringComparison.Ordinal);
    }
}
