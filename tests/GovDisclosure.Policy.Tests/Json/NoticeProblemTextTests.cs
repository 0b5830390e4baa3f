using System.Text;
using GovDisclosure.Policy.Tests.Calendar;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §11, §13, D1: each mistake in a holiday notice (holiday-cn's form) or a regional notice is one problem at its path in the library's words.
/// </summary>
public sealed class NoticeProblemTextTests
{
    private static readonly string Holiday = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy", "Calendar", "Data", "holiday-cn", "2025.json"));

    private static readonly string Regional = RegionalNoticeJsonTests.Guangxi2023Json;

    private static MemoryStream Bytes(string json) => new(Encoding.UTF8.GetBytes(json));

    public static TheoryData<string, string, string, string> HolidayMistakes() => new()
    {
        { "\"days\": [\n        {", "\"days\": [1,\n        {", "$.days[0]", "expected a listed day with name, date and isOffDay (an object); found the number 1." },
        { "\"date\": \"2025-01-01\",\n            \"isOffDay\": true", "\"date\": \"2025-01-01\"", "$.days[0].isOffDay", "the required property \"isOffDay\" of a listed day is missing." },
        { "\"papers\": [\n        \"", "\"papers\": [5, \"", "$.papers[0]", "expected the address of the notice (a string); found the number 5." },
        { "\"date\": \"2025-01-01\"", "\"date\": \"2026-01-01\"", "$.days", "2026-01-01: the 2025 notice can list days from 2024-12-01 to 2025-12-31 only." },
    };

    [Theory]
    [MemberData(nameof(HolidayMistakes))]
    public void D1_each_mistake_in_a_holiday_notice_is_one_problem_at_its_path(string old, string replacement, string path, string message)
    {
        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() => HolidayNoticeJson.Read(Bytes(Holiday.Edited(old, replacement)))).Problems);

        Assert.Equal(path, problem.Path);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("days", "$.days")]
    [InlineData("papers", "$.papers")]
    public void D1_a_holiday_notices_list_that_is_not_an_array_is_one_problem(string property, string path)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(Holiday)!;
        json[property] = 1;

        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() => HolidayNoticeJson.Read(Bytes(json.ToJsonString()))).Problems);

        Assert.Equal((path, "expected an array; found the number 1."), (problem.Path, problem.Message));
    }

    [Fact]
    public void D1_a_holiday_notice_that_is_not_an_object_is_one_problem_and_its_id_and_schema_are_passed_over()
    {
        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() => HolidayNoticeJson.Read(Bytes("[]"))).Problems);

        Assert.Equal(("$", "expected a holiday notice (an object); found an array."), (problem.Path, problem.Message));
        Assert.Equal(HolidayNoticeJson.Read(Bytes(Holiday)).Days,
            HolidayNoticeJson.Read(Bytes(Holiday.Edited("\"$id\": \"https://raw.githubusercontent.com/NateScarlet/holiday-cn/master/2025.json\"", "\"$id\": { \"any\": [1] }"))).Days);
    }

    public static TheoryData<string, string, string, string> RegionalMistakes() => new()
    {
        { "\"region\": \"450000\"", "\"region\": \"45000\"", "$.region", "\"45000\" is not an administrative-division code (GB/T 2260): six digits, for example \"450000\"." },
        { "\"region\": \"450000\"", "\"region\": 450000", "$.region", "expected a non-empty string; found the number 450000." },
        { "\"regionName\": \"广西壮族自治区\",", "", "$.regionName", "the required property \"regionName\" of a regional notice is missing." },
        { "\"days\": [", "\"days\": [1, ", "$.days[0]", "expected a listed day with name, date and isOffDay (an object); found the number 1." },
        { "\"papers\": [\"", "\"papers\": [5, \"", "$.papers[0]", "expected the address of the notice (a string); found the number 5." },
        { "\"date\": \"2023-04-21\"", "\"date\": \"2024-04-21\"", "$.days", "2024-04-21: the 2023 450000 广西壮族自治区 notice can list days from" },
    };

    [Theory]
    [MemberData(nameof(RegionalMistakes))]
    public void Sec11_each_mistake_in_a_regional_notice_is_one_problem_at_its_path(string old, string replacement, string path, string message)
    {
        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() => RegionalNoticeJson.Read(Bytes(Regional.Edited(old, replacement)))).Problems);

        Assert.Equal(path, problem.Path);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sec11_an_empty_regional_notice_is_said_to_be_empty_and_writing_none_names_the_notice()
    {
        var empty = await Assert.ThrowsAsync<PolicyJsonException>(() => RegionalNoticeJson.ReadAsync(Bytes(" ")));

        Assert.Equal("the input is empty; expected a regional notice.", Assert.Single(empty.Problems).Message);
        Assert.Equal("notice", ArgumentAssert.Throws<ArgumentNullException>(() => RegionalNoticeJson.Write(null!, new MemoryStream())).ParamName);
    }

    [Fact]
    public void Sec11_a_regional_notice_that_is_not_an_object_is_one_problem_and_its_schema_line_is_passed_over()
    {
        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() => RegionalNoticeJson.Read(Bytes("\"广西\""))).Problems);

        Assert.Equal(("$", "expected a regional notice (an object); found \"广西\"."), (problem.Path, problem.Message));
        Assert.Equal(RegionalNoticeJson.Read(Bytes(Regional)).Days,
            RegionalNoticeJson.Read(Bytes(Regional.Edited("\"region\": \"450000\",", "\"$schema\": \"./regional-notice.schema.json\", \"region\": \"450000\","))).Days);
    }
}
