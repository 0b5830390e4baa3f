using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>A policy profile's JSON (§6, D9, D11–D13, D26, D32, D36), property by property: read, refused where it is, written back.</summary>
public sealed class ProfileJsonTests
{
    private const string Full = """
        {
          "$schema": "./profile.schema.json",
          "name": "莲都区",
          "overrides": [
            { "cadence": "Monthly", "offset": 10, "unit": "WorkingDays" },
            { "row": "IM2", "offset": 5, "unit": "CalendarDays" },
            { "entry": "IM3", "offset": 3, "unit": "WorkingDays" }
          ],
          "removedEntries": ["BA3", "ST7"],
          "gradeThresholds": { "excellent": 96, "satisfactory": 86, "basic": 71 },
          "complaintTierWorkingDays": 15,
          "preDisclosureCalendarDays": 40,
          "minInspections": 2,
          "maxInspections": 4,
          "requestsInOnTimeRate": false,
          "feeNoticeStopsClock": false
        }
        """;

    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    private static PolicyProfile Read(string json) => PolicyJson.ReadProfile(Utf8(json));

    private static JsonProblem Refused(string json) => Assert.Single(Assert.Throws<PolicyJsonException>(() => Read(json)).Problems);

    [Fact]
    public void D26_a_profile_with_every_property_reads_each_one()
    {
        var profile = Read(Full);
        var policy = DisclosurePolicy.Default.WithProfile(profile);

        Assert.Equal("莲都区", profile.Name);
        Assert.Equal((10, 5, 3), (policy.GetRule(ScheduleEntry.MO1).Offset, policy.GetRule(ScheduleEntry.IM2).Offset, policy.GetRule(ScheduleEntry.IM3).Offset));
        Assert.Equal(DeadlineUnit.CalendarDays, policy.GetRule(ScheduleEntry.IM2).Unit);
        Assert.Equal([ScheduleEntry.BA3, ScheduleEntry.ST7], profile.DeadlineProfile.RemovedEntries);
        Assert.Equal(40, profile.DeadlineProfile.PreDisclosureCalendarDays);
        var assessment = profile.AssessmentRules!;
        Assert.Equal((96m, 86m, 71m), (assessment.GradeThresholds.Excellent, assessment.GradeThresholds.Satisfactory, assessment.GradeThresholds.Basic));
        Assert.Equal((15, 2, 4, false), (assessment.ComplaintTierWorkingDays, assessment.MinInspections, assessment.MaxInspections, assessment.CountRequestsInRate));
        Assert.False(profile.RequestRules!.FeeNoticeStopsClock);
    }

    [Fact]
    public void D26_the_writer_writes_every_property_in_the_documented_form_and_it_reads_back_equal()
    {
        var profile = Read(Full);
        using var written = new MemoryStream();
        PolicyJson.WriteProfile(profile, written);
        var text = Encoding.UTF8.GetString(written.ToArray());

        Assert.Equal(profile, Read(text));
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        Assert.Equal(
            "{\"name\":\"莲都区\",\"overrides\":[{\"cadence\":\"Monthly\",\"offset\":10,\"unit\":\"WorkingDays\"},{\"row\":\"IM2\",\"offset\":5,\"unit\":\"CalendarDays\"}," +
            "{\"row\":\"IM3\",\"offset\":3,\"unit\":\"WorkingDays\"}],\"removedEntries\":[\"BA3\",\"ST7\"],\"gradeThresholds\":{\"excellent\":96,\"satisfactory\":86," +
            "\"basic\":71},\"complaintTierWorkingDays\":15,\"minInspections\":2,\"maxInspections\":4,\"requestsInOnTimeRate\":false,\"feeNoticeStopsClock\":false," +
            "\"preDisclosureCalendarDays\":40}",
            System.Text.RegularExpressions.Regex.Unescape(compact));
    }

    [Theory]
    [InlineData("\"gradeThresholds\": { \"excellent\": 96, \"satisfactory\": 86, \"basic\": 71 }", 96, 20, 1, 2, true)]
    [InlineData("\"complaintTierWorkingDays\": 15", 95, 15, 1, 2, true)]
    [InlineData("\"minInspections\": 0", 95, 20, 0, 2, true)]
    [InlineData("\"maxInspections\": 5", 95, 20, 1, 5, true)]
    [InlineData("\"requestsInOnTimeRate\": false", 95, 20, 1, 2, false)]
    [InlineData("\"minInspections\": 2, \"maxInspections\": 2", 95, 20, 2, 2, true)]
    public void D11_D12_D13_D36_any_one_assessment_property_gives_assessment_rules_with_the_defaults_for_the_rest(
        string property, int excellent, int tierDays, int min, int max, bool requestsInRate)
    {
        var assessment = Read($$"""{ "name": "某县", {{property}} }""").AssessmentRules!;

        Assert.Equal((excellent, tierDays, min, max, requestsInRate),
            ((int)assessment.GradeThresholds.Excellent, assessment.ComplaintTierWorkingDays, assessment.MinInspections, assessment.MaxInspections, assessment.CountRequestsInRate));
    }

    [Fact]
    public void D26_a_profile_of_a_name_alone_changes_nothing()
    {
        var profile = Read("""{ "name": "某县" }""");

        Assert.Equal((null, null, null), (profile.AssessmentRules, profile.RequestRules, profile.DeadlineProfile.PreDisclosureCalendarDays));
        Assert.Empty(profile.DeadlineProfile.Overrides);
        Assert.Empty(profile.DeadlineProfile.RemovedEntries);
    }

    [Theory]
    [InlineData("\"name\": 5", "$.name")]
    [InlineData("\"name\": \"某县\", \"complaintTierWorkingDays\": 0", "$.complaintTierWorkingDays")]
    [InlineData("\"name\": \"某县\", \"preDisclosureCalendarDays\": 0", "$.preDisclosureCalendarDays")]
    [InlineData("\"name\": \"某县\", \"minInspections\": 53", "$.minInspections")]
    [InlineData("\"name\": \"某县\", \"maxInspections\": 0", "$.maxInspections")]
    [InlineData("\"name\": \"某县\", \"requestsInOnTimeRate\": \"yes\"", "$.requestsInOnTimeRate")]
    [InlineData("\"name\": \"某县\", \"feeNoticeStopsClock\": 1", "$.feeNoticeStopsClock")]
    [InlineData("\"name\": \"某县\", \"removedEntries\": \"BA3\"", "$.removedEntries")]
    [InlineData("\"name\": \"某县\", \"removedEntries\": [\"BA3\", \"XX\"]", "$.removedEntries[1]")]
    [InlineData("\"name\": \"某县\", \"overrides\": {}", "$.overrides")]
    [InlineData("\"name\": \"某县\", \"overrides\": [5]", "$.overrides[0]")]
    [InlineData("\"name\": \"某县\", \"overrides\": [{ \"cadence\": \"Weekly\", \"offset\": 1, \"unit\": \"WorkingDays\" }]", "$.overrides[0].cadence")]
    [InlineData("\"name\": \"某县\", \"overrides\": [{ \"cadence\": \"Monthly\", \"offset\": \"x\", \"unit\": \"WorkingDays\" }]", "$.overrides[0].offset")]
    [InlineData("\"name\": \"某县\", \"overrides\": [{ \"entry\": \"XX\", \"offset\": 1, \"unit\": \"WorkingDays\" }]", "$.overrides[0].entry")]
    [InlineData("\"name\": \"某县\", \"overrides\": [{ \"row\": \"IM1\", \"unit\": \"WorkingDays\" }]", "$.overrides[0].offset")]
    [InlineData("\"name\": \"某县\", \"gradeThresholds\": 5", "$.gradeThresholds")]
    [InlineData("\"name\": \"某县\", \"gradeThresholds\": { \"excellent\": 95, \"satisfactory\": 85 }", "$.gradeThresholds.basic")]
    [InlineData("\"name\": \"某县\", \"gradeThresholds\": { \"excellent\": 80, \"satisfactory\": 85, \"basic\": 70 }", "$.gradeThresholds")]
    [InlineData("\"name\": \"某县\", \"minInspections\": 3, \"maxInspections\": 2", "$.minInspections")]
    [InlineData("\"name\": \"某县\", \"minInspections\": 3", "$.minInspections")]
    public void D26_a_wrong_property_is_refused_at_its_path(string properties, string path)
    {
        Assert.Equal(path, Refused($$"""{ {{properties}} }""").Path);
    }

    [Theory]
    [InlineData("[]", "a profile")]
    [InlineData("""{ "name": "某县", "overrides": [5] }""", "an override")]
    [InlineData("""{ "name": "某县", "gradeThresholds": 5 }""", "grade thresholds")]
    [InlineData("""{ "name": "某县", "gradeThresholds": { "excellent": 95, "satisfactory": 85, "basic": 70, "good": 1 } }""", "a set of grade thresholds has no property \"good\"")]
    [InlineData("""{ "name": "某县", "overrides": [{ "row": "IM1", "offset": 1, "unit": "WorkingDays", "colour": 1 }] }""", "an override has no property \"colour\"")]
    [InlineData("""{ "name": "某县", "minInspections": 3, "maxInspections": 2 }""", "minInspections (3) is above maxInspections (2).")]
    [InlineData("""{ "name": "某县", "minInspections": 3 }""", "minInspections (3) is above maxInspections (2).")]
    [InlineData("""{ "name": "某县", "maxInspections": 1, "minInspections": 2 }""", "minInspections (2) is above maxInspections (1).")]
    public void D26_a_refusal_says_what_was_expected(string json, string expected)
    {
        Assert.Contains(expected, Refused(json).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D26_removed_entries_name_each_bad_code_by_its_place()
    {
        var problems = Assert.Throws<PolicyJsonException>(() => Read("""{ "name": "某县", "removedEntries": ["XX", "BA3", "YY"] }""")).Problems;

        Assert.Equal(["$.removedEntries[0]", "$.removedEntries[2]"], problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Contains("IM1", p.Message));
    }

    [Fact]
    public async Task Sec13_a_profile_reads_the_same_from_a_stream_read_a_byte_at_a_time_either_way()
    {
        var bytes = Encoding.UTF8.GetBytes(Full);

        Assert.Equal(Read(Full), PolicyJson.ReadProfile(new StreamingEvaluationTests.TrickleStream(bytes)));
        Assert.Equal(Read(Full), await PolicyJson.ReadProfileAsync(new StreamingEvaluationTests.TrickleStream(bytes, async: true)));
    }

    [Fact]
    public void Sec13_writing_no_profile_is_refused()
    {
        Assert.Equal("profile", ArgumentAssert.Throws<ArgumentNullException>(() => PolicyJson.WriteProfile(null!, new MemoryStream())).ParamName);
    }

    [Fact]
    public async Task Sec13_an_empty_stream_is_refused_as_no_profile_either_way()
    {
        var sync = Assert.Single(Assert.Throws<PolicyJsonException>(() => Read("")).Problems);
        var async = Assert.Single((await Assert.ThrowsAsync<PolicyJsonException>(() => PolicyJson.ReadProfileAsync(Utf8("")))).Problems);

        Assert.Contains("a profile", sync.Message);
        Assert.Equal(sync.Message, async.Message);
    }
}
