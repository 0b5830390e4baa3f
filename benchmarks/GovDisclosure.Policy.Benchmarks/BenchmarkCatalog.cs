using GovDisclosure.Policy.Catalogs;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// A 500-row county catalog (D35) whose time limits cycle through the forms a county writes: periods in working and calendar days, from
/// events and from quarters' and years' ends, a posting period, a standing row. Built only through the public API every release has.
/// </summary>
internal static class BenchmarkCatalog
{
    private static readonly string[] TimeLimits =
        ["制定或获取信息之日起10个工作日内", "信息形成或者变更之日起20个工作日内", "制定或获取信息之日起10个工作日内，公示7个工作日", "批准之日起30日内", "每季度结束后10个工作日内", "每年", "长期公开"];

    internal static CountyCatalog Create() =>
        new("benchmark", Enumerable.Range(1, 500).Select(number => new CatalogRow(
            number.ToString(System.Globalization.CultureInfo.InvariantCulture), ["一级", "二级"], "内容", "依据", TimeLimits[number % TimeLimits.Length], "县级民政部门",
            [NationalChannel.GovernmentWebsite], CatalogAudience.WholeSociety, [DisclosureMode.Proactive], [AdministrativeLevel.County])));
}
