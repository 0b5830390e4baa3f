using System.Collections;
using System.Reflection;
using GovDisclosure.Policy.Tests.Evaluation;

namespace GovDisclosure.Policy.Tests.Architecture;

/// <summary>
/// Immutable means immutable: collections are copied on the way in and handed out read-only; records that hold lists
/// compare them element by element; no <c>with</c> can put a null where the type says there is none.
/// </summary>
public sealed class ImmutabilityTests
{
    private static readonly IReadOnlyList<Assembly> Packages = PackageAssemblies.All;

    /// <summary>A value of every public record type with <c>init</c> setters, built the way users build them.</summary>
    private static IEnumerable<object> RecordSamples()
    {
        var register = SampleRegister();
        var evaluation = DisclosurePolicy.Default.Evaluate(register, new LocalDate(2024, 12, 31));
        var report = PolicyJson.ToReport(evaluation, includeOutcomes: true);
        var deadline = DisclosurePolicy.Default.DueDate(ScheduleEntry.MO1, new LocalDate(2024, 3, 5));
        var audit = PolicyJson.ToReport(DisclosurePolicy.Default.Audit(new PublishedAnnualReport("某县人民政府", 2025)));
        return
        [
            register.Bodies[0], register.Bodies[0].Principal, register.Commitments[0], new DisclosureRules("school", null, null), register.Inspections[0],
            register.Records[0], register.Records[0].Publications[0], evaluation.Units.SelectMany(u => u.SanctionReasons).First(), new RegisterProblem("r1", "why"),
            evaluation.Outcomes.First(),
            AssessmentRules.Default, evaluation.Units[0].ToAnnualAssessment(),
            report, report.Units[0], report.Units[0].Findings[0], report.Units[0].Findings[0].Obligation!, report.Units[0].Counts, report.Units[0].Sanction,
            DeadlineReport.Of(deadline), new JsonProblem("$", 1, 1, "why"),
            new ClockStepReport(GovDisclosure.Policy.Requests.ClockStepKind.Receipt, new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 2), 0, "§8.3", "收到", "received"),
            new DayReport(new LocalDate(2024, 1, 1), DayKind.StatutoryHoliday, Holiday.NewYearsDay, "元旦", 2024, false, null, null), CalendarDataSource.HolidayCn, new CatalogProblem(2, "公开时限", "why"), new CatalogWarning(2, "公开时限", "why"),
            new IcsOptions(Instant.FromUtc(2026, 1, 1, 0, 0)), new RequestRules { FeeNoticeStopsClock = false },
            ApplicantCounts.FromColumns(1, 0, 0, 0, 0, 0), RedressCounts.FromResults(1, 0, 0, 0), RedressTable.Empty, DocumentCounts.Zero,
            ProactiveDisclosureFigures.None, new AnnualReportInput(), DisclosurePolicy.Default.BuildAnnualReport(register, register.Bodies[0].Id, register.Year, new AnnualReportInput()),
            new AuditPlace("三") { Row = "一", Column = "自然人" }, audit, audit.Findings[0], PublishedApplicantCounts.Blank, PublishedDocumentCounts.Blank, PublishedProactiveFigures.Blank, PublishedRedressCounts.Blank,
            PublishedRedressTable.Blank, new PublishedAnnualReport("某县人民政府", 2025), ReportingRules.Default,
            new SectionSimilarity(ReportSection.Overview, 0.5, 60, false),
            new RedressCase("rc", "school", RedressCaseKind.Reconsideration, new LocalDate(2024, 3, 1), RedressResult.Pending, null) { RequestId = "q1" },
            new EvaluationSessionOptions { OnOutcome = _ => { } },
            new RegisterTableOptions { Layout = RegisterLayout.PostgreSql, OnOutcome = _ => { } }, new TableProblem("records", "id 'r1'", "trigger_date", "why"),
            new ReportReadOptions { Year = 2024 }, new DocumentProblem(DocumentProblemKind.NotAFigure, null, "三", "一", "自然人", "why"),
        ];
    }

    private static Register SampleRegister() => new RegisterBuilder(2024)
        .AddBodies([Registers.School()])
        .AddRecords([Registers.St1("late", new LocalDate(2024, 1, 2), 2, falsified: true), Registers.St1("ok", new LocalDate(2024, 1, 3), -1)])
        .AddCommitments([Registers.GoodCommitment])
        .AddDisclosureRules([new DisclosureRules("school", new LocalDate(2024, 1, 1), new LocalDate(2024, 1, 2))])
        .AddInspections([Registers.CountyInspections])
        .AddComplaints([Complaint.Lodge("c1", "school", ComplaintChannel.Hotline, new LocalDate(2024, 2, 1)).Escalate(new LocalDate(2024, 3, 15))])
        .Build();

    [Fact]
    public void Every_public_record_with_init_setters_has_a_sample_here()
    {
        var withInit = Packages.SelectMany(assembly => assembly.GetExportedTypes())
            .Where(type => type.GetMethod("<Clone>$") is not null && InitProperties(type).Any())
            .Select(type => type.Name).Order(StringComparer.Ordinal);

        Assert.Equal(withInit, RecordSamples().Select(sample => sample.GetType().Name).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void No_with_expression_can_set_a_null_where_the_type_has_none()
    {
        var nullability = new NullabilityInfoContext();
        var accepted = new List<string>();
        foreach (var sample in RecordSamples())
        {
            var type = sample.GetType();
            foreach (var property in InitProperties(type).Where(p => !p.PropertyType.IsValueType && nullability.Create(p).WriteState == NullabilityState.NotNull))
            {
                var copy = type.GetMethod("<Clone>$")!.Invoke(sample, null)!;
                var thrown = Record.Exception(() => property.SetMethod!.Invoke(copy, [null]));
                if (thrown?.InnerException is not ArgumentNullException)
                {
                    accepted.Add($"{type.Name}.{property.Name}");
                }
            }
        }

        Assert.Empty(accepted);
    }

    [Fact]
    public void No_collection_reachable_from_the_librarys_values_can_be_cast_and_written()
    {
        var register = SampleRegister();
        var evaluation = DisclosurePolicy.Default.Evaluate(register, new LocalDate(2024, 12, 31));
        object[] roots =
        [
            DisclosurePolicy.Default, DisclosurePolicy.Default.WithProfile(new PolicyProfile("p").Without(ScheduleEntry.BA3)),
            DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8)),
            DisclosurePolicy.Default.MajorDecision(new LocalDate(2024, 6, 28), [new LocalDate(2024, 6, 1)]),
            DisclosurePolicy.Default.CalendarFor(BodyType.School, 2024), register, evaluation, PolicyJson.ToReport(evaluation),
            ChinaWorkingDayCalendar.Official, ChinaWorkingDayCalendar.Official.Describe(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 20)),
            Assert.Throws<UnknownCodeException>(() => DisclosureItem.Parse("G99")),
            Assert.Throws<RegisterException>(() => new RegisterBuilder(2024)
                .AddBodies([Registers.School(), Registers.School()])
                .Build()),
            Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new MemoryStream("{}"u8.ToArray()))),
            Assert.Throws<CalendarDataException>(() => new HolidayNotice(2027, [])),
            .. DisclosurePolicy.Default.Items.Select(item => DisclosurePolicy.Default.ScheduleFor(item)),
            .. BodyType.InOrder.Select(type => DisclosurePolicy.Default.ObligationsFor(type)),
            .. PolicyEnumContractTests.AllEnumTypes.Select(type => typeof(PolicyEnum<>).MakeGenericType(type).GetProperty("InOrder")!.GetValue(null)!),
        ];

        var writable = new List<string>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var root in roots)
        {
            Walk(root, root.GetType().Name, 0, seen, writable);
        }

        Assert.Empty(writable);
        Assert.True(seen.Count > 500, $"the walk saw only {seen.Count} values");
    }

    [Fact]
    public void A_register_keeps_its_own_copy_of_what_the_caller_gave()
    {
        var records = new List<DisclosureRecord> { Registers.St1("ok", new LocalDate(2024, 1, 3), -1) };
        var dates = new List<LocalDate> { new(2024, 6, 18) };
        var channels = new List<Channel> { Channel.GovernmentPortal };
        var register = new RegisterBuilder(2024)
            .AddBodies([Registers.School()])
            .AddRecords(records)
            .AddInspections([new InspectionPlan(2024, null, dates)])
            .Build();
        var publication = new Publication(new LocalDate(2024, 1, 5), channels);

        records.Clear();
        dates.Add(new LocalDate(2024, 7, 1));
        channels[0] = Channel.ServiceBooklet;

        Assert.Single(register.Records);
        Assert.Single(register.Inspections[0].Dates);
        Assert.Equal([Channel.GovernmentPortal], publication.Channels);
    }

    [Fact]
    public void Records_that_hold_lists_are_equal_when_their_lists_are()
    {
        Assert.Equal(new InspectionPlan(2024, null, [new LocalDate(2024, 6, 18)]), new InspectionPlan(2024, null, new List<LocalDate> { new(2024, 6, 18) }));
        Assert.NotEqual(new InspectionPlan(2024, null, [new LocalDate(2024, 6, 18)]), new InspectionPlan(2024, null, [new LocalDate(2024, 6, 19)]));
        Assert.Equal(new Reason(["§4.2"], new("zh", "en")), new Reason(new List<string> { "§4.2" }, new("zh", "en")));
        Assert.Equal(new Reason(["§4.2"], new("zh", "en")).GetHashCode(), new Reason(new List<string> { "§4.2" }, new("zh", "en")).GetHashCode());
        Assert.Equal(new Publication(new LocalDate(2024, 1, 5), [Channel.ServiceBooklet]), new Publication(new LocalDate(2024, 1, 5), new List<Channel> { Channel.ServiceBooklet }));
        var evaluation = DisclosurePolicy.Default.Evaluate(SampleRegister(), new LocalDate(2024, 12, 31));
        Assert.Equal(PolicyJson.ToReport(evaluation), PolicyJson.ToReport(evaluation));
    }

    [Fact]
    public void A_deadlines_days_cannot_be_cleared_behind_its_explanation()
    {
        var deadline = DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8));
        var before = deadline.ExplanationEn;

        Assert.Throws<NotSupportedException>(() => ((IList<DayInfo>)deadline.Days).Clear());
        Assert.Equal(before, deadline.ExplanationEn);
    }

    private static IEnumerable<PropertyInfo> InitProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p =>
            p.SetMethod is { IsPublic: true } setter && setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"));

    private static void Walk(object? value, string path, int depth, HashSet<object> seen, List<string> writable)
    {
        if (value is null or string || value.GetType().IsValueType && value.GetType().Namespace?.StartsWith("GovDisclosure", StringComparison.Ordinal) != true
            || depth > 5 || !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            if (value is Array || value is IList { IsReadOnly: false })
            {
                writable.Add($"{path} is a {value.GetType().Name}");
            }

            var i = 0;
            foreach (var element in sequence)
            {
                Walk(element, $"{path}[{i}]", depth + 1, seen, writable);
                if (++i >= 40)
                {
                    break;
                }
            }

            return;
        }

        if (value.GetType().Assembly is var assembly && !Packages.Contains(assembly))
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            object? child;
            try
            {
                child = property.GetValue(value);
            }
            catch (TargetInvocationException)
            {
                continue;   // a member that throws for this value (a grade of an ungraded unit, say) holds no collection
            }

            Walk(child, $"{path}.{property.Name}", depth + 1, seen, writable);
        }
    }
}
