using GovDisclosure.Policy.Json;
using GovDisclosure.Policy.Reporting;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>§13: how the library says what System.Text.Json's reader and serializer report — the character quoted as the reader quotes it,
/// a broken literal cut where it goes wrong, a value's expected kind named from the report type's property.</summary>
public sealed class JsonSyntaxTests
{
    private static string Said(string message) => JsonSyntax.Describe(message, "a register");

    [Theory]
    [InlineData("Expected start of a property name.", "expected a property name in double quotation marks; found a character.")]
    [InlineData("The value 'x' is not the start of a property name.", "expected a property name in double quotation marks; found a character.")]
    [InlineData("'", "the text breaks JSON's syntax here.")]
    [InlineData("Something no reader says.", "the text breaks JSON's syntax here.")]
    [InlineData("'x' is an invalid start of a value.", "expected a value (an object, array, string, number, true, false or null); found 'x'.")]
    public void Sec13_the_character_found_is_the_one_the_reader_quotes_first_or_else_a_character(string message, string said) =>
        Assert.Equal("the text is not valid JSON: " + said, Said(message));

    [Theory]
    [InlineData("'truex' is an invalid JSON literal.", "'truex'")]
    [InlineData("'trux' is an invalid JSON literal.", "'trux'")]
    [InlineData("'t' is an invalid JSON literal.", "'t'")]
    [InlineData("Expected a literal.", "a character")]
    public void Sec13_a_broken_literal_is_quoted_as_far_as_its_first_wrong_character(string message, string found) =>
        Assert.Equal($"the text is not valid JSON: expected true, false or null; found {found}.", Said(message));

    [Fact]
    public void Sec13_an_escape_u_without_four_hexadecimal_digits_is_said_as_such()
    {
        var problem = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new MemoryStream("{\"year\": \"\\u12\"}"u8.ToArray()))).Problems[^1];

        Assert.Equal("the text is not valid JSON: a string holds \\u followed by '\"', not by four hexadecimal digits (\\u00e9).", problem.Message);
    }

    [Theory]
    [InlineData("'0x80' is invalid after a value.", true)]
    [InlineData("'0xEF' is invalid after a value.", true)]
    [InlineData("'0x7F' is invalid after a value.", false)]
    [InlineData("'abcd' is invalid after a value.", false)]
    [InlineData("'0xEF' is invalid within a JSON string.", false)]
    [InlineData("'0xZZ' is invalid after a value.", false)]
    public void Sec13_only_a_byte_above_0x7F_outside_a_string_is_taken_for_a_sign_of_another_encoding(string message, bool outside) =>
        Assert.Equal(outside, JsonSyntax.NamesByteOutsideAscii(message));

    [Theory]
    [InlineData("GovDisclosure.Policy.Json.UnitReport", "$.units[0].onTimeRate", "a number")]
    [InlineData("GovDisclosure.Policy.Reporting.DeadlineReport", "$[0].periodStart", "an ISO date such as \"2025-03-31\"")]
    [InlineData("GovDisclosure.Policy.Reporting.DeadlineReport", "$[0].ruleOffset", "a whole number")]
    [InlineData("GovDisclosure.Policy.Reporting.DeadlineReport", "$[0].isProvisional", "true or false")]
    [InlineData("GovDisclosure.Policy.Reporting.DeadlineReport", "$[0].ruleSource", "a string")]
    [InlineData("GovDisclosure.Policy.Reporting.DeadlineReport", "$[0].noSuchProperty", "what the property holds")]
    [InlineData("GovDisclosure.Policy.Json.NoSuchReport", "$[0].due", "what the property holds")]
    public void Sec13_a_value_of_the_wrong_kind_is_said_with_the_kind_its_property_holds(string type, string path, string kind)
    {
        var said = JsonSyntax.DescribeBinding($"The JSON value could not be converted to {type}. Path: {path} | LineNumber: 0 | BytePositionInLine: 5.",
            "a report", path, [typeof(UnitReport), typeof(DeadlineReport)]);

        Assert.Equal($"the value is not {kind}.", said);
    }

    [Fact]
    public void Sec13_the_serializers_path_tail_is_cut_wherever_it_starts()
    {
        Assert.Equal("", JsonSyntax.DescribeBinding(" Path: $.x | LineNumber: 0", "a report", "$.x", []));
        Assert.Equal("A converter's own sentence.", JsonSyntax.DescribeBinding("A converter's own sentence. Path: $.x", "a report", "$.x", []));
    }
}
