using GovDisclosure.Policy.Tests.Calendar;
using GovDisclosure.Policy.Tests.Evaluation;

namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>
/// Registers that record catalog rows, judged (§10, D13, D35): late and missing rows, the row's channels and
/// audience, who a catalog binds, and the row records a policy cannot judge.
/// </summary>
public sealed class CatalogEvaluationTests
{
    internal static readonly CountyCatalog Civil = CatalogDeadlineTests.Civil;   // rows 1–8: GovernmentWebsite, 全社会, 县级 and 乡级

    /// <summary>Two rows that list the channels which do not reach the whole society, one for each audience.</summary>
    internal static readonly CountyCatalog Care = new("某县养老", [
        new CatalogRow("1", ["养老服务", "老年人补贴"], "补贴发放名单", "《老年人权益保障法》", "制定或获取信息之日起10个工作日内", "县级民政部门",
            [NationalChannel.GovernmentWebsite, NationalChannel.TargetedPush, NationalChannel.DoorToDoorOrOnSite], CatalogAudience.WholeSociety,
            [DisclosureMode.Proactive], [AdministrativeLevel.County]),
        new CatalogRow("2", ["养老服务", "特困供养"], "供养对象告知", "《社会救助暂行办法》", "制定或获取信息之日起10个工作日内", "县级民政部门",
            [NationalChannel.TargetedPush, NationalChannel.DoorToDoorOrOnSite], CatalogAudience.SpecificGroups,
            [DisclosureMode.Proactive], [AdministrativeLevel.County]),
    ]);

    internal static readonly DisclosurePolicy Policy = DisclosurePolicy.Default.WithCatalog(Civil).WithCatalog(Care);

    internal static readonly LocalDate YearEnd = new(2024, 12, 31);

    internal static readonly LocalDate Made = new(2024, 3, 1);   // a Friday

    internal static Body Bureau => Registers.Bureau() with { Catalogs = ["某县民政", "某县养老"] };

    internal static Body Town => new("town", "某镇人民政府", BodyType.Township, Registers.Principal, "王主任") { Catalogs = ["某县民政"] };

    internal static Body Village => new("cun", "某村委会", BodyType.Village, Registers.Principal, "赵主任") { Catalogs = ["某县民政"] };

    internal static Publication Website(LocalDate date) => new(date, []) { NationalChannels = [NationalChannel.GovernmentWebsite] };

    internal static Publication On(LocalDate date, NationalChannel channel) => new(date, []) { NationalChannels = [channel] };

    internal static DisclosureRecord Row(string id, string row, LocalDate made, params Publication[] publications) =>
        new DisclosureRecord(id, "mzj", ObligationKey.InCatalog(row.Contains('养') ? "某县养老" : "某县民政", row.Replace("养", "")), made, publications);

    internal static RegisterEvaluation Evaluate(LocalDate asOf, params DisclosureRecord[] records) =>
        Policy.Evaluate(new RegisterBuilder(2024).AddBodies([Bureau, Town, Village, Registers.School()]).AddRecords(records).Build(), asOf);

    internal static Finding[] FindingsAbout(RegisterEvaluation evaluation, string recordId) =>
        [.. evaluation.Findings.Where(finding => finding.SubjectId == recordId)];

    [Theory]
    [InlineData(-1, "OnTime", 0)]
    [InlineData(0, "OnTime", 0)]
    [InlineData(1, "Late", 1)]
    public void D35_a_row_record_published_after_its_due_date_is_late_by_the_working_days_past_it(int workingDaysAfterDue, string outcome, int late)
    {
        var due = WalkingCalendar.AddWorkingDays(Made, 10);
        var published = WalkingCalendar.AddWorkingDays(due, workingDaysAfterDue);

        var evaluation = Evaluate(YearEnd, Row("r", "1", Made, Website(published)));

        var result = Assert.Single(evaluation.Outcomes, o => o.RecordId == "r");
        Assert.Equal((outcome, due, late, "某县民政", "1"), (result.Outcome.Name, result.Due!.Value, result.WorkingDaysLate, result.Obligation.CatalogName(), result.Obligation.RowNumber()));
        Assert.Equal(late == 0 ? [] : ["Late"], FindingsAbout(evaluation, "r").Select(f => f.Kind.Name));
    }

    [Fact]
    public void D35_a_late_row_finding_names_the_row_its_catalog_and_its_dates()
    {
        var finding = Assert.Single(FindingsAbout(Evaluate(YearEnd, Row("r", "1", new LocalDate(2024, 2, 8), Website(new LocalDate(2024, 3, 15)))), "r"));

        Assert.Equal((Civil.KeyOf("1"), "某县民政", "某县民政 序号1", new LocalDate(2024, 2, 28), 12, true),
            (finding.Obligation, finding.Obligation.CatalogName(), finding.What, finding.Due!.Value, finding.WorkingDaysLate, finding.IsBinding));
        Assert.Equal(new LocalDate(2024, 3, 15), finding.Published);   // the sentence is pinned in Approved/finding-texts.txt
    }

    [Theory]
    [InlineData(-1, "Pending")]
    [InlineData(0, "Pending")]
    [InlineData(1, "Missing")]
    public void D13_Sec10_a_quarterly_row_with_no_record_is_pending_through_its_due_date_and_missing_the_day_after(int daysAfterDue, string outcome)
    {
        var due = WalkingCalendar.AddWorkingDays(new LocalDate(2024, 3, 31), 10);

        var evaluation = Evaluate(due.PlusDays(daysAfterDue));

        var firstQuarter = Assert.Single(evaluation.Outcomes, o => o.BodyId == "mzj" && o.Obligation.RowNumber() == "5" && o.Trigger == new LocalDate(2024, 1, 1));
        Assert.Equal((outcome, due, (string?)null), (firstQuarter.Outcome.Name, firstQuarter.Due!.Value, firstQuarter.RecordId));
        var missing = evaluation.Findings.Where(f => f.BodyId == "mzj" && f.SubjectId == "某县民政 序号5 2024-01-01").ToArray();
        Assert.Equal(outcome == "Missing" ? 1 : 0, missing.Length);
    }

    [Fact]
    public void D13_Sec10_every_period_of_a_periodic_row_binding_a_unit_is_an_obligation_and_a_record_covers_its_period()
    {
        var evaluation = Evaluate(YearEnd, Row("q2", "5", new LocalDate(2024, 5, 20), Website(new LocalDate(2024, 7, 3))));

        var rows = evaluation.Outcomes.Where(o => o.BodyId == "mzj" && o.Obligation.CatalogName() == "某县民政").OrderBy(o => o.Trigger).ToArray();

        // Row 5 is quarterly, row 6 yearly; the Q2 record stands for its period, and the other three quarters have none.
        Assert.Equal(["5 2024-01-01 -", "5 2024-04-01 q2", "5 2024-07-01 -", "5 2024-10-01 -", "6 2024-01-01 -"],
            rows.Select(o => $"{o.Obligation.RowNumber()} {(o.RecordId is null ? o.Trigger : new LocalDate(2024, 4, 1)).ToIso()} {o.RecordId ?? "-"}").Order(StringComparer.Ordinal));
        Assert.Equal(new LocalDate(2024, 7, 12), rows.Single(o => o.RecordId == "q2").Due);
    }

    [Fact]
    public void Sec10_a_row_published_on_none_of_its_channels_is_found_and_a_channel_it_lists_clears_it()
    {
        var evaluation = Evaluate(YearEnd,
            Row("board", "1", Made, On(Made, NationalChannel.NoticeBoard)),
            Row("both", "1", Made.PlusDays(1), On(Made.PlusDays(1), NationalChannel.NoticeBoard), Website(Made.PlusDays(3))));

        var finding = Assert.Single(FindingsAbout(evaluation, "board"));
        Assert.Equal((FindingKind.NotOnCatalogChannel, true, "某县民政 序号1"), (finding.Kind, finding.IsBinding, finding.What));
        Assert.Contains("政府网站", finding.MessageZh);   // the channels the row lists; the sentence is pinned in Approved/finding-texts.txt
        Assert.Empty(FindingsAbout(evaluation, "both"));
    }

    [Fact]
    public void Sec10_a_publication_after_the_evaluation_day_does_not_reach_a_channel_yet()
    {
        var evaluation = Evaluate(new LocalDate(2024, 3, 5), Row("later", "1", Made, On(Made, NationalChannel.NoticeBoard), Website(new LocalDate(2024, 3, 6))));

        Assert.Equal([FindingKind.NotOnCatalogChannel], FindingsAbout(evaluation, "later").Select(f => f.Kind));
    }

    [Theory]
    [InlineData("GovernmentPortal", true)]
    [InlineData("TouchScreen", false)]      // 政务服务中心, which row 1 does not list
    [InlineData("Intranet", false)]         // internal: no national counterpart
    public void Sec10_a_seed_channel_reaches_the_national_channel_it_corresponds_to(string seedChannel, bool reachesRow)
    {
        var evaluation = Evaluate(YearEnd, Row("seed", "1", Made, new Publication(Made, [Channel.Parse(seedChannel)])));

        Assert.Equal(reachesRow, !FindingsAbout(evaluation, "seed").Any(f => f.Kind == FindingKind.NotOnCatalogChannel));
    }

    [Theory]
    [InlineData("TargetedPush")]
    [InlineData("DoorToDoorOrOnSite")]
    public void Sec10_a_whole_society_row_reached_only_by_targeted_push_or_door_to_door_is_found(string channel)
    {
        var evaluation = Evaluate(YearEnd, Row("push", "养1", Made, On(Made, NationalChannel.Parse(channel))));

        var finding = Assert.Single(FindingsAbout(evaluation, "push"));
        Assert.Equal((FindingKind.NotReachingWholeSociety, "某县养老 序号1"), (finding.Kind, finding.What));
    }

    [Fact]
    public void Sec10_a_whole_society_row_is_reached_once_one_channel_reaches_everyone_and_any_channel_reaches_specific_groups()
    {
        var evaluation = Evaluate(YearEnd,
            Row("both", "养1", Made, On(Made, NationalChannel.TargetedPush), Website(Made)),
            Row("group", "养2", Made, On(Made, NationalChannel.TargetedPush)));

        Assert.Empty(FindingsAbout(evaluation, "both"));
        Assert.Empty(FindingsAbout(evaluation, "group"));
    }

    [Fact]
    public void Sec10_a_row_binds_a_unit_assigned_its_catalog_at_one_of_its_levels_and_no_other()
    {
        var records = new[]
        {
            new DisclosureRecord("town-late", "town", ObligationKey.InCatalog("某县民政", "1"), Made, [Website(new LocalDate(2024, 4, 30))]),
            new DisclosureRecord("village", "cun", ObligationKey.InCatalog("某县民政", "1"), Made, []),
            new DisclosureRecord("school", "school", ObligationKey.InCatalog("某县民政", "1"), Made, []),
        };

        var evaluation = Policy.Evaluate(new RegisterBuilder(2024)
            .AddBodies([Bureau, Town, Village, Registers.School()])
            .AddRecords(records)
            .Build(), YearEnd);

        Assert.Equal(["town-late"], evaluation.Outcomes.Where(o => o.RecordId is not null).Select(o => o.RecordId));
        Assert.Equal((FindingKind.Late, true), FindingsAbout(evaluation, "town-late").Select(f => (f.Kind, f.IsBinding)).Single());
        var village = Assert.Single(FindingsAbout(evaluation, "village"));
        var school = Assert.Single(FindingsAbout(evaluation, "school"));
        Assert.Equal((FindingKind.OutOfScope, false), (village.Kind, village.IsBinding));
        Assert.Equal("记录village（某县民政 序号1）的公开层级为县级、乡级，不含某村委会所在的村级，未计入考核。", village.MessageZh);
        Assert.Equal("记录school（某县民政 序号1）所属目录未指定县实验小学适用，未计入考核。", school.MessageZh);
    }

    [Fact]
    public void Sec10_a_township_bound_by_a_catalog_is_counted_but_the_seed_does_not_grade_it()
    {
        var evaluation = Evaluate(YearEnd);

        var town = evaluation.Units.Single(unit => unit.Body.Id == "town");
        var village = evaluation.Units.Single(unit => unit.Body.Id == "cun");
        // Row 5's first three quarters are missing; its fourth quarter and row 6's year fall due in 2025.
        Assert.Equal((3, 2, (Grade?)null), (town.Missing, town.Pending, town.Grade));
        Assert.Equal(0, village.Counted);                               // the catalog's rows leave out 村级
    }

    [Fact]
    public void Sec10_D35_row_records_the_policy_cannot_judge_are_refused_each_named_with_its_reason()
    {
        var register = new RegisterBuilder(2024)
            .AddBodies([Bureau])
            .AddRecords([
            new DisclosureRecord("no-catalog", "mzj", ObligationKey.InCatalog("某县卫健", "1"), Made, []),
            new DisclosureRecord("no-row", "mzj", ObligationKey.InCatalog("某县民政", "99"), Made, []),
            new DisclosureRecord("on-request", "mzj", ObligationKey.InCatalog("某县民政", "8"), Made, []),
            new DisclosureRecord("early", "mzj", ObligationKey.InCatalog("某县民政", "5"), new LocalDate(2024, 4, 15), [Website(new LocalDate(2024, 3, 29))]),
            new DisclosureRecord("q2-a", "mzj", ObligationKey.InCatalog("某县民政", "5"), new LocalDate(2024, 5, 6), []),
            new DisclosureRecord("q2-b", "mzj", ObligationKey.InCatalog("某县民政", "5"), new LocalDate(2024, 6, 3), []),
            new DisclosureRecord("fine", "mzj", ObligationKey.InCatalog("某县民政", "5"), new LocalDate(2024, 7, 1), [Website(new LocalDate(2024, 7, 1))]),
        ])
            .Build();

        var error = ArgumentAssert.Throws<ArgumentException>(() => Policy.Evaluate(register, YearEnd));

        Assert.Equal("register", error.ParamName);
        var lines = error.Message.Split(Environment.NewLine).Skip(1).Select(line => line.Split(':')[0]).ToArray();
        Assert.Equal(["- no-catalog", "- no-row", "- on-request", "- early", "- q2-b"], lines);
        Assert.Contains("it names the catalog \"某县卫健\", which the policy", error.Message);
        Assert.Contains("Catalogs: \"某县民政\", \"某县养老\".", error.Message);
        Assert.Contains("the catalog \"某县民政\" has no row with 序号 \"99\".", error.Message);
        Assert.Contains("row 8 of \"某县民政\" (最低生活保障/事项8) is disclosed on request only (依申请)", error.Message);
        Assert.Contains("it was published on 2024-03-29, before its obligation starts on 2024-04-01.", error.Message);
        Assert.Contains("another record already covers 某县民政 序号5 of mzj for the period from 2024-04-01.", error.Message);
    }

    [Fact]
    public void Sec10_a_publication_on_the_first_day_of_a_periodic_rows_period_is_accepted()
    {
        var evaluation = Evaluate(YearEnd, Row("q3", "5", new LocalDate(2024, 8, 15), Website(new LocalDate(2024, 7, 1))));

        Assert.Equal(GovDisclosure.Policy.Evaluation.Outcome.OnTime, evaluation.Outcomes.Single(o => o.RecordId == "q3").Outcome);
    }

    [Fact]
    public void Sec10_a_unit_assigned_a_catalog_the_policy_does_not_have_is_refused()
    {
        var register = new RegisterBuilder(2024).AddBodies([Bureau with { Catalogs = ["某县民政", "某县卫健"] }]).Build();

        var error = ArgumentAssert.Throws<ArgumentException>(() => Policy.Evaluate(register, YearEnd));

        Assert.StartsWith("The body \"mzj\" is assigned the catalog \"某县卫健\", which the policy", error.Message);
        Assert.EndsWith("Catalogs: \"某县民政\", \"某县养老\".", error.Message);
        Assert.Equal("register", error.ParamName);
    }

    [Fact]
    public void Sec10_the_evaluations_catalog_errors_list_the_policys_catalogs_or_none_and_say_in_full_why()
    {
        var assigned = new RegisterBuilder(2024).AddBodies([Bureau]).Build();
        var row = new RegisterBuilder(2024)
            .AddBodies([Registers.Bureau()])
            .AddRecords([new DisclosureRecord("r", "mzj", ObligationKey.InCatalog("某县民政", "1"), Made, [])])
            .Build();
        var onRequest = new RegisterBuilder(2024)
            .AddBodies([Bureau])
            .AddRecords([new DisclosureRecord("r", "mzj", ObligationKey.InCatalog("某县民政", "8"), Made, [])])
            .Build();

        Assert.EndsWith("add it with WithCatalog. Catalogs: none.",
            ArgumentAssert.Throws<ArgumentException>(() => DisclosurePolicy.Default.Evaluate(assigned, YearEnd)).Message);
        Assert.EndsWith("Catalogs: \"某县民政\".",
            ArgumentAssert.Throws<ArgumentException>(() => DisclosurePolicy.Default.WithCatalog(Civil).Evaluate(assigned, YearEnd)).Message);
        Assert.Contains("add it with WithCatalog. Catalogs: none.", ArgumentAssert.Throws<ArgumentException>(() => DisclosurePolicy.Default.Evaluate(row, YearEnd)).Message);
        Assert.Contains("- r: row 8 of \"某县民政\" (最低生活保障/事项8) is disclosed on request only (依申请): it has no proactive deadline to record against (D35); " +
            "a request's reply falls under §8.", ArgumentAssert.Throws<ArgumentException>(() => Policy.Evaluate(onRequest, YearEnd)).Message);
    }

    [Fact]
    public void Sec10_a_publication_reaches_a_national_channel_once_however_many_of_its_channels_lead_there()
    {
        var hearings = new CountyCatalog("某县听证", [new CatalogRow("1", ["价格", "听证"], "听证公告", "依据", "制定或获取信息之日起10个工作日内", "县级发改部门",
            [NationalChannel.PressConferenceOrHearing], CatalogAudience.WholeSociety, [DisclosureMode.Proactive], [AdministrativeLevel.County])]);
        var policy = DisclosurePolicy.Default.WithCatalog(hearings).WithCatalog(Civil);
        var body = Registers.Bureau() with { Catalogs = ["某县听证", "某县民政"] };
        var register = new RegisterBuilder(2024)
            .AddBodies([body])
            .AddRecords([
            new DisclosureRecord("both-seed", "mzj", ObligationKey.InCatalog("某县听证", "1"), Made, [new Publication(Made, [Channel.Hearing, Channel.PressConference])]),
            new DisclosureRecord("seed-and-national", "mzj", ObligationKey.InCatalog("某县民政", "1"), Made,
                [new Publication(Made, [Channel.GovernmentPortal]) { NationalChannels = [NationalChannel.GovernmentWebsite] }]),
            new DisclosureRecord("two-postings", "mzj", ObligationKey.InCatalog("某县民政", "1"), Made.PlusDays(3), [Website(Made.PlusDays(3)), Website(Made.PlusDays(4))]),
        ])
            .Build();

        var evaluation = policy.Evaluate(register, YearEnd);

        Assert.DoesNotContain(evaluation.Findings, f => f.SubjectId is "both-seed" or "seed-and-national" or "two-postings");
    }

    [Fact]
    public void D3_an_item_record_counts_by_the_statutory_rule_whatever_a_profile_does_to_the_entry_of_the_first_position()
    {
        // Records of items no entry covers have no rule position; a profile shortening the entry of value 1 must not reach them.
        var county = DisclosurePolicy.Default.WithProfile(new PolicyProfile("县").Override(ScheduleEntry.FromValue(1), 3, DeadlineUnit.WorkingDays));
        var register = new RegisterBuilder(2024)
            .AddBodies([Registers.Bureau()])
            .AddRecords([new DisclosureRecord("item", "mzj", ObligationKey.Of(DisclosureItem.G15), Made, [])])
            .Build();
        using var json = new MemoryStream();
        PolicyJson.WriteRegister(register, json);
        json.Position = 0;
        var streamed = new List<ObligationOutcome>();

        var inMemory = county.Evaluate(register, YearEnd).Outcomes.Single(o => o.RecordId == "item");
        PolicyJson.EvaluateRegister(county, json, YearEnd, streamed.Add);

        Assert.Equal(WalkingCalendar.AddWorkingDays(Made, 20), inMemory.Due);
        Assert.Equal(inMemory.Due, streamed.Single(o => o.RecordId == "item").Due);
    }

    [Fact]
    public void Sec10_each_unit_keeps_its_own_assigned_catalogs_whatever_its_place_in_the_register()
    {
        var evaluation = Policy.Evaluate(new RegisterBuilder(2024)
            .AddBodies([Registers.School(), Bureau, Registers.Bureau("plain")])
            .Build(), YearEnd);

        Assert.Equal(["mzj"], evaluation.Outcomes.Where(o => o.Obligation.CatalogName() is not null).Select(o => o.BodyId).Distinct());
        Assert.Equal(5, evaluation.Outcomes.Count(o => o.BodyId == "mzj" && o.Obligation.CatalogName() == "某县民政"));   // four quarters of row 5, the year of row 6
    }

    [Fact]
    public void D35_a_posting_made_on_the_last_day_and_still_up_keeps_the_item_posted_and_one_made_after_it_does_not()
    {
        var published = new LocalDate(2024, 3, 4);
        var end = WalkingCalendar.AddWorkingDays(published, 7);
        var first = Website(published) with { TakenDownOn = new LocalDate(2024, 3, 6) };

        Assert.Empty(FindingsAbout(Evaluate(YearEnd, Row("list", "2", Made, first, On(end, NationalChannel.NoticeBoard))), "list"));
        Assert.Equal([FindingKind.TakenDownEarly],
            FindingsAbout(Evaluate(YearEnd, Row("list", "2", Made, first, On(end.PlusDays(1), NationalChannel.NoticeBoard))), "list").Select(f => f.Kind));
    }

    [Fact]
    public void D27_D35_a_posting_period_that_ends_beyond_the_calendar_is_not_judged_yet()
    {
        var published = new LocalDate(2026, 12, 28);
        var register = new RegisterBuilder(2026)
            .AddBodies([Bureau])
            .AddRecords([Row("list", "2", published, Website(published) with { TakenDownOn = published.PlusDays(1) })])
            .Build();

        var evaluation = Policy.Evaluate(register, new LocalDate(2026, 12, 31));

        Assert.DoesNotContain(evaluation.Findings, f => f.Kind == FindingKind.TakenDownEarly);
    }

    [Fact]
    public void Sec10_a_channel_published_on_the_evaluation_day_is_reached()
    {
        var evaluation = Evaluate(new LocalDate(2024, 3, 6), Row("today", "1", Made, On(Made, NationalChannel.NoticeBoard), Website(new LocalDate(2024, 3, 6))));

        Assert.Empty(FindingsAbout(evaluation, "today"));
    }

    [Fact]
    public void D35_a_register_refuses_a_take_down_on_or_before_the_day_published()
    {
        var published = new LocalDate(2024, 3, 4);
        var result = new RegisterBuilder(2024)
            .AddBodies([Bureau])
            .AddRecords([
            Row("same-day", "2", Made, Website(published) with { TakenDownOn = published }),
            Row("before", "2", Made.PlusDays(1), Website(published) with { TakenDownOn = published.PlusDays(-1) }),
            Row("next-day", "2", Made.PlusDays(2), Website(published) with { TakenDownOn = published.PlusDays(1) }),
        ])
            .BuildResult();

        Assert.Equal(["same-day", "before"], result.Problems.Select(p => p.SubjectId));
        Assert.Equal("its publication of 2024-03-04 is taken down on 2024-03-04; a take-down day falls after the day published.", result.Problems[0].Message);
    }

    [Fact]
    public void Sec10_a_register_refuses_one_event_of_a_row_recorded_twice_and_keeps_two_subjects_apart()
    {
        var result = new RegisterBuilder(2024)
            .AddBodies([Bureau])
            .AddRecords([
            new DisclosureRecord("a", "mzj", ObligationKey.InCatalog("某县民政", "2"), Made, []) { Subject = "第一批" },
            new DisclosureRecord("b", "mzj", ObligationKey.InCatalog("某县民政", "2"), Made, []) { Subject = "第二批" },
            new DisclosureRecord("c", "mzj", ObligationKey.InCatalog("某县民政", "2"), Made, []) { Subject = "第一批" },
        ])
            .BuildResult();

        var problem = Assert.Single(result.Problems);
        Assert.Equal("c", problem.SubjectId);
        Assert.Equal("it records the same obligation as a: 某县民政 序号2 of mzj from 2024-03-01 about \"第一批\".", problem.Message);
    }
}
