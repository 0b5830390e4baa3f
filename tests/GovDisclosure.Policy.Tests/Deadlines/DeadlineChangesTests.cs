using System.Text.Json;
using GovDisclosure.Policy.Requests;
using GovDisclosure.Policy.Tests.Calendar;

namespace GovDisclosure.Policy.Tests.Deadlines;

/// <summary>D1, D2: deadlines given on one calendar, rechecked on a newer one — the 2020 Spring Festival extension, a provisional year's notice.</summary>
public sealed class DeadlineChangesTests
{
    private static readonly ChinaWorkingDayCalendar Official = ChinaWorkingDayCalendar.Official;

    /// <summary>2020 as first published (19 November 2019): the Spring Festival 24–30 January, Saturday 1 February a make-up working day.</summary>
    private static readonly ChinaWorkingDayCalendar Before = ChinaWorkingDayCalendar.FromNotices(
        Official.Notices.Select(notice => notice.Year == 2020 ? HolidayNotice.ParseText(2020, NoticeTextOfficialTests.Blocks(2020)[0].Text) : notice));

    /// <summary>The same after the notice of 27 January 2020 extended the holiday to 2 February.</summary>
    private static readonly ChinaWorkingDayCalendar After = Before.WithAmendment(
        NoticeAmendment.ParseText(Before.Notices.Single(notice => notice.Year == 2020), NoticeTextOfficialTests.Blocks(2020)[1].Text));

    private static readonly DisclosurePolicy Given = DisclosurePolicy.Default.WithCalendar(Before);

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    /// <summary>Deadlines a bureau gave on Monday 20 January 2020.</summary>
    private static Deadline[] GivenOn20January =>
    [
        Given.DueDate(ScheduleEntry.IM1, D(2020, 1, 20)),
        Given.ReplyDue(InformationRequest.Receive("YSQ-1", "mzj", RequestChannel.InPerson, D(2020, 1, 20), null, ApplicantKind.NaturalPerson)),
        Given.ReplyDue(InformationRequest.Receive("YSQ-2", "mzj", RequestChannel.InPerson, D(2020, 1, 20), null, ApplicantKind.NaturalPerson)
            .Consult(D(2020, 1, 21), ConsultationParty.ThirdParty).ConsultationAnswered(D(2020, 2, 5))),
        Given.StatutoryDueDate(D(2019, 12, 20)),
        Given.DueDate(ScheduleEntry.MO1, D(2020, 1, 10)),
    ];

    [Fact]
    public void D2_the_2020_extension_moves_the_deadlines_that_counted_31_January_and_1_February()
    {
        var changes = DeadlineChanges.Between(GivenOn20January, After);

        Assert.Equal(["IM1", "YSQ-1", "MO1"], changes.Select(change => change.Given.Subject));
        Assert.Equal((D(2020, 2, 21), D(2020, 2, 25)), (changes[0].OldDue, changes[0].NewDue));
        Assert.Equal((D(2020, 2, 21), D(2020, 2, 25)), (changes[1].OldDue, changes[1].NewDue));
        Assert.Equal("IM1: due 2020-02-21, now 2020-02-25; 2020-01-31 working → off (春节); 2020-02-01 working → off (春节).", changes[0].ExplanationEn);
        Assert.Equal("IM1：期限由2020-02-21变为2020-02-25；2020-01-31 工作日→调休放假（春节）；2020-02-01 调休上班→周末（春节）。", changes[0].ExplanationZh);
        Assert.All(changes, change => Assert.True(change.DueMoved));
        Assert.All(changes, change => Assert.False(change.BecameOfficial));
    }

    [Fact]
    public void D2_a_monthly_report_due_20_working_days_after_31_January_moves_by_one_day()
    {
        // Before: 1 February (a make-up Saturday) is the first working day counted; after, the count starts on 3 February.
        var change = DeadlineChanges.Between([Given.DueDate(ScheduleEntry.MO1, D(2020, 1, 10))], After).Single();

        Assert.Equal((D(2020, 2, 27), D(2020, 2, 28)), (change.OldDue, change.NewDue));
        Assert.Equal([D(2020, 2, 1)], change.ChangedDays.Select(day => day.Date));
        Assert.Equal(DayKind.AdjustedWorkingDay, change.ChangedDays[0].Before.Kind);
        Assert.Equal(DayKind.Weekend, change.ChangedDays[0].After.Kind);   // a weekend day of the extended holiday (D47)
    }

    [Fact]
    public void D33_a_reply_whose_consultation_stopped_the_clock_over_the_extension_does_not_move()
    {
        var consulted = GivenOn20January[2];

        var changes = DeadlineChanges.Between([consulted], After);

        Assert.Equal(D(2020, 3, 3), consulted.Due);
        Assert.Empty(changes);
        Assert.Equal(D(2020, 3, 3), consulted.Basis.DueOn(consulted, After));
    }

    [Fact]
    public void D2_the_recomputed_deadline_explains_itself_on_the_new_calendar()
    {
        var change = DeadlineChanges.Between([GivenOn20January[0]], After).Single();

        Assert.Equal(D(2020, 2, 25), change.Recomputed.Due);
        // D47: 25–27 January are statutory; 24 and 28–31 January rest days (31 January granted by the extension); 1–2 February weekend days.
        Assert.Contains("3 statutory holiday: Spring Festival; 5 holiday rest day: Spring Festival;", change.Recomputed.ExplanationEn, StringComparison.Ordinal);
        Assert.Same(GivenOn20January[0].Rule.SourceId, change.Recomputed.Rule.SourceId);
        Assert.Equal(ScheduleEntry.IM1, change.Recomputed.Entry());
    }

    [Fact]
    public void D1_a_provisional_deadline_becomes_official_when_the_years_notice_is_added()
    {
        var provisional = DisclosurePolicy.Default.WithCalendar(Official.WithProvisionalYearsThrough(2027)).DueDate(ScheduleEntry.IM1, D(2026, 12, 20));

        var change = DeadlineChanges.Between([provisional], Official.WithNotice(SampleNotices.Hypothetical2027)).Single();

        Assert.True(provisional.IsProvisional);
        Assert.True(change.BecameOfficial);
        Assert.False(change.DueMoved);
        Assert.Empty(change.ChangedDays);
        Assert.EndsWith("unchanged; no longer provisional.", change.ExplanationEn, StringComparison.Ordinal);
        Assert.EndsWith("不变；已由推定转为正式通知。", change.ExplanationZh, StringComparison.Ordinal);
    }

    [Fact]
    public void D1_an_official_deadline_becomes_provisional_on_a_calendar_that_estimates_its_region()
    {
        var given = DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, D(2024, 4, 1));

        var change = DeadlineChanges.Between([given], Official.WithRegionalEstimates(RegionalHolidayRule.GuangxiSanyuesan)).Single();

        Assert.Equal((D(2024, 4, 29), D(2024, 5, 6)), (change.OldDue, change.NewDue));
        Assert.Equal("IM1: due 2024-04-29, now 2024-05-06; 2024-04-11 working → off (广西壮族自治区 壮族三月三); " +
                     "2024-04-12 working → off (广西壮族自治区 壮族三月三); now provisional.", change.ExplanationEn);
        Assert.EndsWith("；改为暂按推定。", change.ExplanationZh, StringComparison.Ordinal);
    }

    [Fact]
    public void D29_a_stage_deadline_rechecked_stays_on_or_after_its_stage()
    {
        // Decision Sunday 2 February 2020, stage Friday 31 January. Before: by Saturday 1 February (a make-up day). After: the decision moved
        // back is 23 January, before the stage, so the stage is due on the first working day from it, 3 February.
        var stage = Given.MajorDecision(D(2020, 2, 2), [D(2020, 1, 31)]).InterimStages.Single();

        var change = DeadlineChanges.Between([stage], After).Single();

        Assert.Equal((D(2020, 2, 1), D(2020, 2, 3)), (change.OldDue, change.NewDue));
    }

    [Fact]
    public void D34_an_annual_reports_date_never_moves()
    {
        var body = new Body("mzj", "民政局", BodyType.AdministrativeOrgan, GovDisclosure.Policy.Tests.Evaluation.Registers.Principal, null) { Role = BodyRole.Department };
        var report = Given.AnnualReportDue(body, 2019)!;

        Assert.Empty(DeadlineChanges.Between([report], After));
        Assert.Equal(report.Due, report.Basis.DueOn(report, After));
    }

    [Fact]
    public void D2_deadlines_stored_as_JSON_and_read_back_are_rechecked_like_the_ones_given()
    {
        using var stream = new MemoryStream();
        PolicyJson.WriteDeadlines(GivenOn20January, stream);
        stream.Position = 0;

        var stored = PolicyJson.ReadDeadlines(stream);
        var changes = DeadlineChanges.Between(stored, After);

        Assert.Equal(GivenOn20January.Select(deadline => deadline.Days), stored.Select(deadline => deadline.Days));
        Assert.Equal(GivenOn20January.Select(deadline => deadline.ExplanationEn), stored.Select(deadline => deadline.ExplanationEn));
        Assert.Equal(DeadlineChanges.Between(GivenOn20January, After).Select(change => change.ExplanationEn), changes.Select(change => change.ExplanationEn));
    }

    [Fact]
    public void D2_a_stored_deadline_that_cannot_be_read_back_is_reported_with_its_element()
    {
        var report = DeadlineReport.Of(GivenOn20January[0]);
        var old = report with { DueWordingZh = null };
        var outside = report with { Days = [new DayReport(D(2020, 3, 1), DayKind.Weekend, null, null, null, false, null, null)] };
        var twice = report with { Days = [report.Days[0], report.Days[0]] };
        var region = report with { Days = [report.Days[0] with { Region = "45" }] };

        Assert.Contains("reports written before 0.4 cannot be read back", ArgumentAssert.Throws<ArgumentException>(() => old.ToDeadline()).Message);
        Assert.Contains("The report of IM1 lists", ArgumentAssert.Throws<ArgumentException>(() => twice.ToDeadline()).Message);
        Assert.Contains("lists 2020-03-01 outside the days it counted (2020-01-21 to 2020-02-21).", ArgumentAssert.Throws<ArgumentException>(() => outside.ToDeadline()).Message);
        Assert.Contains("lists 2020-01-24 twice.", ArgumentAssert.Throws<ArgumentException>(() => twice.ToDeadline()).Message);
        Assert.Contains("the region \"45\"", ArgumentAssert.Throws<ArgumentException>(() => region.ToDeadline()).Message);
        using var stream = new MemoryStream();
        JsonSerializer.Serialize(stream, new[] { report, old }, PolicyJson.Options);
        stream.Position = 0;
        Assert.Equal("$[1]", Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadDeadlines(stream)).Problems).Path);
    }

    [Fact]
    public void D2_a_stored_deadline_with_a_null_list_is_a_JSON_problem_not_a_crash()
    {
        var report = System.Text.Json.Nodes.JsonNode.Parse(JsonSerializer.Serialize(new[] { DeadlineReport.Of(GivenOn20January[1]) }, PolicyJson.Options))!;
        report[0]!["days"] = null;
        var json = report.ToJsonString();

        var exception = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadDeadlines(SampleNotices.Utf8(json)));

        Assert.Contains("Days", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D2_a_recheck_gives_what_the_new_calendar_gives_afresh_for_replies_redress_periods_and_decisions()
    {
        var now = DisclosurePolicy.Default.WithCalendar(After);
        var extended = InformationRequest.Receive("YSQ-3", "mzj", RequestChannel.InPerson, D(2020, 1, 6), null, ApplicantKind.NaturalPerson).Extend(D(2020, 1, 20), 10);
        var delivered = InformationRequest.Receive("YSQ-4", "mzj", RequestChannel.InPerson, D(2019, 11, 20), null, ApplicantKind.NaturalPerson)
            .Reply(D(2019, 12, 2), RequestOutcome.Disclosed).Deliver(D(2019, 12, 2), DeliveryMethod.InPerson);
        var decision = (Decision: D(2020, 2, 10), Stages: new[] { D(2020, 1, 23), D(2020, 2, 2) });
        Deadline[] given =
        [
            Given.ReplyDue(extended),
            .. new[] { Given.RedressWindowsFor(delivered) }.SelectMany(w => new[] { w.Reconsideration, w.Litigation }),
            .. Given.MajorDecision(decision.Decision, decision.Stages).All,
        ];
        Deadline[] afresh =
        [
            now.ReplyDue(extended),
            .. new[] { now.RedressWindowsFor(delivered) }.SelectMany(w => new[] { w.Reconsideration, w.Litigation }),
            .. now.MajorDecision(decision.Decision, decision.Stages).All,
        ];

        Assert.Equal(afresh.Select(deadline => deadline.Due), given.Select(deadline => deadline.Basis.DueOn(deadline, After)));
        Assert.Contains(DeadlineChanges.Between(given, After), change => change.Given.RequestId() == "YSQ-3");
        Assert.Contains(DeadlineChanges.Between(given, After), change => change.Given.Subject == "YSQ-4 行政复议");   // 31 January, now off
    }

    [Fact]
    public void D2_a_day_that_becomes_a_working_day_is_described_too()
    {
        var given = DisclosurePolicy.Default.WithCalendar(After).DueDate(ScheduleEntry.IM1, D(2020, 1, 20));

        var change = DeadlineChanges.Between([given], Before).Single();

        Assert.Equal("IM1: due 2020-02-25, now 2020-02-21; 2020-01-31 off → working; 2020-02-01 off → working (春节).", change.ExplanationEn);
        Assert.Equal("IM1：期限由2020-02-25变为2020-02-21；2020-01-31 调休放假→工作日；2020-02-01 周末→调休上班（春节）。", change.ExplanationZh);
    }

    [Fact]
    public void D1_a_requests_deadline_rests_on_the_days_from_its_receipt_a_stages_on_those_from_the_decision()
    {
        // Guangxi estimated, except 2024, which has its notice: 2023 is provisional, 2024 is not.
        var guangxi = Official.WithRegionalEstimates(RegionalHolidayRule.GuangxiSanyuesan)
            .WithRegionalNotice(new RegionalNotice(new RegionCode(450000), "广西壮族自治区", 2024, []));
        var request = DisclosurePolicy.Default.ReplyDue(InformationRequest.Receive("YSQ-5", "mzj", RequestChannel.InPerson, D(2023, 12, 20), null, ApplicantKind.NaturalPerson)
            .NoticeCorrection(D(2023, 12, 22), D(2024, 1, 10)).Corrected(D(2024, 1, 8)));
        var stage = DisclosurePolicy.Default.MajorDecision(D(2024, 1, 10), [D(2023, 12, 20)]).InterimStages.Single();

        var changes = DeadlineChanges.Between([request, stage], guangxi);

        var change = Assert.Single(changes);
        Assert.Equal("YSQ-5", change.Given.Subject);
        Assert.True(change.Recomputed.IsProvisional);
        Assert.False(change.DueMoved);
    }

    [Fact]
    public void D34_an_annual_reports_deadline_says_it_is_due_to_be_published()
    {
        var body = new Body("mzj", "民政局", BodyType.AdministrativeOrgan, GovDisclosure.Policy.Tests.Evaluation.Registers.Principal, null) { Role = BodyRole.Department };

        var report = Given.AnnualReportDue(body, 2019)!;

        Assert.StartsWith("2019年度政府信息公开工作年度报告 应于2020-01-31前公布", report.ExplanationZh, StringComparison.Ordinal);
        Assert.StartsWith("2019年度政府信息公开工作年度报告 due 2020-01-31", report.ExplanationEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec10_a_catalog_rows_deadline_keeps_its_catalog_and_row_when_stored()
    {
        var civil = GovDisclosure.Policy.Tests.Catalogs.CatalogDeadlineTests.Civil;
        var deadline = DisclosurePolicy.Default.WithCatalog(civil).DueDate(civil.KeyOf(civil.Rows[1].Number), D(2020, 1, 20));

        var stored = DeadlineReport.Of(deadline).ToDeadline();

        Assert.Equal($"{civil.Name} {civil.Rows[1].Number}", DeadlineReport.Of(deadline).Subject);
        Assert.Equal(deadline.Subject, stored.Subject);
        Assert.Null(DeadlineReport.Of(GivenOn20January[0]).Subject);   // IM1: its entry names it
        Assert.Equal("YSQ-1", DeadlineReport.Of(GivenOn20January[1]).Subject);
    }

    [Fact]
    public void D2_the_changes_need_deadlines_and_a_calendar()
    {
        Assert.Equal("given", ArgumentAssert.Throws<ArgumentNullException>(() => DeadlineChanges.Between(null!, After)).ParamName);
        Assert.Equal("newCalendar", ArgumentAssert.Throws<ArgumentNullException>(() => DeadlineChanges.Between([], null!)).ParamName);
        Assert.Equal("given", ArgumentAssert.Throws<ArgumentNullException>(() => DeadlineChanges.Between([null!], After)).ParamName);
        Assert.Empty(DeadlineChanges.Between(GivenOn20January, Before));
    }
}
