using System.Diagnostics.CodeAnalysis;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>What became of one obligation as of a day (D13).</summary>
public sealed class Outcome : BilingualPolicyEnum<Outcome>
{
    /// <summary>按时: published by the due date.</summary>
    public static readonly Outcome OnTime = new(nameof(OnTime), 1, "按时公开", "on time");

    /// <summary>逾期: published after the due date.</summary>
    public static readonly Outcome Late = new(nameof(Late), 2, "逾期公开", "late");

    /// <summary>未公开: the due date has passed and nothing was published.</summary>
    public static readonly Outcome Missing = new(nameof(Missing), 3, "应公开未公开", "missing");

    /// <summary>未到期: not yet due, not yet published.</summary>
    public static readonly Outcome Pending = new(nameof(Pending), 4, "未到期", "pending");

    /// <summary>涉密免予公开: classified, so exempt; never counted against the unit.</summary>
    public static readonly Outcome Exempt = new(nameof(Exempt), 5, "涉密免予公开", "exempt (classified)");

    private Outcome(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }

}

/// <summary>A unit's disclosure grade for the annual assessment (D13).</summary>
public sealed class Grade : BilingualPolicyEnum<Grade>
{
    /// <summary>优秀: excellent — on-time rate at least the excellent threshold (95 %) and nothing missing.</summary>
    public static readonly Grade Excellent = new(nameof(Excellent), 1, "优秀", "excellent");

    /// <summary>合格: satisfactory — at least the satisfactory threshold (85 %).</summary>
    public static readonly Grade Satisfactory = new(nameof(Satisfactory), 2, "合格", "satisfactory");

    /// <summary>基本合格: basically satisfactory — at least the basic threshold (70 %).</summary>
    public static readonly Grade Basic = new(nameof(Basic), 3, "基本合格", "basic");

    /// <summary>不合格: unsatisfactory — below the basic threshold.</summary>
    public static readonly Grade Unsatisfactory = new(nameof(Unsatisfactory), 4, "不合格", "unsatisfactory");

    private Grade(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }

    /// <summary>Whether this grade is at least as good as <paramref name="other"/> (values run from best to worst).</summary>
    /// <param name="other">Another grade.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsAtLeast(Grade other) => Value <= Preconditions.CheckNotNull(other).Value;
}

/// <summary>The sanction the policy recommends for a unit (§4.2, D14).</summary>
public sealed class Sanction : BilingualPolicyEnum<Sanction>
{
    /// <summary>No sanction.</summary>
    public static readonly Sanction None = new(nameof(None), 1, "无", "none");

    /// <summary>视情况批评教育: criticism and education for ineffective promotion (推动不力), as circumstances warrant — discretionary.</summary>
    public static readonly Sanction CriticismAndEducation = new(nameof(CriticismAndEducation), 2, "视情况批评教育", "criticism and education");

    /// <summary>追究单位主要负责人的责任: the unit's principal leader is held accountable, for refusal or falsification.</summary>
    public static readonly Sanction PrincipalAccountability = new(nameof(PrincipalAccountability), 3, "追究单位主要负责人的责任", "principal-leader accountability");

    private Sanction(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }

}

/// <summary>The on-time rates at or above which a unit earns each grade (D13); a profile may change them.</summary>
public sealed record GradeThresholds
{
    /// <summary>Creates thresholds, in percent.</summary>
    /// <param name="excellent">The excellent threshold (95 by default); excellent also needs nothing missing.</param>
    /// <param name="satisfactory">The satisfactory threshold (85).</param>
    /// <param name="basic">The basic threshold (70).</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is outside 0–100, or they do not descend: excellent ≥ satisfactory ≥ basic.</exception>
    public GradeThresholds(decimal excellent, decimal satisfactory, decimal basic)
    {
        if (Problem(excellent, satisfactory, basic) is { } problem)
        {
            throw new PolicyArgumentOutOfRangeException(nameof(excellent), problem);
        }

        Excellent = excellent;
        Satisfactory = satisfactory;
        Basic = basic;
    }

    /// <summary>The thresholds of D13: 95, 85 and 70 %.</summary>
    public static GradeThresholds Default { get; } = new(95, 85, 70);

    /// <summary>The excellent threshold, in percent.</summary>
    public decimal Excellent { get; }

    /// <summary>The satisfactory threshold, in percent.</summary>
    public decimal Satisfactory { get; }

    /// <summary>The basic threshold, in percent.</summary>
    public decimal Basic { get; }

    /// <summary>Creates thresholds as the constructor does, or gives the reason they cannot be: for readers of stored profiles.</summary>
    /// <param name="excellent">The least on-time rate, in percent, graded excellent.</param>
    /// <param name="satisfactory">The least graded satisfactory.</param>
    /// <param name="basic">The least graded basic.</param>
    /// <param name="thresholds">The thresholds, or null.</param>
    /// <param name="problem">Why they cannot be made, in a sentence; null when <paramref name="thresholds"/> were made.</param>
    /// <returns>Whether the thresholds were made.</returns>
    public static bool TryCreate(decimal excellent, decimal satisfactory, decimal basic, [MaybeNullWhen(false)] out GradeThresholds thresholds,
        [MaybeNullWhen(true)] out string problem)
    {
        problem = Problem(excellent, satisfactory, basic);
        if (problem is not null)
        {
            thresholds = null;
            return false;
        }

        thresholds = new GradeThresholds(excellent, satisfactory, basic);
        return true;
    }

    /// <summary>What is wrong with these thresholds, in a sentence, or null when nothing is.</summary>
    internal static string? Problem(decimal excellent, decimal satisfactory, decimal basic) =>
        basic < 0 || excellent > 100 || satisfactory > excellent || basic > satisfactory
            ? $"Grade thresholds {excellent} / {satisfactory} / {basic} % must lie in 0–100 and descend from excellent to basic."
            : null;

    /// <summary>The grade of <paramref name="onTime"/> on-time out of <paramref name="counted"/> (at least 1) counted obligations, compared exactly (no rounding).</summary>
    internal Grade GradeFor(int onTime, int counted, int missing)
    {
        // Compared by multiplication, so that exactly 95 % is 95 %.
        bool AtLeast(decimal threshold) => onTime * 100m >= threshold * counted;
        return AtLeast(Excellent) && missing == 0 ? Grade.Excellent
            : AtLeast(Satisfactory) ? Grade.Satisfactory
            : AtLeast(Basic) ? Grade.Basic
            : Grade.Unsatisfactory;
    }
}
