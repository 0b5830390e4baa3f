namespace GovDisclosure.Policy;

/// <summary>
/// One item of the policy's catalog of what must be disclosed (§2.1): G01–G20, S01–S03, S05 and
/// I01–I04 — 28 items; the seed's list of service items has no fourth entry, so there is no S04.
/// <see cref="PolicyEnum{TEnum}.InOrder"/> lists them in the seed's order.
/// </summary>
/// <remarks>
/// Chinese names use the intended official terms, not the synonym-replaced words of the scraped seed
/// (SPEC §0): 服务 for 效劳, 项目 for 工程, 规范性文件 for 标准性文件, and so on.
/// </remarks>
public sealed class DisclosureItem : BilingualPolicyEnum<DisclosureItem>
{
    /// <summary>G01: rules of higher-level governments, normative documents and other public-management documents.</summary>
    public static readonly DisclosureItem G01 = Gov(1, "上级政府有关规章、政府机关制定的规范性文件以及与经济、社会管理和公共服务相关的其他文件",
        "Rules of higher-level governments, normative documents, and other documents on economic and social management and public services");

    /// <summary>G02: economic and social development plans, their progress and completion.</summary>
    public static readonly DisclosureItem G02 = Gov(2, "经济社会发展的规划、计划及其进展和完成情况",
        "Economic and social development plans and programmes, their progress and completion");

    /// <summary>G03: the urban master plan, other urban plans and the overall land-use plan.</summary>
    public static readonly DisclosureItem G03 = Gov(3, "城市总体规划、其他各类城市规划以及土地利用总体规划等规划",
        "Urban master plan, other urban plans and the overall land-use plan");

    /// <summary>G04: annual work targets of the government and its departments, and their execution.</summary>
    public static readonly DisclosureItem G04 = Gov(4, "政府及有关部门年度工作目标及执行情况",
        "Annual work targets of the government and its departments, and their execution");

    /// <summary>G05: the fiscal budget and its execution.</summary>
    public static readonly DisclosureItem G05 = Gov(5, "财政预算及执行情况", "Fiscal budget and its execution");

    /// <summary>G06: centralised government procurement — catalogue, thresholds, results, supervision.</summary>
    public static readonly DisclosureItem G06 = Gov(6, "政府集中采购项目的目录、政府采购限额标准、采购结果及其监督情况",
        "Centralised government procurement: catalogue, thresholds, results and supervision");

    /// <summary>G07: major infrastructure projects and the progress of other projects.</summary>
    public static readonly DisclosureItem G07 = Gov(7, "重大基础设施项目及其他涉及项目进度情况",
        "Major infrastructure projects and the progress of other projects");

    /// <summary>G08: allocation, use and management of special funds and materials from higher levels.</summary>
    public static readonly DisclosureItem G08 = Gov(8, "上级政府或政府部门下拨的专项经费和物资的分配、使用和管理情况",
        "Allocation, use and management of special funds and materials from higher-level governments");

    /// <summary>G09: forecast, occurrence and handling of disasters and emergencies affecting public safety.</summary>
    public static readonly DisclosureItem G09 = Gov(9, "影响公众人身和财产安全的灾情或突发事件的预报、发生及其处理情况",
        "Forecast, occurrence and handling of disasters and emergencies affecting personal and property safety");

    /// <summary>G10: management and use of donations received for disaster relief.</summary>
    public static readonly DisclosureItem G10 = Gov(10, "为抵御灾害而接受捐赠款物的管理和使用情况",
        "Management and use of donations received for disaster relief");

    /// <summary>G11: land requisition and house demolition — approvals, compensation standards, resettlement plans.</summary>
    public static readonly DisclosureItem G11 = Gov(11, "土地征用、房屋拆迁的批准文件、补偿标准、安置方案等情况",
        "Land requisition and house demolition: approvals, compensation standards and resettlement plans");

    /// <summary>G12: land supply.</summary>
    public static readonly DisclosureItem G12 = Gov(12, "土地供应情况", "Land supply");

    /// <summary>G13: affordable housing (construction, allocation) and low-rent housing (construction, application, use).</summary>
    public static readonly DisclosureItem G13 = Gov(13, "经济适用房的建设和分配，廉租房的建设、申请和使用情况",
        "Affordable housing (construction and allocation) and low-rent housing (construction, application and use)");

    /// <summary>G14: standards, conditions and implementation of poverty relief, special care, education, social security and employment.</summary>
    public static readonly DisclosureItem G14 = Gov(14, "扶贫、优抚、教育、社会保障、劳动就业等方面的标准、条件及实施情况",
        "Standards, conditions and implementation of poverty relief, special care, education, social security and employment");

    /// <summary>G15: tax reductions and exemptions — basis, conditions, procedure, results.</summary>
    public static readonly DisclosureItem G15 = Gov(15, "税收减免政策依据、条件、办理程序、结果等情况",
        "Tax reductions and exemptions: basis, conditions, procedure and results");

    /// <summary>G16: results of major audits touching the public's vital interests.</summary>
    public static readonly DisclosureItem G16 = Gov(16, "事关群众切身利益的重大审计事项结果等情况",
        "Results of major audits touching the public's vital interests");

    /// <summary>G17: operation and use of funds — housing provident, pension, medical insurance, charity.</summary>
    public static readonly DisclosureItem G17 = Gov(17, "各类基金的运行和使用情况，如住房公积金、养老保险基金、医疗保险基金、慈善基金等",
        "Operation and use of funds such as the housing provident, pension, medical insurance and charity funds");

    /// <summary>G18: project approvals, quota allocation, licences and inspections, administrative fees and penalties.</summary>
    public static readonly DisclosureItem G18 = Gov(18, "有关项目审批、指标分配、发证验照、行政收费、行政处罚等情况",
        "Project approvals, quota allocation, licences and inspections, administrative fees and administrative penalties");

    /// <summary>G19: cadre selection and appointment, civil-servant recruitment — conditions, procedure, results.</summary>
    public static readonly DisclosureItem G19 = Gov(19, "干部选拔任用、公务员招考、录用的条件、程序、结果等情况",
        "Cadre selection and appointment and civil-servant recruitment: conditions, procedure and results");

    /// <summary>G20: criteria and results of the selection of model workers.</summary>
    public static readonly DisclosureItem G20 = Gov(20, "先进模范评选条件、结果等情况", "Criteria and results of model-worker selection");

    /// <summary>S01: names, duties and contacts of the leaders of the government, its departments and bodies exercising administrative functions.</summary>
    public static readonly DisclosureItem S01 = Svc(1, 21, "政府、政府工作部门以及依法行使行政管理职能组织的领导人姓名、工作分工、联系方式",
        "Names, division of duties and contacts of the leaders of the government, its departments and bodies with administrative functions");

    /// <summary>S02: functions, internal structure, office address and contacts of departments and bodies.</summary>
    public static readonly DisclosureItem S02 = Svc(2, 22, "政府工作部门及依法行使行政管理职能组织的管理职能、机构设置、办公地址、联系方式等",
        "Functions, internal structure, office address and contacts of government departments and bodies with administrative functions");

    /// <summary>S03: for licensing, handling and service matters — basis, requirements, procedure, time limits, results, fees, staff responsibilities and complaints.</summary>
    public static readonly DisclosureItem S03 = Svc(3, 23, "行政许可、办理、服务事项的依据、要求、程序、时限、结果、收费标准，以及办事人员的责任、办事过程中的投诉监督制度",
        "For licensing, handling and service matters: basis, requirements, procedure, time limits, results, fees, staff responsibilities and complaint arrangements");

    /// <summary>S05: items, rates and basis of administrative and institutional fees.</summary>
    public static readonly DisclosureItem S05 = Svc(5, 24, "各类行政机关事业性收费的项目、标准、依据",
        "Items, rates and basis of administrative and institutional fees");

    /// <summary>I01: leading cadres' integrity and self-discipline (the rules, trips abroad).</summary>
    public static readonly DisclosureItem I01 = Internal(1, 25, "领导干部的廉洁自律情况（廉洁自律有关规定、出国（境）等情况）",
        "Leading cadres' integrity and self-discipline (the rules, trips abroad)");

    /// <summary>I02: the unit's internal revenue and expenditure.</summary>
    public static readonly DisclosureItem I02 = Internal(2, 26, "机关内部财政收支情况", "The unit's internal revenue and expenditure");

    /// <summary>I03: staff rotation, assessment and selection.</summary>
    public static readonly DisclosureItem I03 = Internal(3, 27, "机关干部交流、考核、选任等情况", "Staff rotation, assessment and selection");

    /// <summary>I04: other important matters, disclosed to the unit's staff.</summary>
    public static readonly DisclosureItem I04 = Internal(4, 28, "其他重要事项", "Other important matters");

    private DisclosureItem(string code, int value, ItemKind kind, string clauseId, string nameZh, string nameEn)
        : base(code, value, nameZh, nameEn)
    {
        Kind = kind;
        ClauseId = clauseId;
    }

    /// <summary>The item's code, the same as <see cref="Ardalis.SmartEnum.SmartEnum{TEnum, TValue}.Name"/>: <c>G01</c>…<c>I04</c>.</summary>
    public string Code => Name;

    /// <summary>Government affairs, service or internal.</summary>
    public ItemKind Kind { get; }

    /// <summary>Who the item is disclosed to: the public for G and S items, the unit's staff for I items.</summary>
    public Audience Audience => Kind.Audience;

    /// <summary>The clause of SPEC §2.1 the item comes from, for example <c>§2.1.G.5</c>.</summary>
    public string ClauseId { get; }

    /// <summary>Whether the channels in <paramref name="channels"/> reach this item's audience (§3.1).</summary>
    /// <param name="channels">The channels a disclosure used.</param>
    /// <returns>True when at least one channel is addressed to <see cref="Audience"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channels"/> is null.</exception>
    public bool IsReachedBy(IEnumerable<Channel> channels) => Channel.Reach(channels, Audience);

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Label.En}";

    private static DisclosureItem Gov(int number, string nameZh, string nameEn) =>
        new($"G{number:00}", number, ItemKind.GovernmentAffairs, $"§2.1.G.{number}", nameZh, nameEn);

    private static DisclosureItem Svc(int number, int value, string nameZh, string nameEn) =>
        new($"S{number:00}", value, ItemKind.Service, $"§2.1.S.{number}", nameZh, nameEn);

    private static DisclosureItem Internal(int number, int value, string nameZh, string nameEn) =>
        new($"I{number:00}", value, ItemKind.Internal, $"§2.1.I.{number}", nameZh, nameEn);
}
