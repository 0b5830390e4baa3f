using GovDisclosure.Policy.Tests.Calendar;

namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>The outcomes of D13, one scenario each.</summary>
public sealed class OutcomeTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    private static ObligationOutcome OutcomeOf(DisclosureRecord record, LocalDate asOf) =>
        Policy.Evaluate(Registers.SchoolWith(0, 0, record), asOf).Outcomes.Single(o => o.RecordId == record.Id);

    [Fact]
    public void D13_published_by_the_due_date_is_on_time()
    {
        Assert.Equal(Outcome.OnTime, OutcomeOf(Registers.St1("r", new LocalDate(2024, 2, 8), 0), Registers.SpringAsOf).Outcome);
    }

    [Fact]
    public void D13_published_after_the_due_date_is_late_by_working_days()
    {
        var outcome = OutcomeOf(Registers.St1("r", new LocalDate(2024, 2, 8), 3), Registers.SpringAsOf);

        Assert.Equal(Outcome.Late, outcome.Outcome);
        Assert.Equal(3, outcome.WorkingDaysLate);
        Assert.Equal(new LocalDate(2024, 3, 13), outcome.Due);
    }

    [Fact]
    public void D13_due_and_not_published_is_missing_and_not_yet_due_is_pending()
    {
        var record = Registers.St1("r", new LocalDate(2024, 2, 8), null);

        Assert.Equal(Outcome.Pending, OutcomeOf(record, new LocalDate(2024, 3, 13)).Outcome);
        Assert.Equal(Outcome.Missing, OutcomeOf(record, new LocalDate(2024, 3, 14)).Outcome);
    }

    [Fact]
    public void D13_a_publication_after_the_evaluation_day_does_not_count_yet()
    {
        var record = Registers.St1("r", new LocalDate(2024, 2, 8), 3);

        Assert.Equal(Outcome.Missing, OutcomeOf(record, new LocalDate(2024, 3, 15)).Outcome);
        Assert.Equal(Outcome.Late, OutcomeOf(record, new LocalDate(2024, 3, 19)).Outcome);
    }

    [Fact]
    public void D13_a_classified_record_is_exempt_and_counted_nowhere()
    {
        var evaluation = Policy.Evaluate(Registers.SchoolWith(3, 0, Registers.St1("secret", new LocalDate(2024, 2, 8), null, classified: true)), Registers.SpringAsOf);

        Assert.Equal(Outcome.Exempt, evaluation.Outcomes.Single(o => o.RecordId == "secret").Outcome);
        Assert.Equal(1, evaluation.Units[0].Exempt);
        Assert.Equal(3, evaluation.Units[0].Counted);
        Assert.DoesNotContain(evaluation.Units[0].Findings, f => f.SubjectId == "secret");
    }

    [Fact]
    public void D13_a_recurring_obligation_with_no_record_is_missing_once_due()
    {
        var evaluation = Policy.Evaluate(Registers.SchoolWith(1, 0), new LocalDate(2024, 5, 6));

        var q1 = evaluation.Outcomes.Single(o => o.Entry() == ScheduleEntry.QU2 && o.Trigger == new LocalDate(2024, 1, 1));
        Assert.Equal(Outcome.Missing, q1.Outcome);
        Assert.Null(q1.RecordId);
        Assert.Contains(evaluation.Units[0].Findings, f => f.Kind == FindingKind.Missing && f.SubjectId == "QU2 2024-01-01");
        Assert.Equal(3, evaluation.Outcomes.Count(o => o.Entry() == ScheduleEntry.QU2 && o.Outcome == Outcome.Pending));
    }

    [Fact]
    public void D13_a_recurring_obligation_with_no_record_counts_in_its_units_missing_and_pending()
    {
        var evaluation = Policy.Evaluate(Registers.SchoolWith(1, 0), new LocalDate(2024, 5, 6));

        var unit = evaluation.Units[0];
        Assert.Equal((1, 0, 1), (unit.OnTime, unit.Late, unit.Missing));
        Assert.Equal(evaluation.Outcomes.Count(o => o.Outcome == Outcome.Pending && o.RecordId is null), unit.Pending);
        Assert.True(unit.Pending > 0);
        Assert.Equal(0.5, unit.OnTimeRate);
    }

    [Fact]
    public void D13_a_recurring_obligation_with_no_record_is_pending_on_its_due_day_and_missing_the_day_after()
    {
        // The first quarter ends on Sunday 31 March 2024; its QU2 report is due 20 working days later.
        var due = WalkingCalendar.AddWorkingDays(new LocalDate(2024, 3, 31), 20);

        Outcome FirstQuarterOn(LocalDate asOf) =>
            Policy.Evaluate(Registers.SchoolWith(1, 0), asOf).Outcomes.Single(o => o.Entry() == ScheduleEntry.QU2 && o.Trigger == new LocalDate(2024, 1, 1)).Outcome;

        Assert.Equal((Outcome.Pending, Outcome.Pending, Outcome.Missing), (FirstQuarterOn(due.PlusDays(-1)), FirstQuarterOn(due), FirstQuarterOn(due.PlusDays(1))));
    }

    [Fact]
    public void D13_a_publication_dated_on_the_evaluation_day_counts_and_reaches_its_channel()
    {
        // Due Wednesday 13 March 2024 and published that day on the portal.
        var record = Registers.St1("r", new LocalDate(2024, 2, 8), 0);
        var onTheDay = Policy.Evaluate(Registers.SchoolWith(0, 0, record), new LocalDate(2024, 3, 13));

        Assert.Equal(Outcome.OnTime, onTheDay.Outcomes.Single(o => o.RecordId == "r").Outcome);
        Assert.Equal(new LocalDate(2024, 3, 13), onTheDay.Outcomes.Single(o => o.RecordId == "r").Published);
        Assert.DoesNotContain(onTheDay.Units[0].Findings, f => f.SubjectId == "r");
        Assert.Equal(Outcome.Pending, OutcomeOf(record, new LocalDate(2024, 3, 12)).Outcome);
    }

    [Fact]
    public void D13_of_several_publications_the_earliest_by_the_evaluation_day_counts()
    {
        // Due Wednesday 13 March 2024: published on time on the 12th and again, late, on the 15th, listed late first.
        var record = new DisclosureRecord("r", "school", ScheduleEntry.ST1, new LocalDate(2024, 2, 8),
            [Registers.Portal(new LocalDate(2024, 3, 15)), Registers.Portal(new LocalDate(2024, 3, 12))]);

        var outcome = OutcomeOf(record, Registers.SpringAsOf);

        Assert.Equal((Outcome.OnTime, (LocalDate?)new LocalDate(2024, 3, 12)), (outcome.Outcome, outcome.Published));
    }

    [Fact]
    public void D13_each_unit_is_counted_and_graded_on_its_own_obligations()
    {
        // Two schools: the first with 3 on-time records, the second with 1 on time and 2 late, as of mid-April (nothing else due).
        var records = new[]
        {
            Registers.St1("a1", new LocalDate(2024, 1, 2), -1, bodyId: "s1"), Registers.St1("a2", new LocalDate(2024, 1, 3), -1, bodyId: "s1"),
            Registers.St1("a3", new LocalDate(2024, 1, 4), -1, bodyId: "s1"),
            Registers.St1("b1", new LocalDate(2024, 1, 2), -1, bodyId: "s2"), Registers.St1("b2", new LocalDate(2024, 1, 3), 2, bodyId: "s2"),
            Registers.St1("b3", new LocalDate(2024, 1, 4), 2, bodyId: "s2"),
        };
        var register = new RegisterBuilder(2024)
            .AddBodies([Registers.School("s1"), Registers.School("s2")])
            .AddRecords(records)
            .AddCommitments([Registers.GoodCommitment with { BodyId = "s1" }, Registers.GoodCommitment with { BodyId = "s2" }])
            .AddInspections([Registers.CountyInspections])
            .Build();

        var units = Policy.Evaluate(register, Registers.SpringAsOf).Units;

        Assert.Equal((3, 0, Grade.Excellent), (units[0].OnTime, units[0].Late, units[0].Grade));
        Assert.Equal((1, 2, Grade.Unsatisfactory), (units[1].OnTime, units[1].Late, units[1].Grade));
    }

    [Fact]
    public void D13_a_unit_whose_every_due_obligation_is_missing_is_graded_unsatisfactory()
    {
        var unit = Policy.Evaluate(Registers.SchoolWith(0, 0, Registers.St1("gone", new LocalDate(2024, 1, 2), null)), Registers.SpringAsOf).Units[0];

        Assert.Equal((0, 0, 1), (unit.OnTime, unit.Late, unit.Missing));
        Assert.Equal(Grade.Unsatisfactory, unit.Grade);
    }

    [Fact]
    public void D13_each_month_of_a_monthly_entry_is_its_own_obligation_next_to_the_records_of_another_entry()
    {
        // Records of MO2 for February to December must not stand for any month of MO1.
        var bureau = Registers.Bureau();
        var records = Enumerable.Range(2, 11).Select(month => new DisclosureRecord($"mo2-{month}", bureau.Id, ScheduleEntry.MO2, new LocalDate(2024, month, 1), []));

        var outcomes = Policy.Evaluate(new RegisterBuilder(2024)
            .AddBodies([bureau])
            .AddRecords(records)
            .Build(), new LocalDate(2024, 12, 31)).Outcomes;

        Assert.Equal(Enumerable.Range(1, 12), outcomes.Where(o => o.Entry() == ScheduleEntry.MO1).Select(o => o.Trigger.Month).Order());
        Assert.Equal(Enumerable.Range(1, 12), outcomes.Where(o => o.Entry() == ScheduleEntry.MO2).Select(o => o.Trigger.Month).Order());
    }

    [Fact]
    public void D13_every_recurring_obligation_of_the_year_has_exactly_one_outcome_whatever_is_recorded()
    {
        // Records for every quarter of every quarterly entry: none may stand for a period of another entry.
        var bureau = Registers.Bureau();
        var quarterly = ScheduleEntry.InOrder.Where(entry => entry.Cadence == Cadence.Quarterly).ToArray();
        var records = quarterly.SelectMany(entry => new[] { 1, 4, 7, 10 }.Select(month =>
            new DisclosureRecord($"{entry.Code}-{month}", bureau.Id, entry, new LocalDate(2024, month, 1), [])));
        var expected = Policy.CalendarFor(bureau.Type, 2024).Scheduled.Select(o => (o.Entry()!.Code, o.Deadline.Period!.Start)).Order();

        var outcomes = Policy.Evaluate(new RegisterBuilder(2024)
            .AddBodies([bureau])
            .AddRecords(records)
            .Build(), new LocalDate(2024, 12, 31)).Outcomes;

        Assert.Equal(expected, outcomes.Select(o => (o.Entry()!.Code, o.Trigger)).Order());
    }

    [Fact]
    public void D13_a_record_never_published_is_a_finding_that_says_when_it_was_due()
    {
        var evaluation = Policy.Evaluate(Registers.SchoolWith(0, 0, Registers.St1("gone", new LocalDate(2024, 2, 8), null)), Registers.SpringAsOf);

        var finding = Assert.Single(evaluation.GetUnit("school").Findings, f => f.SubjectId == "gone");

        // The values; the sentences that carry them are pinned with every other finding's in Approved/finding-texts.txt.
        Assert.Equal((FindingKind.Missing, "ST1", new LocalDate(2024, 3, 13), (LocalDate?)null), (finding.Kind, finding.What, finding.Due!.Value, finding.Published));
        Assert.Contains("2024-03-13", finding.MessageEn);
        Assert.Contains("2024-03-13", finding.MessageZh);
        Assert.Equal("The register has no unit \"ghost\".", Assert.Throws<KeyNotFoundException>(() => evaluation.GetUnit("ghost")).Message);
    }

    [Fact]
    public void Sec3_1_a_record_published_twice_on_the_portal_or_once_on_two_public_channels_reaches_the_public()
    {
        var bureau = Registers.Bureau();
        var register = new RegisterBuilder(2024)
            .AddBodies([bureau])
            .AddRecords([
            new DisclosureRecord("twice", bureau.Id, ScheduleEntry.IM1, new LocalDate(2024, 3, 1),
                [Registers.Portal(new LocalDate(2024, 3, 4)), Registers.Portal(new LocalDate(2024, 3, 5))]),
            new DisclosureRecord("two", bureau.Id, ScheduleEntry.IM1, new LocalDate(2024, 3, 2),
                [new Publication(new LocalDate(2024, 3, 4), [Channel.GovernmentPortal, Channel.DisclosureColumn])]),
        ])
            .Build();

        Assert.DoesNotContain(Policy.Evaluate(register, Registers.SpringAsOf).Units[0].Findings, f => f.Kind == FindingKind.NotReachingPublic);
    }

    [Fact]
    public void Sec3_1_a_staff_item_published_twice_internally_reaches_the_staff()
    {
        var bureau = Registers.Bureau();
        var register = new RegisterBuilder(2024)
            .AddBodies([bureau])
            .AddRecords([
            new DisclosureRecord("i", bureau.Id, ScheduleEntry.IM3, new LocalDate(2024, 3, 1), [new Publication(new LocalDate(2024, 3, 4), [Channel.Intranet]), new Publication(new LocalDate(2024, 3, 5), [Channel.StaffMeetingBriefing, Channel.Intranet])]) { Item = DisclosureItem.I03 },
        ])
            .Build();

        Assert.DoesNotContain(Policy.Evaluate(register, Registers.SpringAsOf).Units[0].Findings, f => f.Kind == FindingKind.NotReachingStaff);
    }

    [Fact]
    public void Sec3_1_a_public_item_published_only_internally_and_an_internal_item_published_only_externally_are_findings()
    {
        var bureau = Registers.Bureau();
        var register = new RegisterBuilder(2024)
            .AddBodies([bureau])
            .AddRecords([
            new DisclosureRecord("a", bureau.Id, ScheduleEntry.IM1, new LocalDate(2024, 3, 1), [new Publication(new LocalDate(2024, 3, 4), [Channel.Intranet])]),
            new DisclosureRecord("b", bureau.Id, ScheduleEntry.MO2, new LocalDate(2024, 3, 1), [Registers.Portal(new LocalDate(2024, 4, 2))]),
            new DisclosureRecord("c", bureau.Id, ScheduleEntry.IM3, new LocalDate(2024, 3, 1), [new Publication(new LocalDate(2024, 3, 4), [Channel.GovernmentPortal, Channel.StaffMeetingBriefing])]),
        ])
            .Build();

        var findings = Policy.Evaluate(register, Registers.SpringAsOf).Units[0].Findings;

        Assert.Contains(findings, f => f.Kind == FindingKind.NotReachingPublic && f.SubjectId == "a");
        Assert.Contains(findings, f => f.Kind == FindingKind.NotReachingStaff && f.SubjectId == "b");
        Assert.DoesNotContain(findings, f => f.SubjectId == "c");
    }

    [Fact]
    public void Sec2_2_records_of_a_village_are_out_of_scope_reported_and_not_counted()
    {
        var village = new Body("v1", "城东村", BodyType.Village, Registers.Principal, null);
        var register = new RegisterBuilder(2024)
            .AddBodies([village])
            .AddRecords([new DisclosureRecord("v-1", "v1", ScheduleEntry.MO1, new LocalDate(2024, 1, 5), [])])
            .Build();

        var unit = Policy.Evaluate(register, Registers.SpringAsOf).Units[0];

        Assert.Null(unit.Grade);
        Assert.Equal(0, unit.Counted);
        var finding = Assert.Single(unit.Findings);
        Assert.Equal(FindingKind.OutOfScope, finding.Kind);
        Assert.Contains("village affairs openness", finding.MessageEn);
        Assert.True(finding.Kind.IsObservation);
    }
}
