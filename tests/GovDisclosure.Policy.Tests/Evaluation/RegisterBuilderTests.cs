namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>
/// A register is built a section at a time (D13): what is added is kept in the order added, a section left out is empty, and the same
/// checks run whether the build throws (<see cref="RegisterBuilder.Build"/>) or keeps what was right (<see cref="RegisterBuilder.BuildResult"/>).
/// </summary>
public sealed class RegisterBuilderTests
{
    [Fact]
    public void D13_sections_added_twice_keep_both_parts_in_order_and_sections_left_out_are_empty()
    {
        var register = new RegisterBuilder(2024)
            .AddBodies([Registers.School()])
            .AddBodies([Registers.Bureau()])
            .AddRecords([Registers.St1("a", new LocalDate(2024, 2, 8), 0)])
            .AddRecords([Registers.St1("b", new LocalDate(2024, 3, 8), 0)])
            .Build();

        Assert.Equal(["school", "mzj"], register.Bodies.Select(body => body.Id));
        Assert.Equal(["a", "b"], register.Records.Select(record => record.Id));
        Assert.Equal(2024, register.Year);
        Assert.Empty(register.Requests);
        Assert.Empty(register.Complaints);
        Assert.Empty(register.RedressCases);
    }

    [Fact]
    public void D13_the_register_copies_what_it_was_given_so_a_later_add_does_not_change_it()
    {
        var builder = new RegisterBuilder(2024).AddBodies([Registers.School()]);
        var first = builder.Build();

        builder.AddBodies([Registers.Bureau()]);

        Assert.Single(first.Bodies);
        Assert.Equal(2, builder.Build().Bodies.Count);
    }

    [Fact]
    public void D13_a_build_that_throws_and_one_that_keeps_what_was_right_see_the_same_problems()
    {
        var builder = new RegisterBuilder(2024).AddBodies([Registers.School()]).AddRecords([Registers.St1("a", new LocalDate(2024, 2, 8), 0, bodyId: "nobody")]);

        var thrown = Assert.Throws<RegisterException>(builder.Build);
        var kept = builder.BuildResult();

        Assert.Equal(kept.Problems, thrown.Problems);
        Assert.False(kept.IsValid);
        Assert.Empty(kept.Accepted.Records);
        Assert.Single(kept.Accepted.Bodies);
    }

    [Fact]
    public void D13_every_section_names_its_own_missing_argument()
    {
        var builder = new RegisterBuilder(2024);

        Assert.Equal(
            ["bodies", "records", "commitments", "rules", "inspections", "complaints", "requests", "annualReports", "redressCases"],
            new Action[]
            {
                () => builder.AddBodies(null!), () => builder.AddRecords(null!), () => builder.AddCommitments(null!), () => builder.AddDisclosureRules(null!),
                () => builder.AddInspections(null!), () => builder.AddComplaints(null!), () => builder.AddRequests(null!), () => builder.AddAnnualReports(null!),
                () => builder.AddRedressCases(null!),
            }.Select(add => ArgumentAssert.Throws<ArgumentNullException>(add).ParamName));
    }

    [Fact]
    public void Sec8_a_register_with_other_requests_keeps_every_other_section_and_checks_the_requests()
    {
        var register = new RegisterBuilder(2024)
            .AddBodies([Registers.Bureau()])
            .AddRecords([Registers.St1("a", new LocalDate(2024, 2, 8), 0, bodyId: "mzj")])
            .AddInspections([Registers.CountyInspections])
            .Build();
        var request = InformationRequest.Receive("q", "mzj", RequestChannel.InPerson, new LocalDate(2024, 9, 2), null, ApplicantKind.NaturalPerson);

        var withRequest = register.WithRequests([request]);

        Assert.Equal([request], withRequest.Requests);
        Assert.Equal(register.Records, withRequest.Records);
        Assert.Equal(register.Inspections, withRequest.Inspections);
        Assert.Empty(register.Requests);
        var stranger = InformationRequest.Receive("x", "nobody", RequestChannel.InPerson, new LocalDate(2024, 9, 2), null, ApplicantKind.NaturalPerson);
        Assert.Equal("x", Assert.Single(Assert.Throws<RegisterException>(() => register.WithRequests([stranger])).Problems).SubjectId);
    }

    [Fact]
    public void Sec8_two_requests_of_one_id_are_a_problem_that_says_so()
    {
        var request = InformationRequest.Receive("q", "mzj", RequestChannel.InPerson, new LocalDate(2024, 9, 2), null, ApplicantKind.NaturalPerson);

        var problem = Assert.Single(new RegisterBuilder(2024).AddBodies([Registers.Bureau()]).AddRequests([request, request]).BuildResult().Problems);

        Assert.Equal(("q", "two requests have this id; ids must be unique."), (problem.SubjectId, problem.Message));
    }

    [Fact]
    public void D23_D43_a_record_names_part_0_of_its_row_and_an_item_only_of_an_entry()
    {
        var part = ArgumentAssert.Throws<ArgumentException>("obligation",
            () => new DisclosureRecord("r", "mzj", ObligationKey.InCatalog("某县民政", "47", 1), new LocalDate(2024, 2, 8), []));
        var item = ArgumentAssert.Throws<ArgumentException>("Item",
            () => new DisclosureRecord("r", "mzj", ObligationKey.InCatalog("某县民政", "47"), new LocalDate(2024, 2, 8), []) { Item = DisclosureItem.G01 });

        Assert.Equal("某县民政 47/1 names part 1 of its row; registers do not record the parts of a row of several events yet (D43), so a record names part 0.", part.Message);
        Assert.EndsWith("(D23); 某县民政 47 is not an entry.", item.Message, StringComparison.Ordinal);
        Assert.Same(DisclosureItem.G05, new DisclosureRecord("r", "mzj", ScheduleEntry.YR3, new LocalDate(2024, 2, 8), []) { Item = DisclosureItem.G05 }.Item);
    }
}
