using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §13: an array or an object where a single value belongs (a date, a code, a number, a flag, a text) is one problem at that
/// property; the reader skips it whole and reads on, so nothing after it is misread or reported for it.
/// </summary>
public sealed class WrongShapeTests
{
    private static readonly string Example = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", "register.example.json"));

    private static readonly string[] Containers = ["[]", "[\"2025-03-22\", {\"publishedOn\": 1}]", "{}", "{\"year\": [1, 2], \"body\": \"mzj\"}"];

    public static TheoryData<string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var container in Containers)
        {
            cases.Add("\"publishedOn\": \"2025-03-22\"", $"\"publishedOn\": {container}", "$.disclosureRules[0].publishedOn");   // a date
            cases.Add("\"type\": \"School\"", $"\"type\": {container}", "$.bodies[1].type");                                        // a code
            cases.Add("\"year\": 2025,\n  \"bodies\"", $"\"year\": {container},\n  \"bodies\"", "$.year");                           // a number
            cases.Add("\"classified\": true", $"\"classified\": {container}", "$.records[3].classified");                            // a flag
            cases.Add("\"signedBy\": \"前任校长\"", $"\"signedBy\": {container}", "$.commitments[0].signedBy");                          // a text
            cases.Add("\"id\": \"mzj-G15-1\"", $"\"id\": {container}", "$.records[3].id");                                          // a record's id
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sec13_a_container_where_a_single_value_belongs_is_one_problem_and_skipped_whole(string old, string replacement, string path)
    {
        var at = Example.IndexOf(old, StringComparison.Ordinal);
        var json = Example[..at] + replacement + Example[(at + old.Length)..];

        var whole = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        var problem = Assert.Single(whole.Problems);
        Assert.Equal(path, problem.Path);
        Assert.Contains(replacement[replacement.IndexOf(':', StringComparison.Ordinal) + 2] == '[' ? "an array" : "an object", problem.Message, StringComparison.Ordinal);
    }
}
