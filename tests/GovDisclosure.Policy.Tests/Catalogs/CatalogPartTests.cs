using GovDisclosure.Policy.Tests.Calendar;
using GovDisclosure.Policy.Tests.Evaluation;

namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>D43: a row whose 公开时限 names two events is two obligations, parts 1 and 2, each with its own due date and posting period.</summary>
public sealed class CatalogPartTests
{
    private static readonly CountyCatalog Land = new("某县自然资源", [
        Row("47", "拟征收土地现状调查结束后5个工作日内，在村公示栏公开。\n收到征地批准文件之日起10个工作日内，公示7个工作日"),
        Row("48", "拟定《征地补偿安置方案》后5个工作日内公开。 公示结束后，转为依申请公开。"),
        Row("49", "每月，在政府网站公开。每季度结束后10个工作日内，在村公示栏公开"),
    ]);

    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default.WithCatalog(Land);

    private static readonly LocalDate Surveyed = new(2024, 3, 1);   // a Friday

    private static CatalogRow Row(string number, string timeLimit) =>
        CountyCatalogTests.Row(number, timeLimit, items: ["征地信息", $"事项{number}"], basis: "《土地管理法》");

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    public void D43_each_part_is_due_its_own_working_days_after_its_event(int part, int workingDays)
    {
        var due = Policy.DueDate(Land.KeyOf("47", part), Surveyed);

        Assert.Equal(WalkingCalendar.AddWorkingDays(Surveyed, workingDays), due.Due);
        Assert.Equal(WalkingCalendar.AddWorkingDays(Surveyed, workingDays), Policy.DueDate(ObligationKey.InCatalog("某县自然资源", "47", part), Surveyed).Due);
        Assert.Equal($"\"某县自然资源\" 序号 47/{part}, D35", Policy.GetRule(Land.KeyOf("47", part)).SourceId);
    }

    [Fact]
    public void D35_the_first_row_of_the_first_catalog_gives_its_legal_basis_and_posting_period_and_an_entry_none()
    {
        var policy = DisclosurePolicy.Default.WithCatalog(new CountyCatalog("某县", [Row("1", "制定或获取信息之日起10个工作日内，公示7个工作日")]));
        var key = ObligationKey.InCatalog("某县", "1");

        Assert.Equal("《土地管理法》", Assert.IsType<ObligationBasis>(policy.DueDate(key, Surveyed).Basis).LegalBasis);
        Assert.Equal(WalkingCalendar.AddWorkingDays(Surveyed, 7), policy.PostingEnd(key, Surveyed));
        Assert.Null(policy.PostingEnd(ScheduleEntry.IM1, Surveyed));
        Assert.Null(Assert.IsType<ObligationBasis>(policy.DueDate(ScheduleEntry.IM1, Surveyed).Basis).LegalBasis);
    }

    [Fact]
    public void D43_the_batch_form_counts_parts_as_the_single_form_does()
    {
        ObligationKey[] keys = [Land.KeyOf("47", 1), Land.KeyOf("47", 2), Land.KeyOf("48")];
        var results = new LocalDate[3];

        Policy.DueDates(keys, [Surveyed, Surveyed, Surveyed], results);

        Assert.Equal(keys.Select(key => Policy.DueDate(key, Surveyed).Due), results);
    }

    [Fact]
    public void D43_D35_each_part_keeps_its_own_posting_period()
    {
        var published = new LocalDate(2024, 3, 8);

        Assert.Null(Policy.PostingEnd(Land.KeyOf("47", 1), published));
        Assert.Equal(WalkingCalendar.AddWorkingDays(published, 7), Policy.PostingEnd(Land.KeyOf("47", 2), published));
    }

    [Fact]
    public void D43_a_row_of_two_events_is_named_by_its_parts_and_no_part_beyond_them()
    {
        var whole = ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDate(Land.KeyOf("47"), Surveyed));
        var beyond = ArgumentAssert.Throws<ArgumentException>("part", () => Land.KeyOf("47", 3));
        var unbound = ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDate(ObligationKey.InCatalog("某县自然资源", "47", 3), Surveyed));
        var single = ArgumentAssert.Throws<ArgumentException>("part", () => Land.KeyOf("48", 1));

        Assert.EndsWith("row 47 of \"某县自然资源\" names 2 events, each with its own period (D43): name its part, 1 to 2 (CountyCatalog.KeyOf(\"47\", part)).",
            whole.Message, StringComparison.Ordinal);
        Assert.Equal("Row 47 of \"某县自然资源\" names 2 events (D43): its parts are 1 to 2, not 3.", beyond.Message);
        Assert.EndsWith("row 47 of \"某县自然资源\" has parts 1 to 2, not 3 (D43).", unbound.Message, StringComparison.Ordinal);
        Assert.Equal("Row 48 of \"某县自然资源\" names one event: its only part is 0, not 1 (D43).", single.Message);
        Assert.Equal(0, Land.KeyOf("48", 0).Part);
        Assert.False(Policy.TryGetRule(Land.KeyOf("47"), out _));
    }

    [Fact]
    public void D43_a_unit_calendar_lists_each_periodic_part_of_a_row_by_its_part()
    {
        var body = Registers.Bureau() with { Catalogs = ["某县自然资源"] };

        var parts = Policy.CalendarFor(body, 2024).Scheduled.Select(o => o.Deadline.Basis).OfType<ObligationBasis>()
            .Where(basis => basis.Obligation.Catalog == "某县自然资源").GroupBy(basis => basis.Obligation.Part).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(new Dictionary<int, int> { [1] = 12, [2] = 4 }, parts);
    }

    [Fact]
    public void D43_an_event_of_a_part_is_scheduled_by_its_part_and_the_row_itself_is_refused()
    {
        var body = Registers.Bureau() with { Catalogs = ["某县自然资源"] };

        var calendar = Policy.CalendarFor(body, 2024, [new DisclosureEvent(Surveyed, Land.KeyOf("47", 2), "收到征地批准文件")]);
        var scheduled = Assert.Single(calendar.Scheduled, o => o.Deadline.Basis is ObligationBasis { Obligation.Row: "47" });

        Assert.Equal((2, WalkingCalendar.AddWorkingDays(Surveyed, 10)), (((ObligationBasis)scheduled.Deadline.Basis).Obligation.Part, scheduled.Deadline.Due));
        ArgumentAssert.Throws<ArgumentException>("events", () => Policy.CalendarFor(body, 2024, [new DisclosureEvent(Surveyed, Land.KeyOf("47"), "调查")]));
        ArgumentAssert.Throws<ArgumentException>("events", () => Policy.CalendarFor(Registers.Bureau(), 2024, [new DisclosureEvent(Surveyed, Land.KeyOf("47", 1), "调查")]));
    }

    [Fact]
    public void D43_D13_a_periodic_part_no_register_can_record_is_never_missing()
    {
        var register = new RegisterBuilder(2024).AddBodies([Registers.Bureau() with { Catalogs = ["某县自然资源"] }]).Build();

        var evaluation = Policy.Evaluate(register, new LocalDate(2025, 3, 31));

        Assert.DoesNotContain(evaluation.Findings, finding => finding.Obligation is { Catalog: "某县自然资源" });
        Assert.DoesNotContain(evaluation.Outcomes, outcome => outcome.Obligation is { Catalog: "某县自然资源" });
    }

    [Fact]
    public void D43_a_record_of_a_row_of_two_events_is_refused_until_registers_record_parts()
    {
        var register = new RegisterBuilder(2024).AddBodies([Registers.Bureau() with { Catalogs = ["某县自然资源"] }])
            .AddRecords([new DisclosureRecord("r", "mzj", ObligationKey.InCatalog("某县自然资源", "47"), Surveyed, [])]).Build();

        var error = ArgumentAssert.Throws<ArgumentException>(() => Policy.Evaluate(register, new LocalDate(2024, 12, 31)));

        Assert.Contains("row 47 of \"某县自然资源\" names 2 events, each with its own period (D43); a register cannot record a row's parts yet, so its records cannot be judged.",
            error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D44_D45_a_catalogs_warnings_name_their_rows_in_order()
    {
        var catalog = new CountyCatalog("某县", [Row("1", "制定或获取信息之日起120个工作日内"), Row("2", "制定或获取信息之日起10个工作日内"), Row("3", "批准后5个工作日内，公示结束后转为依申请公开")]);

        Assert.Equal([(1, "1", "公开时限"), (3, "3", "公开时限")], catalog.Warnings.Select(w => (w.Row, w.Number!, w.Column)));
        Assert.StartsWith("row 3 (序号 3), 公开时限: \"转为依申请公开\" follows no posting period", catalog.Warnings[1].ToString(), StringComparison.Ordinal);
    }
}
