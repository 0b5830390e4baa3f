namespace GovDisclosure.Policy;

/// <summary>
/// One entry of the policy's disclosure schedule (§3.3): IM1–IM9 immediate, MO1–MO2 monthly,
/// QU1–QU5 quarterly, YR1–YR5 yearly, BA1–BA3 per batch and ST1–ST7 standing — 31 entries, each
/// linked to the catalog items it discloses. <see cref="PolicyEnum{TEnum}.InOrder"/> follows the seed.
/// </summary>
public sealed class ScheduleEntry : PolicyEnum<ScheduleEntry>
{
    /// <summary>IM1: rules, normative and other documents (G01).</summary>
    public static readonly ScheduleEntry IM1 = Listed(nameof(IM1), 1, Cadence.Immediate, "上级政府有关规章、政府机关制定的规范性文件以及与经济、社会管理和公共服务相关的其他文件",
        "Rules, normative documents and other documents", DisclosureItem.G01);

    /// <summary>IM2: disasters and emergencies (G09).</summary>
    public static readonly ScheduleEntry IM2 = Listed(nameof(IM2), 2, Cadence.Immediate, "影响公众人身和财产安全的灾情或突发事件的预报、发生及其处理情况",
        "Disasters and emergencies: forecast, occurrence and handling", DisclosureItem.G09);

    /// <summary>IM3: cadre selection, recruitment and staff rotation (G19, I03).</summary>
    public static readonly ScheduleEntry IM3 = Listed(nameof(IM3), 3, Cadence.Immediate, "干部选拔任用、公务员招考、录用及机关干部交流情况",
        "Cadre selection, civil-servant recruitment and staff rotation", DisclosureItem.G19, DisclosureItem.I03);

    /// <summary>IM4: donations received for disaster relief (G10).</summary>
    public static readonly ScheduleEntry IM4 = Listed(nameof(IM4), 4, Cadence.Immediate, "为抵御灾害而接受捐赠款物的管理和使用情况",
        "Disaster-relief donations: management and use", DisclosureItem.G10);

    /// <summary>IM5: land requisition and house demolition (G11).</summary>
    public static readonly ScheduleEntry IM5 = Listed(nameof(IM5), 5, Cadence.Immediate, "土地征用、房屋拆迁的有关情况",
        "Land requisition and house demolition", DisclosureItem.G11);

    /// <summary>IM6: affordable and low-rent housing (G13).</summary>
    public static readonly ScheduleEntry IM6 = Listed(nameof(IM6), 6, Cadence.Immediate, "经济适用房及廉租房有关情况",
        "Affordable and low-rent housing", DisclosureItem.G13);

    /// <summary>IM7: results of major audits (G16).</summary>
    public static readonly ScheduleEntry IM7 = Listed(nameof(IM7), 7, Cadence.Immediate, "事关群众切身利益的重大审计事项结果等情况",
        "Results of major audits", DisclosureItem.G16);

    /// <summary>IM8: model-worker selection (G20).</summary>
    public static readonly ScheduleEntry IM8 = Listed(nameof(IM8), 8, Cadence.Immediate, "先进模范评选情况", "Model-worker selection", DisclosureItem.G20);

    /// <summary>IM9: matters the public or the disclosure office asks to see through topic-on-demand (§3.1.T).</summary>
    public static readonly ScheduleEntry IM9 = new(nameof(IM9), 9, Cadence.Immediate, EntrySubject.TopicOnDemand,
        "群众或公开办点题要求公开的事项", "Matters requested through topic-on-demand", []);

    /// <summary>MO1: the fiscal budget and its execution (G05).</summary>
    public static readonly ScheduleEntry MO1 = Listed(nameof(MO1), 10, Cadence.Monthly, "财政预算及执行情况",
        "Fiscal budget and its execution", DisclosureItem.G05);

    /// <summary>MO2: the unit's internal revenue and expenditure (I02).</summary>
    public static readonly ScheduleEntry MO2 = Listed(nameof(MO2), 11, Cadence.Monthly, "机关内部财务收支情况",
        "Internal revenue and expenditure", DisclosureItem.I02);

    /// <summary>QU1: progress on the annual work targets (G04).</summary>
    public static readonly ScheduleEntry QU1 = Listed(nameof(QU1), 12, Cadence.Quarterly, "年度工作目标任务进展情况",
        "Progress on the annual work targets", DisclosureItem.G04);

    /// <summary>QU2: results of licensing, handling and service matters (S03).</summary>
    public static readonly ScheduleEntry QU2 = Listed(nameof(QU2), 13, Cadence.Quarterly, "行政许可、办理、服务事项的结果",
        "Results of licensing, handling and service matters", DisclosureItem.S03);

    /// <summary>QU3: results of administrative enforcement and penalties (G18).</summary>
    public static readonly ScheduleEntry QU3 = Listed(nameof(QU3), 14, Cadence.Quarterly, "行政执法及行政处罚的结果",
        "Results of administrative enforcement and penalties", DisclosureItem.G18);

    /// <summary>QU4: poverty relief, special care, education, social security and employment (G14).</summary>
    public static readonly ScheduleEntry QU4 = Listed(nameof(QU4), 15, Cadence.Quarterly, "扶贫、优抚、教育、社会保障、劳动就业等方面的标准、条件及实施情况",
        "Poverty relief, special care, education, social security and employment", DisclosureItem.G14);

    /// <summary>QU5: operation and use of funds (G17).</summary>
    public static readonly ScheduleEntry QU5 = Listed(nameof(QU5), 16, Cadence.Quarterly, "各类基金的运行和使用情况",
        "Operation and use of funds", DisclosureItem.G17);

    /// <summary>YR1: the annual work targets (G04).</summary>
    public static readonly ScheduleEntry YR1 = Listed(nameof(YR1), 17, Cadence.Yearly, "年度工作目标", "Annual work targets", DisclosureItem.G04);

    /// <summary>YR2: administrative and institutional fees (S05).</summary>
    public static readonly ScheduleEntry YR2 = Listed(nameof(YR2), 18, Cadence.Yearly, "各类行政事业性收费的项目、标准、依据",
        "Administrative and institutional fees: items, rates and basis", DisclosureItem.S05);

    /// <summary>YR3: special funds and materials from higher levels (G08).</summary>
    public static readonly ScheduleEntry YR3 = Listed(nameof(YR3), 19, Cadence.Yearly, "上级政府或政府部门下拨的专项经费和物资分配、使用和管理情况",
        "Special funds and materials from higher levels", DisclosureItem.G08);

    /// <summary>YR4: leading cadres' integrity and self-discipline (I01).</summary>
    public static readonly ScheduleEntry YR4 = Listed(nameof(YR4), 20, Cadence.Yearly, "领导干部廉洁自律情况",
        "Leading cadres' integrity and self-discipline", DisclosureItem.I01);

    /// <summary>YR5: staff assessment (I03).</summary>
    public static readonly ScheduleEntry YR5 = Listed(nameof(YR5), 21, Cadence.Yearly, "机关干部考核情况", "Staff assessment", DisclosureItem.I03);

    /// <summary>BA1: government procurement (G06).</summary>
    public static readonly ScheduleEntry BA1 = Listed(nameof(BA1), 22, Cadence.PerBatch, "政府集中采购项目的目录、政府采购限额标准、采购结果及其监督情况",
        "Government procurement: catalogue, thresholds, results and supervision", DisclosureItem.G06);

    /// <summary>BA2: tenders, funds and progress of major projects (G07).</summary>
    public static readonly ScheduleEntry BA2 = Listed(nameof(BA2), 23, Cadence.PerBatch, "重大基础设施项目及其他涉及财政资金的重大项目的公开招标中标情况、资金使用情况及项目进展情况",
        "Major projects: tender awards, use of funds and progress", DisclosureItem.G07);

    /// <summary>BA3: land supply (G12).</summary>
    public static readonly ScheduleEntry BA3 = Listed(nameof(BA3), 24, Cadence.PerBatch, "土地供应情况", "Land supply", DisclosureItem.G12);

    /// <summary>ST1: leaders' names, duties and contacts (S01).</summary>
    public static readonly ScheduleEntry ST1 = Listed(nameof(ST1), 25, Cadence.Standing, "部门、单位领导人姓名、工作分工、联系方式",
        "Leaders' names, duties and contacts", DisclosureItem.S01);

    /// <summary>ST2: functions, structure, address and contacts (S02).</summary>
    public static readonly ScheduleEntry ST2 = Listed(nameof(ST2), 26, Cadence.Standing, "部门、单位管理职能、机构设置、办公地址、联系方式等",
        "Functions, structure, office address and contacts", DisclosureItem.S02);

    /// <summary>ST3: development, urban and land-use plans (G02, G03).</summary>
    public static readonly ScheduleEntry ST3 = Listed(nameof(ST3), 27, Cadence.Standing, "经济社会发展规划、计划，城市总体规划、其他各类城市规划以及土地利用总体规划等规划",
        "Development plans, urban plans and the land-use plan", DisclosureItem.G02, DisclosureItem.G03);

    /// <summary>ST4: basis, requirements, procedure, time limits, responsibilities and complaints for service matters (S03).</summary>
    public static readonly ScheduleEntry ST4 = Listed(nameof(ST4), 28, Cadence.Standing, "行政许可、办理、服务事项的依据、要求、程序、时限、办事人员的责任和办事过程中的投诉监督制度",
        "Service matters: basis, requirements, procedure, time limits, responsibilities and complaints", DisclosureItem.S03);

    /// <summary>ST5: basis and procedure of enforcement and penalties (G18).</summary>
    public static readonly ScheduleEntry ST5 = Listed(nameof(ST5), 29, Cadence.Standing, "行政执法及实施行政处罚的依据、程序",
        "Basis and procedure of enforcement and penalties", DisclosureItem.G18);

    /// <summary>ST6: the service-commitment system (§2.1.C).</summary>
    public static readonly ScheduleEntry ST6 = new(nameof(ST6), 30, Cadence.Standing, EntrySubject.ServiceCommitment,
        "社会服务承诺自律制度", "The service-commitment system", []);

    /// <summary>ST7: financial management rules (no catalog item).</summary>
    public static readonly ScheduleEntry ST7 = new(nameof(ST7), 31, Cadence.Standing, EntrySubject.FinancialManagementRules,
        "财务管理制度", "Financial management rules", []);

    private ScheduleEntry(string code, int value, Cadence cadence, EntrySubject subject, string descriptionZh, string descriptionEn,
        DisclosureItem[] items)
        : base(code, value)
    {
        Cadence = cadence;
        Subject = subject;
        DescriptionZh = descriptionZh;
        DescriptionEn = descriptionEn;
        Items = ReadOnly.Wrap(items);
        Key = ObligationKey.ForEntry(this);
    }

    /// <summary>The entry as an obligation: the built-in catalog's row named by its code (<see cref="ObligationKey.Of(ScheduleEntry)"/>).</summary>
    public ObligationKey Key { get; }

    /// <summary>The entry's code, the same as <see cref="Ardalis.SmartEnum.SmartEnum{TEnum, TValue}.Name"/>: <c>IM1</c>…<c>ST7</c>.</summary>
    public string Code => Name;

    /// <summary>The cadence the seed gives the entry.</summary>
    public Cadence Cadence { get; }

    /// <summary>Whether the entry discloses listed items, topic-on-demand matters, the service commitment or financial rules.</summary>
    public EntrySubject Subject { get; }

    /// <summary>The clause of SPEC §3.3 that states the entry, for example <c>§3.3.MO1</c>.</summary>
    public string ClauseId => $"§3.3.{Code}";

    /// <summary>What the entry requires, in Chinese and English.</summary>
    public BilingualText Description => new(DescriptionZh, DescriptionEn);

    /// <summary>What the entry discloses, in Chinese (official terms, SPEC §0).</summary>
    internal string DescriptionZh { get; }

    /// <summary>What the entry discloses, in English.</summary>
    internal string DescriptionEn { get; }

    /// <summary>
    /// The catalog items the entry discloses, in catalog order. Empty for IM9 (whatever the request names),
    /// ST6 (the service commitment) and ST7 (financial rules): see <see cref="Subject"/>.
    /// </summary>
    public IReadOnlyList<DisclosureItem> Items { get; }

    /// <summary>Whether the entry lists <paramref name="item"/>.</summary>
    /// <param name="item">A catalog item.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public bool Covers(DisclosureItem item) => Items.Contains(Preconditions.CheckNotNull(item));

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Cadence.Label.En}) {DescriptionEn}";

    private static ScheduleEntry Listed(string code, int value, Cadence cadence, string descriptionZh, string descriptionEn,
        params DisclosureItem[] items) =>
        new(code, value, cadence, EntrySubject.ListedItems, descriptionZh, descriptionEn, items);
}
