using GovDisclosure.Policy.Calendar;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GovDisclosure.Policy.Deadlines;

using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Serialization;

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
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { RequireConstructorParameters } },
        };
        return options;   // never handed out; System.Text.Json makes it read-only on first use
    });

    /// <summary>Reads deadlines written by <see cref="WriteDeadlines"/>, as they were given (see <see cref="ToDeadline"/>).</summary>
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
        var problems = new ProblemList<JsonProblem>();
        for (var i = 0; i < reports.Length; i++)
        {
            try
            {
                deadlines[i] = ToDeadline(reports[i]);
            }
            catch (ArgumentException e)
            {
                problems.Add(new JsonProblem($"$[{i}]", elements[i].Line, elements[i].Column, e.Message));
            }
        }

        return problems.Count == 0 ? ReadOnly.Wrap(deadlines) : throw new PolicyJsonException(problems.Kept, problems.Count);
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
        ReadOnly.Wrap(Deserialize<DeadlineReport[]>(utf8Json, "Deadline reports", []));

    /// <summary>
    /// The deadline a report describes, as it was given: its rule, dates and steps, and the days it was counted over, so that
    /// <see cref="DeadlineChanges.Between"/> can recheck it on a newer calendar. Its explanations are worked out again from those.
    /// </summary>
    /// <param name="report">A report written by <see cref="ToReport(Deadline)"/> from 0.4 on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException">The report lacks its subject or wording (written before 0.4), a wording is not a format of the due
    /// date alone (<c>{0}</c>), its rule is not possible, or a day it lists lies outside the days counted or twice, or names an impossible
    /// region; the message says which.</exception>
    public static Deadline ToDeadline(DeadlineReport report)
    {
        Preconditions.CheckNotNull(report);
        if (report.DueWordingZh is null || report.DueWordingEn is null)
        {
            throw new PolicyArgumentException(
                $"The report of the deadline due {report.Due.ToIso()} has no wording of its due date; reports written before 0.4 cannot be read back as deadlines.", nameof(report));
        }

        var subject = report.Subject ?? (report.Obligation is { IsBuiltIn: true } builtIn ? builtIn.Row : report.Cadence.Name);
        foreach (var wording in new[] { report.DueWordingZh, report.DueWordingEn })
        {
            if (!IsDateWording(wording))
            {
                throw new PolicyArgumentException($"The report of {subject} words its due date as {IsoText.Quote(wording)}, which is not a wording with the date " +
                                            "as {0} and no other placeholder.", nameof(report));
            }
        }

        DeadlineRule rule;
        try
        {
            rule = new DeadlineRule(report.RuleTrigger, report.RuleOffset, report.RuleUnit, report.RuleSource);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new PolicyArgumentException($"The report of {subject}: {e.Message}", nameof(report), e);
        }

        var (first, last) = report.Due > report.Trigger ? (report.Trigger.PlusDays(1), report.Due)
            : report.Due < report.Trigger ? (report.Due, report.Trigger.PlusDays(-1)) : (report.Due, report.Due.PlusDays(-1));
        var listed = new Dictionary<LocalDate, DayInfo>();
        foreach (var day in report.Days)
        {
            if (day.Date < first || day.Date > last || listed.ContainsKey(day.Date))
            {
                throw new PolicyArgumentException($"The report of {subject} lists {day.Date.ToIso()} " +
                                            (listed.ContainsKey(day.Date) ? "twice." : $"outside the days it counted ({first.ToIso()} to {last.ToIso()})."), nameof(report));
            }

            RegionCode? region = null;
            if (day.Region is not null)
            {
                region = RegionCode.TryParse(day.Region, out var code) ? code
                    : throw new PolicyArgumentException($"The report of {subject} gives {day.Date.ToIso()} the region \"{day.Region}\", which is not a six-digit division code.", nameof(report));
            }

            listed[day.Date] = new DayInfo(day.Date, day.Kind, day.Holiday, day.NoticeName, day.NoticeYear, day.IsProvisional, region, day.RegionName);
        }

        var days = new DayInfo[Math.Max(0, Period.DaysBetween(first, last) + 1)];
        for (var i = 0; i < days.Length; i++)
        {
            var date = first.PlusDays(i);
            days[i] = listed.TryGetValue(date, out var day) ? day
                : new DayInfo(date, date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? DayKind.Weekend : DayKind.Weekday);
        }

        var period = report.PeriodStart is { } start && report.PeriodEnd is { } end ? new DateInterval(start, end) : null;
        var steps = report.Steps.Select(step => new ClockStep(step.Kind, step.From, step.To, step.WorkingDays, step.SourceId, step.DescriptionZh, step.DescriptionEn));
        return new Deadline(BasisOf(report, subject, [.. steps]), rule, report.EventDate, report.Trigger, period, report.Due, report.IsProvisional, days);
    }

    /// <summary>
    /// Why the reported deadline exists, from the fields 0.4 wrote and 0.6 adds: a request's reply (its id and regime) or redress window (its id
    /// alone), an obligation (its entry, or its catalog and row; a 0.4 report names a county row only in its subject, "catalog 序号"), the annual
    /// report (its fixed date), or a statutory period.
    /// </summary>
    private static DeadlineBasis BasisOf(DeadlineReport report, string subject, ClockStep[] steps)
    {
        if (report.RequestId is { } requestId)
        {
            return report.Regime is { } regime ? new ReplyBasis(requestId, regime, steps)
                : new RedressBasis(requestId, subject.StartsWith(requestId + " ", StringComparison.Ordinal) ? subject[(requestId.Length + 1)..] : subject,
                    report.DueWordingEn!.Split([": last day"], StringSplitOptions.None)[0]);
        }

        if (report.Obligation is { } obligation)
        {
            return new ObligationBasis(obligation, report.Cadence);
        }

        if (report.RuleUnit == DeadlineUnit.FixedCalendarMonths && report.PeriodStart is { } start)
        {
            return new AnnualReportBasis(start.Year);
        }

        var space = report.Subject?.LastIndexOf(' ') ?? -1;
        return space > 0 && report.Cadence != Cadence.Statutory
            ? new ObligationBasis(ObligationKey.InCatalog(report.Subject![..space], report.Subject[(space + 1)..]), report.Cadence)
            : StatutoryBasis.Instance;
    }

    /// <summary>Whether <paramref name="wording"/> holds the date as <c>{0}</c> and formats with it alone.</summary>
    private static bool IsDateWording(string wording)
    {
        try
        {
            _ = string.Format(System.Globalization.CultureInfo.InvariantCulture, wording, 0);   // throws for any other placeholder
            return wording.Contains("{0}");
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static T Deserialize<T>(Stream utf8Json, string what, List<(int Line, int Column)> rootElements)
    {
        Preconditions.CheckNotNull(utf8Json);
        var json = InputStreams.ReadAll(utf8Json, what);
        var repeated = RepeatedProperties.Find(json.AsSpan(), rootElements);
        if (repeated.Count > 0)
        {
            throw new PolicyJsonException(repeated.Kept, repeated.Count);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json.AsSpan(), StrictOptions.Value)
                ?? throw new PolicyJsonException([new JsonProblem("$", 1, 1, $"expected {what.ToLowerInvariant()}; found null.")]);
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            throw new PolicyJsonException([new JsonProblem(e.Path ?? "$", (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1,
                cut < 0 ? message : message.Substring(0, cut))]);
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
            .Where(parameter => !parameter.IsOptional && parameter.GetCustomAttribute<MayBeAbsentAttribute>() is null)
            .Select(parameter => parameter.Name!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.Properties)
        {
            if (property.AttributeProvider is PropertyInfo member && required.Contains(member.Name))
            {
                property.IsRequired = true;
            }
        }
    }
}

/// <summary>Marks a report's constructor parameter whose property a report may leave out (written by an older version, or never set): the
/// strict reader then reads it as its default instead of as a missing property. Public constructors take no optional parameters, so this
/// says it for JSON alone.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
internal sealed class MayBeAbsentAttribute : Attribute;
