namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// The format a published report follows (§12.11): the national format of 国办公开办函〔2021〕30号, whose tables the audit checks cell by
/// cell, or an earlier one (reports on the years before 2021), which it recognises and names instead of checking against the wrong rows.
/// </summary>
public sealed class ReportFormat : BilingualPolicyEnum<ReportFormat>
{
    /// <summary>The national format of 2021 (国办公开办函〔2021〕30号): tables 二, 三 and 四 as §9.3–§9.5 describe them.</summary>
    public static readonly ReportFormat National2021 = new(nameof(National2021), 1, "国办公开办函〔2021〕30号格式", "the national format of 2021");

    /// <summary>A format before 2021's, with other rows in its tables.</summary>
    public static readonly ReportFormat Earlier = new(nameof(Earlier), 2, "2021年以前的格式", "a format before 2021's");

    private ReportFormat(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }

    /// <summary>The first year reported on in the 2021 format.</summary>
    public const int FirstYearOf2021Format = 2021;
}
