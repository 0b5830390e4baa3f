using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §13: a property name is matched whether escaped or not; a misspelt one is one problem naming the property it most likely meant (the
/// first of equally likely ones), or none when no known name is close; a name that is not text is one problem, however many there are.
/// </summary>
public sealed class PropertyNameTests
{
    private static readonly string Example = Edits.RegisterExample;

    private const string RecordProperties = "Known properties: id, body, entry, item, catalog, row, trigger, subject, publications, classified, falsified, refused.";

    private static string Edited(string old, string replacement) => Example.Edited(old, replacement);

    private static IReadOnlyList<JsonProblem> Problems(string json) => Edits.RegisterProblems(json);

    public static TheoryData<string, string, string, string> Misspelt() => new()
    {
        { "\"id\": \"mzj-MO1-01\"", "\"idd\": \"mzj-MO1-01\"", "$.records[0].idd", $"a record has no property \"idd\"; did you mean \"id\"? {RecordProperties}" },
        { "\"id\": \"mzj-MO1-01\"", "\"idxx\": \"mzj-MO1-01\"", "$.records[0].idxx", $"a record has no property \"idxx\"; did you mean \"id\"? {RecordProperties}" },
        { "\"entry\": \"MO1\"", "\"entyr\": \"MO1\"", "$.records[0].entyr", $"a record has no property \"entyr\"; did you mean \"entry\"? {RecordProperties}" },
        { "\"trigger\": \"2025-01-01\"", "\"trigger\": \"2025-01-01\", \"zzz\": 1", "$.records[0].zzz", $"a record has no property \"zzz\". {RecordProperties}" },
        { "\"publications\": [\n        {\n          \"date\": \"2025-02-20\"", "\"publicationsxyz\": [\n        {\n          \"date\": \"2025-02-20\"", "$.records[0].publicationsxyz",
            $"a record has no property \"publicationsxyz\"; did you mean \"publications\"? {RecordProperties}" },
        { "\"name\": \"县民政局\"", "\"neve\": \"县民政局\"", "$.bodies[0].neve",
            "a body has no property \"neve\"; did you mean \"name\"? Known properties: id, name, type, principal, supervisionContact, level, role, catalogs." },
    };

    [Theory]
    [MemberData(nameof(Misspelt))]
    public void Sec13_a_misspelt_property_is_one_problem_naming_what_it_most_likely_meant(string old, string replacement, string path, string message)
    {
        var problem = Assert.Single(Problems(Edited(old, replacement)));

        Assert.Equal((path, message), (problem.Path, problem.Message));
    }

    [Fact]
    public void Sec13_an_escaped_property_name_is_the_property_it_spells()
    {
        var plain = PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(Example)));

        var escaped = PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(Edited("\"id\": \"mzj-MO1-01\"", "\"\\u0069d\": \"mzj-MO1-01\""))));

        Assert.Equal(plain.Records, escaped.Records);
        var unknown = Assert.Single(Problems(Edited("\"id\": \"mzj-MO1-01\"", "\"id\": \"mzj-MO1-01\", \"\\u007a\": 1")));
        Assert.Equal("$.records[0].z", unknown.Path);
    }

    [Theory]
    [InlineData("\"year\": 2025,", "\"year\": 2025, \"\\ud800\": 1,", "$")]
    [InlineData("\"tookOffice\": \"2022-03-01\"", "\"tookOffice\": \"2022-03-01\", \"\\udc00\": 1", "$.bodies[0].principal")]
    [InlineData("\"date\": \"2025-02-20\"", "\"date\": \"2025-02-20\", \"\\ud800x\": 1", "$.records[0].publications[0]")]
    public void Sec13_a_name_escaping_a_lone_surrogate_is_one_problem_at_the_object_that_holds_it(string old, string replacement, string path)
    {
        var problem = Assert.Single(Problems(Edited(old, replacement)));

        Assert.StartsWith("the string is not valid text", problem.Message, StringComparison.Ordinal);
        Assert.Equal(path, problem.Path);
    }

    [Fact]
    public void Sec13_names_that_are_not_text_are_a_problem_each_and_nothing_is_then_reported_missing()
    {
        var problems = Problems(Edited("\"id\": \"mzj-MO1-01\",\n      \"body\": \"mzj\",\n      \"entry\": \"MO1\"", "\"\\ud800\": 1, \"\\udc00\": 2"));

        Assert.True(problems.Count == 2, string.Join("\n", problems));
        Assert.All(problems, problem => Assert.StartsWith("the string is not valid text", problem.Message, StringComparison.Ordinal));
    }
}
