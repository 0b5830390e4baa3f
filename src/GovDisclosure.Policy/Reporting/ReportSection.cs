namespace GovDisclosure.Policy.Reporting;

/// <summary>The six sections of an annual report in the national format (§9.3, 国办公开办函〔2021〕30号), in their printed order.</summary>
public sealed class ReportSection : BilingualPolicyEnum<ReportSection>
{
    /// <summary>一、总体情况: the overall account of the year.</summary>
    public static readonly ReportSection Overview = new(nameof(Overview), 1, "一", "总体情况", "overview");

    /// <summary>二、主动公开政府信息情况: proactive disclosure, with table 二.</summary>
    public static readonly ReportSection Proactive = new(nameof(Proactive), 2, "二", "主动公开政府信息情况", "proactive disclosure");

    /// <summary>三、收到和处理政府信息公开申请情况: requests, with table 三.</summary>
    public static readonly ReportSection Requests = new(nameof(Requests), 3, "三", "收到和处理政府信息公开申请情况", "requests received and handled");

    /// <summary>四、政府信息公开行政复议、行政诉讼情况: reconsiderations and lawsuits, with table 四.</summary>
    public static readonly ReportSection Redress = new(nameof(Redress), 4, "四", "政府信息公开行政复议、行政诉讼情况", "reconsiderations and lawsuits");

    /// <summary>五、存在的主要问题及改进情况: the main problems and what was done about them.</summary>
    public static readonly ReportSection ProblemsAndImprovements = new(nameof(ProblemsAndImprovements), 5, "五", "存在的主要问题及改进情况", "problems and improvements");

    /// <summary>六、其他需要报告的事项: other matters, among them the processing fees charged (§12.8).</summary>
    public static readonly ReportSection OtherMatters = new(nameof(OtherMatters), 6, "六", "其他需要报告的事项", "other matters");

    private ReportSection(string name, int value, string numeral, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn) => Numeral = numeral;

    /// <summary>The section's number as printed: 一 to 六.</summary>
    public string Numeral { get; }

    /// <summary>The heading as the template prints it, for example <c>一、总体情况</c>.</summary>
    public string Heading => $"{Numeral}、{Label.Zh}";
}
