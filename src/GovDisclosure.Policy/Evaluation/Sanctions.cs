namespace GovDisclosure.Policy.Evaluation;

/// <summary>The sanction a unit's year calls for, with its reasons (§4.2, D13, D14).</summary>
internal static class Sanctions
{
    /// <summary>D14: refusal or falsification makes the principal accountable; else a basic or unsatisfactory grade brings criticism and education.</summary>
    internal static (Sanction Sanction, IReadOnlyList<Reason> Reasons) For(Body body, Grade? grade, List<string>? flaggedRecords)
    {
        if (flaggedRecords is { Count: > 0 })
        {
            var records = string.Join(", ", flaggedRecords.Order(StringComparer.Ordinal));   // whatever the register's order
            return (Sanction.PrincipalAccountability,
            [
                new Reason(["§4.2", "D14"], new(
                    $"存在拒不执行或弄虚作假（记录{records}），追究单位主要负责人{body.Principal.Name}的责任。",
                    $"Refusal or falsification (records {records}): the unit's principal leader, {body.Principal.Name}, is held accountable.")),
            ]);
        }

        if (grade == Grade.Basic || grade == Grade.Unsatisfactory)
        {
            return (Sanction.CriticismAndEducation,
            [
                new Reason(["§4.2", "D13", "D14"], new(
                    $"考核等次为{grade.Label.Zh}，推行政务公开推动不力，视情况批评教育。",
                    $"Graded {grade.Label.En}: ineffective promotion of disclosure; criticism and education as circumstances warrant.")),
            ]);
        }

        return (Sanction.None, []);
    }
}
