using GovDisclosure.Policy.Calendar;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Serialization.SystemTextJson;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Json;

/// <summary>A member of a closed set as plain data: its code and its names in Chinese and English.</summary>
/// <param name="Code">The code, for example <c>Excellent</c>.</param>
/// <param name="Zh">The name in Chinese.</param>
/// <param name="En">The name in English.</param>
/// <exception cref="ArgumentNullException">An argument is null, when created or through <c>with</c>.</exception>
public sealed record LabelReport(string Code, string Zh, string En)
{
    /// <summary>The code.</summary>
    public string Code { get; init => field = Preconditions.CheckNotNull(value, nameof(Code)); } = Preconditions.CheckNotNull(Code);

    /// <summary>The name in Chinese.</summary>
    public string Zh { get; init => field = Preconditions.CheckNotNull(value, nameof(Zh)); } = Preconditions.CheckNotNull(Zh);

    /// <summary>The name in English.</summary>
    public string En { get; init => field = Preconditions.CheckNotNull(value, nameof(En)); } = Preconditions.CheckNotNull(En);

    internal static LabelReport Of<T>(BilingualPolicyEnum<T> member)
        where T : BilingualPolicyEnum<T> => new(member.Name, member.Label.Zh, member.Label.En);
}

/// <summary>The obligation a finding is about, as plain data.</summary>
/// <param name="Catalog">The county catalog's name, or null for the built-in catalog.</param>
/// <param name="Row">The row: an entry's or item's code in the built-in catalog, a 序号 in a county catalog.</param>
/// <param name="Item">For a record of an entry, the code of the one of its items the record names (D23); otherwise null.</param>
/// <param name="EventDate">For an event-driven obligation, the event date; otherwise null.</param>
/// <param name="PeriodStart">For a periodic obligation, the first day of its reporting period; otherwise null.</param>
/// <param name="PeriodEnd">For a periodic obligation, the last day of its reporting period; otherwise null.</param>
/// <param name="Subject">What the record is about, or null.</param>
/// <exception cref="ArgumentNullException"><paramref name="Row"/> is null, when created or through <c>with</c>.</exception>
public sealed record ObligationReport(string? Catalog, string Row, string? Item, LocalDate? EventDate, LocalDate? PeriodStart, LocalDate? PeriodEnd,
    string? Subject)
{
    /// <summary>The row: an entry's or item's code in the built-in catalog, a 序号 in a county catalog.</summary>
    public string Row { get; init => field = Preconditions.CheckNotNull(value, nameof(Row)); } = Preconditions.CheckNotNull(Row);
}

/// <summary>A finding as plain data, for JSON: what, why (clauses and sentences) and, for an obligation, its dates (D17, D27).</summary>
/// <param name="Kind">What was found.</param>
/// <param name="BodyId">The unit.</param>
/// <param name="SubjectId">The record, complaint or obligation, or null.</param>
/// <param name="ClauseIds">The clauses it rests on.</param>
/// <param name="MessageZh">The reason in Chinese.</param>
/// <param name="MessageEn">The reason in English.</param>
/// <param name="IsBinding">False when advisory.</param>
/// <param name="Obligation">The obligation it is about, or null.</param>
/// <param name="Due">The obligation's due date, or null.</param>
/// <param name="DueIsBeyondCalendar">True when the due date lies beyond the calendar (D27).</param>
/// <param name="Published">The first publication by the evaluation day, or null.</param>
/// <param name="WorkingDaysLate">Working days late (D17), or 0.</param>
/// <exception cref="ArgumentNullException">A non-nullable argument is null, when created or through <c>with</c>.</exception>
public sealed record FindingReport(FindingKind Kind, string BodyId, string? SubjectId, IReadOnlyList<string> ClauseIds, string MessageZh, string MessageEn,
    bool IsBinding, [MayBeAbsent] ObligationReport? Obligation, [MayBeAbsent] LocalDate? Due, [MayBeAbsent] bool DueIsBeyondCalendar,
    [MayBeAbsent] LocalDate? Published, [MayBeAbsent] int WorkingDaysLate)
{
    /// <summary>What was found.</summary>
    public FindingKind Kind { get; init => field = Preconditions.CheckNotNull(value, nameof(Kind)); } = Preconditions.CheckNotNull(Kind);

    /// <summary>The unit.</summary>
    public string BodyId { get; init => field = Preconditions.CheckNotNull(value, nameof(BodyId)); } = Preconditions.CheckNotNull(BodyId);

    /// <summary>The clauses it rests on.</summary>
    public IReadOnlyList<string> ClauseIds { get; init => field = Preconditions.CopyWithoutNulls(value, nameof(ClauseIds)); } = Preconditions.CopyWithoutNulls(ClauseIds, nameof(ClauseIds));

    /// <summary>The reason in Chinese.</summary>
    public string MessageZh { get; init => field = Preconditions.CheckNotNull(value, nameof(MessageZh)); } = Preconditions.CheckNotNull(MessageZh);

    /// <summary>The reason in English.</summary>
    public string MessageEn { get; init => field = Preconditions.CheckNotNull(value, nameof(MessageEn)); } = Preconditions.CheckNotNull(MessageEn);

    /// <summary>Whether <paramref name="other"/> reports the same finding, clauses compared one by one.</summary>
    /// <param name="other">Another report.</param>
    public bool Equals(FindingReport? other) =>
        other is not null && Kind == other.Kind && BodyId == other.BodyId && SubjectId == other.SubjectId && ClauseIds.SequenceEqual(other.ClauseIds) &&
        MessageZh == other.MessageZh && MessageEn == other.MessageEn && IsBinding == other.IsBinding && Obligation == other.Obligation &&
        Due == other.Due && DueIsBeyondCalendar == other.DueIsBeyondCalendar && Published == other.Published && WorkingDaysLate == other.WorkingDaysLate;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, BodyId, SubjectId, Preconditions.SequenceHash(ClauseIds), MessageZh, Due, Published);

    internal static FindingReport Of(Finding finding) => new(finding.Kind, finding.BodyId, finding.SubjectId, finding.ClauseIds, finding.Message.Zh,
        finding.Message.En, finding.IsBinding,
        finding.Obligation is not { } key
            ? null
            : new ObligationReport(key.IsBuiltIn ? null : key.Catalog, key.Row, finding.Item?.Code, finding.EventDate, finding.Period?.Start,
                finding.Period?.End, finding.Subject),
        finding.Due, finding.DueIsBeyondCalendar, finding.Published, finding.WorkingDaysLate);
}

/// <summary>How many obligations of a unit came to each outcome (D13).</summary>
/// <param name="OnTime">Published on time.</param>
/// <param name="Late">Published late.</param>
/// <param name="Missing">Due and not validly published (D18).</param>
/// <param name="Pending">Not yet due.</param>
/// <param name="Exempt">Classified (D30).</param>
public sealed record OutcomeCounts(int OnTime, int Late, int Missing, int Pending, int Exempt);

/// <summary>One unit's evaluation as plain data, for JSON (D13, D14, D19).</summary>
/// <param name="BodyId">The unit's id.</param>
/// <param name="BodyName">The unit's name.</param>
/// <param name="Level">The unit's obligation level under the policy (§2.2).</param>
/// <param name="OnTimeRate">The on-time rate in [0, 1], or null when nothing is due yet (D19).</param>
/// <param name="Grade">The grade, or null when not graded (outside the policy, or nothing due yet).</param>
/// <param name="Sanction">The sanction.</param>
/// <param name="SanctionIsAdvisory">Whether the sanction is advisory (a by-reference unit, D14).</param>
/// <param name="SanctionIsDiscretionary">Whether the sanction is discretionary (criticism and education, §4.2).</param>
/// <param name="SanctionReasons">Why, with clauses.</param>
/// <param name="Counts">Obligations per outcome.</param>
/// <param name="Findings">The findings about the unit, observations included.</param>
/// <exception cref="ArgumentNullException">A non-nullable argument is null, when created or through <c>with</c>.</exception>
public sealed record UnitReport(string BodyId, string BodyName, LabelReport Level, double? OnTimeRate, LabelReport? Grade, LabelReport Sanction,
    bool SanctionIsAdvisory, bool SanctionIsDiscretionary, IReadOnlyList<Reason> SanctionReasons, OutcomeCounts Counts, IReadOnlyList<FindingReport> Findings)
{
    /// <summary>The unit's id.</summary>
    public string BodyId { get; init => field = Preconditions.CheckNotNull(value, nameof(BodyId)); } = Preconditions.CheckNotNull(BodyId);

    /// <summary>The unit's name.</summary>
    public string BodyName { get; init => field = Preconditions.CheckNotNull(value, nameof(BodyName)); } = Preconditions.CheckNotNull(BodyName);

    /// <summary>The unit's obligation level under the policy (§2.2).</summary>
    public LabelReport Level { get; init => field = Preconditions.CheckNotNull(value, nameof(Level)); } = Preconditions.CheckNotNull(Level);

    /// <summary>The sanction.</summary>
    public LabelReport Sanction { get; init => field = Preconditions.CheckNotNull(value, nameof(Sanction)); } = Preconditions.CheckNotNull(Sanction);

    /// <summary>Why, with clauses.</summary>
    public IReadOnlyList<Reason> SanctionReasons { get; init => field = Preconditions.CopyWithoutNulls(value, nameof(SanctionReasons)); } =
        Preconditions.CopyWithoutNulls(SanctionReasons, nameof(SanctionReasons));

    /// <summary>Obligations per outcome.</summary>
    public OutcomeCounts Counts { get; init => field = Preconditions.CheckNotNull(value, nameof(Counts)); } = Preconditions.CheckNotNull(Counts);

    /// <summary>The findings about the unit, observations included.</summary>
    public IReadOnlyList<FindingReport> Findings { get; init => field = Preconditions.CopyWithoutNulls(value, nameof(Findings)); } =
        Preconditions.CopyWithoutNulls(Findings, nameof(Findings));

    /// <summary>Whether <paramref name="other"/> reports the same, lists compared one by one.</summary>
    /// <param name="other">Another report.</param>
    public bool Equals(UnitReport? other) =>
        other is not null && BodyId == other.BodyId && BodyName == other.BodyName && Level == other.Level && OnTimeRate == other.OnTimeRate &&
        Grade == other.Grade && Sanction == other.Sanction && SanctionIsAdvisory == other.SanctionIsAdvisory &&
        SanctionIsDiscretionary == other.SanctionIsDiscretionary && SanctionReasons.SequenceEqual(other.SanctionReasons) && Counts == other.Counts &&
        Findings.SequenceEqual(other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(BodyId, Grade, Sanction, Counts, Preconditions.SequenceHash(Findings));

    internal static UnitReport Of(UnitEvaluation unit) => new(unit.Body.Id, unit.Body.Name, LabelReport.Of(unit.Level), unit.OnTimeRate,
        unit.Grade is { } grade ? LabelReport.Of(grade) : null, LabelReport.Of(unit.Sanction), unit.SanctionIsAdvisory, unit.SanctionIsDiscretionary,
        unit.SanctionReasons, new OutcomeCounts(unit.OnTime, unit.Late, unit.Missing, unit.Pending, unit.Exempt), [.. unit.Findings.Select(FindingReport.Of)]);
}

/// <summary>
/// An evaluation as plain data, for JSON (the form of <c>schemas/evaluation-report.schema.json</c>): per unit its level, rate,
/// grade, sanction with reasons, counts and findings; optionally every obligation's outcome.
/// </summary>
/// <param name="Policy">The policy's name.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="AsOf">The day of the evaluation.</param>
/// <param name="Units">One report per unit, in the register's order.</param>
/// <param name="Outcomes">Every obligation's outcome, or null when not asked for.</param>
/// <exception cref="ArgumentNullException">A non-nullable argument is null, when created or through <c>with</c>.</exception>
public sealed record EvaluationReport(string Policy, int Year, LocalDate AsOf, IReadOnlyList<UnitReport> Units, [MayBeAbsent] IReadOnlyList<ObligationOutcome>? Outcomes)
{
    /// <summary>The policy's name.</summary>
    public string Policy { get; init => field = Preconditions.CheckNotNull(value, nameof(Policy)); } = Preconditions.CheckNotNull(Policy);

    /// <summary>One report per unit, in the register's order.</summary>
    public IReadOnlyList<UnitReport> Units { get; init => field = Preconditions.CopyWithoutNulls(value, nameof(Units)); } = Preconditions.CopyWithoutNulls(Units, nameof(Units));

    /// <summary>Every obligation's outcome, or null when not asked for.</summary>
    public IReadOnlyList<ObligationOutcome>? Outcomes { get; init => field = value is null ? null : Preconditions.CopyWithoutNulls(value, nameof(Outcomes)); } =
        Outcomes is null ? null : Preconditions.CopyWithoutNulls(Outcomes, nameof(Outcomes));

    /// <summary>Whether <paramref name="other"/> reports the same evaluation, lists compared one by one.</summary>
    /// <param name="other">Another report.</param>
    public bool Equals(EvaluationReport? other) =>
        other is not null && Policy == other.Policy && Year == other.Year && AsOf == other.AsOf && Units.SequenceEqual(other.Units) &&
        (Outcomes is null ? other.Outcomes is null : other.Outcomes is not null && Outcomes.SequenceEqual(other.Outcomes));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Policy, Year, AsOf, Preconditions.SequenceHash(Units));
}

// Reports: evaluation results and deadlines as JSON, through System.Text.Json with NodaTime's converters.
public static partial class PolicyJson
{
    private static readonly Lazy<JsonSerializerOptions> SerializerOptions = new(() =>
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver { Modifiers = { InConstructorOrder } },
        };
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(new PolicyEnumJsonConverterFactory());
        options.Converters.Add(new ObligationKeyJsonConverter());
        options.Converters.Add(new ReasonJsonConverter());
        options.MakeReadOnly();
        return options;
    });

    /// <summary>
    /// The library's report types' properties in the order of its constructor's parameters, as its documentation lists them, and the ones it derives after
    /// them: a record that declares a property again to check its value would otherwise have it written after the rest.
    /// </summary>
    private static void InConstructorOrder(System.Text.Json.Serialization.Metadata.JsonTypeInfo type)
    {
        var ours = type.Type.Assembly == typeof(PolicyJson).Assembly || type.Type.Assembly == typeof(DisclosurePolicy).Assembly;   // a host's types keep their order
        var parameters = ours && type.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object
            ? type.Type.GetConstructors().Select(constructor => constructor.GetParameters()).OrderByDescending(list => list.Length).FirstOrDefault()
            : null;
        foreach (var property in parameters is null ? [] : type.Properties)
        {
            var position = Array.FindIndex(parameters!, parameter => string.Equals(parameter.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            property.Order = position < 0 ? parameters!.Length : position;
        }
    }

    /// <summary>
    /// Serializer options for the library's report types and for a host's own types that hold the library's
    /// values: camel-case names, ISO dates (<c>yyyy-MM-dd</c>, NodaTime.Serialization.SystemTextJson), codes for
    /// every closed set. Read-only and shared.
    /// </summary>
    public static JsonSerializerOptions Options => SerializerOptions.Value;

    /// <summary>The evaluation as a report: per unit its level, rate, grade, sanction and reasons, counts and findings.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="includeOutcomes">Whether to list every obligation's outcome too.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="includeOutcomes"/> is true for an evaluation streamed from JSON,
    /// which keeps no outcomes (<see cref="PolicyJson.EvaluateRegister(DisclosurePolicy, Stream, LocalDate, Action{ObligationOutcome}?)"/>).</exception>
    public static EvaluationReport ToReport(RegisterEvaluation evaluation, bool includeOutcomes = false)
    {
        Preconditions.CheckNotNull(evaluation);
        return new EvaluationReport(evaluation.PolicyName, evaluation.Register.Year, evaluation.AsOf, [.. evaluation.Units.Select(UnitReport.Of)],
            includeOutcomes ? [.. evaluation.Outcomes] : null);
    }

    /// <summary>Writes an evaluation's report as JSON, in the form of <c>schemas/evaluation-report.schema.json</c>.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="utf8Json">A writable stream; not closed.</param>
    /// <param name="includeOutcomes">Whether to list every obligation's outcome too.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="includeOutcomes"/> is true for an evaluation streamed from JSON.</exception>
    public static void WriteEvaluation(RegisterEvaluation evaluation, Stream utf8Json, bool includeOutcomes = false) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(utf8Json), ToReport(evaluation, includeOutcomes), Options);

    /// <summary>Writes deadlines' reports as a JSON array.</summary>
    /// <param name="deadlines">The deadlines.</param>
    /// <param name="utf8Json">A writable stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteDeadlines(IEnumerable<Deadline> deadlines, Stream utf8Json) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(utf8Json), Preconditions.CheckNotNull(deadlines).Select(DeadlineReport.Of).ToArray(), Options);
}
