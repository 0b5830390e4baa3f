using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Tests.Catalogs;
using GovDisclosure.Policy.Tests.Evaluation;

namespace GovDisclosure.Policy.Tests.Deadlines;

/// <summary>Which rule a key finds (D3, D35, D43): an entry's, the statutory period for an item no entry covers, a county row's — and why not.</summary>
public sealed class ObligationRulesTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default.WithCatalog(CatalogDeadlineTests.Civil);

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void D3_an_item_no_entry_covers_takes_the_statutory_rule_in_every_form()
    {
        var item = ObligationKey.Of(DisclosureItem.G15);
        var formed = D(2024, 2, 8);

        var deadline = Policy.DueDate(item, formed);
        var results = new LocalDate[2];
        Policy.DueDates([item, ScheduleEntry.IM1.Key], [formed, formed], results);

        Assert.Equal((Policy.StatutoryRule, Cadence.Statutory), (deadline.Rule, ((ObligationBasis)deadline.Basis).Cadence));
        Assert.Equal("D3", deadline.Rule.SourceId);
        Assert.Equal(Policy.StatutoryDueDate(formed).Due, deadline.Due);
        Assert.Equal([deadline.Due, Policy.DueDate(ScheduleEntry.IM1, formed).Due], results);
        Assert.True(Policy.TryGetRule(item, out var rule));
        Assert.Same(Policy.StatutoryRule, rule);
        Assert.Same(Policy.StatutoryRule, Policy.GetRule(item));
        Assert.True(Policy.TryGetRule(ScheduleEntry.MO1, out var monthly));
        Assert.Equal((DeadlineTrigger.PeriodEnd, "D5"), (monthly.Trigger, monthly.SourceId));
    }

    [Fact]
    public void D3_an_item_its_entries_wholly_cover_is_named_by_its_entries_instead()
    {
        var covered = DisclosureItem.InOrder.Where(item => ItemSchedule.For(item) is { IsInferred: false, HasUncoveredParts: false }).ToArray();
        Assert.NotEmpty(covered);

        Assert.All(covered, item =>
        {
            var entries = ItemSchedule.For(item).Entries;
            var error = ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDate(ObligationKey.Of(item), D(2024, 2, 8)));
            Assert.Contains($"{string.Join(" and ", entries.Select(e => e.Code))} cover{(entries.Count == 1 ? "s" : "")} the item; name the entry instead.", error.Message);
            Assert.False(Policy.TryGetRule(ObligationKey.Of(item), out _));
        });
        Assert.Contains(covered, item => ItemSchedule.For(item).Entries.Count == 1);
    }

    [Fact]
    public void D43_a_part_of_a_row_of_one_event_is_refused()
    {
        var error = ArgumentAssert.Throws<ArgumentException>(() => Policy.DueDate(ObligationKey.InCatalog("某县民政", "3", 1), D(2024, 2, 8)));

        Assert.Contains("row 3 of \"某县民政\" names one event, so it has no part 1: parts are the events of a row that names several (D43).", error.Message);
        Assert.False(Policy.TryGetRule(ObligationKey.InCatalog("某县民政", "3", 1), out _));
        Assert.True(Policy.TryGetRule(ObligationKey.InCatalog("某县民政", "3"), out _));
    }

    [Fact]
    public void D2_a_count_in_calendar_days_refuses_an_event_before_the_calendar_even_when_its_end_is_inside()
    {
        // Row 4: 批准之日起30日内. 2006-12-20 + 30 days is inside the calendar; the event is not.
        Assert.Throws<CalendarCoverageException>(() => Policy.DueDate(CatalogDeadlineTests.Civil.KeyOf("4"), D(2006, 12, 20)));
        Assert.Equal(D(2007, 1, 31), Policy.DueDate(CatalogDeadlineTests.Civil.KeyOf("4"), D(2007, 1, 1)).Due);

        // The same in the batch form on a calendar of the user's own, which counts through the rule itself (no ranks).
        var own = Policy.WithCalendar(new Architecture.SixDayWeekCalendar());
        var results = new LocalDate[1];
        Assert.Throws<CalendarCoverageException>(() => own.DueDates([CatalogDeadlineTests.Civil.KeyOf("4")], [D(2019, 12, 20)], results));
        own.DueDates([CatalogDeadlineTests.Civil.KeyOf("4")], [D(2020, 1, 1)], results);
        Assert.Equal(D(2020, 1, 31), results[0]);
    }

    [Fact]
    public void D41_a_body_calendar_names_what_it_could_not_count_year_or_events()
    {
        var bureau = Registers.Bureau("mzj") with { Catalogs = ["某县民政"] };
        var town = new Body("town", "某镇人民政府", BodyType.Township, Registers.Principal, "王主任") { Catalogs = ["某县民政"] };
        var outside = new DisclosureEvent(D(2027, 1, 5), ScheduleEntry.IM1, "outside");

        Assert.Equal("year", Assert.Throws<CalendarCoverageException>(() => Policy.CalendarFor(bureau, 2006)).ParamName);
        Assert.Equal("year", Assert.Throws<CalendarCoverageException>(() => Policy.CalendarFor(town, 2006)).ParamName);
        Assert.Equal("events", Assert.Throws<CalendarCoverageException>(() => Policy.CalendarFor(bureau, 2026, [outside])).ParamName);
    }

    [Fact]
    public void D3_an_event_of_an_item_no_entry_covers_is_scheduled_by_the_statutory_period()
    {
        var bureau = Registers.Bureau("mzj");
        var happened = new DisclosureEvent(D(2024, 2, 8), ObligationKey.Of(DisclosureItem.G15), "统计数据");

        var scheduled = Assert.Single(Policy.CalendarFor(bureau, 2024, [happened]).Scheduled, s => s.Description == "统计数据");

        Assert.Equal((Policy.StatutoryDueDate(D(2024, 2, 8)).Due, "D3"), (scheduled.Deadline.Due, scheduled.Deadline.Rule.SourceId));
        Assert.Equal(ObligationKey.Of(DisclosureItem.G15), ((ObligationBasis)scheduled.Deadline.Basis).Obligation);
    }

    [Fact]
    public void Sec8_4_a_reply_deadline_explains_each_step_of_its_clock_in_both_languages()
    {
        var request = GovDisclosure.Policy.Requests.InformationRequest.Receive("R-1", "mzj", GovDisclosure.Policy.Requests.RequestChannel.InPerson,
            D(2024, 9, 23), null, GovDisclosure.Policy.Requests.ApplicantKind.NaturalPerson);
        var reply = DisclosurePolicy.Default.ReplyDue(request);
        var step = Assert.Single(((GovDisclosure.Policy.Requests.ReplyBasis)reply.Basis).Steps);

        Assert.Contains("；" + step.DescriptionZh + "；", reply.ExplanationZh);
        Assert.Contains("; " + step.DescriptionEn + "; ", reply.ExplanationEn);
    }
}
