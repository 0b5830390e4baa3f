namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>Bad register input: every problem named, nothing good lost.</summary>
public sealed class RegisterTests
{
    [Fact]
    public void Every_bad_record_is_named_and_the_good_ones_are_kept()
    {
        var school = Registers.School();
        DisclosureRecord[] records =
        [
            Registers.St1("good", new LocalDate(2024, 2, 8), 0),
            Registers.St1("stranger", new LocalDate(2024, 2, 8), 0, bodyId: "nobody"),
            new DisclosureRecord("early", "school", ScheduleEntry.ST2, null, new LocalDate(2024, 2, 8), [Registers.Portal(new LocalDate(2024, 2, 7))]),
            Registers.St1("good", new LocalDate(2024, 3, 8), 0),
            new DisclosureRecord("twin", "school", ScheduleEntry.ST1, null, new LocalDate(2024, 2, 8), [], subject: "good"),
            new DisclosureRecord("both", "school", ScheduleEntry.ST1, DisclosureItem.G01, new LocalDate(2024, 2, 8), []),
            new DisclosureRecord("scheduled", "school", null, DisclosureItem.G05, new LocalDate(2024, 2, 8), []),
            new DisclosureRecord("lastyear", "school", ScheduleEntry.ST2, null, new LocalDate(2023, 12, 8), []),
            new DisclosureRecord("q1", "school", ScheduleEntry.QU2, null, new LocalDate(2024, 1, 8), []),
            new DisclosureRecord("q1again", "school", ScheduleEntry.QU2, null, new LocalDate(2024, 3, 30), []),
        ];

        var exception = Assert.Throws<RegisterException>(() => new Register(2024, [school], records));
        var result = Register.Create(2024, [school], records);

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
        Assert.Contains("the same obligation as q1: QU2 of school from 2024-01-01", exception.Problems[7].Message);
        Assert.Equal(["good", "q1"], result.Accepted.Records.Select(r => r.Id));
        Assert.Contains("stranger", exception.Message);
    }

    [Fact]
    public void Bodies_with_the_same_id_and_items_of_unknown_units_are_problems_too()
    {
        var result = Register.Create(2024, [Registers.School(), Registers.School()], [],
            [Registers.GoodCommitment with { BodyId = "ghost" }], complaints: [Complaint.Lodge("c9", "ghost", ComplaintChannel.Mailbox, new LocalDate(2024, 1, 3))]);

        Assert.Equal(["school", "commitment of ghost", "c9"], result.Problems.Select(p => p.SubjectId));
        Assert.Single(result.Accepted.Bodies);
        Assert.Equal(result.Problems, Assert.Throws<RegisterException>(result.ThrowIfInvalid).Problems);
    }

    [Fact]
    public void An_entry_the_policy_does_not_have_is_named_when_evaluating()
    {
        var county = DisclosurePolicy.Default.WithProfile(new PolicyProfile("县").Without(ScheduleEntry.ST1));

        var exception = Assert.Throws<ArgumentException>(() => county.Evaluate(Registers.SchoolWith(2, 0), Registers.SpringAsOf));

        Assert.Contains("ok0, ok1", exception.Message);
    }
}
