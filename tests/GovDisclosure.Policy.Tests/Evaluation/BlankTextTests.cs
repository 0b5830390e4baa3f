namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>§13: what names or identifies something holds text — the model refuses a blank one, as every reader of stored registers does,
/// so that whatever the model holds is written and read back alike.</summary>
public sealed class BlankTextTests
{
    private static readonly PrincipalLeader Leader = new("王芳", new LocalDate(2022, 3, 1));

    private static readonly Body Bureau = new("mzj", "县民政局", BodyType.AdministrativeOrgan, Leader, null);

    public static TheoryData<string> Blanks => ["", " ", "\u3000", "\t\n"];

    [Theory]
    [MemberData(nameof(Blanks))]
    public void Sec13_a_units_id_and_name_and_its_leaders_name_are_never_blank(string blank)
    {
        Assert.Equal("A unit's id cannot be blank.", ArgumentAssert.Throws<ArgumentException>("Id", () => new Body(blank, "县民政局", BodyType.AdministrativeOrgan, Leader, null)).Message);
        Assert.Equal("A unit's name cannot be blank.", ArgumentAssert.Throws<ArgumentException>("Name", () => Bureau with { Name = blank }).Message);
        Assert.Equal("A leader's name cannot be blank.", ArgumentAssert.Throws<ArgumentException>("Name", () => new PrincipalLeader(blank, new LocalDate(2022, 3, 1))).Message);
        Assert.Equal("Name", ArgumentAssert.Throws<ArgumentException>("Name", () => Leader with { Name = blank }).ParamName);
        Assert.Equal("x", (Bureau with { Id = "x" }).Id);
    }

    [Theory]
    [MemberData(nameof(Blanks))]
    public void Sec5_a_commitments_body_and_signer_and_the_rules_body_are_never_blank(string blank)
    {
        var commitment = new ServiceCommitment("mzj", true, true, true, true, "王芳", new LocalDate(2024, 1, 5), null, null);

        Assert.Equal("Who signed a commitment cannot be blank.", ArgumentAssert.Throws<ArgumentException>("SignedBy", () => commitment with { SignedBy = blank }).Message);
        Assert.Equal("BodyId", ArgumentAssert.Throws<ArgumentException>("BodyId", () => commitment with { BodyId = blank }).ParamName);
        Assert.Equal("Disclosure rules' body id cannot be blank.", ArgumentAssert.Throws<ArgumentException>("BodyId", () => new DisclosureRules(blank, null, null)).Message);
        Assert.Equal("李", (commitment with { SignedBy = "李" }).SignedBy);
    }

    [Theory]
    [MemberData(nameof(Blanks))]
    public void Sec13_a_records_subject_is_some_text_or_none_in_the_model_and_in_a_session(string blank)
    {
        var record = new DisclosureRecord("r1", "mzj", ScheduleEntry.IM1, new LocalDate(2024, 3, 1), []);
        var session = DisclosurePolicy.Default.BeginEvaluation(2024, [Bureau], new LocalDate(2024, 12, 31));
        var buffer = new RecordBuffer { Id = "r1", BodyIndex = 0, Obligation = ScheduleEntry.IM1, Trigger = new LocalDate(2024, 3, 1), Subject = blank };

        Assert.Equal("A record's subject, when given, cannot be blank.", ArgumentAssert.Throws<ArgumentException>("Subject", () => record with { Subject = blank }).Message);
        Assert.Null((record with { Subject = null }).Subject);
        Assert.False(session.TryAdd(buffer, out var problem));
        Assert.Equal(new RegisterProblem("r1", "its subject is blank; a record gives a subject or none."), problem);
        buffer.Subject = null;
        Assert.True(session.TryAdd(buffer, out _));
    }
}
