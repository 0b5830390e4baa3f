using System.Text.Json;
using GovDisclosure.Policy.Evaluation;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>Sec3_3: every closed set is written in JSON as its code and read back from it; anything else is a <see cref="JsonException"/>
/// that names what it found and lists the codes.</summary>
public sealed class PolicyEnumJsonConverterTests
{
    private static readonly PolicyEnumJsonConverterFactory Factory = new();

    [Theory]
    [InlineData(typeof(ScheduleEntry), true)]
    [InlineData(typeof(Channel), true)]
    [InlineData(typeof(Grade), true)]   // a bilingual set, one class further from PolicyEnum<T>
    [InlineData(typeof(int), false)]
    [InlineData(typeof(string), false)]
    [InlineData(typeof(List<ScheduleEntry>), false)]   // generic, but not a closed set
    [InlineData(typeof(ObligationKey), false)]
    public void Sec3_3_the_factory_converts_exactly_the_closed_sets(Type type, bool converts) =>
        Assert.Equal(converts, Factory.CanConvert(type));

    [Fact]
    public void Sec3_3_a_member_is_written_as_its_code_and_read_back_from_it()
    {
        Assert.Equal("\"IM1\"", JsonSerializer.Serialize(ScheduleEntry.IM1, PolicyJson.Options));
        Assert.Equal(["Satisfactory", "Excellent"], JsonDocument.Parse(JsonSerializer.Serialize(new[] { Grade.Satisfactory, Grade.Excellent }, PolicyJson.Options))
            .RootElement.EnumerateArray().Select(code => code.GetString()));
        Assert.Same(ScheduleEntry.IM2, JsonSerializer.Deserialize<ScheduleEntry>("\"IM2\"", PolicyJson.Options));
        Assert.Same(Channel.Intranet, JsonSerializer.Deserialize<Channel>("\"Intranet\"", PolicyJson.Options));
    }

    [Theory]
    [InlineData("\"IM0\"", "\"IM0\" is not a ScheduleEntry code; valid codes: IM1, IM2, ")]
    [InlineData("\"im1\"", "\"im1\" is not a ScheduleEntry code; valid codes: IM1, IM2, ")]
    [InlineData("3", "Number is not a ScheduleEntry code; valid codes: IM1, IM2, ")]
    [InlineData("true", "True is not a ScheduleEntry code; valid codes: IM1, IM2, ")]
    public void Sec3_3_what_is_not_a_code_is_named_with_the_valid_codes(string json, string message)
    {
        var exception = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ScheduleEntry>(json, PolicyJson.Options));

        Assert.StartsWith(message, exception.Message);
        Assert.EndsWith($"{ScheduleEntry.InOrder[^1].Name}.", exception.Message.Split(" Path:")[0]);
    }

    [Fact]
    public void Sec3_3_the_factory_makes_a_converter_for_the_type_it_is_asked_for_and_refuses_none()
    {
        Assert.Equal(typeof(ScheduleEntry), Factory.CreateConverter(typeof(ScheduleEntry), PolicyJson.Options).Type);
        Assert.Equal("typeToConvert", ArgumentAssert.Throws<ArgumentNullException>(() => Factory.CreateConverter(null!, PolicyJson.Options)).ParamName);
    }
}
