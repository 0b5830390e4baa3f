using GovDisclosure.Policy.ICalendar;
using Ical.Net;

namespace GovDisclosure.Policy.ICalendar.Tests;

/// <summary>A bureau's deadlines as iCalendar, read back with Ical.Net.</summary>
public sealed class DisclosureIcsTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;
    private static readonly IcsOptions Options = new(Instant.FromUtc(2025, 1, 2, 8, 0));
    private static readonly BodyDisclosureCalendar Year2025 = Policy.CalendarFor(BodyType.AdministrativeOrgan, 2025,
        [new DisclosureEvent(new LocalDate(2025, 1, 24), ScheduleEntry.IM1, "关于调整城乡低保标准的通知")]);

    private static string Export(BodyDisclosureCalendar calendar) => DisclosureIcs.Export(calendar, "mzj", Policy.Calendar, Options);

    [Fact]
    public void Every_obligation_becomes_one_all_day_event_on_its_due_date_with_its_uid()
    {
        var ics = Export(Year2025);

        var events = Ical.Net.Calendar.Load(ics)!.Events.ToArray();

        Assert.Equal(Year2025.Scheduled.Count, events.Length);
        Assert.All(events.Zip(Year2025.Scheduled), pair =>
        {
            var (calendarEvent, obligation) = pair;
            var due = obligation.Deadline.Due;
            Assert.Equal(new DateOnly(due.Year, due.Month, due.Day), calendarEvent.DtStart!.Date);
            Assert.False(calendarEvent.DtStart.HasTime);
            Assert.Equal(DisclosureIcs.Uid("mzj", obligation.Deadline, obligation.Description), calendarEvent.Uid);
        });
        Assert.Equal(events.Length, events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public void An_event_says_what_is_due_in_both_languages_with_the_rules_source_and_a_reminder()
    {
        var calendarEvent = Ical.Net.Calendar.Load(Export(Year2025))!.Events.Single(e => e.Summary!.StartsWith("IM1", StringComparison.Ordinal));

        Assert.Equal("IM1 关于调整城乡低保标准的通知 公开截止 / due: Rules, normative documents and other documents", calendarEvent.Summary);
        Assert.Contains("依据 Source: D4, §3.3.IM1", calendarEvent.Description);
        Assert.Contains("20 working days after the event date (D4)", calendarEvent.Description);
        var alarm = Assert.Single(calendarEvent.Alarms);
        var due = Policy.DueDate(ScheduleEntry.IM1, new LocalDate(2025, 1, 24)).Due;
        var remind = Policy.Calendar.AddWorkingDays(due, -3);
        Assert.Equal(new DateOnly(remind.Year, remind.Month, remind.Day), alarm.Trigger!.DateTime!.Date);
    }

    [Fact]
    public void Sec10_a_county_catalogs_rows_become_events_named_by_catalog_and_number_with_their_legal_basis()
    {
        var catalog = new GovDisclosure.Policy.Catalogs.CountyCatalog("某县民政", [new GovDisclosure.Policy.Catalogs.CatalogRow("5", ["最低生活保障", "资金发放"], "低保资金发放情况",
            "《社会救助暂行办法》", "每季度结束后10个工作日内", "县级民政部门", [GovDisclosure.Policy.Catalogs.NationalChannel.GovernmentWebsite],
            GovDisclosure.Policy.Catalogs.CatalogAudience.WholeSociety, [GovDisclosure.Policy.Catalogs.DisclosureMode.Proactive], [AdministrativeLevel.Township])]);
        var township = new Body("xz", "某镇", BodyType.Township, new PrincipalLeader("赵", new LocalDate(2024, 1, 1)), null) { Catalogs = ["某县民政"] };
        var year = Policy.WithCatalog(catalog).CalendarFor(township, 2025);

        var events = Ical.Net.Calendar.Load(DisclosureIcs.Export(year, "xz", Policy.Calendar, Options))!.Events.ToArray();

        Assert.Equal(4, events.Length);
        Assert.All(events, e => Assert.Equal("某县民政 5 最低生活保障/资金发放：低保资金发放情况 公开截止 / due", e.Summary));
        Assert.All(events, e => Assert.EndsWith("依据 Source: \"某县民政\" 序号 5, D35; 公开依据 《社会救助暂行办法》", e.Description));
        Assert.Equal(4, events.Select(e => e.Uid).Distinct().Count());
    }

    [Fact]
    public void Sec8_a_requests_reply_deadline_and_redress_windows_export_like_other_deadlines()
    {
        // Received Mon 23 Sep 2024: reply due Thu 24 Oct; delivered Fri 1 Nov, reconsideration by Tue 31 Dec, litigation by Tue 6 May 2025.
        var request = GovDisclosure.Policy.Requests.InformationRequest.Receive("YSQ-7", "mzj", GovDisclosure.Policy.Requests.RequestChannel.InPerson,
            new LocalDate(2024, 9, 23), null, GovDisclosure.Policy.Requests.ApplicantKind.NaturalPerson);
        var delivered = request.Reply(new LocalDate(2024, 11, 1), GovDisclosure.Policy.Requests.RequestOutcome.Disclosed)
            .Deliver(new LocalDate(2024, 11, 1), GovDisclosure.Policy.Requests.DeliveryMethod.InPerson);
        var windows = Policy.RedressWindowsFor(delivered);
        (Deadline, string)[] deadlines = [(Policy.ReplyDue(request), "低保档案"), (windows.Reconsideration, ""), (windows.Litigation, "")];

        var events = Ical.Net.Calendar.Load(DisclosureIcs.Export(deadlines, "mzj", Policy.Calendar, Options))!.Events.ToArray();

        Assert.Equal(["YSQ-7 低保档案 答复截止 / reply due", "YSQ-7 行政复议 期限届满 / last day", "YSQ-7 行政诉讼 期限届满 / last day"], events.Select(e => e.Summary));
        Assert.Equal([new DateOnly(2024, 10, 24), new DateOnly(2024, 12, 31), new DateOnly(2025, 5, 6)], events.Select(e => e.DtStart!.Date));
        Assert.Contains("received 2024-09-23: in person: received the day it was handed in (§8.3)", events[0].Description);
        Assert.Contains("依申请公开", events[0].Categories);
        Assert.Equal(3, events.Select(e => e.Uid).Distinct().Count());
        Assert.EndsWith("（2024-10-24）答复截止", events[0].Alarms.Single().Description);
    }

    [Fact]
    public void Sec9_1_a_departments_annual_report_exports_on_its_fixed_due_date_named_once()
    {
        var bureau = new Body("mzj", "县民政局", BodyType.AdministrativeOrgan, new PrincipalLeader("张", new LocalDate(2024, 1, 1)), null) { Role = BodyRole.Department };

        var events = Ical.Net.Calendar.Load(DisclosureIcs.Export(Policy.CalendarFor(bureau, 2025), "mzj", Policy.Calendar, Options))!.Events;

        var report = Assert.Single(events, e => e.Summary!.Contains("年度报告", StringComparison.Ordinal));
        Assert.Equal("2025年度政府信息公开工作年度报告 公开截止 / due", report.Summary);
        Assert.Equal(new DateOnly(2026, 1, 31), report.DtStart!.Date);   // a Saturday, not moved (D34)
        Assert.Contains("依据 Source: §9.1, D34", report.Description);
    }

    [Fact]
    public void Exporting_an_unchanged_calendar_again_gives_the_same_bytes()
    {
        var again = Policy.CalendarFor(BodyType.AdministrativeOrgan, 2025,
            [new DisclosureEvent(new LocalDate(2025, 1, 24), ScheduleEntry.IM1, "关于调整城乡低保标准的通知")]);

        Assert.Equal(Export(Year2025), Export(again));
    }

    [Fact]
    public void A_changed_deadline_keeps_its_uid_so_calendar_apps_update_the_event()
    {
        var county = Policy.WithProfile(new PolicyProfile("县").Override(Cadence.Monthly, 10, DeadlineUnit.WorkingDays));
        var original = Ical.Net.Calendar.Load(Export(Year2025))!.Events.ToDictionary(e => e.Uid!);

        var changed = Ical.Net.Calendar.Load(Export(county.CalendarFor(BodyType.AdministrativeOrgan, 2025,
            [new DisclosureEvent(new LocalDate(2025, 1, 24), ScheduleEntry.IM1, "关于调整城乡低保标准的通知")])))!.Events.ToArray();

        Assert.All(changed, e => Assert.True(original.ContainsKey(e.Uid!)));
        Assert.Contains(changed, e => e.DtStart!.Date != original[e.Uid!].DtStart!.Date);
    }

    [Fact]
    public void Provisional_deadlines_are_marked_and_bad_input_is_refused()
    {
        var provisional = Policy.WithCalendar(ChinaWorkingDayCalendar.Official.WithProvisionalYearsThrough(2027));
        var ics = DisclosureIcs.Export(provisional.CalendarFor(BodyType.School, 2026), "school", provisional.Calendar, Options);
        var deadline = Policy.DueDate(ScheduleEntry.IM1, new LocalDate(2025, 3, 3));

        Assert.Contains(Ical.Net.Calendar.Load(ics)!.Events, e => e.Categories.Contains("暂定 provisional"));
        Assert.Equal("scope", Assert.Throws<ArgumentException>(() => DisclosureIcs.Export([(deadline, "x")], " ", Policy.Calendar, Options)).ParamName);
        Assert.Contains("would share the UID", Assert.Throws<ArgumentException>(() =>
            DisclosureIcs.Export([(deadline, "x"), (deadline, "x")], "mzj", Policy.Calendar, Options)).Message);
    }
}
