using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §13: the whole reader (<see cref="PolicyJson.ReadRegister(Stream)"/>) and the streamed evaluation report the same problems for the
/// same file — when a syntax error stops both half way, when a problem comes before the records, when the year's name is garbled.
/// </summary>
public sealed class ReaderAgreementTests
{
    private static readonly string Example = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", "register.example.json"));

    private static readonly LocalDate AsOf = new(2026, 3, 31);

    /// <summary>The example register with each <c>(old, replacement)</c> pair applied once, in order.</summary>
    private static string ExampleWith(params (string Old, string Replacement)[] changes)
    {
        var json = Example;
        foreach (var (old, replacement) in changes)
        {
            var at = json.IndexOf(old, StringComparison.Ordinal);
            Assert.True(at >= 0, $"the example register has no {old}");
            json = json[..at] + replacement + json[(at + old.Length)..];
        }

        return json;
    }

    private static IReadOnlyList<JsonProblem> WholeProblems(string json) =>
        Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(json)))).Problems;

    private static IReadOnlyList<JsonProblem> StreamedProblems(string json, DisclosurePolicy? policy = null) =>
        Assert.Throws<PolicyJsonException>(() => PolicyJson.EvaluateRegister(policy ?? DisclosurePolicy.Default, new MemoryStream(Encoding.UTF8.GetBytes(json)), AsOf))
            .Problems;

    private static int LineOf(string json, string text) => json[..json.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void Sec13_a_record_the_register_refuses_before_a_syntax_error_is_reported_by_both_readers()
    {
        var json = ExampleWith(("\"trigger\": \"2025-09-12\"", "\"trigger\": \"9999-12-31\""), ("\"ClarityCard\"", "T \"ClarityCard\""));

        var whole = WholeProblems(json);

        Assert.Equal(["$.records[2]", "$"], whole.Select(problem => problem.Path));
        Assert.Equal("its trigger 9999-12-31 is not an ISO date of the register's year 2025.", whole[0].Message);
        Assert.Equal(LineOf(json, "\"id\": \"mzj-IM7-1\"") - 1, whole[0].Line);
        Assert.StartsWith("the text is not valid JSON", whole[1].Message, StringComparison.Ordinal);
        Assert.Equal(LineOf(json, "T \"ClarityCard\""), whole[1].Line);
        Assert.Equal(whole, StreamedProblems(json));
    }

    [Fact]
    public void Sec13_a_garbled_year_is_one_problem_and_the_records_are_still_read_for_their_own_by_both_readers()
    {
        var json = ExampleWith(("\"year\": 2025,\n  \"bodies\"", "\"yeer\": 2025,\n  \"bodies\""), ("\"trigger\": \"2025-05-06\"", "\"trigger\": \"2025-05-32\""));

        var whole = WholeProblems(json);

        Assert.Equal(["$.yeer", "$.records[3].trigger"], whole.Select(problem => problem.Path));
        Assert.Contains("did you mean \"year\"?", whole[0].Message, StringComparison.Ordinal);
        Assert.Equal(whole, StreamedProblems(json));
    }

    [Fact]
    public void Sec13_a_garbled_year_before_a_syntax_error_gives_the_same_two_problems_in_both_readers()
    {
        var json = ExampleWith(("\"year\": 2025,\n  \"bodies\"", "\"yeer\": 2025,\n  \"bodies\""), ("\"ClarityCard\"", "T \"ClarityCard\""));

        var whole = WholeProblems(json);

        Assert.Equal(["$.yeer", "$"], whole.Select(problem => problem.Path));
        Assert.Equal(whole, StreamedProblems(json));
    }

    [Fact]
    public void D23_a_problem_before_the_records_does_not_stop_the_streamed_evaluation_judging_them()
    {
        var json = ExampleWith(("\"signedOn\": \"2024-03-05\"", "\"signedOn\": \"2024-02-30\""), ("\"entry\": \"IM7\"", "\"entry\": \"IM7\", \"item\": \"G15\""));

        var whole = WholeProblems(json);

        Assert.Equal(["$.commitments[0].signedOn", "$.records[2]"], whole.Select(problem => problem.Path));
        Assert.Equal("it names the item G15, which is not one of IM7's items (G16); D23.", whole[1].Message);
        Assert.Equal(whole, StreamedProblems(json));
    }

    [Fact]
    public void Sec10_a_body_assigned_a_catalog_the_policy_lacks_is_one_problem_its_records_set_aside_and_the_others_still_judged()
    {
        var json = ExampleWith(("\"role\": \"Department\"", "\"role\": \"Department\", \"catalogs\": [\"no such catalog\"]"),
            ("\"trigger\": \"2025-03-31\"", "\"trigger\": \"2024-03-31\""));
        var bodyId = PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(Example))).Bodies[0].Id;

        var problems = StreamedProblems(json);

        Assert.Equal(["$.bodies[0].catalogs", "$.records[4]"], problems.Select(problem => problem.Path));
        Assert.Equal($"the body \"{bodyId}\" is assigned the catalog \"no such catalog\", which the policy \"{DisclosurePolicy.Default.Name}\" does not have; " +
            "add it with WithCatalog before evaluating (§10).", problems[0].Message);
        Assert.Equal("its trigger 2024-03-31 is not an ISO date of the register's year 2025.", problems[1].Message);
    }

    [Fact]
    public void Sec4_1_a_complaint_answered_at_the_tier_it_reached_reads_and_one_answered_where_it_never_came_is_one_problem()
    {
        var answered = ExampleWith(("\"rectifiedOn\": \"2025-05-06\"",
            "\"rectifiedOn\": \"2025-05-06\", \"answeredOn\": { \"BaseUnit\": \"2025-03-20\", \"CompetentDepartment\": \"2025-04-15\" }"));
        var skipped = ExampleWith(("\"escalatedOn\": [\n        \"2025-04-02\"\n      ],", ""),
            ("\"rectifiedOn\": \"2025-05-06\"", "\"rectifiedOn\": \"2025-05-06\", \"answeredOn\": { \"CompetentDepartment\": \"2025-04-15\" }"));

        var complaint = Assert.Single(PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(answered))).Complaints);
        var problem = Assert.Single(WholeProblems(skipped));

        Assert.Equal([new LocalDate(2025, 3, 20), new LocalDate(2025, 4, 15), null], complaint.Answers);
        var unsaid = Assert.Single(PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(ExampleWith(("\"resolution\": \"已补充公开\",", ""))))).Complaints);
        Assert.Equal((new LocalDate(2025, 4, 20), ""), (unsaid.ResolvedOn, unsaid.Resolution));
        Assert.Equal(("$.complaints[0]", "Complaint TS-2025-004: the competent department answered, but the complaint never reached it."),
            (problem.Path, problem.Message));
        Assert.Equal([problem], StreamedProblems(skipped));
    }

    [Fact]
    public void Sec13_records_before_the_bodies_are_refused_by_the_streamed_evaluation_with_their_own_problems()
    {
        var records = Example.IndexOf("  \"records\"", StringComparison.Ordinal);
        var json = "{\n" + Example[records..^2] + ",\n" + Example[2..(records - 2)] + "\n}\n";
        var broken = json.Replace("\"trigger\": \"2025-03-31\"", "\"trigger\": \"2025-02-30\"", StringComparison.Ordinal);

        Assert.NotEqual(json, broken);
        Assert.Equal(["$.records", "$.records[4].trigger"], StreamedProblems(broken).Select(problem => problem.Path));
        Assert.Equal("$.records[4].trigger", Assert.Single(WholeProblems(broken)).Path);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Sec13_a_register_with_no_year_is_that_one_problem_for_both_readers(bool recordsFirst)
    {
        var json = ExampleWith(("  \"year\": 2025,\n", ""));
        if (recordsFirst)
        {
            var records = json.IndexOf("  \"records\"", StringComparison.Ordinal);
            json = "{\n" + json[records..^2] + ",\n" + json[2..(records - 2)] + "\n}\n";
        }

        var whole = Assert.Single(WholeProblems(json));

        Assert.Equal(("$.year", 1, 1), (whole.Path, whole.Line, whole.Column));
        Assert.Equal([whole], StreamedProblems(json));
    }

    [Fact]
    public void Sec13_a_register_with_no_bodies_is_that_one_problem_for_both_readers_though_its_records_name_bodies()
    {
        var bodies = Example.IndexOf("  \"bodies\"", StringComparison.Ordinal);
        var records = Example.IndexOf("  \"records\"", StringComparison.Ordinal);
        var json = Example[..bodies] + Example[records..];

        var whole = Assert.Single(WholeProblems(json));

        Assert.Equal(("$.bodies", "the required property \"bodies\" of a register is missing."), (whole.Path, whole.Message));
        Assert.Equal([whole], StreamedProblems(json));
    }

    [Fact]
    public void Sec13_records_before_the_year_with_no_problem_before_them_are_refused_by_the_streamed_evaluation_alone()
    {
        var records = Example.IndexOf("  \"records\"", StringComparison.Ordinal);
        var json = "{\n" + Example[records..^2] + ",\n" + Example[2..(records - 2)] + "\n}\n";

        _ = PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var problem = Assert.Single(StreamedProblems(json));

        Assert.Equal("$.records", problem.Path);
        Assert.StartsWith("the streaming evaluation reads \"year\" and \"bodies\" before \"records\"", problem.Message, StringComparison.Ordinal);
    }
}
