using System.Text.Json;
using NodaTime.Serialization.SystemTextJson;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Evaluation;

namespace GovDisclosure.Policy.Serialization;

/// <summary>A finding as plain data, for JSON.</summary>
/// <param name="Kind">What was found.</param>
/// <param name="BodyId">The unit.</param>
/// <param name="SubjectId">The record, complaint or obligation, or null.</param>
/// <param name="ClauseIds">The clauses it rests on.</param>
/// <param name="MessageZh">The reason in Chinese.</param>
/// <param name="MessageEn">The reason in English.</param>
/// <param name="IsBinding">False when advisory.</param>
/// <exception cref="ArgumentNullException">A non-nullable argument is null, when created or through <c>with</c>.</exception>
public sealed record FindingReport(FindingKind Kind, string BodyId, string? SubjectId, IReadOnlyList<string> ClauseIds, string MessageZh, string MessageEn,
    bool IsBinding)
{
    /// <summary>What was found.</summary>
    public FindingKind Kind { get; init => field = Preconditions.CheckNotNull(value, nameof(Kind)); } = Preconditions.CheckNotNull(Kind);

    /// <summary>The unit.</summary>
    public string BodyId { get; init => field = Preconditions.CheckNotNull(value, nameof(BodyId)); } = Preconditions.CheckNotNull(BodyId);

    /// <summary>The record, complaint or obligation, or null.</summary>
    public string? SubjectId { get; init; } = SubjectId;

    /// <summary>The clauses it rests on.</summary>
    public IReadOnlyList<string> ClauseIds { get; init => field = ReadOnly.CopyWithoutNulls(value, nameof(ClauseIds)); } = ReadOnly.CopyWithoutNulls(ClauseIds, nameof(ClauseIds));

    /// <summary>The reason in Chinese.</summary>
    public string MessageZh { get; init => field = Preconditions.CheckNotNull(value, nameof(MessageZh)); } = Preconditions.CheckNotNull(MessageZh);

    /// <summary>The reason in English.</summary>
    public string MessageEn { get; init => field = Preconditions.CheckNotNull(value, nameof(MessageEn)); } = Preconditions.CheckNotNull(MessageEn);

    /// <summary>False when advisory.</summary>
    public bool IsBinding { get; init; } = IsBinding;

    /// <summary>Whether <paramref name="other"/> reports the same finding, clauses compared one by one.</summary>
    /// <param name="other">Another report.</param>
    public bool Equals(FindingReport? other) =>
        other is not null && Kind == other.Kind && BodyId == other.BodyId && SubjectId == other.SubjectId && ClauseIds.SequenceEqual(other.ClauseIds) &&
        MessageZh == other.MessageZh && MessageEn == other.MessageEn && IsBinding == other.IsBinding;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, BodyId, SubjectId, ReadOnly.SequenceHash(ClauseIds), MessageZh, MessageEn, IsBinding);
}

/// <summary>An evaluation as plain data, for JSON: each unit's annual assessment and every finding.</summary>
/// <param name="Policy">The policy's name.</param>
/// <param name="Year">The assessment year.</param>
/// <param name="AsOf">The day of the evaluation.</param>
/// <param name="Units">One assessment per unit, in the register's order.</param>
/// <param name="Findings">Every finding, unit by unit.</param>
public sealed record EvaluationReport(string Policy, int Year, LocalDate AsOf, IReadOnlyList<AnnualAssessment> Units, IReadOnlyList<FindingReport> Findings)
{
    /// <summary>The policy's name.</summary>
    public string Policy { get; init => field = Preconditions.CheckNotNull(value, nameof(Policy)); } = Preconditions.CheckNotNull(Policy);

    /// <summary>The assessment year.</summary>
    public int Year { get; init; } = Year;

    /// <summary>The day of the evaluation.</summary>
    public LocalDate AsOf { get; init; } = AsOf;

    /// <summary>One assessment per unit, in the register's order.</summary>
    public IReadOnlyList<AnnualAssessment> Units { get; init => field = ReadOnly.CopyWithoutNulls(value, nameof(Units)); } = ReadOnly.CopyWithoutNulls(Units, nameof(Units));

    /// <summary>Every finding, unit by unit.</summary>
    public IReadOnlyList<FindingReport> Findings { get; init => field = ReadOnly.CopyWithoutNulls(value, nameof(Findings)); } = ReadOnly.CopyWithoutNulls(Findings, nameof(Findings));

    /// <summary>Whether <paramref name="other"/> reports the same evaluation, units and findings compared one by one.</summary>
    /// <param name="other">Another report.</param>
    public bool Equals(EvaluationReport? other) =>
        other is not null && Policy == other.Policy && Year == other.Year && AsOf == other.AsOf &&
        Units.SequenceEqual(other.Units) && Findings.SequenceEqual(other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Policy, Year, AsOf, ReadOnly.SequenceHash(Units), ReadOnly.SequenceHash(Findings));
}

/// <summary>A deadline as plain data, for JSON and for calendars.</summary>
/// <param name="Entry">The schedule entry, or null.</param>
/// <param name="Cadence">The cadence.</param>
/// <param name="EventDate">The date the caller gave.</param>
/// <param name="Trigger">The day counted from.</param>
/// <param name="PeriodStart">The first day of the reporting period, or null.</param>
/// <param name="PeriodEnd">The last day of the reporting period, or null.</param>
/// <param name="Due">The due date.</param>
/// <param name="IsProvisional">Whether it rests on provisional calendar days.</param>
/// <param name="RuleTrigger">The rule's trigger.</param>
/// <param name="RuleOffset">The rule's offset.</param>
/// <param name="RuleUnit">The rule's unit.</param>
/// <param name="RuleSource">The rule's source id.</param>
/// <param name="ExplanationZh">The explanation in Chinese.</param>
/// <param name="ExplanationEn">The explanation in English.</param>
/// <exception cref="ArgumentNullException">A non-nullable argument is null, when created or through <c>with</c>.</exception>
public sealed record DeadlineReport(ScheduleEntry? Entry, Cadence Cadence, LocalDate EventDate, LocalDate Trigger, LocalDate? PeriodStart,
    LocalDate? PeriodEnd, LocalDate Due, bool IsProvisional, DeadlineTrigger RuleTrigger, int RuleOffset, DeadlineUnit RuleUnit, string RuleSource,
    string ExplanationZh, string ExplanationEn)
{
    /// <summary>The schedule entry, or null.</summary>
    public ScheduleEntry? Entry { get; init; } = Entry;

    /// <summary>The cadence.</summary>
    public Cadence Cadence { get; init => field = Preconditions.CheckNotNull(value, nameof(Cadence)); } = Preconditions.CheckNotNull(Cadence);

    /// <summary>The date the caller gave.</summary>
    public LocalDate EventDate { get; init; } = EventDate;

    /// <summary>The day counted from.</summary>
    public LocalDate Trigger { get; init; } = Trigger;

    /// <summary>The first day of the reporting period, or null.</summary>
    public LocalDate? PeriodStart { get; init; } = PeriodStart;

    /// <summary>The last day of the reporting period, or null.</summary>
    public LocalDate? PeriodEnd { get; init; } = PeriodEnd;

    /// <summary>The due date.</summary>
    public LocalDate Due { get; init; } = Due;

    /// <summary>Whether it rests on provisional calendar days.</summary>
    public bool IsProvisional { get; init; } = IsProvisional;

    /// <summary>The rule's trigger.</summary>
    public DeadlineTrigger RuleTrigger { get; init => field = Preconditions.CheckNotNull(value, nameof(RuleTrigger)); } = Preconditions.CheckNotNull(RuleTrigger);

    /// <summary>The rule's offset.</summary>
    public int RuleOffset { get; init; } = RuleOffset;

    /// <summary>The rule's unit.</summary>
    public DeadlineUnit RuleUnit { get; init => field = Preconditions.CheckNotNull(value, nameof(RuleUnit)); } = Preconditions.CheckNotNull(RuleUnit);

    /// <summary>The rule's source id.</summary>
    public string RuleSource { get; init => field = Preconditions.CheckNotNull(value, nameof(RuleSource)); } = Preconditions.CheckNotNull(RuleSource);

    /// <summary>The explanation in Chinese.</summary>
    public string ExplanationZh { get; init => field = Preconditions.CheckNotNull(value, nameof(ExplanationZh)); } = Preconditions.CheckNotNull(ExplanationZh);

    /// <summary>The explanation in English.</summary>
    public string ExplanationEn { get; init => field = Preconditions.CheckNotNull(value, nameof(ExplanationEn)); } = Preconditions.CheckNotNull(ExplanationEn);
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
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(new PolicyEnumJsonConverterFactory());
        options.MakeReadOnly();
        return options;
    });

    /// <summary>
    /// Serializer options for the library's report types and for a host's own types that hold the library's
    /// values: camel-case names, ISO dates (<c>yyyy-MM-dd</c>, NodaTime.Serialization.SystemTextJson), codes for
    /// every closed set. Read-only and shared.
    /// </summary>
    public static JsonSerializerOptions Options => SerializerOptions.Value;

    /// <summary>The evaluation as a report: each unit's annual assessment and every finding with its reasons.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static EvaluationReport ToReport(RegisterEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation);
        return new EvaluationReport(evaluation.PolicyName, evaluation.Register.Year, evaluation.AsOf,
            [.. evaluation.Units.Select(unit => unit.ToAnnualAssessment())],
            [.. evaluation.Findings.Select(f => new FindingReport(f.Kind, f.BodyId, f.SubjectId, f.ClauseIds, f.MessageZh, f.MessageEn, f.IsBinding))]);
    }

    /// <summary>The deadline as a report, explanation included.</summary>
    /// <param name="deadline">The deadline.</param>
    /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
    public static DeadlineReport ToReport(Deadline deadline)
    {
        Preconditions.CheckNotNull(deadline);
        return new DeadlineReport(deadline.Entry, deadline.Cadence, deadline.EventDate, deadline.Trigger, deadline.Period?.Start, deadline.Period?.End,
            deadline.Due, deadline.IsProvisional, deadline.Rule.Trigger, deadline.Rule.Offset, deadline.Rule.Unit, deadline.Rule.SourceId,
            deadline.ExplanationZh, deadline.ExplanationEn);
    }

    /// <summary>Writes an evaluation's report as JSON.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="utf8Json">A writable stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteEvaluation(RegisterEvaluation evaluation, Stream utf8Json) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(utf8Json), ToReport(evaluation), Options);

    /// <summary>Reads an evaluation report written by <see cref="WriteEvaluation"/>.</summary>
    /// <param name="utf8Json">A readable stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="PolicyJsonException">The JSON is not such a report.</exception>
    public static EvaluationReport ReadEvaluationReport(Stream utf8Json) => Deserialize<EvaluationReport>(utf8Json);

    /// <summary>Writes deadlines' reports as a JSON array.</summary>
    /// <param name="deadlines">The deadlines.</param>
    /// <param name="utf8Json">A writable stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteDeadlines(IEnumerable<Deadline> deadlines, Stream utf8Json) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(utf8Json), Preconditions.CheckNotNull(deadlines).Select(ToReport).ToArray(), Options);

    /// <summary>Reads deadline reports written by <see cref="WriteDeadlines"/>.</summary>
    /// <param name="utf8Json">A readable stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="PolicyJsonException">The JSON is not such a list.</exception>
    public static IReadOnlyList<DeadlineReport> ReadDeadlineReports(Stream utf8Json) => Deserialize<DeadlineReport[]>(utf8Json);

    private static T Deserialize<T>(Stream utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(Preconditions.CheckNotNull(utf8Json), Options)
                ?? throw new PolicyJsonException([new JsonProblem("$", 1, 1, $"expected a {typeof(T).Name}; found null.")]);
        }
        catch (JsonException e)
        {
            throw new PolicyJsonException([new JsonProblem(e.Path ?? "$", (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, e.Message)]);
        }
    }
}
