using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>Malformed JSON input: one exception, every problem with its path, line and message.</summary>
public sealed class JsonErrorTests
{
    private static PolicyJsonException ReadRegister(string json) =>
        Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(json))));

    private const string Bodies = """
          "bodies": [
            { "id": "mzj", "name": "县民政局", "type": "AdministrativeOrgan", "principal": { "name": "王芳", "tookOffice": "2022-03-01" } }
          ],
        """;

    [Fact]
    public void An_unknown_code_is_reported_with_its_path_line_and_the_valid_codes()
    {
        var problem = Assert.Single(ReadRegister($$"""
            {
              "year": 2025,
            {{Bodies}}
              "records": [
                { "id": "r1", "body": "mzj", "entry": "MO9", "trigger": "2025-03-01" }
              ]
            }
            """).Problems);

        Assert.Equal("$.records[0].entry", problem.Path);
        Assert.Equal(7, problem.Line);
        Assert.StartsWith("\"MO9\" is not a ScheduleEntry code; valid codes: IM1, IM2,", problem.Message);
    }

    [Fact]
    public void A_date_that_is_not_a_date_and_a_missing_field_are_reported_where_they_are()
    {
        var problems = ReadRegister($$"""
            {
              "year": 2025,
            {{Bodies}}
              "records": [
                { "id": "r1", "body": "mzj", "entry": "IM1", "trigger": "2025-02-30" },
                { "id": "r2", "entry": "IM1", "trigger": "2025-02-03" }
              ]
            }
            """).Problems;

        Assert.Equal(
        [
            new JsonProblem("$.records[0].trigger", 7, 61, "expected an ISO date such as \"2025-03-31\" (a day that exists, years 0001–9999); found \"2025-02-30\"."),
            new JsonProblem("$.records[1].body", 8, 5, "the required property \"body\" of a record is missing."),
        ], problems);
    }

    [Fact]
    public void A_duplicate_id_names_the_first_one()
    {
        var problem = Assert.Single(ReadRegister($$"""
            {
              "year": 2025,
            {{Bodies}}
              "records": [
                { "id": "r1", "body": "mzj", "entry": "IM1", "trigger": "2025-03-03" },
                { "id": "r1", "body": "mzj", "entry": "IM2", "trigger": "2025-03-03" }
              ]
            }
            """).Problems);

        Assert.Equal(("$.records[1].id", 8, 5), (problem.Path, problem.Line, problem.Column));
        Assert.Equal("the record id \"r1\" is used twice; the first is $.records[0].", problem.Message);
    }

    [Fact]
    public void Sec13_an_id_used_again_is_named_even_when_its_first_record_is_refused_for_its_own_problem()
    {
        var problems = ReadRegister($$"""
            {
              "year": 2025,
            {{Bodies}}
              "records": [
                { "id": "r1", "body": "mzj", "entry": "IM1", "trigger": "2024-03-03" },
                { "id": "r2", "body": "mzj", "entry": "IM1", "trigger": "2025-02-30" },
                { "id": "r1", "body": "mzj", "entry": "IM2", "trigger": "2025-03-03" },
                { "id": "r3", "body": "mzj", "entry": "MO1", "trigger": "2025-03-03" },
                { "id": "r3", "body": "mzj", "entry": "MO1", "trigger": "2025-03-04" }
              ]
            }
            """).Problems;

        Assert.Equal(
        [
            ("$.records[0]", 7, 5, "its trigger 2024-03-03 is not an ISO date of the register's year 2025."),
            ("$.records[1].trigger", 8, 61, "expected an ISO date such as \"2025-03-31\" (a day that exists, years 0001–9999); found \"2025-02-30\"."),
            ("$.records[2].id", 9, 5, "the record id \"r1\" is used twice; the first is $.records[0]."),
            ("$.records[4].id", 11, 5, "the record id \"r3\" is used twice; the first is $.records[3]."),
        ], problems.Select(p => (p.Path, p.Line, p.Column, p.Message)));
    }

    [Fact]
    public void Sec13_problems_found_by_the_registers_checks_keep_their_places_past_thousands_of_records()
    {
        var records = Enumerable.Range(0, 9_000).Select(i => $$"""{ "id": "r{{i}}", "body": "mzj", "entry": "IM1", "trigger": "2025-01-01", "subject": "s{{i}}" },""");
        var problems = ReadRegister($$"""
            {
              "year": 2025,
            {{Bodies}}
              "records": [
            {{string.Join("\n", records)}}
                { "id": "r8999", "body": "mzj", "entry": "IM1", "trigger": "2025-01-02" },
                { "id": "late", "body": "mzj", "entry": "IM1", "trigger": "2025-01-01", "subject": "s4100" }
              ]
            }
            """).Problems;

        Assert.Equal(
        [
            ("$.records[9000].id", 9_007, 5, "the record id \"r8999\" is used twice; the first is $.records[8999]."),
            ("$.records[9001]", 9_008, 5, "it records the same obligation as r4100: IM1 of mzj from 2025-01-01 about \"s4100\"."),
        ], problems.Select(p => (p.Path, p.Line, p.Column, p.Message)));
    }

    [Fact]
    public void A_file_with_several_problems_reports_all_of_them_including_the_registers_own()
    {
        var problems = ReadRegister($$"""
            {
              "year": "2025",
            {{Bodies}}
              "records": [
                { "id": "r1", "body": "nobody", "entry": "IM1", "trigger": "2025-03-03" },
                { "id": "r2", "body": "mzj", "item": "G99", "trigger": "2025-03-03", "classified": "yes" },
                { "id": "r3", "body": "mzj", "entry": "IM1", "trigger": "2025-03-03",
                  "publications": [{ "date": "2025-03-05", "channels": ["Portal"] }] }
              ],
              "complaints": [{ "id": "c1", "body": "mzj", "channel": "Fax", "lodgedOn": "2025-01-02" }]
            }
            """).Problems;

        Assert.Equal(["$.year", "$.records[0].body", "$.records[1].item", "$.records[1].classified", "$.records[2].publications[0].channels[0]",
            "$.complaints[0].channel"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.True(p.Line > 1));
    }

    [Fact]
    public void A_record_the_register_rejects_is_reported_at_its_place_in_the_file()
    {
        var problem = Assert.Single(ReadRegister($$"""
            {
              "year": 2025,
            {{Bodies}}
              "records": [
                { "id": "r1", "body": "nobody", "entry": "IM1", "trigger": "2025-03-03" }
              ]
            }
            """).Problems);

        Assert.Equal(("$.records[0].body", 7), (problem.Path, problem.Line));
        Assert.Contains("\"nobody\", which the register does not hold", problem.Message);
    }

    [Fact]
    public void Malformed_JSON_is_reported_with_its_line()
    {
        var problem = Assert.Single(ReadRegister("{\n  \"year\": 2025,\n  \"bodies\": [,\n}").Problems);

        Assert.Equal(3, problem.Line);
        Assert.StartsWith("the text is not valid JSON", problem.Message);
    }

    [Fact]
    public void A_profile_with_an_absurd_offset_or_an_unknown_unit_is_reported_where_it_is()
    {
        var problems = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadProfile(new MemoryStream(Encoding.UTF8.GetBytes("""
            {
              "name": "某县",
              "overrides": [
                { "cadence": "Monthly", "offset": -3, "unit": "WorkingDays" },
                { "entry": "IM1", "offset": 5, "unit": "Weeks" },
                { "entry": "IM1", "cadence": "Immediate", "offset": 5, "unit": "WorkingDays" }
              ]
            }
            """)))).Problems;

        Assert.Equal(["$.overrides[0].offset", "$.overrides[1].unit", "$.overrides[2]"], problems.Select(p => p.Path));
        Assert.Contains("Profile \"某县\" gives Monthly a deadline of -3 working days", problems[0].Message);
        Assert.Equal([4, 5, 6], problems.Select(p => p.Line));
    }

    [Fact]
    public void Reading_stops_collecting_at_the_limit()
    {
        var records = string.Join(",\n", Enumerable.Range(0, 150).Select(i => $$"""{ "id": "r{{i}}", "body": "mzj", "entry": "XX", "trigger": "2025-03-03" }"""));

        var problems = ReadRegister($$"""{ "year": 2025, {{Bodies}} "records": [{{records}}] }""").Problems;

        Assert.Equal(PolicyJsonException.MaxProblems, problems.Count);
    }
}
