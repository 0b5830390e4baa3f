using System.Text;
using System.Text.Json;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// D9, D11, D12: a profile's numeric settings are refused by the reader exactly where the model refuses them — the day before, of
/// and after each end of each range — so that a profile the model takes is never a file the reader refuses, nor the other way round.
/// </summary>
public sealed class ProfileLimitTests
{
    /// <summary>Each setting, the JSON beside it that the test needs, and the model's own way of taking a value of it.</summary>
    private static readonly Dictionary<string, (string Beside, Action<int> Model)> Settings = new()
    {
        ["complaintTierWorkingDays"] = ("", days => _ = new AssessmentRules(GradeThresholds.Default) { ComplaintTierWorkingDays = days }),
        ["preDisclosureCalendarDays"] = ("", days => _ = new PolicyProfile("县").WithPreDisclosureDays(days)),
        ["minInspections"] = (", \"maxInspections\": 52", count => _ = new AssessmentRules(GradeThresholds.Default) { MaxInspections = 52, MinInspections = count }),
        ["maxInspections"] = (", \"minInspections\": 0", count => _ = new AssessmentRules(GradeThresholds.Default) { MinInspections = 0, MaxInspections = count }),
    };

    public static TheoryData<string, int> Boundaries => new()
    {
        { "complaintTierWorkingDays", 0 }, { "complaintTierWorkingDays", 1 }, { "complaintTierWorkingDays", 2 },
        { "complaintTierWorkingDays", 249 }, { "complaintTierWorkingDays", 250 }, { "complaintTierWorkingDays", 251 },
        { "preDisclosureCalendarDays", 0 }, { "preDisclosureCalendarDays", 1 }, { "preDisclosureCalendarDays", 2 },
        { "preDisclosureCalendarDays", 364 }, { "preDisclosureCalendarDays", 365 }, { "preDisclosureCalendarDays", 366 },
        { "minInspections", -1 }, { "minInspections", 0 }, { "minInspections", 1 }, { "minInspections", 51 }, { "minInspections", 52 }, { "minInspections", 53 },
        { "maxInspections", 0 }, { "maxInspections", 1 }, { "maxInspections", 2 }, { "maxInspections", 51 }, { "maxInspections", 52 }, { "maxInspections", 53 },
    };

    private static bool ModelTakes(Action<int> model, int value)
    {
        try
        {
            model(value);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void D12_the_profile_reader_refuses_a_setting_exactly_where_the_model_does(string setting, int value)
    {
        var (beside, model) = Settings[setting];
        var json = $$"""{ "name": "县", "{{setting}}": {{value}}{{beside}} }""";

        var read = Record.Exception(() => PolicyJson.ReadProfile(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Equal(ModelTakes(model, value), read is null);
        if (read is not null)
        {
            Assert.Equal($"$.{setting}", Assert.Single(Assert.IsType<PolicyJsonException>(read).Problems).Path);
        }
    }

    [Theory]
    [InlineData("complaintTierWorkingDays")]
    [InlineData("preDisclosureCalendarDays")]
    [InlineData("minInspections")]
    [InlineData("maxInspections")]
    public void D12_the_profile_schema_states_each_settings_range_as_the_model_takes_it(string setting)
    {
        var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", "profile.schema.json")));
        var described = schema.RootElement.GetProperty("properties").GetProperty(setting);
        var taken = Boundaries.Where(row => (string)row[0] == setting).Select(row => (int)row[1]).Where(value => ModelTakes(Settings[setting].Model, value)).ToList();

        Assert.Equal((taken.Min(), taken.Max()), (described.GetProperty("minimum").GetInt32(), described.GetProperty("maximum").GetInt32()));
    }
}
