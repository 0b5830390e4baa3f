using GovDisclosure.Policy.Calendar;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GovDisclosure.Policy.Deadlines;

using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Json;

// Reading reports back: as strict as the library's other readers. A property the report type does not have, one given twice, one
// written in another case, a number written as a string, a constructor's property left out: each is a problem with its path and line.
public static partial class PolicyJson
{
    private static readonly Lazy<JsonSerializerOptions> StrictOptions = new(() =>
    {
        var options = new JsonSerializerOptions(Options)
        {
            PropertyNameCaseInsensitive = false,
            NumberHandling = JsonNumberHandling.Strict,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RequireConstructorParameters, ReadEntryOf04 } },
        };
        return options;   // never handed out; System.Text.Json makes it read-only on first use
    });

    /// <summary>Reads deadlines written by <see cref="WriteDeadlines"/>, as they were given (see <see cref="DeadlineReport.ToDeadline"/>).</summary>
    /// <param name="utf8Json">A readable stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="PolicyJsonException">The JSON is not such a list (a property unknown, repeated, missing or in another case is a
    /// problem), or an element cannot be read back as a deadline; each problem names its element and line.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static IReadOnlyList<Deadline> ReadDeadlines(Stream utf8Json)
    {
        var elements = new List<(int Line, int Column)>();
        var reports = Deserialize<DeadlineReport[]>(utf8Json, "Deadlines", elements);
        var deadlines = new Deadline[reports.Length];
        var problems = new JsonProblems();
        for (var i = 0; i < reports.Length; i++)
        {
            try
            {
                deadlines[i] = reports[i].ToDeadline();
            }
            catch (ArgumentException e)
            {
                problems.Add(new JsonProblem($"$[{i}]", elements[i].Line, elements[i].Column, e.Message));
            }
        }

        problems.ThrowIfAny();
        return Array.AsReadOnly(deadlines);
    }

    /// <summary>Reads an evaluation report written by <see cref="WriteEvaluation"/>.</summary>
    /// <param name="utf8Json">A readable stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="PolicyJsonException">The JSON is not such a report: malformed, or a property unknown, repeated, missing or in
    /// another case; each problem names its path and line.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static EvaluationReport ReadEvaluationReport(Stream utf8Json) => Deserialize<EvaluationReport>(utf8Json, "An evaluation report", []);

    /// <summary>Reads deadline reports written by <see cref="WriteDeadlines"/>.</summary>
    /// <param name="utf8Json">A readable stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="PolicyJsonException">The JSON is not such a list: malformed, or a property unknown, repeated, missing or in another
    /// case; each problem names its path and line.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static IReadOnlyList<DeadlineReport> ReadDeadlineReports(Stream utf8Json) =>
        Array.AsReadOnly(Deserialize<DeadlineReport[]>(utf8Json, "Deadline reports", []));

    /// <summary>The types the report readers bind, by which a problem finds the type of the property it is about.</summary>
    private static readonly Type[] ReportTypes = [typeof(DeadlineReport), typeof(ClockStepReport), typeof(DayReport), typeof(EvaluationReport),
        typeof(UnitReport), typeof(FindingReport), typeof(LabelReport), typeof(ObligationReport), typeof(OutcomeCounts), typeof(AuditReport),
        typeof(AuditFindingReport), typeof(AuditPlace), typeof(SectionSimilarity)];

    private static T Deserialize<T>(Stream utf8Json, string what, List<(int Line, int Column)> rootElements)
    {
        Preconditions.CheckNotNull(utf8Json);
        var json = LegacyDayKinds.Upgrade(InputStreams.ReadAll(utf8Json, what));
        var repeated = RepeatedProperties.Find(json.AsSpan(), rootElements);
        repeated.ThrowIfAny();

        try
        {
            return JsonSerializer.Deserialize<T>(json.AsSpan(), StrictOptions.Value)
                ?? throw new PolicyJsonException([new JsonProblem("$", 1, 1, $"expected {what.ToLowerInvariant()}; found null.")]);
        }
        catch (JsonException e)
        {
            throw new PolicyJsonException([new JsonProblem(e.Path ?? "$", (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1,
                JsonSyntax.DescribeBinding(e.Message, what.ToLowerInvariant(), e.Path, ReportTypes))]);
        }
        catch (ArgumentException e)
        {
            // A value the report types refuse (a null list, a null name): System.Text.Json lets the setter's exception through.
            throw new PolicyJsonException([new JsonProblem("$", 1, 1, e.Message)]);
        }
    }

    /// <summary>Every constructor parameter without a default is a required property: a report always writes them, so one left out was
    /// misspelt or lost, and reading on would give it a default no one wrote.</summary>
    private static void RequireConstructorParameters(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        // A report record has one public constructor, its primary one.
        var required = type.Type.GetConstructors().SelectMany(constructor => constructor.GetParameters())
            .Where(parameter => !parameter.IsOptional && parameter.GetCustomAttribute<MayBeAbsentAttribute>() is null && !MayBeAbsent(type.Type, parameter.Name!))
            .Select(parameter => parameter.Name!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.Properties)
        {
            if (property.AttributeProvider is PropertyInfo member && required.Contains(member.Name))
            {
                property.IsRequired = true;
            }
        }
    }

    /// <summary>The properties of the core's report types that a report may leave out: a deadline's obligation (none for a request's).</summary>
    private static bool MayBeAbsent(Type type, string parameter) => type == typeof(DeadlineReport) && parameter == nameof(DeadlineReport.Obligation);

    /// <summary>0.4 named an entry's deadline by <c>"entry"</c>: read into <see cref="DeadlineReport.Obligation"/>, never written.</summary>
    private static void ReadEntryOf04(JsonTypeInfo type)
    {
        if (type.Type != typeof(DeadlineReport))
        {
            return;
        }

        var obligation = typeof(DeadlineReport).GetProperty(nameof(DeadlineReport.Obligation))!;
        var entry = type.CreateJsonPropertyInfo(typeof(ScheduleEntry), "entry");
        entry.Set = (report, value) =>
        {
            if (value is ScheduleEntry named)
            {
                obligation.SetValue(report, named.Key);   // the record's init accessor
            }
        };
        type.Properties.Add(entry);
    }
}

/// <summary>Marks a report's constructor parameter whose property a report may leave out (written by an older version, or never set): the
/// strict reader then reads it as its default instead of as a missing property. Public constructors take no optional parameters, so this
/// says it for JSON alone.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class MayBeAbsentAttribute : Attribute;
