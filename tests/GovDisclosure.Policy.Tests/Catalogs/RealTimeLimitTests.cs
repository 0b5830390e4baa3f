namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>
/// The 公开时限 cells of a real catalog (海坛片区管理局, 2020; Sheets/README.md), every one of them, read as D35, D43–D45 and D49 say: two events
/// in one cell are two parts, "转为依申请公开" turns the row to on request, a deferral to other law is kept, a period of 120 working days is
/// read and warned.
/// </summary>
public sealed class RealTimeLimitTests
{
    private static readonly Dictionary<string, string> Cells =
        RealCatalogSheets.Cells(RealCatalogSheets.TimeLimitsCsv).Skip(1).ToDictionary(row => row[0], row => row[1]);

    private static TimeLimit Read(string number) => TimeLimit.Parse(Cells[number]);

    [Fact]
    public void D35_D49_every_real_cell_is_read()
    {
        Assert.Equal(["1", "2", "3", "4", "6", "8", "11", "30", "35", "46", "47", "48", "49", "50"], Cells.Keys);
        Assert.All(Cells.Values, cell => Assert.True(TimeLimit.TryParse(cell, out _), cell));
    }

    [Theory]
    [InlineData("1", "信息形成或变更之日", 20, "D35")]
    [InlineData("2", "信息形成", 20, "D35")]
    [InlineData("3", "信息形成或者变更之日", 20, "D49")]
    [InlineData("4", "信息形成或者变更之日", 20, "D49")]
    [InlineData("6", "信息批复之日", 20, "D35")]
    [InlineData("8", "信息形成或者变更之日", 20, "D49")]
    [InlineData("11", "信息形成之日", 20, "D35")]
    [InlineData("30", "信息形成之日", 7, "D35")]
    [InlineData("35", "制定或获取信息之日", 10, "D35")]
    [InlineData("46", "信息形成之日", 14, "D35")]
    public void D35_D49_a_cell_of_one_event_is_one_part_counted_from_its_event(string number, string countsFrom, int workingDays, string source)
    {
        var limit = Read(number);

        var part = Assert.Single(limit.Parts);
        Assert.Equal((0, countsFrom, workingDays, DeadlineUnit.WorkingDays, source), (part.Number, part.CountsFromZh, part.Rule.Offset, part.Rule.Unit, part.Rule.SourceId));
        Assert.Equal((false, (string?)null), (limit.IsOnRequestAfterPosting, limit.OtherLawNote));
        Assert.Empty(limit.Warnings);
        Assert.Empty(part.Channels);
    }

    [Fact]
    public void D43_row_47_names_two_events_each_a_part_with_its_own_period_and_channels()
    {
        var limit = Read("47");

        Assert.Equal(2, limit.Parts.Count);
        var (survey, approval) = (limit.Parts[0], limit.Parts[1]);
        Assert.Equal((1, "拟征收土地现状调查结束后5个工作日内，在村公示栏公开", "拟征收土地现状调查结束后", 5, "D35"),
            (survey.Number, survey.Text, survey.CountsFromZh, survey.Rule.Offset, survey.Rule.SourceId));
        Assert.Equal([NationalChannel.NoticeBoard], survey.Channels);
        Assert.Equal((2, "收到征地批准文件之日起10个工作日内，在政府网站、征地信息公开平台公开", "收到征地批准文件之日", 10),
            (approval.Number, approval.Text, approval.CountsFromZh, approval.Rule.Offset));
        Assert.Equal([NationalChannel.GovernmentWebsite, NationalChannel.Other], approval.Channels);
        Assert.Equal(["\"征地信息公开平台\" is not a channel of the national list: read as 其他 (D43)."], limit.Warnings);
        Assert.Equal((survey.Rule, survey.Cadence), (limit.Rule, limit.Cadence));
    }

    [Fact]
    public void D44_row_48_is_proactive_for_its_period_then_on_request_and_warned_for_naming_no_posting_period()
    {
        var limit = Read("48");

        var part = Assert.Single(limit.Parts);
        Assert.Equal(("拟定《征地补偿安置方案》后", 5, (int?)null, true), (part.CountsFromZh, part.Rule.Offset, part.PostingWorkingDays, limit.IsOnRequestAfterPosting));
        Assert.Equal(["\"转为依申请公开\" follows no posting period: the row is read as proactive until its due date and on request after it; " +
                      "a posting period is not assumed (D44)."], limit.Warnings);
    }

    [Fact]
    public void D44_a_posting_period_before_the_turn_to_on_request_is_kept_and_not_warned()
    {
        var limit = TimeLimit.Parse("制定或获取信息之日起10个工作日内，公示7个工作日，公示期满后转为依申请公开");

        Assert.Equal((7, true), (limit.PostingWorkingDays, limit.IsOnRequestAfterPosting));
        Assert.Empty(limit.Warnings);
    }

    [Fact]
    public void D35_row_49_keeps_its_period_and_its_deferral_to_other_law()
    {
        var limit = Read("49");

        Assert.Equal(("自政府信息形成或者变更之日", 20, "法律、法规对政府信息公开的期限另有规定的，从其规定"), (limit.CountsFromZh, limit.Rule.Offset, limit.OtherLawNote));
        Assert.Empty(limit.Warnings);
    }

    [Fact]
    public void D45_row_50_is_read_as_written_and_warned_as_a_likely_typing_error()
    {
        var limit = Read("50");

        Assert.Equal(120, limit.Rule.Offset);
        Assert.Equal(["The period of 120 working days is more than the 60 working days a catalog period is likely to have (national guideline periods are " +
                      "mostly 2 to 20 working days): read as written; check that it is not a typing error (D45)."], limit.Warnings);
    }

    [Theory]
    [InlineData("制定或获取信息之日起60个工作日内", false)]
    [InlineData("制定或获取信息之日起61个工作日内", true)]
    [InlineData("批准之日起90日内", false)]
    [InlineData("批准之日起91日内", true)]
    [InlineData("每季度结束后61个工作日内", true)]
    public void D45_a_period_is_warned_from_the_day_after_60_working_or_90_calendar_days(string text, bool warned)
    {
        Assert.Equal(warned, TimeLimit.Parse(text).Warnings.Count == 1);
    }

    [Fact]
    public void D45_each_part_over_the_likely_period_is_warned_by_its_number()
    {
        var limit = TimeLimit.Parse("受理之日起5个工作日内。批准之日起100日内，在政府网站公开");

        Assert.Equal(["Part 2's period of 100 calendar days is more than the 90 calendar days a catalog period is likely to have (national guideline periods are " +
                      "mostly 2 to 20 working days): read as written; check that it is not a typing error (D45)."], limit.Warnings);
    }

    [Theory]
    [InlineData("拟征收土地现状调查结束后5个工作日内。收到文件之日起10个工作日", "its part 2, \"收到文件之日起10个工作日\", \"\" follows the period where 内 was expected")]
    [InlineData("制定或获取信息之日起10个工作日内，在政府网站", "\"政府网站\" names where the part is disclosed but does not end with 公开, 公布, 发布 or 公示")]
    [InlineData("制定或获取信息之日起10个工作日内，在公开", "\"公开\" names no channel")]
    public void D43_a_second_part_or_a_channel_clause_that_cannot_be_read_says_where(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => TimeLimit.Parse(text));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D43_time_limits_are_equal_when_their_sentences_are()
    {
        Assert.Equal(Read("47"), TimeLimit.Parse(Cells["47"]));
        Assert.Equal(Read("47").GetHashCode(), TimeLimit.Parse(Cells["47"]).GetHashCode());
        Assert.NotEqual(Read("47"), Read("48"));
        Assert.Equal(Read("47").Parts[1], TimeLimit.Parse(Cells["47"]).Parts[1]);
        Assert.NotEqual(Read("47").Parts[0], Read("47").Parts[1]);
    }
}
