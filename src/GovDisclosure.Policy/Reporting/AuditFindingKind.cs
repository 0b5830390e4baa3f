namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// What an audit of a published annual report found (§12), each kind with the clause it checks. A kind that <see cref="IsToExplain"/>
/// marks something the publisher should explain rather than an error: a lawful clean-up of documents (§12.6), a count the text gives for
/// the year's workload (§12.7), a date that cannot be judged without the publisher's role (§12.9), a report in an earlier format (§12.11).
/// </summary>
public sealed class AuditFindingKind : BilingualPolicyEnum<AuditFindingKind>
{
    /// <summary>§12.1: in a column of table 三, 一 + 二 ≠ 三(七) + 四.</summary>
    public static readonly AuditFindingKind Balance = new(nameof(Balance), 1, "§12.1", false, "勾稽关系不平衡", "received and handled do not balance");

    /// <summary>§12.2: a row of table 三 whose 总计 is not the sum of its six applicant columns.</summary>
    public static readonly AuditFindingKind RowTotal = new(nameof(RowTotal), 2, "§12.2", false, "行总计不等于各列之和", "row total is not the sum of its columns");

    /// <summary>§12.3: a column of table 三 whose 三(七) is not the sum of the 21 result rows.</summary>
    public static readonly AuditFindingKind ResultTotal = new(nameof(ResultTotal), 3, "§12.3", false, "三(七)总计不等于各办理结果之和", "三(七) is not the sum of the results");

    /// <summary>§12.4: a group of table 四 whose 总计 is not the sum of its four results.</summary>
    public static readonly AuditFindingKind RedressTotal = new(nameof(RedressTotal), 4, "§12.4", false, "表四总计不等于各结果之和", "a group of table 四 does not add up");

    /// <summary>§12.5: row 二 differs from row 四 of last year's report.</summary>
    public static readonly AuditFindingKind CarriedOver = new(nameof(CarriedOver), 5, "§12.5", false, "上年结转数与上年报告不一致", "carried over differs from last year's report");

    /// <summary>§12.6: 现行有效件数 differs from last year's plus 本年制发 minus 本年废止 — lawful after a clean-up, so to explain.</summary>
    public static readonly AuditFindingKind DocumentsInForce = new(nameof(DocumentsInForce), 6, "§12.6", true, "现行有效件数与上年不衔接", "documents in force do not follow from last year's");

    /// <summary>§12.7: a number the text gives differs from the table's cell.</summary>
    public static readonly AuditFindingKind TextDiffers = new(nameof(TextDiffers), 7, "§12.7", false, "正文数字与表格不一致", "the text's number differs from the table");

    /// <summary>§12.7: the text's count of requests received equals 一 + 二 (the year's workload), not 一: to explain.</summary>
    public static readonly AuditFindingKind AmbiguousCount = new(nameof(AmbiguousCount), 8, "§12.7", true, "收到申请数口径不明", "ambiguous count of requests received");

    /// <summary>§12.8: section 六 says nothing of processing fees.</summary>
    public static readonly AuditFindingKind FeesNotStated = new(nameof(FeesNotStated), 9, "§12.8", false, "未说明信息处理费收取情况", "processing fees not stated");

    /// <summary>§12.9: published after the date of §9.1.</summary>
    public static readonly AuditFindingKind Late = new(nameof(Late), 10, "§12.9", false, "未按时公布", "published late");

    /// <summary>§12.9: published after 31 January but by 31 March, and neither the report nor the caller says whether a government or a
    /// department published it.</summary>
    public static readonly AuditFindingKind RoleUnknown = new(nameof(RoleUnknown), 11, "§12.9", true, "发布主体性质不明，无法判断是否按时", "publisher's role unknown, so timeliness cannot be judged");

    /// <summary>§12.9: the publication date is unknown, so timeliness is not judged.</summary>
    public static readonly AuditFindingKind DateUnknown = new(nameof(DateUnknown), 12, "§12.9", true, "发布日期不明", "publication date unknown");

    /// <summary>§12.10, D42: a section copied from last year's report.</summary>
    public static readonly AuditFindingKind Copied = new(nameof(Copied), 13, "§12.10", false, "与上年报告雷同", "copied from last year's report");

    /// <summary>§12.11: a blank cell where the format asks for a figure (blank is not 0).</summary>
    public static readonly AuditFindingKind BlankCell = new(nameof(BlankCell), 14, "§12.11", false, "应填数据为空", "blank cell");

    /// <summary>§12.11: a report in a format before 2021's, named as such; its tables are not checked against the 2021 rows.</summary>
    public static readonly AuditFindingKind EarlierFormat = new(nameof(EarlierFormat), 15, "§12.11", true, "使用2021年以前的报告格式", "a format before 2021's");

    /// <summary>§9.4: a negative figure.</summary>
    public static readonly AuditFindingKind Negative = new(nameof(Negative), 16, "§9.4", false, "数据为负数", "negative figure");

    private AuditFindingKind(string name, int value, string clause, bool isToExplain, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn) => (Clause, IsToExplain) = (clause, isToExplain);

    /// <summary>The clause checked, for example <c>§12.1</c>.</summary>
    public string Clause { get; }

    /// <summary>True for a finding the publisher should explain rather than an error.</summary>
    public bool IsToExplain { get; }
}
