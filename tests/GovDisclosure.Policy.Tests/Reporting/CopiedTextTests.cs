using static GovDisclosure.Policy.Tests.Reporting.PublishedReports;

namespace GovDisclosure.Policy.Tests.Reporting;

/// <summary>D42: a section copied from last year's, with its numbers changed, is copied; a one-line section never is; the share and length bounds.</summary>
public sealed class CopiedTextTests
{
    private const string Overview2024 =
        "2024年，县民政局坚持以公开为常态、不公开为例外，围绕社会救助、养老服务、婚姻登记等群众关切，全年主动公开政府信息312条，" +
        "其中政策文件18件、工作动态205条、办事指南89条。依申请公开方面，本年新收政府信息公开申请6件，均在法定期限内答复。" +
        "政府信息管理方面，及时清理更新公开目录，对过时信息进行下线处理。平台建设方面，完善门户网站民政专栏，拓展两微一端发布渠道。";

    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    private static PublishedAnnualReport Report(int year, string overview, string otherMatters = "本年度未收取信息处理费。") =>
        new PublishedAnnualReport("某县民政局", year) { PublisherRole = BodyRole.Department, PublishedOn = new LocalDate(year + 1, 1, 15) }
            .WithText(ReportSection.Overview, overview).WithText(ReportSection.OtherMatters, otherMatters);

    /// <summary>A text of <paramref name="count"/> distinct characters no template phrase can be part of: <paramref name="count"/> − 3 distinct 4-grams.</summary>
    private static string Distinct(int count, int from = 0) => new([.. Enumerable.Range(0x9F00 + from, count).Select(code => (char)code)]);

    [Fact]
    public void D42_last_years_text_with_the_numbers_changed_is_copied()
    {
        var copied = Overview2024.Replace("2024", "2025").Replace("312", "356").Replace("18件", "21件").Replace("205", "231").Replace("89", "104").Replace("6件", "9件");

        var audit = Policy.Audit(Report(2025, copied), Report(2024, Overview2024));

        var overview = audit.Similarities[0];
        Assert.Equal((ReportSection.Overview, 1.0, true), (overview.Section, overview.Share, overview.IsCopied));
        Assert.True(overview.DistinctGrams >= 50);
        var finding = Assert.Single(audit.Findings, f => f.Kind == AuditFindingKind.Copied);
        Assert.Equal(("一", 100m, 90m), (finding.Place.Path, finding.Found, finding.Expected));
    }

    [Fact]
    public void D42_a_one_line_section_repeated_word_for_word_is_scored_but_never_called_copied()
    {
        var audit = Policy.Audit(Report(2025, Overview2024 + "新增内容" + Distinct(80)), Report(2024, Overview2024));

        var other = audit.Similarities[5];
        Assert.Equal((ReportSection.OtherMatters, 1.0, false), (other.Section, other.Share, other.IsCopied));
        Assert.True(other.DistinctGrams < 50);
        Assert.DoesNotContain(audit.Findings, f => f.Kind == AuditFindingKind.Copied);
    }

    [Theory]
    [InlineData(10, true)]    // 90 of 100 4-grams in last year's: exactly 90 %
    [InlineData(11, false)]   // 90 of 101
    public void D42_a_section_is_copied_from_90_percent_of_its_distinct_4_grams(int added, bool copied)
    {
        var lastYear = Distinct(93);
        var audit = Policy.Audit(Report(2025, lastYear + Distinct(added, 200)), Report(2024, lastYear));

        Assert.Equal((90 + added, copied), (audit.Similarities[0].DistinctGrams, audit.Similarities[0].IsCopied));
    }

    [Theory]
    [InlineData(52, false)]   // 49 distinct 4-grams
    [InlineData(53, true)]    // 50
    [InlineData(54, true)]    // 51
    public void D42_a_section_needs_50_distinct_4_grams_to_be_called_copied(int characters, bool copied)
    {
        var text = Distinct(characters);
        var audit = Policy.Audit(Report(2025, text), Report(2024, text));

        Assert.Equal((characters - 3, copied), (audit.Similarities[0].DistinctGrams, audit.Similarities[0].IsCopied));
    }

    [Fact]
    public void D42_a_profile_changes_the_share_and_the_length()
    {
        var lenient = Policy.WithProfile(new PolicyProfile("某县").WithReportingRules(ReportingRules.Default with { CopiedShare = 0.95, MinimumDistinctGrams = 10 }));
        var text = Distinct(20);

        Assert.True(lenient.Audit(Report(2025, text), Report(2024, text)).Similarities[0].IsCopied);
        Assert.False(lenient.Audit(Report(2025, Distinct(93) + Distinct(10, 200)), Report(2024, Distinct(93))).Similarities[0].IsCopied);
        ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => ReportingRules.Default with { CopiedShare = 0 });
        ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => ReportingRules.Default with { CopiedShare = 1.01 });
        ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => ReportingRules.Default with { MinimumDistinctGrams = 0 });
        Assert.Equal(1, (ReportingRules.Default with { CopiedShare = 1 }).CopiedShare);
    }

    [Fact]
    public void D42_the_templates_headings_digits_and_punctuation_are_removed_before_scoring()
    {
        var headings = string.Join("\n", ReportSection.InOrder.Select(section => section.Heading)) + "本年新收政府信息公开申请数量 123，４５６。";

        var audit = Policy.Audit(Report(2025, headings), Report(2024, headings));

        Assert.Equal((0, 0.0), (audit.Similarities[0].DistinctGrams, audit.Similarities[0].Share));
    }
}
