namespace GovDisclosure.Policy.Reporting;

/// <summary>The kinds of broken identity an annual report can have (§9.4, §9.5).</summary>
/// <remarks>A closed set. It converts implicitly to <see cref="int"/>, so print its names rather than the member.</remarks>
public sealed class ReportProblemKind : BilingualPolicyEnum<ReportProblemKind>
{
    /// <summary>一 + 二 ≠ 三(七) + 四 in a column of table 三 (§9.4).</summary>
    public static readonly ReportProblemKind Balance = new(nameof(Balance), 1, "勾稽关系不平衡", "received and handled do not balance");

    /// <summary>A 总计 that is not the sum of its parts: a row's applicant columns, 三(七)'s result rows, or a group of table 四.</summary>
    public static readonly ReportProblemKind Total = new(nameof(Total), 2, "总计不等于各项之和", "total is not the sum of its parts");

    /// <summary>A figure below zero.</summary>
    public static readonly ReportProblemKind Negative = new(nameof(Negative), 3, "数据为负数", "negative figure");

    /// <summary>二 (carried over) differs from 四 (carried forward) of last year's report (§9.4, D38).</summary>
    public static readonly ReportProblemKind CarriedOver = new(nameof(CarriedOver), 4, "上年结转数与上年报告不一致", "carried over differs from last year's report");

    private ReportProblemKind(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }
}

/// <summary>One broken identity of an annual report: its kind, where it is (table, row, column) and what is wrong, in Chinese and English.</summary>
public sealed record ReportProblem
{
    internal ReportProblem(ReportProblemKind kind, string location, string messageZh, string messageEn) =>
        (Kind, Location, MessageZh, MessageEn) = (kind, location, messageZh, messageEn);

    /// <summary>What kind of identity is broken.</summary>
    public ReportProblemKind Kind { get; }

    /// <summary>Where: the table, then its row or group, then its column, for example <c>三/三(七)/自然人</c>.</summary>
    public string Location { get; }

    /// <summary>The problem in a sentence, in Chinese and English.</summary>
    public BilingualText Message => new(MessageZh, MessageEn);

    /// <summary>The problem in Chinese, with the figures.</summary>
    internal string MessageZh { get; }

    /// <summary>The problem in English, with the figures.</summary>
    internal string MessageEn { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {MessageEn}";
}
