namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>The 公开时限 sentences of county catalogs, read into periods, events and posting periods (§10, D35).</summary>
public sealed class TimeLimitTests
{
    [Theory]
    [InlineData("信息形成或者变更之日起20个工作日内", "信息形成或者变更之日", 20, true)]
    [InlineData("制定或获取信息之日起10个工作日内", "制定或获取信息之日", 10, true)]
    [InlineData("自收到申请之日起15工作日内公开", "自收到申请之日", 15, true)]
    [InlineData("自然灾害发生之日起15个工作日内", "自然灾害发生之日", 15, true)]
    [InlineData("长期护理保险待遇确定之日起10个工作日内", "长期护理保险待遇确定之日", 10, true)]
    [InlineData("实时监测结果形成之日起5个工作日内", "实时监测结果形成之日", 5, true)]
    [InlineData("批准之日起30日内", "批准之日", 30, false)]
    [InlineData("批准之日起7天内予以公开", "批准之日", 7, false)]
    [InlineData("批准之日起5个自然日内", "批准之日", 5, false)]
    [InlineData("制定或获取信息之日起十个工作日内", "制定或获取信息之日", 10, true)]
    [InlineData("制定或获取信息之日起二十个工作日内", "制定或获取信息之日", 20, true)]
    [InlineData("制定或获取信息之日起十五日内", "制定或获取信息之日", 15, false)]
    [InlineData("制定或获取信息之日起一百二十日内", "制定或获取信息之日", 120, false)]
    [InlineData("制定或获取信息之日起一百零五日内", "制定或获取信息之日", 105, false)]
    [InlineData("制定或获取信息之日起两个工作日内", "制定或获取信息之日", 2, true)]
    [InlineData("制定或获取信息之日起１０个工作日内", "制定或获取信息之日", 10, true)]
    [InlineData("制定或获取信息之日起１９个工作日内", "制定或获取信息之日", 19, true)]
    [InlineData("批准之日起5自然日内", "批准之日", 5, false)]
    public void D35_a_period_counted_from_an_event_keeps_the_event_as_written(string text, string countsFrom, int period, bool workingDays)
    {
        var limit = TimeLimit.Parse(text);

        Assert.Equal((Cadence.Immediate, countsFrom, new DeadlineRule(DeadlineTrigger.EventDate, period, workingDays ? DeadlineUnit.WorkingDays : DeadlineUnit.CalendarDays, "D35"),
                true, false, (int?)null, text),
            (limit.Cadence, limit.CountsFromZh, limit.Rule, limit.IsPeriodStated, limit.Rule.IsStatutoryPeriod, limit.PostingWorkingDays, limit.Text));
    }

    [Theory]
    [InlineData("制定或获取信息之日起10个工作日内，公示7个工作日", 7)]
    [InlineData("制定或获取信息之日起10个工作日内；公示期为7个工作日。", 7)]
    [InlineData("制定或获取信息之日起10个工作日内 公示期不少于五个工作日", 5)]
    [InlineData("制定或获取信息之日起10个工作日内公示7个工作日", 7)]
    public void D35_a_posting_period_may_follow_the_period(string text, int posting)
    {
        var limit = TimeLimit.Parse(text);

        Assert.Equal((10, posting), (limit.Rule.Offset, limit.PostingWorkingDays));
    }

    [Theory]
    [InlineData("每月", nameof(Cadence.Monthly), "D5")]
    [InlineData("每月公开一次", nameof(Cadence.Monthly), "D5")]
    [InlineData("按季度", nameof(Cadence.Quarterly), "D5")]
    [InlineData("每季度更新", nameof(Cadence.Quarterly), "D5")]
    [InlineData("每季", nameof(Cadence.Quarterly), "D5")]
    [InlineData("每年", nameof(Cadence.Yearly), "D6")]
    [InlineData("每年度公布", nameof(Cadence.Yearly), "D6")]
    public void D5_D6_a_bare_cadence_takes_20_working_days_from_the_end_of_its_period(string text, string cadence, string source)
    {
        var limit = TimeLimit.Parse(text);

        Assert.Equal((Cadence.Parse(cadence), new DeadlineRule(DeadlineTrigger.PeriodEnd, 20, DeadlineUnit.WorkingDays, source), (string?)null, false),
            (limit.Cadence, limit.Rule, limit.CountsFromZh, limit.IsPeriodStated));
    }

    [Theory]
    [InlineData("每季度结束后10个工作日内", nameof(Cadence.Quarterly), 10, true)]
    [InlineData("每月结束后5日内公开", nameof(Cadence.Monthly), 5, false)]
    [InlineData("每年末后30个工作日内", nameof(Cadence.Yearly), 30, true)]
    public void D35_a_cadence_may_state_its_own_period_from_the_end_of_its_period(string text, string cadence, int period, bool workingDays)
    {
        var limit = TimeLimit.Parse(text);

        Assert.Equal((Cadence.Parse(cadence), new DeadlineRule(DeadlineTrigger.PeriodEnd, period, workingDays ? DeadlineUnit.WorkingDays : DeadlineUnit.CalendarDays, "D35")),
            (limit.Cadence, limit.Rule));
    }

    [Theory]
    [InlineData("长期公开")]
    [InlineData("常态化公开")]
    public void D8_standing_rows_take_20_working_days_from_formation_or_change(string text)
    {
        var limit = TimeLimit.Parse(text);

        Assert.Equal((Cadence.Standing, new DeadlineRule(DeadlineTrigger.EventDate, 20, DeadlineUnit.WorkingDays, "D8"), "信息形成或者变更之日", false),
            (limit.Cadence, limit.Rule, limit.CountsFromZh, limit.Rule.IsStatutoryPeriod));
    }

    [Theory]
    [InlineData("实时", null)]
    [InlineData("即时公开", null)]
    [InlineData("及时", null)]
    [InlineData("及时更新", null)]
    [InlineData("按进展情况及时公开", null)]
    [InlineData("实时更新，公示7个工作日", 7)]
    public void D49_immediate_rows_name_no_days_and_take_the_statutory_period(string text, int? posting)
    {
        var limit = TimeLimit.Parse(text);

        Assert.Equal((Cadence.Immediate, DeadlineRule.StatutoryPeriod("D49"), "信息形成或者变更之日", false, posting),
            (limit.Cadence, limit.Rule, limit.CountsFromZh, limit.IsPeriodStated, limit.PostingWorkingDays));
        Assert.Equal((DeadlineTrigger.EventDate, 20, DeadlineUnit.WorkingDays, true),
            (limit.Rule.Trigger, limit.Rule.Offset, limit.Rule.Unit, limit.Rule.IsStatutoryPeriod));
    }

    /// <summary>公开时限 cells of 海坛片区管理局基层政务公开标准目录（修订版）, 2020-12-23 (pingtan.gov.cn), verbatim, by 序号.</summary>
    [Theory]
    [InlineData(1, "信息形成或变更之日起20个工作日内", 20, "D35")]
    [InlineData(3, "实时公开", 20, "D49")]
    [InlineData(4, "及时公开", 20, "D49")]
    [InlineData(6, "信息批复之日起20个工作日内", 20, "D35")]
    [InlineData(8, "按进展情况及时公开", 20, "D49")]
    [InlineData(11, "信息形成之日起20个工作日内", 20, "D35")]
    [InlineData(30, "信息形成之日起7个工作日内", 7, "D35")]
    [InlineData(35, "制定或获取信息之日起10个工作日内，公示7个工作日", 10, "D35")]
    [InlineData(46, "信息形成之日起 14个工作日内", 14, "D35")]
    [InlineData(50, "制定或获取信息之日起120个工作日内", 120, "D35")]
    public void D35_D49_the_real_cells_of_a_township_catalog_read_as_published(int number, string cell, int workingDays, string source)
    {
        var limit = TimeLimit.Parse(cell);

        Assert.True(number > 0);
        Assert.Equal((DeadlineTrigger.EventDate, workingDays, DeadlineUnit.WorkingDays, source, source == "D49"),
            (limit.Rule.Trigger, limit.Rule.Offset, limit.Rule.Unit, limit.Rule.SourceId, limit.Rule.IsStatutoryPeriod));
    }

    [Fact]
    public void D49_the_statutory_period_says_so_and_differs_from_the_same_count_stated()
    {
        var statutory = DeadlineRule.StatutoryPeriod("D49");
        var stated = new DeadlineRule(DeadlineTrigger.EventDate, 20, DeadlineUnit.WorkingDays, "D49");

        Assert.NotEqual(stated, statutory);
        Assert.Equal("20 working days after the event date, the statutory period (D49)", statutory.DescriptionEn);
        Assert.Equal("法定时限：事项形成或变更之日后20个工作日内（D49）", statutory.DescriptionZh);
        Assert.Equal("20 working days after the event date (D49)", stated.DescriptionEn);
        Assert.Equal("事项形成或变更之日后20个工作日内（D49）", stated.DescriptionZh);
    }

    [Theory]
    [InlineData("制定或获取信息之日起250个工作日内", true)]
    [InlineData("制定或获取信息之日起251个工作日内", false)]
    [InlineData("制定或获取信息之日起366日内", true)]
    [InlineData("制定或获取信息之日起367日内", false)]
    [InlineData("制定或获取信息之日起0个工作日内", true)]
    [InlineData("制定或获取信息之日起10个工作日内，公示250个工作日", true)]
    [InlineData("制定或获取信息之日起10个工作日内，公示251个工作日", false)]
    [InlineData("制定或获取信息之日起10个工作日内，公示1个工作日", true)]
    [InlineData("制定或获取信息之日起10个工作日内，公示0个工作日", false)]
    [InlineData("制定或获取信息之日起99999999999个工作日内", false)]
    public void D35_a_period_may_be_a_years_worth_and_a_posting_period_from_one_working_day(string text, bool readable)
    {
        Assert.Equal(readable, TimeLimit.TryParse(text, out _));
    }

    [Theory]
    [InlineData("", "blank")]
    [InlineData("   ", "blank")]
    [InlineData("之日起10个工作日内", "names no event")]
    [InlineData("制定或获取信息之日起个工作日内", "does not start with a number")]
    [InlineData("制定或获取信息之日起10周内", "is not 个工作日")]
    [InlineData("制定或获取信息之日起10个工作日", "内 was expected")]
    [InlineData("制定或获取信息之日起10个工作日内完成", "\"完成\" follows a complete time limit")]
    [InlineData("每周", "is not 月, 季度 or 年")]
    [InlineData("每月10日前", "\"10日前\" follows")]
    [InlineData("每季度结束后", "does not start with a number")]
    [InlineData("制定或获取信息之日起10个工作日内，公示7天", "not counted in working days")]
    [InlineData("制定或获取信息之日起10个工作日内，公示期满", "is not a number of working days")]
    [InlineData("长期公开，动态调整", "\"动态调整\" follows")]
    public void D35_a_sentence_of_no_known_form_is_refused_quoting_it(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => TimeLimit.Parse(text));

        Assert.Contains($"\"{text}\"", error.Message);
        Assert.Contains(reason, error.Message);
        Assert.Contains("expected \"…之日起N个工作日内\"", error.Message);
        Assert.False(TimeLimit.TryParse(text, out var none));
        Assert.Null(none);
    }

    [Theory]
    [InlineData("制定或获取信息之日起251个工作日内", "251 working days is more than a period may have (250)")]
    [InlineData("制定或获取信息之日起367日内", "367 calendar days is more than a period may have (366)")]
    [InlineData("每月，公示0个工作日", "a posting period of 0 working days is not from 1 to 250")]
    public void D35_a_period_or_posting_period_out_of_range_says_the_bound(string text, string reason)
    {
        Assert.StartsWith($"The time limit \"{text}\" cannot be read: {reason}; expected", Assert.Throws<FormatException>(() => TimeLimit.Parse(text)).Message);
    }

    [Fact]
    public void A_null_sentence_is_an_argument_error_or_false()
    {
        Assert.Equal("text", ArgumentAssert.Throws<ArgumentNullException>(() => TimeLimit.Parse(null!)).ParamName);
        Assert.False(TimeLimit.TryParse(null, out _));
    }

    [Fact]
    public void A_time_limit_prints_as_written_and_equals_another_read_from_the_same_sentence()
    {
        Assert.Equal("每月", TimeLimit.Parse("每月").ToString());
        Assert.Equal(TimeLimit.Parse("每月"), TimeLimit.Parse("每月"));
        Assert.NotEqual(TimeLimit.Parse("每月"), TimeLimit.Parse("按月"));
    }

    [Theory]
    [InlineData("制定或获取信息之日起10个工作日内，公示7天", "the posting period of 7 calendar days is not counted in working days")]
    [InlineData("制定或获取信息之日起10个工作日内，公示7周", "\"周\" after 公示7 is not a number of working days")]
    public void D35_a_posting_period_needs_its_unit(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => TimeLimit.Parse(text));

        Assert.Contains(reason, error.Message);
    }
}
