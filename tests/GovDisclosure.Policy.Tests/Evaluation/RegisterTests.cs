namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>Bad register input: every problem named, nothing good lost.</summary>
public sealed class RegisterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(9999)]
    public void D12_an_inspection_plans_year_is_refused_where_the_reader_would_refuse_it(int year)
    {
        var plan = new InspectionPlan(2024, null, [new LocalDate(2024, 6, 1)]);

        Assert.Equal("Year", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new InspectionPlan(year, null, [])).ParamName);
        Assert.Equal("Year", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => plan with { Year = year }).ParamName);
        Assert.Equal([1, 9998], new[] { (plan with { Year = 1 }).Year, (plan with { Year = 9998 }).Year });
    }

    [Fact]
    public void Every_bad_record_is_named_and_the_good_ones_are_kept()
    {
        var school = Registers.School();
        DisclosureRecord[] records =
        [
            Registers.St1("good", new LocalDate(2024, 2, 8), 0),
            Registers.St1("stranger", new LocalDate(2024, 2, 8), 0, bodyId: "nobody"),
            new DisclosureRecord("early", "school", ScheduleEntry.ST2, new LocalDate(2024, 2, 8), [Registers.Portal(new LocalDate(2024, 2, 7))]),
            Registers.St1("good", new LocalDate(2024, 3, 8), 0),
            new DisclosureRecord("twin", "school", ScheduleEntry.ST1, new LocalDate(2024, 2, 8), []) { Subject = "good" },
            new DisclosureRecord("both", "school", ScheduleEntry.ST1, new LocalDate(2024, 2, 8), []) { Item = DisclosureItem.G01 },
            new DisclosureRecord("scheduled", "school", ObligationKey.Of(DisclosureItem.G05), new LocalDate(2024, 2, 8), []),
            new DisclosureRecord("lastyear", "school", ScheduleEntry.ST2, new LocalDate(2023, 12, 8), []),
            new DisclosureRecord("q1", "school", ScheduleEntry.QU2, new LocalDate(2024, 1, 8), []),
            new DisclosureRecord("q1again", "school", ScheduleEntry.QU2, new LocalDate(2024, 3, 30), []),
        ];

        var exception = Assert.Throws<RegisterException>(() => new RegisterBuilder(2024).AddBodies([school]).AddRecords(records).Build());
        var result = new RegisterBuilder(2024).AddBodies([school]).AddRecords(records).BuildResult();

        Assert.Equal(["stranger", "early", "good", "twin", "both", "scheduled", "lastyear", "q1again"], exception.Problems.Select(p => p.SubjectId));
        Assert.Equal(exception.Problems, result.Problems);
        Assert.False(result.IsValid);
        Assert.Contains("\"nobody\", which the register does not hold", exception.Problems[0].Message);
        Assert.Contains("published on 2024-02-07, before its obligation starts on 2024-02-08", exception.Problems[1].Message);
        Assert.Contains("two records have this id", exception.Problems[2].Message);
        Assert.Contains("the same obligation as good", exception.Problems[3].Message);
        Assert.Contains("names the item G01, which is not one of ST1's items (S01); D23", exception.Problems[4].Message);
        Assert.Contains("G05 is scheduled by MO1", exception.Problems[5].Message);
        Assert.Contains("not an ISO date of the register's year 2024", exception.Problems[6].Message);
        Assert.Contains("another record already covers QU2 of school for the period from 2024-01-01.", exception.Problems[7].Message);
        Assert.Equal(["good", "q1"], result.Accepted.Records.Select(r => r.Id));
        Assert.Contains("stranger", exception.Message);
    }

    [Fact]
    public void Bodies_with_the_same_id_and_items_of_unknown_units_are_problems_too()
    {
        var result = new RegisterBuilder(2024)
            .AddBodies([Registers.School(), Registers.School()])
            .AddCommitments([Registers.GoodCommitment with { BodyId = "ghost" }])
            .AddComplaints([Complaint.Lodge("c9", "ghost", ComplaintChannel.Mailbox, new LocalDate(2024, 1, 3))])
            .BuildResult();

        Assert.Equal(["school", "commitment of ghost", "c9"], result.Problems.Select(p => p.SubjectId));
        Assert.Single(result.Accepted.Bodies);
        Assert.Equal(result.Problems, Assert.Throws<RegisterException>(result.ThrowIfInvalid).Problems);
    }

    [Fact]
    public void An_entry_the_policy_does_not_have_is_named_when_evaluating()
    {
        var county = DisclosurePolicy.Default.WithProfile(new PolicyProfile("县").Without(ScheduleEntry.ST1));

        var exception = ArgumentAssert.Throws<ArgumentException>(() => county.Evaluate(Registers.SchoolWith(2, 0), Registers.SpringAsOf));

        Assert.Contains("ok0, ok1", exception.Message);
    }

    [Fact]
    public void A_valid_register_is_returned_as_it_is_and_an_invalid_one_throws_with_every_problem_listed()
    {
        var valid = new RegisterBuilder(2024)
            .AddBodies([Registers.School()])
            .AddRecords([Registers.St1("a", new LocalDate(2024, 2, 8), 0)])
            .BuildResult();
        var invalid = new RegisterBuilder(2024)
            .AddBodies([Registers.School(), Registers.School(), Registers.Bureau()])
            .AddRecords([Registers.St1("a", new LocalDate(2024, 2, 8), 0, bodyId: "nobody")])
            .BuildResult();

        Assert.Same(valid.Accepted, valid.ThrowIfInvalid());
        Assert.Equal(
            $"The register's input is not valid (2 problems):{Environment.NewLine}- school: two bodies have this id; ids must be unique.{Environment.NewLine}" +
            "- a: it names the body \"nobody\", which the register does not hold.",
            Assert.Throws<RegisterException>(invalid.ThrowIfInvalid).Message);
    }

    [Fact]
    public void Null_bodies_records_commitments_and_plans_are_problems_not_crashes()
    {
        var result = new RegisterBuilder(2024)
            .AddBodies([null!, Registers.School()])
            .AddRecords([null!, Registers.St1("a", new LocalDate(2024, 2, 8), 0)])
            .AddCommitments([null!])
            .AddInspections([null!])
            .BuildResult();

        Assert.Equal(
        [
            ("(body)", "a body is null."),
            ("(record)", "a record is null."),
            ("(ServiceCommitment)", "a ServiceCommitment is null."),
            ("(InspectionPlan)", "a InspectionPlan is null."),
        ], result.Problems.Select(p => (p.SubjectId, p.Message)));
        Assert.Equal(["a"], result.Accepted.Records.Select(r => r.Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public void A_year_outside_1_to_9998_and_missing_lists_are_argument_errors(int year)
    {
        Assert.Equal("year", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => new RegisterBuilder(year)
            .AddBodies([])
            .BuildResult()).ParamName);
        Assert.Equal("bodies", ArgumentAssert.Throws<ArgumentNullException>(() => new RegisterBuilder(2024)
            .AddBodies(null!)
            .BuildResult()).ParamName);
        Assert.Equal("records", ArgumentAssert.Throws<ArgumentNullException>(() => new RegisterBuilder(2024)
            .AddBodies([])
            .AddRecords(null!)
            .BuildResult()).ParamName);
    }

    [Fact]
    public void Rules_and_inspection_plans_of_unknown_units_are_named()
    {
        var result = new RegisterBuilder(2024)
            .AddBodies([Registers.School()])
            .AddDisclosureRules([new DisclosureRules("ghost", null, null)])
            .AddInspections([new InspectionPlan(2024, "ghost", [new LocalDate(2024, 6, 1)]), new InspectionPlan(2024, null, [new LocalDate(2024, 6, 1)])])
            .BuildResult();

        Assert.Equal(["disclosure rules of ghost", "inspection plan 2024 of ghost"], result.Problems.Select(p => p.SubjectId));
        Assert.Single(result.Accepted.Inspections);
    }

    [Fact]
    public void D5_two_records_of_one_reporting_period_are_one_obligation_whatever_their_subjects()
    {
        Assert.Equal("obligation", ArgumentAssert.Throws<ArgumentNullException>(() => new DisclosureRecord("nothing", "mzj", null!, new LocalDate(2024, 3, 1), [])).ParamName);
        var result = new RegisterBuilder(2024)
            .AddBodies([Registers.Bureau()])
            .AddRecords([
            new DisclosureRecord("m1", "mzj", ScheduleEntry.MO1, new LocalDate(2024, 3, 1), []) { Subject = "上旬" },
            new DisclosureRecord("m2", "mzj", ScheduleEntry.MO1, new LocalDate(2024, 3, 20), []) { Subject = "下旬" },
            new DisclosureRecord("e1", "mzj", ScheduleEntry.IM1, new LocalDate(2024, 3, 1), []) { Subject = "甲" },
            new DisclosureRecord("e2", "mzj", ScheduleEntry.IM1, new LocalDate(2024, 3, 1), []) { Subject = "乙" },
            new DisclosureRecord("e3", "mzj", ScheduleEntry.IM1, new LocalDate(2024, 3, 1), []) { Subject = "甲" },
        ])
            .BuildResult();

        Assert.Equal(["m2", "e3"], result.Problems.Select(p => p.SubjectId));
        Assert.Equal("another record already covers MO1 of mzj for the period from 2024-03-01.", result.Problems[0].Message);
        Assert.Equal("it records the same obligation as e1: IM1 of mzj from 2024-03-01 about \"甲\".", result.Problems[1].Message);
    }

    [Fact]
    public void D25_each_repeated_event_names_its_own_first_record_whether_kept_before_or_after_the_first_repeat()
    {
        // The first repeat makes the table of first records; the records kept after it must join that table.
        var result = new RegisterBuilder(2024)
            .AddBodies([Registers.Bureau(), Registers.School()])
            .AddRecords([
            IM1("a", "mzj", "甲"), IM1("b", "school", "甲"), IM1("a2", "mzj", "甲"),
            IM1("c", "mzj", "乙"), IM1("c2", "mzj", "乙"), IM1("b2", "school", "甲"), IM1("a3", "mzj", "甲"),
        ])
            .BuildResult();

        Assert.Equal(["a2", "c2", "b2", "a3"], result.Problems.Select(p => p.SubjectId));
        Assert.Equal(
        [
            "it records the same obligation as a: IM1 of mzj from 2024-03-01 about \"甲\".",
            "it records the same obligation as c: IM1 of mzj from 2024-03-01 about \"乙\".",
            "it records the same obligation as b: IM1 of school from 2024-03-01 about \"甲\".",
            "it records the same obligation as a: IM1 of mzj from 2024-03-01 about \"甲\".",
        ], result.Problems.Select(p => p.Message));
        Assert.Equal(["a", "b", "c"], result.Accepted.Records.Select(r => r.Id));

        static DisclosureRecord IM1(string id, string body, string subject) =>
            new(id, body, ScheduleEntry.IM1, new LocalDate(2024, 3, 1), []) { Subject = subject };
    }

    [Fact]
    public void D25_a_record_refused_for_its_id_or_body_takes_no_place_from_the_records_after_it()
    {
        var result = new RegisterBuilder(2024)
            .AddBodies([Registers.Bureau(), Registers.School()])
            .AddRecords([
            new DisclosureRecord("x", "ghost", ScheduleEntry.MO1, new LocalDate(2024, 3, 1), []),
            new DisclosureRecord("m", "school", ScheduleEntry.MO1, new LocalDate(2024, 3, 1), []),
            new DisclosureRecord("m", "mzj", ScheduleEntry.MO1, new LocalDate(2024, 4, 1), []),
            new DisclosureRecord("n", "mzj", ScheduleEntry.MO1, new LocalDate(2024, 3, 1), []),
        ])
            .BuildResult();

        Assert.Equal(["x", "m"], result.Problems.Select(p => p.SubjectId));
        Assert.Equal(["m", "n"], result.Accepted.Records.Select(r => r.Id));
        Assert.Equal([1, 0], result.Accepted.RecordBodies);
        Assert.Equal(2, result.Accepted.RecordArray.Length);
    }

    [Fact]
    public void D3_a_record_of_an_item_is_never_the_same_obligation_as_a_record_of_an_entry()
    {
        // Items and entries are numbered separately; give the entry that shares G15's number a record on the same day.
        var entry = ScheduleEntry.FromValue(DisclosureItem.G15.Value);

        var result = new RegisterBuilder(2024)
            .AddBodies([Registers.Bureau()])
            .AddRecords([
            new DisclosureRecord("entry", "mzj", entry, new LocalDate(2024, 1, 1), []),
            new DisclosureRecord("item", "mzj", ObligationKey.Of(DisclosureItem.G15), new LocalDate(2024, 1, 1), []),
        ])
            .BuildResult();

        Assert.Empty(result.Problems);
    }

    [Fact]
    public void D3_D23_a_record_names_an_entry_or_an_item_no_entry_covers_and_only_an_item_of_its_entry()
    {
        var result = new RegisterBuilder(2024)
            .AddBodies([Registers.Bureau()])
            .AddRecords([
            new DisclosureRecord("no-items", "mzj", ScheduleEntry.IM9, new LocalDate(2024, 3, 1), []) { Item = DisclosureItem.G01 },
            new DisclosureRecord("two-entries", "mzj", ObligationKey.Of(DisclosureItem.G04), new LocalDate(2024, 3, 1), []),
        ])
            .BuildResult();

        Assert.Equal(
        [
            "it names the item G01, which is not one of IM9's items (it lists none); D23.",
            "G04 is scheduled by QU1, YR1; record the entry instead (D3 applies only to items no entry covers).",
        ], result.Problems.Select(p => p.Message));
    }
}
