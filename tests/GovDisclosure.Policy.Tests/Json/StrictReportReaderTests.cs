using System.Text;
using System.Text.Json.Nodes;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// D2: deadlines and evaluation reports read back as strictly as every other input: a property unknown, repeated, missing, in another
/// case or of the wrong type is a problem with its path and line, and a wording that could not format its date is refused when read —
/// so that nothing read throws later.
/// </summary>
public sealed class StrictReportReaderTests
{
    private static readonly LocalDate Monday = new(2026, 9, 28);

    private static JsonNode Deadlines()
    {
        using var stream = new MemoryStream();
        PolicyJson.WriteDeadlines([DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, Monday)], stream);
        return JsonNode.Parse(stream.ToArray())!;
    }

    private static JsonProblem DeadlineProblem(string json) =>
        Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadDeadlines(new MemoryStream(Encoding.UTF8.GetBytes(json)))).Problems);

    private static JsonProblem DeadlineProblem(Action<JsonObject> change)
    {
        var deadlines = Deadlines();
        change(deadlines[0]!.AsObject());
        return DeadlineProblem(deadlines.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    [Fact]
    public void D2_deadlines_as_written_read_back()
    {
        var deadline = Assert.Single(PolicyJson.ReadDeadlines(new MemoryStream(Encoding.UTF8.GetBytes(Deadlines().ToJsonString()))));

        Assert.Equal(DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, Monday).Due, deadline.Due);
    }

    [Fact]
    public void D2_a_misspelt_property_is_a_problem_not_a_default()
    {
        var problem = DeadlineProblem(deadline =>
        {
            deadline["isProvisonal"] = deadline["isProvisional"]!.DeepClone();
            deadline.Remove("isProvisional");
        });

        Assert.Equal("$[0].isProvisonal", problem.Path);
        Assert.Equal("a deadline report has no property \"isProvisonal\".", problem.Message);
        Assert.True(problem.Line > 1);
    }

    [Fact]
    public void D2_a_value_of_another_type_keeps_its_position_and_is_said_in_the_librarys_words()
    {
        var problem = DeadlineProblem(deadline => deadline["ruleOffset"] = "20");
        var json = Deadlines().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        var line = json[..json.IndexOf("\"ruleOffset\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        Assert.Equal(line, problem.Line);
        Assert.True(problem.Column > 1, $"column {problem.Column}");
        Assert.Equal("the value is not a whole number.", problem.Message);
    }

    [Fact]
    public void D2_a_rule_no_deadline_can_have_is_a_problem_naming_the_report()
    {
        var problem = DeadlineProblem(deadline => deadline["ruleOffset"] = -1);

        Assert.StartsWith("The report of IM1: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D2_a_null_list_is_a_problem_of_the_whole_input()
    {
        var problem = DeadlineProblem(deadline => deadline["days"] = null);

        Assert.Equal("$", problem.Path);
        Assert.Contains("Days", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D2_null_for_the_whole_input_is_a_problem_saying_what_was_expected()
    {
        var exception = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadEvaluationReport(new MemoryStream("null"u8.ToArray())));

        Assert.Equal("expected an evaluation report; found null.", Assert.Single(exception.Problems).Message);
    }

    [Fact]
    public void D2_no_stream_is_an_argument_error_of_every_report_reader()
    {
        ArgumentAssert.Throws<ArgumentNullException>(() => PolicyJson.ReadDeadlines(null!));
        ArgumentAssert.Throws<ArgumentNullException>(() => PolicyJson.ReadDeadlineReports(null!));
        ArgumentAssert.Throws<ArgumentNullException>(() => PolicyJson.ReadEvaluationReport(null!));
    }

    [Fact]
    public void D2_the_positions_of_repeated_properties_follow_scalar_elements_and_nested_objects()
    {
        var elements = new List<(int Line, int Column)>();

        var problems = RepeatedProperties.Find("[1, \"x\", {\"a\": {\"b\": 1, \"b\": 2}, \"a\": 3}]"u8, elements);

        Assert.Equal(["$[2].a.b", "$[2].a"], problems.ToException().Problems.Select(problem => problem.Path));   // in document order
        Assert.Equal([(1, 10)], elements);
    }

    [Fact]
    public void D2_a_property_in_another_case_is_a_problem()
    {
        var problem = DeadlineProblem(deadline =>
        {
            deadline["IsProvisional"] = true;
            deadline.Remove("isProvisional");
        });

        Assert.Equal("$[0].IsProvisional", problem.Path);
    }

    [Fact]
    public void D2_a_property_left_out_is_a_problem_naming_it()
    {
        var problem = DeadlineProblem(deadline => deadline.Remove("due"));

        Assert.Equal("the required property \"due\" of a deadline report is missing.", problem.Message);
    }

    [Fact]
    public void D2_a_day_whose_holiday_is_misspelt_is_a_problem_not_a_later_crash()
    {
        var problem = DeadlineProblem(deadline =>
        {
            var day = deadline["days"]!.AsArray().First(d => d!["holiday"] is not null)!.AsObject();
            day["holliday"] = day["holiday"]!.DeepClone();
            day.Remove("holiday");
        });

        Assert.Matches(@"^\$\[0\]\.days\[\d+\]\.holliday$", problem.Path);
    }

    [Fact]
    public void D2_a_number_written_as_a_string_is_a_problem()
    {
        var problem = DeadlineProblem(deadline => deadline["ruleOffset"] = "20");

        Assert.Equal("$[0].ruleOffset", problem.Path);
    }

    [Fact]
    public void D2_a_property_given_twice_is_a_problem_at_the_second_with_its_line_and_column()
    {
        var json = Deadlines().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        var first = json.IndexOf("\"isProvisional\": false,", StringComparison.Ordinal);
        var twice = json[..first] + "\"isProvisional\": true,\n    " + json[first..];
        var line = twice[..first].Count(c => c == '\n') + 2;

        var problem = DeadlineProblem(twice);

        Assert.Equal(("$[0].isProvisional", line, 5), (problem.Path, problem.Line, problem.Column));
        Assert.Equal("the property \"isProvisional\" is given twice in one object; give it once.", problem.Message);
    }

    [Fact]
    public void D2_a_property_given_twice_deep_in_a_list_names_its_element()
    {
        var json = Deadlines().ToJsonString();
        var twice = json.Replace("\"days\":[{", "\"days\":[{\"kind\":\"Weekend\",", StringComparison.Ordinal);

        Assert.Equal("$[0].days[0].kind", DeadlineProblem(twice).Path);
    }

    [Theory]
    [InlineData("应于{x}前公开")]
    [InlineData("应于{1}前公开")]
    [InlineData("应于前公开")]
    [InlineData("应于{0前公开")]
    [InlineData("应于{0}前{x}公开")]
    public void D2_a_wording_that_cannot_format_the_due_date_is_refused_when_read(string wording)
    {
        var problem = DeadlineProblem(deadline => deadline["dueWordingZh"] = wording);

        Assert.Equal(("$[0]", 2, 3), (problem.Path, problem.Line, problem.Column));
        Assert.StartsWith("The report of IM1 words its due date as", problem.Message, StringComparison.Ordinal);
        Assert.Contains("which is not a wording with the date as {0} and no other placeholder", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D2_an_evaluation_report_with_an_unknown_property_is_a_problem()
    {
        var register = Evaluation.Registers.SchoolWith(onTime: 1, late: 0);
        using var stream = new MemoryStream();
        PolicyJson.WriteEvaluation(DisclosurePolicy.Default.Evaluate(register, new LocalDate(2024, 12, 31)), stream);
        var report = JsonNode.Parse(stream.ToArray())!;
        report["polcy"] = "x";

        var exception = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadEvaluationReport(new MemoryStream(Encoding.UTF8.GetBytes(report.ToJsonString()))));

        Assert.Equal("$.polcy", Assert.Single(exception.Problems).Path);
    }

    [Fact]
    public void D2_a_byte_order_mark_changes_nothing()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Deadlines().ToJsonString())).ToArray();

        Assert.Single(PolicyJson.ReadDeadlines(new MemoryStream(bytes)));
    }

    public static TheoryData<string, string, string> WrongTypes() => new()
    {
        { "isProvisional", "1", "the value is not true or false." },
        { "ruleSource", "5", "the value is not a string." },
        { "due", "5", "the value is not an ISO date such as \"2025-03-31\"." },
        { "steps", "5", "the value is not what the property holds." },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void D2_a_value_of_another_type_says_what_the_property_holds(string property, string value, string message)
    {
        var problem = DeadlineProblem(deadline => deadline[property] = JsonNode.Parse(value));

        Assert.Equal(($"$[0].{property}", message), (problem.Path, problem.Message));
    }
}
