using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §13: the JSON package's argument errors name the argument and say what was wrong, and an unknown name is quoted whole up to 80
/// characters, cut short after that — never inside a character.
/// </summary>
public sealed class ArgumentWordingTests
{
    [Fact]
    public void Sec13_a_missing_argument_is_named_in_the_message()
    {
        var error = Assert.ThrowsAny<ArgumentNullException>(() => PolicyJson.ReadRegister(null!));

        Assert.Equal(("utf8Json", "utf8Json cannot be null."), (error.ParamName, error.Message));
    }

    [Fact]
    public void Sec13_a_date_of_another_calendar_is_refused_with_the_calendar_named()
    {
        var julian = new LocalDate(2026, 3, 31, CalendarSystem.Julian);

        var error = Assert.ThrowsAny<ArgumentException>(() => PolicyJson.EvaluateRegister(DisclosurePolicy.Default, new MemoryStream([]), julian));

        Assert.Equal("asOf", error.ParamName);
        Assert.StartsWith("The date 2026-03-31 uses the Julian calendar; the library counts ISO (Gregorian) dates only.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec13_a_report_list_holding_null_names_the_element()
    {
        var error = Assert.ThrowsAny<ArgumentNullException>(() =>
            new AuditReport("题", "某县", 2025, null, null, null, null, [null!], []));

        Assert.Equal(("Findings", "Findings[0] is null."), (error.ParamName, error.Message));
    }

    [Theory]
    [InlineData(80, 0, false)]
    [InlineData(81, 0, true)]
    [InlineData(79, 2, true)]
    public void Sec13_an_unknown_name_is_quoted_whole_up_to_80_characters_and_never_cut_inside_a_character(int letters, int emoji, bool cut)
    {
        var name = new string('x', letters) + string.Concat(Enumerable.Repeat("😀", emoji));
        var json = Edits.RegisterExample.Edited("\"year\": 2025,", $"\"year\": 2025, \"{name}\": 1,");

        var problem = Edits.OneRegisterProblem(json);

        var quoted = cut ? (letters >= 80 ? new string('x', 80) : new string('x', letters)) + $"… ({name.Length:N0} characters)" : name;
        Assert.Equal($"$.{quoted}", problem.Path);
    }
}
