using System.Text.Json;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>An obligation's key in the reports' JSON (§13): <c>{"row"}</c> for the built-in catalog, <c>{"catalog", "row", "part"?}</c> else.</summary>
public sealed class ObligationKeyJsonTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new ObligationKeyJsonConverter() } };

    private static string Write(ObligationKey key) => JsonSerializer.Serialize(key, Options);

    private static ObligationKey Read(string json) => JsonSerializer.Deserialize<ObligationKey>(json, Options)!;

    [Fact]
    public void Sec13_each_kind_of_key_is_written_with_only_what_names_it_and_reads_back_equal()
    {
        var cases = new (ObligationKey Key, string Json)[]
        {
            (ScheduleEntry.IM1.Key, """{"row":"IM1"}"""),
            (ObligationKey.Of(DisclosureItem.G15), """{"row":"G15"}"""),
            (ObligationKey.InCatalog("某县民政", "3"), """{"catalog":"某县民政","row":"3"}"""),
            (ObligationKey.InCatalog("某县民政", "47", 1), """{"catalog":"某县民政","row":"47","part":1}"""),
        };

        Assert.All(cases, c =>
        {
            Assert.Equal(c.Json, System.Text.RegularExpressions.Regex.Unescape(Write(c.Key)));
            Assert.Equal(c.Key, Read(Write(c.Key)));
            Assert.Equal(c.Key.Part, Read(Write(c.Key)).Part);
        });
        Assert.True(Read("""{"row":"IM1"}""").TryGetEntry(out var entry));
        Assert.Same(ScheduleEntry.IM1, entry);
    }

    [Theory]
    [InlineData("\"IM1\"", "An obligation is an object with \"row\" (and \"catalog\" for a county catalog's row), not String.")]
    [InlineData("""{"row":"IM1","entry":"IM1"}""", "An obligation has no property \"entry\"; it has \"catalog\", \"row\" and \"part\".")]
    [InlineData("""{"catalog":"某县民政"}""", "An obligation needs its \"row\".")]
    [InlineData("""{}""", "An obligation needs its \"row\".")]
    [InlineData("""{"row":"XX9"}""", "\"XX9\" is neither a schedule entry's code (IM1…ST7) nor a catalog item's code (G01…I04)")]
    [InlineData("""{"catalog":"seed","row":"IM1"}""", "\"seed\" is the built-in catalog")]
    [InlineData("""{"catalog":"某县民政","row":"3","part":-1}""", "part")]
    public void Sec13_a_key_that_names_no_obligation_is_refused_saying_why(string json, string expected)
    {
        var error = Assert.Throws<JsonException>(() => Read(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
