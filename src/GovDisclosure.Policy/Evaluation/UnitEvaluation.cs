namespace GovDisclosure.Policy.Evaluation;

/// <summary>How one unit did in the year, as of the evaluation day: counts, rate, grade (D13), sanction (D14) and findings.</summary>
public sealed class UnitEvaluation
{
    private readonly Finding[] found;
    private IReadOnlyList<Finding>? sorted;   // racing readers sort equal arrays

    internal UnitEvaluation(Body body, int year, ObligationLevel level, ReadOnlySpan<int> counts, Grade? grade, Finding[] findings,
        Sanction sanction, IReadOnlyList<Reason> sanctionReasons, RequestCounts requests)
    {
        Requests = requests;
        Body = body;
        Year = year;
        Level = level;
        OnTime = counts[Outcome.OnTime.Value];
        Late = counts[Outcome.Late.Value];
        Missing = counts[Outcome.Missing.Value];
        Pending = counts[Outcome.Pending.Value];
        Exempt = counts[Outcome.Exempt.Value];
        Grade = grade;
        found = findings;
        Sanction = sanction;
        SanctionReasons = ReadOnly.Wrap(sanctionReasons.ToArray());
    }

    /// <summary>The unit.</summary>
    public Body Body { get; }

    /// <summary>The assessment year.</summary>
    public int Year { get; }

    /// <summary>The unit's obligation level (§2.2).</summary>
    public ObligationLevel Level { get; }

    /// <summary>Obligations published on time.</summary>
    public int OnTime { get; }

    /// <summary>Obligations published late.</summary>
    public int Late { get; }

    /// <summary>Obligations due and not published.</summary>
    public int Missing { get; }

    /// <summary>Obligations not yet due and not yet published.</summary>
    public int Pending { get; }

    /// <summary>Classified obligations, exempt.</summary>
    public int Exempt { get; }

    /// <summary>
    /// The unit's requests for disclosure (§8.13): on time, late, overdue, pending, not judged, and replies by outcome. Unless the assessment
    /// rules keep them out (<see cref="AssessmentRules.CountRequestsInRate"/>), the judged ones are also in <see cref="OnTime"/>,
    /// <see cref="Late"/>, <see cref="Missing"/> (overdue) and <see cref="Pending"/>, and so in the rate and grade (D36).
    /// </summary>
    public RequestCounts Requests { get; }

    /// <summary>The obligations the rate counts: on time, late and missing (D13).</summary>
    public int Counted => OnTime + Late + Missing;

    /// <summary>OnTime / (OnTime + Late + Missing), in [0, 1] (D13); null when nothing is due yet (D19).</summary>
    public double? OnTimeRate => Counted == 0 ? null : (double)OnTime / Counted;

    /// <summary>Whether the unit can be graded: the policy obliges it and something is due (D19).</summary>
    public bool IsAssessable => Level.IsObligated && Counted > 0;

    /// <summary>The grade (D13); null for a unit outside the policy, and for one with nothing due yet ("not yet assessable", D19).</summary>
    public Grade? Grade { get; }

    /// <summary>The findings about the unit, observations included, by kind then subject — whatever the order of the register's records.</summary>
    /// <remarks>Sorted on first read, so that evaluating a large register does not pay for sorting findings nobody reads.</remarks>
    public IReadOnlyList<Finding> Findings =>
        sorted ??= ReadOnly.Wrap(found.OrderBy(f => f.Kind.Value).ThenBy(f => f.SubjectId, StringComparer.Ordinal).ToArray());

    /// <summary>The sanction recommended (D14).</summary>
    public Sanction Sanction { get; }

    /// <summary>Why: the clauses and a sentence in each language per reason; empty for no sanction.</summary>
    public IReadOnlyList<Reason> SanctionReasons { get; }

    /// <summary>True when the sanction is a recommendation the unit's own authorities weigh: by-reference units (§2.2, D14).</summary>
    public bool SanctionIsAdvisory => !Level.FindingsAreBinding;

    /// <summary>True for criticism and education, which the policy gives "as circumstances warrant" (视情况, §4.2).</summary>
    public bool SanctionIsDiscretionary => Sanction == Sanction.CriticismAndEducation;

    /// <summary>The summary a host application attaches to the unit's and its leaders' annual assessment records (§4.2).</summary>
    public AnnualAssessment ToAnnualAssessment() => new(
        Body.Id, Body.Name, Year, Body.Principal.Name, Grade?.Name, Grade?.Label.Zh, OnTimeRate, OnTime, Late, Missing, Pending, Exempt,
        Sanction.Name, Sanction.Label.Zh, SanctionIsAdvisory, SanctionIsDiscretionary,
        new BilingualText(
            string.Join("；", SanctionReasons.Select(reason => $"{reason.Text.Zh}（{string.Join("、", reason.ClauseIds)}）")),
            string.Join("; ", SanctionReasons.Select(reason => $"{reason.Text.En} ({string.Join(", ", reason.ClauseIds)})"))),
        Findings.Count(finding => !finding.Kind.IsObservation));

    /// <inheritdoc />
    public override string ToString() =>
        $"{Body.Name}: {Grade?.Label.En ?? (Level.IsObligated ? "not yet assessable" : "not graded")}, {(OnTimeRate is { } rate ? rate.ToString("P1", System.Globalization.CultureInfo.InvariantCulture) : "nothing due")} on time, sanction {Sanction.Label.En}";
}

/// <summary>
/// A unit's annual disclosure assessment in plain fields (codes, Chinese names, numbers, reasons), for a host
/// application to store with its cadre-assessment records (§4.2).
/// </summary>
/// <param name="BodyId">The unit's id.</param>
/// <param name="BodyName">The unit's name.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="PrincipalLeader">The principal leader's name.</param>
/// <param name="GradeCode">The grade's code (<c>Excellent</c>…), or null for a unit outside the policy.</param>
/// <param name="GradeZh">The grade in Chinese (优秀…), or null.</param>
/// <param name="OnTimeRate">The on-time rate, in [0, 1]; null when nothing is due yet (D19).</param>
/// <param name="OnTime">Obligations on time.</param>
/// <param name="Late">Obligations late.</param>
/// <param name="Missing">Obligations missing.</param>
/// <param name="Pending">Obligations pending.</param>
/// <param name="Exempt">Obligations exempt.</param>
/// <param name="SanctionCode">The sanction's code.</param>
/// <param name="SanctionZh">The sanction in Chinese.</param>
/// <param name="SanctionIsAdvisory">Whether the sanction is advisory (by-reference unit).</param>
/// <param name="SanctionIsDiscretionary">Whether the sanction is discretionary (criticism and education).</param>
/// <param name="Reasons">The reasons in Chinese and English, with clause ids.</param>
/// <param name="FindingCount">How many findings, observations left out.</param>
/// <exception cref="ArgumentNullException">A non-nullable argument is null, when created or through <c>with</c>.</exception>
public sealed record AnnualAssessment(string BodyId, string BodyName, int Year, string PrincipalLeader, string? GradeCode, string? GradeZh,
    double? OnTimeRate, int OnTime, int Late, int Missing, int Pending, int Exempt, string SanctionCode, string SanctionZh,
    bool SanctionIsAdvisory, bool SanctionIsDiscretionary, BilingualText Reasons, int FindingCount)
{
    /// <summary>The unit's id.</summary>
    public string BodyId { get; init => field = Preconditions.CheckNotNull(value, nameof(BodyId)); } = Preconditions.CheckNotNull(BodyId);

    /// <summary>The unit's name.</summary>
    public string BodyName { get; init => field = Preconditions.CheckNotNull(value, nameof(BodyName)); } = Preconditions.CheckNotNull(BodyName);

    /// <summary>The assessment year.</summary>
    public int Year { get; init; } = Year;

    /// <summary>The principal leader's name.</summary>
    public string PrincipalLeader { get; init => field = Preconditions.CheckNotNull(value, nameof(PrincipalLeader)); } = Preconditions.CheckNotNull(PrincipalLeader);

    /// <summary>The grade's code (<c>Excellent</c>…), or null for a unit outside the policy.</summary>
    public string? GradeCode { get; init; } = GradeCode;

    /// <summary>The grade in Chinese (优秀…), or null.</summary>
    public string? GradeZh { get; init; } = GradeZh;

    /// <summary>The on-time rate, in [0, 1]; null when nothing is due yet (D19).</summary>
    public double? OnTimeRate { get; init; } = OnTimeRate;

    /// <summary>Obligations on time.</summary>
    public int OnTime { get; init; } = OnTime;

    /// <summary>Obligations late.</summary>
    public int Late { get; init; } = Late;

    /// <summary>Obligations missing.</summary>
    public int Missing { get; init; } = Missing;

    /// <summary>Obligations pending.</summary>
    public int Pending { get; init; } = Pending;

    /// <summary>Obligations exempt.</summary>
    public int Exempt { get; init; } = Exempt;

    /// <summary>The sanction's code.</summary>
    public string SanctionCode { get; init => field = Preconditions.CheckNotNull(value, nameof(SanctionCode)); } = Preconditions.CheckNotNull(SanctionCode);

    /// <summary>The sanction in Chinese.</summary>
    public string SanctionZh { get; init => field = Preconditions.CheckNotNull(value, nameof(SanctionZh)); } = Preconditions.CheckNotNull(SanctionZh);

    /// <summary>Whether the sanction is advisory (by-reference unit).</summary>
    public bool SanctionIsAdvisory { get; init; } = SanctionIsAdvisory;

    /// <summary>Whether the sanction is discretionary (criticism and education).</summary>
    public bool SanctionIsDiscretionary { get; init; } = SanctionIsDiscretionary;

    /// <summary>The reasons in Chinese and English, with clause ids.</summary>
    public BilingualText Reasons { get; init => field = Preconditions.CheckNotNull(value, nameof(Reasons)); } = Preconditions.CheckNotNull(Reasons);

    /// <summary>How many findings, observations left out.</summary>
    public int FindingCount { get; init; } = FindingCount;
}
