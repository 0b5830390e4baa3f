namespace GovDisclosure.Policy.Tests.Catalog;

/// <summary>The catalog of disclosure items (§2.1), item by item.</summary>
public sealed class DisclosureItemTests
{
    // Words the scraped seed printed in place of the official terms (SPEC §0); none may reach the library.
    private static readonly string[] GarbledTerms =
        ["效劳", "工程", "标准性", "开展", "平安", "根底", "原那么", "假设", "局部", "听政会", "损赠", "公基金", "行政处分", "事顶", "区域网", "物质"];

    [Fact]
    public void Sec2_1_the_catalog_lists_28_items_in_the_seeds_order_with_no_S04()
    {
        string[] expected =
        [
            .. Enumerable.Range(1, 20).Select(i => $"G{i:00}"), "S01", "S02", "S03", "S05", "I01", "I02", "I03", "I04",
        ];

        Assert.Equal(expected, DisclosureItem.InOrder.Select(item => item.Code));
        Assert.Equal(expected, DisclosurePolicy.Default.Items.Select(item => item.Code));
        Assert.False(DisclosureItem.TryParse("S04", out _));
    }

    [Theory]
    [InlineData("G", "GovernmentAffairs", "Public", 20)]
    [InlineData("S", "Service", "Public", 4)]
    [InlineData("I", "Internal", "Staff", 4)]
    public void Each_code_prefix_is_one_kind_with_one_audience(string prefix, string kind, string audience, int count)
    {
        var items = DisclosureItem.InOrder.Where(item => item.Code.StartsWith(prefix, StringComparison.Ordinal)).ToArray();

        Assert.Equal(count, items.Length);
        Assert.All(items, item =>
        {
            Assert.Equal(ItemKind.Parse(kind), item.Kind);
            Assert.Equal(Audience.Parse(audience), item.Audience);
            Assert.Equal(prefix, item.Kind.CodePrefix);
            Assert.Equal($"§2.1.{prefix}.{int.Parse(item.Code[1..], System.Globalization.CultureInfo.InvariantCulture)}", item.ClauseId);
        });
    }

    [Theory]
    [InlineData("G05", "财政预算及执行情况")]
    [InlineData("G06", "政府集中采购项目的目录、政府采购限额标准、采购结果及其监督情况")]
    [InlineData("G18", "有关项目审批、指标分配、发证验照、行政收费、行政处罚等情况")]
    [InlineData("S03", "行政许可、办理、服务事项的依据、要求、程序、时限、结果、收费标准，以及办事人员的责任、办事过程中的投诉监督制度")]
    [InlineData("G17", "各类基金的运行和使用情况，如住房公积金、养老保险基金、医疗保险基金、慈善基金等")]
    public void Sec0_chinese_names_use_the_official_terms_of_SPEC_section_0(string code, string nameZh)
    {
        Assert.Equal(nameZh, DisclosureItem.Parse(code).Label.Zh);
    }

    [Fact]
    public void Sec0_no_name_or_description_carries_a_garbled_term_of_the_seed()
    {
        var texts = DisclosureItem.InOrder.Select(item => item.Label.Zh).Concat(ScheduleEntry.InOrder.Select(entry => entry.DescriptionZh));

        Assert.All(texts, text => Assert.DoesNotContain(GarbledTerms, text.Contains));
    }

    [Fact]
    public void Every_item_has_an_English_name()
    {
        Assert.All(DisclosureItem.InOrder, item => Assert.False(string.IsNullOrWhiteSpace(item.Label.En)));
    }
}
