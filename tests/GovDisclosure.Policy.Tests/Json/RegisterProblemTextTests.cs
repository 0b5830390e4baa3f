using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §13: each mistake in a register file, one edit of the schema's example at a time, is exactly one problem with its path and the
/// library's sentence — and a null where the schema allows one reads as absent.
/// </summary>
public sealed class RegisterProblemTextTests
{
    private static readonly string Example = Edits.RegisterExample;

    private static string Edited(string old, string replacement) => Example.Edited(old, replacement);

    private static Register Read(string json) => PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    private static string Written(Register register)
    {
        using var stream = new MemoryStream();
        PolicyJson.WriteRegister(register, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonProblem OneProblem(string json) => Edits.OneRegisterProblem(json);

    public static TheoryData<string, string, string, string> Mistakes() => new()
    {
        { "\"$schema\": \"./register.schema.json\"", "\"$schema\": 5", "$.$schema", "expected a non-empty string; found the number 5." },
        { "\"year\": 2025,", "\"year\": 2025, \"year\": 2025,", "$.year", "the property \"year\" appears twice in the register; give it once." },
        { "\"year\": 2025,", "", "$.year", "the required property \"year\" of a register is missing." },
        { "\"bodies\": [", "\"bodies\": [1, ", "$.bodies[0]", "expected a body (an object); found the number 1." },
        { "\"commitments\": [", "\"commitments\": [1, ", "$.commitments[0]", "expected a service commitment (an object); found the number 1." },
        { "\"disclosureRules\": [", "\"disclosureRules\": [1, ", "$.disclosureRules[0]", "expected disclosure rules (an object); found the number 1." },
        { "\"inspections\": [", "\"inspections\": [1, ", "$.inspections[0]", "expected an inspection plan (an object); found the number 1." },
        { "\"complaints\": [", "\"complaints\": [1, ", "$.complaints[0]", "expected a complaint (an object); found the number 1." },
        { "\"requests\": [", "\"requests\": [1, ", "$.requests[0]", "expected a request (an object); found the number 1." },
        { "\"annualReports\": [", "\"annualReports\": [1, ", "$.annualReports[0]", "expected an annual report (an object); found the number 1." },
        { "\"redressCases\": [", "\"redressCases\": [1, ", "$.redressCases[0]", "expected a redress case (an object); found the number 1." },
        { "\"records\": [", "\"records\": [1, ", "$.records[0]", "expected a record (an object); found the number 1." },
        { "\"principal\": {\n        \"name\": \"王芳\",\n        \"tookOffice\": \"2022-03-01\"\n      }", "\"principal\": 1", "$.bodies[0].principal", "expected the principal leader (an object); found the number 1." },
        { "\"id\": \"mzj-MO1-01\"", "\"id\": \"  \"", "$.records[0].id", "expected a non-empty string; found \"  \"." },
        { "\"subject\": \"关于调整城乡低保标准的通知\"", "\"subject\": \" \"", "$.records[1].subject", "expected a non-empty string; found \" \"." },
        { "\"id\": \"mzj-MO1-01\",\n      \"body\": \"mzj\"", "\"id\": \"mzj-MO1-01\",\n      \"body\": 5", "$.records[0].body", "expected a non-empty string; found the number 5." },
        { "\"publications\": [\n        {\n          \"date\": \"2025-02-20\"", "\"publications\": [1,\n        {\n          \"date\": \"2025-02-20\"", "$.records[0].publications[0]", "expected a publication (an object); found the number 1." },
        { "\"entry\": \"MO1\"", "\"catalog\": \"seed\", \"row\": \"MO1\"", "$.records[0]", "\"catalog\" is \"seed\", the built-in catalog; name its rows by code alone (\"row\": \"IM1\")." },
        { "\"entry\": \"MO1\"", "\"row\": \"ZZ9\"", "$.records[0]", "\"row\" is \"ZZ9\" with no \"catalog\", so it names a row of the built-in catalog, and no entry (IM1…ST7) or item (G01…I04) has that code." },
        { "\"entry\": \"MO1\"", "\"row\": \"G01\", \"item\": \"G02\"", "$.records[0]", "\"item\" names which of an entry's items a record discloses (D23); G01 is an item, not an entry." },
        { "\"resolution\": \"已补充公开\"", "\"resolution\": 5", "$.complaints[0].resolution", "expected a non-empty string; found the number 5." },
        { "\"escalatedOn\": [\n        \"2025-04-02\"\n      ]", "\"escalatedOn\": 1", "$.complaints[0].escalatedOn", "expected an array; found the number 1." },
        { "\"events\": [\n        {", "\"events\": [1,\n        {", "$.requests[0].events[0]", "expected a request event (an object); found the number 1." },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Sec13_each_mistake_is_one_problem_at_its_path_in_the_librarys_words(string old, string replacement, string path, string message)
    {
        var problem = OneProblem(Edited(old, replacement));

        Assert.Equal((path, message), (problem.Path, problem.Message));
    }

    public static TheoryData<string, string, string, string> WrongValues() => new()
    {
        { "\"kind\": \"Replied\"", "\"kind\": \"Answered\"", "$.requests[0].events[2].kind", "\"Answered\" is not a RequestEventKind code" },
        { "\"on\": \"2025-11-05\",\n          \"outcome\"", "\"on\": \"2025-11-31\",\n          \"outcome\"", "$.requests[0].events[2].on", "expected an ISO date" },
        { "\"outcome\": \"PartlyDisclosed\"", "\"outcome\": \"Partly\"", "$.requests[0].events[2].outcome", "\"Partly\" is not a RequestOutcome code" },
        { "\"party\": \"ThirdParty\"", "\"party\": \"Neighbour\"", "$.requests[0].events[0].party", "\"Neighbour\" is not a ConsultationParty code" },
        { "\"method\": \"Electronic\"", "\"method\": \"Pigeon\"", "$.requests[0].events[3].method", "\"Pigeon\" is not a DeliveryMethod code" },
        { "\"outcome\": \"PartlyDisclosed\"", "\"outcome\": \"PartlyDisclosed\", \"toldOfRedress\": \"yes\"", "$.requests[0].events[2].toldOfRedress", "expected true or false" },
        { "\"kind\": \"ConsultationAnswered\",\n          \"on\": \"2025-10-20\"", "\"kind\": \"Extended\",\n          \"on\": \"2025-10-20\", \"workingDays\": \"ten\"", "$.requests[0].events[1].workingDays", "expected a whole number" },
        { "\"kind\": \"ConsultationAnswered\",\n          \"on\": \"2025-10-20\"", "\"kind\": \"CorrectionNoticed\",\n          \"on\": \"2025-10-20\", \"until\": 5", "$.requests[0].events[1].until", "expected an ISO date" },
        { "\"role\": \"Department\"", "\"role\": \"Department\", \"catalogs\": 5", "$.bodies[0].catalogs", "expected an array" },
        { "\"role\": \"Department\"", "\"role\": \"Mayor\"", "$.bodies[0].role", "\"Mayor\" is not a BodyRole code" },
        { "\"role\": \"Department\"", "\"level\": \"Planet\"", "$.bodies[0].level", "\"Planet\" is not a AdministrativeLevel code" },
        { "\"entry\": \"MO1\"", "\"entry\": \"MO1\", \"catalog\": 5, \"row\": \"1\"", "$.records[0].catalog", "expected a non-empty string" },
        { "\"entry\": \"MO1\"", "\"catalog\": \"某县民政事项目录\", \"row\": 5", "$.records[0].row", "expected a non-empty string" },
        { "\"date\": \"2025-02-20\"", "\"date\": \"2025-02-20\", \"nationalChannels\": [\"Carrier pigeon\"]", "$.records[0].publications[0].nationalChannels[0]", "\"Carrier pigeon\" is not a NationalChannel code" },
        { "\"date\": \"2025-02-20\"", "\"date\": \"2025-02-20\", \"takenDownOn\": \"soon\"", "$.records[0].publications[0].takenDownOn", "expected an ISO date" },
        { "\"year\": 2025,\n      \"dates\"", "\"year\": 2025, \"body\": 5,\n      \"dates\"", "$.inspections[0].body", "expected a non-empty string" },
        { "\"2025-06-16\",", "\"2025-06-31\",", "$.inspections[0].dates[0]", "expected an ISO date" },
        { "\"result\": \"Pending\"", "\"result\": \"Pending\", \"request\": 5", "$.redressCases[0].request", "expected a non-empty string" },
    };

    [Theory]
    [MemberData(nameof(WrongValues))]
    public void Sec13_a_wrong_value_is_one_problem_at_its_property(string old, string replacement, string path, string messageStart)
    {
        var problem = OneProblem(Edited(old, replacement));

        Assert.Equal(path, problem.Path);
        Assert.StartsWith(messageStart, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec13_a_body_whose_id_cannot_be_read_is_one_problem_and_what_may_name_it_raises_nothing_more()
    {
        var problem = OneProblem(Edited("\"id\": \"mzj\",", "\"id\": 5,"));

        Assert.Equal(("$.bodies[0].id", "expected a non-empty string; found the number 5."), (problem.Path, problem.Message));
    }

    [Fact]
    public void Sec13_a_file_that_is_not_an_object_is_one_problem_at_the_root()
    {
        var problem = OneProblem("[1, 2]");

        Assert.Equal(("$", 1, 1, "expected a register (a JSON object); found StartArray."), (problem.Path, problem.Line, problem.Column, problem.Message));
    }

    [Theory]
    [InlineData("complaints", "TS-2025-004", "complaint")]
    [InlineData("requests", "YSQ-2025-001", "request")]
    [InlineData("redressCases", "FY-2025-003", "redress case")]
    public void Sec13_an_id_given_twice_in_a_section_is_one_problem_naming_the_first_ones_line(string section, string id, string what)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(Example)!;
        var array = json[section]!.AsArray();
        array.Add(array[0]!.DeepClone());
        var text = json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var first = text[..text.IndexOf($"\"{id}\"", StringComparison.Ordinal)];
        var firstLine = first[..first.LastIndexOf('{')].Count(c => c == '\n') + 1;   // the line where the first element begins

        var problem = OneProblem(text);

        Assert.Equal(($"$.{section}[1].id", $"the {what} id \"{id}\" is used twice; the first is at line {firstLine}."), (problem.Path, problem.Message));
    }

    [Fact]
    public void Sec13_a_second_annual_report_of_a_body_and_year_is_one_problem()
    {
        var json = Edited("\"annualReports\": [", "\"annualReports\": [{ \"body\": \"mzj\", \"year\": 2025, \"publishedOn\": \"2026-01-20\" }, ");
        var firstLine = json[..json.IndexOf("\"annualReports\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;   // the inserted one, on that line

        var problem = OneProblem(json);

        Assert.Equal(("$.annualReports[1].id", $"the annual report (year and body) id \"2025 mzj\" is used twice; the first is at line {firstLine}."), (problem.Path, problem.Message));
    }

    public static TheoryData<string, string, string> Nulls() => new()
    {
        { "\"supervisionContact\": \"李明\",", "\"supervisionContact\": null,", "" },
        { "\"role\": \"Department\"", "\"role\": null, \"level\": null", "\"role\": null" },
        { "\"entry\": \"MO1\"", "\"entry\": null, \"row\": \"MO1\", \"item\": null", "\"row\": \"MO1\"" },
        { "\"entry\": \"MO1\"", "\"entry\": \"MO1\", \"catalog\": null, \"row\": null", "\"entry\": \"MO1\"" },
        { "\"date\": \"2025-02-20\"", "\"date\": \"2025-02-20\", \"takenDownOn\": null", "\"date\": \"2025-02-20\"" },
        { "\"resolution\": \"已补充公开\",", "\"resolution\": null,", "" },
        { "\"year\": 2025,\n      \"dates\"", "\"year\": 2025, \"body\": null,\n      \"dates\"", "\"year\": 2025,\n      \"dates\"" },
        { "\"result\": \"Pending\"", "\"result\": \"Pending\", \"request\": null", "\"result\": \"Pending\"" },
    };

    [Theory]
    [MemberData(nameof(Nulls))]
    public void Sec13_a_null_where_the_schema_allows_one_reads_as_if_the_property_were_absent(string old, string withNull, string without)
    {
        Assert.Equal(Written(Read(Edited(old, without))), Written(Read(Edited(old, withNull))));
    }
}
