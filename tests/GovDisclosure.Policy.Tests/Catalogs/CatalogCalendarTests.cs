namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>A unit's disclosure calendar with the rows of the catalogs assigned to it, at its level (§10, "Who a catalog binds"; D35).</summary>
public sealed class CatalogCalendarTests
{
    private static readonly CountyCatalog Civil = CatalogDeadlineTests.Civil;
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default.WithCatalog(Civil);

    private static Body Unit(BodyType type, params string[] catalogs) =>
        new("u1", "单位", type, new PrincipalLeader("张三", new LocalDate(2020, 1, 1)), "李四") { Catalogs = catalogs };

    [Fact]
    public void Sec10_a_county_department_assigned_a_catalog_gets_its_periodic_rows_after_the_seeds_obligations()
    {
        var calendar = Policy.CalendarFor(Unit(BodyType.AdministrativeOrgan, "某县民政"), 2024);

        var rows = calendar.Scheduled.Where(o => o.Key() is { IsBuiltIn: false }).ToArray();
        Assert.Equal(["5", "5", "5", "5", "6"], rows.Select(o => o.Key().RowNumber()));
        Assert.All(rows, o => Assert.Equal(Policy.DueDate(o.Key()!, o.Deadline.EventDate).Due, o.Deadline.Due));
        Assert.Equal(Policy.CalendarFor(BodyType.AdministrativeOrgan, 2024).Scheduled.Count + 5, calendar.Scheduled.Count);
        Assert.Equal("最低生活保障/事项5：内容", rows[0].Description);
        Assert.Equal(calendar.Scheduled.OrderBy(o => o.Deadline.Due).Select(o => o.Deadline.Due), calendar.Scheduled.Select(o => o.Deadline.Due));
    }

    [Fact]
    public void Sec10_a_row_due_the_same_day_as_entries_follows_them()
    {
        var yearEnd = WalkingCalendarDue(new LocalDate(2024, 12, 31), 20);

        var sameDay = Policy.CalendarFor(Unit(BodyType.AdministrativeOrgan, "某县民政"), 2024).Scheduled.Where(o => o.Deadline.Due == yearEnd).ToArray();

        Assert.Equal(["MO1", "MO2", "QU1", "QU2", "QU3", "QU4", "QU5", "YR2", "YR3", "YR4", "YR5", "某县民政 6"], sameDay.Select(o => o.Deadline.Subject));
    }

    private static LocalDate WalkingCalendarDue(LocalDate start, int days) => GovDisclosure.Policy.Tests.Calendar.WalkingCalendar.AddWorkingDays(start, days);

    [Fact]
    public void Sec10_a_township_assigned_a_county_catalog_is_bound_by_its_rows_though_the_seed_leaves_it_to_its_own_regime()
    {
        Assert.Empty(Policy.CalendarFor(BodyType.Township, 2024).Scheduled);

        var calendar = Policy.CalendarFor(Unit(BodyType.Township, "某县民政"), 2024);

        Assert.Equal(["5", "5", "5", "5", "6"], calendar.Scheduled.Select(o => o.Key().RowNumber()));
    }

    [Fact]
    public void Sec10_a_catalog_assigned_twice_binds_a_unit_once()
    {
        Assert.Equal(5, Policy.CalendarFor(Unit(BodyType.Township, "某县民政", "某县民政"), 2024).Scheduled.Count);
    }

    [Fact]
    public void Sec10_a_village_is_not_bound_by_rows_of_other_levels_and_an_unassigned_unit_by_no_row()
    {
        Assert.Empty(Policy.CalendarFor(Unit(BodyType.Village, "某县民政"), 2024).Scheduled);
        Assert.DoesNotContain(Policy.CalendarFor(Unit(BodyType.AdministrativeOrgan), 2024).Scheduled, o => o.Key() is { IsBuiltIn: false });
    }

    [Fact]
    public void Sec10_a_unit_assigned_a_catalog_the_policy_lacks_is_refused_naming_it()
    {
        var error = ArgumentAssert.Throws<ArgumentException>(() => Policy.CalendarFor(Unit(BodyType.AdministrativeOrgan, "某县卫健"), 2024));

        Assert.Equal("body", error.ParamName);
        Assert.Contains("assigned the catalog \"某县卫健\", which the policy", error.Message);
        Assert.Contains("Catalogs: \"某县民政\".", error.Message);
    }

    [Fact]
    public void D35_an_event_of_an_event_driven_row_becomes_an_obligation_of_the_unit()
    {
        var made = new LocalDate(2024, 2, 8);

        var calendar = Policy.CalendarFor(Unit(BodyType.Township, "某县民政"), 2024, [new DisclosureEvent(made, Civil.KeyOf("2"), "初审对象名单")]);

        var obligation = Assert.Single(calendar.Scheduled, o => o.Description == "初审对象名单");
        Assert.Equal((Civil.KeyOf("2"), (ScheduleEntry?)null, Policy.DueDate(Civil.KeyOf("2"), made).Due), (obligation.Key(), obligation.Entry(), obligation.Deadline.Due));
    }

    [Fact]
    public void D35_an_event_of_a_periodic_on_request_unassigned_or_other_level_row_is_refused()
    {
        static string Refused(BodyType type, CatalogRow row, params string[] catalogs) =>
            ArgumentAssert.Throws<ArgumentException>(() => Policy.CalendarFor(Unit(type, catalogs), 2024, [new DisclosureEvent(new LocalDate(2024, 3, 1), row.Key(), "事")])).Message;

        Assert.Contains("Row 5 is quarterly; its obligations come from the reporting periods", Refused(BodyType.AdministrativeOrgan, Civil.GetRow("5"), "某县民政"));
        Assert.Contains("disclosed on request only", Refused(BodyType.AdministrativeOrgan, Civil.GetRow("8"), "某县民政"));
        Assert.Contains("which is not assigned to the body", Refused(BodyType.AdministrativeOrgan, Civil.GetRow("1")));
        Assert.Contains("binds 县级、乡级, not a body at 村级", Refused(BodyType.Village, Civil.GetRow("1"), "某县民政"));
    }

    [Fact]
    public void D35_every_refused_event_names_the_events_parameter_and_says_why_in_full()
    {
        static ArgumentException Refused(BodyType type, DisclosureEvent happened, params string[] catalogs) =>
            ArgumentAssert.Throws<ArgumentException>(() => Policy.CalendarFor(Unit(type, catalogs), 2024, [happened]));

        var day = new LocalDate(2024, 3, 1);
        var stranger = ObligationKey.InCatalog("某县卫健", "1");
        ArgumentException[] errors =
        [
            Refused(BodyType.AdministrativeOrgan, new DisclosureEvent(day, ScheduleEntry.MO1, "事")),
            Refused(BodyType.Village, new DisclosureEvent(day, ScheduleEntry.IM1, "事")),
            Refused(BodyType.AdministrativeOrgan, new DisclosureEvent(day, stranger, "事"), "某县民政"),
            Refused(BodyType.AdministrativeOrgan, new DisclosureEvent(day, Civil.KeyOf("1"), "事")),
            Refused(BodyType.Village, new DisclosureEvent(day, Civil.KeyOf("1"), "事"), "某县民政"),
            Refused(BodyType.AdministrativeOrgan, new DisclosureEvent(day, Civil.KeyOf("5"), "事"), "某县民政"),
        ];

        Assert.All(errors, error => Assert.Equal("events", error.ParamName));
        Assert.Equal(
        [
            "MO1 is monthly; its obligations come from the reporting periods, not from events.",
            "IM1 does not apply to a village: its level GovernedElsewhere does not cover it (§2.2).",
            "events names 某县卫健 1, which the policy",
            "Row 1 belongs to the catalog \"某县民政\", which is not assigned to the body (§10).",
            "Row 1 of \"某县民政\" binds 县级、乡级, not a body at 村级 (§10).",
            "Row 5 is quarterly; its obligations come from the reporting periods, not from events.",
        ], errors.Select(error => error.Message.Split(" (Parameter")[0].Split("\"民政局")[0].TrimEnd()));
    }

    [Fact]
    public void Sec10_a_unit_assigned_a_catalog_lists_the_policys_catalogs_or_none()
    {
        var two = Policy.WithCatalog(new CountyCatalog("某县养老", [CatalogDeadlineTests.Civil.Rows[0]]));

        var none = ArgumentAssert.Throws<ArgumentException>(() => DisclosurePolicy.Default.CalendarFor(Unit(BodyType.AdministrativeOrgan, "某县民政"), 2024));
        var both = ArgumentAssert.Throws<ArgumentException>(() => two.CalendarFor(Unit(BodyType.AdministrativeOrgan, "某县卫健"), 2024));

        Assert.EndsWith("add it with WithCatalog. Catalogs: none.", none.Message);
        Assert.EndsWith("Catalogs: \"某县民政\", \"某县养老\".", both.Message);
    }

    [Fact]
    public void Sec10_rows_due_on_one_day_are_listed_catalog_by_catalog_in_the_order_the_policy_added_them()
    {
        var care = new CountyCatalog("某县养老", [new CatalogRow("1", ["养老服务", "补贴"], "资金", "依据", "每年", "县级民政部门", [NationalChannel.GovernmentWebsite],
            CatalogAudience.WholeSociety, [DisclosureMode.Proactive], [AdministrativeLevel.County])]);

        var yearEnd = Policy.WithCatalog(care).CalendarFor(Unit(BodyType.AdministrativeOrgan, "某县养老", "某县民政"), 2024).Scheduled
            .Where(o => o.Key() is { IsBuiltIn: false } && o.Deadline.Due == Policy.DueDate(Civil.KeyOf("6"), new LocalDate(2024, 6, 1)).Due);

        Assert.Equal(["某县民政 6", "某县养老 1"], yearEnd.Select(o => o.Deadline.Subject));
    }

    [Fact]
    public void Sec10_a_units_catalogs_are_copied_and_compared()
    {
        var names = new List<string> { "某县民政" };
        var unit = Unit(BodyType.AdministrativeOrgan) with { Catalogs = names };
        names.Add("其他");

        Assert.Equal(["某县民政"], unit.Catalogs);
        Assert.Equal(unit, Unit(BodyType.AdministrativeOrgan, "某县民政"));
        Assert.NotEqual(unit, Unit(BodyType.AdministrativeOrgan));
        Assert.Equal(unit.GetHashCode(), Unit(BodyType.AdministrativeOrgan, "某县民政").GetHashCode());
        ArgumentAssert.Throws<ArgumentNullException>(() => unit with { Catalogs = null! });
    }
}
