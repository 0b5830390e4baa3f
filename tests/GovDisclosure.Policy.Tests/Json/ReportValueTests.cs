using System.Collections;
using System.Reflection;
using GovDisclosure.Policy.Tests.Evaluation;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// D2, D13: the report records compare every member they hold — a copy with any one member changed is unequal — and the reports are
/// written as the schemas say: indented, ordinary days left out, outcomes only when asked for.
/// </summary>
public sealed class ReportValueTests
{
    private static readonly LocalDate Monday = new(2024, 2, 5);

    private static EvaluationReport Evaluation(bool includeOutcomes) =>
        PolicyJson.ToReport(DisclosurePolicy.Default.Evaluate(Registers.SchoolWith(onTime: 1, late: 1), new LocalDate(2024, 12, 31)), includeOutcomes);

    private static DeadlineReport Deadline() => DeadlineReport.Of(DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, Monday));

    public static TheoryData<string> Records => ["evaluation", "unit", "finding", "deadline", "step", "day", "label", "obligation", "audit", "audit finding"];

    private static AuditReport Audit() =>
        PolicyJson.ToReport(DisclosurePolicy.Default.Audit(GovDisclosure.Policy.Tests.Reporting.PublishedReports.Pingtan2023, GovDisclosure.Policy.Tests.Reporting.PublishedReports.Pingtan2022));

    private static object Instance(string record) => record switch
    {
        "evaluation" => Evaluation(includeOutcomes: true),
        "unit" => Evaluation(includeOutcomes: false).Units[0],
        "finding" => Evaluation(includeOutcomes: false).Units.SelectMany(unit => unit.Findings).First(finding => finding.Obligation is not null),
        "deadline" => Deadline() with { Subject = "主题", RequestId = "YSQ-1", Regime = RequestRegime.Regulations2019 },
        "step" => new ClockStepReport(ClockStepKind.InOrder[0], Monday, Monday.PlusDays(3), 2, "D4", "中", "en"),
        "day" => Deadline().Days[0] with { Region = "450000", RegionName = "广西壮族自治区" },
        "label" => new LabelReport("Excellent", "优秀", "Excellent"),
        "audit" => Audit(),
        "audit finding" => Audit().Findings.First(finding => finding.Found is not null && finding.Expected is not null),
        _ => new ObligationReport("民政", "1", "G01", Monday, Monday, Monday, "主题"),
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void D2_a_report_record_is_unequal_to_a_copy_with_any_one_member_changed(string record)
    {
        var value = Instance(record);
        var changed = 0;
        foreach (var property in value.GetType().GetProperties().Where(property => property.SetMethod is not null && property.Name != "EqualityContract"))
        {
            var copy = Clone(value);
            if (!TryChange(property.PropertyType, property.GetValue(value), out var other))
            {
                continue;
            }

            try
            {
                property.SetValue(copy, other);
            }
            catch (TargetInvocationException)
            {
                continue;   // a member that refuses the change (null where a value is required)
            }

            Assert.False(value.Equals(copy), $"{property.Name} changed from {property.GetValue(value)} to {other} was not seen");
            changed++;
        }

        Assert.True(value.Equals(Clone(value)));
        Assert.Equal(value.GetHashCode(), Clone(value).GetHashCode());
        Assert.False(value.Equals(null));
        Assert.True(changed >= 3, $"{changed} members changed");
    }

    [Fact]
    public void D2_reports_are_written_indented_with_options_that_cannot_change()
    {
        using var stream = new MemoryStream();
        PolicyJson.WriteDeadlines([DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, Monday)], stream);

        Assert.StartsWith("[\n  {\n    \"", System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(PolicyJson.Options.IsReadOnly);
    }

    [Fact]
    public void D2_a_deadline_report_lists_only_the_days_a_notice_or_an_estimate_set()
    {
        var deadline = DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, Monday);   // across the 2024 Spring Festival

        var listed = DeadlineReport.Of(deadline).Days.Select(day => day.Date);

        Assert.Equal(deadline.Days.Where(day => day.NoticeName is not null).Select(day => day.Date), listed);
        Assert.Contains(new LocalDate(2024, 2, 18), listed);   // the adjusted working day, a Sunday
        Assert.DoesNotContain(new LocalDate(2024, 2, 24), listed);   // an ordinary Saturday
    }

    [Fact]
    public void D13_an_evaluation_report_holds_outcomes_only_when_asked_for()
    {
        Assert.Null(Evaluation(includeOutcomes: false).Outcomes);
        Assert.NotEmpty(Evaluation(includeOutcomes: true).Outcomes!);
        Assert.Null((Evaluation(includeOutcomes: true) with { Outcomes = null }).Outcomes);
    }

    [Fact]
    public void D2_no_evaluation_or_deadline_is_an_argument_error()
    {
        ArgumentAssert.Throws<ArgumentNullException>(() => PolicyJson.ToReport((RegisterEvaluation)null!));
        ArgumentAssert.Throws<ArgumentNullException>(() => DeadlineReport.Of(null!));
    }

    private static object Clone(object value) =>
        value.GetType().GetMethod("<Clone>$")!.Invoke(value, null)!;

    /// <summary>Another value of <paramref name="type"/> than <paramref name="value"/>, where one can be made.</summary>
    private static bool TryChange(Type type, object? value, out object? other)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        other = value switch
        {
            null when underlying == typeof(string) => "变",
            null when underlying == typeof(LocalDate) => Monday,
            null when underlying == typeof(int) => 7,
            null when underlying == typeof(double) => 0.5,
            null when underlying == typeof(bool) => true,
            null => MemberOf(underlying, null),
            string text => text + "变",
            int number => number + 1,
            double number => number + 0.25,
            bool flag => !flag,
            LocalDate date => date.PlusDays(1),
            LabelReport label => label with { Code = label.Code + "变" },
            OutcomeCounts counts => counts with { OnTime = counts.OnTime + 1 },
            ObligationReport obligation => obligation with { Subject = obligation.Subject + "变" },
            IEnumerable list when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) =>
                list.Cast<object>().Any() ? Array.CreateInstance(type.GetGenericArguments()[0], 0) : null,
            _ => MemberOf(underlying, value),
        };
        return other is not null;
    }

    /// <summary>A member of a closed set other than <paramref name="value"/>.</summary>
    private static object? MemberOf(Type type, object? value)
    {
        var members = type.GetProperty("List", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)?.GetValue(null) as IEnumerable;
        return members?.Cast<object>().FirstOrDefault(member => !member.Equals(value));
    }

    [Fact]
    public void D35_a_findings_obligation_in_the_report_names_a_county_catalog_and_leaves_the_built_in_one_unnamed()
    {
        var county = GovDisclosure.Policy.Tests.Catalogs.CatalogEvaluationTests.Evaluate(new LocalDate(2024, 12, 31),
            GovDisclosure.Policy.Tests.Catalogs.CatalogEvaluationTests.Row("r", "1", new LocalDate(2024, 2, 8),
                GovDisclosure.Policy.Tests.Catalogs.CatalogEvaluationTests.Website(new LocalDate(2024, 3, 15))));
        var builtIn = DisclosurePolicy.Default.Evaluate(GovDisclosure.Policy.Tests.Evaluation.Registers.SchoolWith(0, 2), new LocalDate(2024, 12, 31));

        var countyObligation = PolicyJson.ToReport(county).Units.SelectMany(unit => unit.Findings).Single(finding => finding.SubjectId == "r").Obligation!;
        var builtInObligations = PolicyJson.ToReport(builtIn).Units.SelectMany(unit => unit.Findings).Select(finding => finding.Obligation).OfType<ObligationReport>().ToList();

        Assert.Equal(("某县民政", "1"), (countyObligation.Catalog, countyObligation.Row));
        Assert.NotEmpty(builtInObligations);
        Assert.All(builtInObligations, obligation => Assert.Null(obligation.Catalog));
    }
}
