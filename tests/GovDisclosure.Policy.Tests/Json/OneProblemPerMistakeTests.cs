using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>§13: one mistake in a register file is one problem, at its own path and line, whichever reader reads the file.</summary>
public sealed class OneProblemPerMistakeTests
{
    private static readonly string County = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "county-2025.json"));

    private static readonly LocalDate AsOf = new(2026, 3, 31);

    /// <summary>The sample county's register with <paramref name="old"/> replaced, once, by <paramref name="replacement"/>.</summary>
    private static string CountyWith(string old, string replacement)
    {
        var at = County.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the sample register has no {old}");
        return County[..at] + replacement + County[(at + old.Length)..];
    }

    private static IReadOnlyList<JsonProblem> WholeProblems(string json) =>
        Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(json)))).Problems;

    private static IReadOnlyList<JsonProblem> StreamedProblems(string json) =>
        Assert.Throws<PolicyJsonException>(() => PolicyJson.EvaluateRegister(DisclosurePolicy.Default, new MemoryStream(Encoding.UTF8.GetBytes(json)), AsOf)).Problems;

    [Fact]
    public void Sec13_a_misspelt_property_of_a_body_is_one_problem_and_its_records_raise_nothing_more()
    {
        var json = CountyWith("\"tookOffice\"", "\"tookoffice\"");

        var whole = WholeProblems(json);

        var problem = Assert.Single(whole);
        Assert.Equal("$.bodies[0].principal.tookoffice", problem.Path);
        Assert.Equal(10, problem.Line);
        Assert.Contains("did you mean \"tookOffice\"?", problem.Message, StringComparison.Ordinal);
        Assert.Equal(whole, StreamedProblems(json));
    }

    [Fact]
    public void Sec13_a_commitment_naming_a_body_the_register_lacks_is_a_problem_at_its_body_with_its_line()
    {
        var json = CountyWith("\"commitments\": [\n    {\n      \"body\": \"", "\"commitments\": [\n    {\n      \"body\": \"x");
        var line = County[..County.IndexOf("\"commitments\": [", StringComparison.Ordinal)].Count(c => c == '\n') + 3;

        var problem = Assert.Single(WholeProblems(json));

        Assert.Equal("$.commitments[0].body", problem.Path);
        Assert.Equal(line, problem.Line);
        Assert.StartsWith("it names the body \"x", problem.Message, StringComparison.Ordinal);
        Assert.Equal([problem], StreamedProblems(json));
    }

    [Fact]
    public void Sec13_a_record_naming_a_body_the_register_lacks_is_one_problem_at_its_body_in_both_readers()
    {
        var json = CountyWith("\"body\": \"mzj\",\n      \"entry\"", "\"body\": \"mzz\",\n      \"entry\"");

        var problem = Assert.Single(WholeProblems(json));

        Assert.Matches(@"^\$\.records\[\d+\]\.body$", problem.Path);
        Assert.Equal("it names the body \"mzz\", which the register does not hold.", problem.Message);
        Assert.Equal([problem], StreamedProblems(json));
    }

    [Fact]
    public void Sec13_a_misspelt_required_section_of_the_register_is_one_problem_not_also_a_missing_one()
    {
        var problem = Assert.Single(WholeProblems(CountyWith("\"records\"", "\"recrods\"")));

        Assert.Equal("$.recrods", problem.Path);
        Assert.Contains("did you mean \"records\"?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec13_a_misspelt_value_an_event_needs_is_one_problem_not_also_a_needed_one()
    {
        var json = CountyWith("\"records\": [", """
            "requests": [{ "id": "q", "body": "mzj", "channel": "InPerson", "arrivedOn": "2025-09-23", "applicant": "NaturalPerson",
              "events": [{ "kind": "CorrectionNoticed", "on": "2025-09-24", "unti": "2025-09-30" }] }],
            "records": [
            """);

        var problem = Assert.Single(WholeProblems(json));

        Assert.Equal("$.requests[0].events[0].unti", problem.Path);
        Assert.Equal([problem], StreamedProblems(json));
    }

    [Fact]
    public void Sec13_a_misspelt_row_of_a_profile_override_is_one_problem_not_also_an_override_naming_nothing()
    {
        const string Json = """{ "name": "某县", "overrides": [{ "rov": "IM1", "offset": 10, "unit": "WorkingDays" }] }""";

        var problem = Assert.Single(Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadProfile(new MemoryStream(Encoding.UTF8.GetBytes(Json)))).Problems);

        Assert.Equal("$.overrides[0].rov", problem.Path);
    }

    [Theory]
    [InlineData("{\n  \"year\": 2025,")]
    [InlineData("\"tookOffice\": \"2022-03-01\"")]
    public void Sec13_a_huge_unknown_property_name_is_one_problem_quoted_cut_short(string after)
    {
        var name = new string('x', 2_000_000);
        var json = CountyWith(after, after + (after.EndsWith(',') ? "" : ",") + $"\"{name}\": 1" + (after.EndsWith(',') ? "," : ""));

        var problem = Assert.Single(WholeProblems(json));

        Assert.EndsWith("… (2,000,000 characters)", problem.Path, StringComparison.Ordinal);
        Assert.InRange(problem.Message.Length, 1, 400);
        Assert.Contains(new string('x', 80) + "… (2,000,000 characters)\". ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec8_4_an_extension_told_after_the_reply_period_ended_is_a_problem_at_its_event_with_its_line_when_streamed()
    {
        var json = CountyWith("\"records\": [", """
            "requests": [{ "id": "q", "body": "mzj", "channel": "InPerson", "arrivedOn": "2025-03-03", "applicant": "NaturalPerson",
              "events": [{ "kind": "Extended", "on": "2025-05-30", "workingDays": 20 }] }],
            "records": [
            """);
        var line = County[..County.IndexOf("\"records\": [", StringComparison.Ordinal)].Count(c => c == '\n') + 2;

        var problem = Assert.Single(StreamedProblems(json));

        Assert.Equal(("$.requests[0].events[0]", line), (problem.Path, problem.Line));
        Assert.Equal("Request q cannot record extended on 2025-05-30: its first period ended on 2025-03-31; an extension is told before then (§8.4).", problem.Message);
        // Read whole, the register knows no calendar: the evaluation names the request and its event instead.
        var register = PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var refusal = Assert.Single(Assert.Throws<RequestHistoryException>(() => DisclosurePolicy.Default.Evaluate(register, AsOf)).Refusals);
        Assert.Equal(("q", RequestEventKind.Extended, new LocalDate(2025, 5, 30)), (refusal.RequestId, refusal.Refused, refusal.On));
    }

    [Fact]
    public void Sec8_8_a_fee_paid_late_is_a_problem_at_its_own_event_though_later_events_follow_when_streamed()
    {
        var json = CountyWith("\"records\": [", """
            "requests": [{ "id": "q", "body": "mzj", "channel": "InPerson", "arrivedOn": "2025-03-03", "applicant": "NaturalPerson",
              "events": [{ "kind": "FeeNoticed", "on": "2025-03-10" },
                         { "kind": "FeePaid", "on": "2025-05-30" },
                         { "kind": "Replied", "on": "2025-06-10", "outcome": "Disclosed" }] }],
            "records": [
            """);
        var line = County[..County.IndexOf("\"records\": [", StringComparison.Ordinal)].Count(c => c == '\n') + 3;

        var problem = Assert.Single(StreamedProblems(json));

        Assert.Equal(("$.requests[0].events[1]", line), (problem.Path, problem.Line));
        Assert.Contains("2025-05-30", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec8_8_a_request_that_arrived_on_the_evaluation_day_is_counted_on_the_calendar_too()
    {
        var arrived = AsOf.ToString("yyyy-MM-dd", null);
        var json = CountyWith("\"records\": [", $$"""
            "requests": [{ "id": "q", "body": "mzj", "channel": "InPerson", "arrivedOn": "{{arrived}}", "applicant": "NaturalPerson",
              "events": [{ "kind": "Deferred", "on": "{{arrived}}", "until": "{{AsOf.PlusDays(1).ToString("yyyy-MM-dd", null)}}" }] }],
            "records": [
            """);

        var problem = Assert.Single(StreamedProblems(json));

        Assert.Equal("$.requests[0].events[0]", problem.Path);
        Assert.StartsWith("Request q cannot record deferred on 2026-03-31", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec13_the_streamed_evaluation_names_a_missing_policy_as_its_argument()
    {
        var json = new MemoryStream(Encoding.UTF8.GetBytes(County));

        Assert.Equal("policy", ArgumentAssert.Throws<ArgumentNullException>(() => PolicyJson.EvaluateRegister(null!, json, AsOf)).ParamName);
        Assert.Equal(0, json.Position);
    }

    [Fact]
    public void Sec8_an_event_the_history_refuses_is_a_problem_at_the_event_with_its_line_in_both_readers()
    {
        var json = CountyWith("\"records\": [", """
            "requests": [{ "id": "q", "body": "mzj", "channel": "InPerson", "arrivedOn": "2025-03-03", "applicant": "NaturalPerson",
              "events": [{ "kind": "Replied", "on": "2025-03-10", "outcome": "Disclosed" },
                         { "kind": "Extended", "on": "2025-03-11", "workingDays": 20 }] }],
            "records": [
            """);
        var line = County[..County.IndexOf("\"records\": [", StringComparison.Ordinal)].Count(c => c == '\n') + 3;

        var problem = Assert.Single(WholeProblems(json));

        Assert.Equal(("$.requests[0].events[1]", line), (problem.Path, problem.Line));
        Assert.Equal([problem], StreamedProblems(json));
    }

    [Theory]
    [InlineData("2025-03-03", 0, 20)]
    [InlineData("2025-03-03", 21, 20)]
    [InlineData("2025-03-03", 300, 20)]
    [InlineData("2019-05-14", 16, 15)]
    public void Sec8_4_an_extension_outside_its_regimes_range_is_one_problem_at_its_event_however_far_outside(string arrivedOn, int days, int most)
    {
        var json = CountyWith("\"records\": [", $$"""
            "requests": [{ "id": "q", "body": "mzj", "channel": "InPerson", "arrivedOn": "{{arrivedOn}}", "applicant": "NaturalPerson",
              "events": [{ "kind": "Extended", "on": "{{arrivedOn}}", "workingDays": {{days}} }] }],
            "records": [
            """);

        var problem = Assert.Single(WholeProblems(json));

        Assert.Equal("$.requests[0].events[0]", problem.Path);
        Assert.Contains($"allow an extension of 1 to {most} working days", problem.Message, StringComparison.Ordinal);
        Assert.Equal([problem], StreamedProblems(json));
    }

    [Theory]
    [InlineData("")]
    [InlineData("　")]
    public void Sec4_1_a_blank_supervision_contact_is_read_as_written_and_judged_as_none_named(string blank)
    {
        var json = CountyWith("\"supervisionContact\": \"黄敏（监督员）\"", $"\"supervisionContact\": \"{blank}\"");

        var register = PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(blank, register.Bodies[0].SupervisionContact);
        Assert.Contains(DisclosurePolicy.Default.Evaluate(register, AsOf).GetUnit("mzj").Findings, finding => finding.Kind == FindingKind.NoSupervisionContact);
    }
}
