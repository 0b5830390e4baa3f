namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §13: what a problem says it found and what it expected, in the library's words — each kind of token and each kind of broken text, one
/// edit of the register example at a time.
/// </summary>
public sealed class ValueWordingTests
{
    private static readonly string Example = Edits.RegisterExample;

    private static JsonProblem OneProblem(string old, string replacement) => Edits.OneRegisterProblem(Example.Edited(old, replacement));

    public static TheoryData<string, string, string> Found() => new()
    {
        { "\"name\": \"县民政局\"", "\"name\": true", "expected a non-empty string; found true." },
        { "\"name\": \"县民政局\"", "\"name\": false", "expected a non-empty string; found false." },
        { "\"name\": \"县民政局\"", "\"name\": null", "expected a non-empty string; found null." },
        { "\"name\": \"县民政局\"", "\"name\": 1.50", "expected a non-empty string; found the number 1.50." },
        { "\"type\": \"School\"", "\"type\": \"" + new string('校', 70) + "\"", $"\"{new string('校', 60)}…\" is not a BodyType code" },
        { "\"type\": \"School\"", "\"type\": \"" + new string('校', 60) + "\"", $"\"{new string('校', 60)}\" is not a BodyType code" },
        { "\"type\": \"School\"", "\"type\": \"\\ud800\"", "the string is not valid text: it escapes a lone surrogate" },
        { "\"year\": 2025,\n      \"dates\"", "\"year\": \"2025\",\n      \"dates\"", "expected a whole number" },
        { "\"trigger\": \"2025-01-01\"", "\"trigger\": \"0000-12-31\"", "expected an ISO date such as \"2025-03-31\" (a day that exists, years 0001–9999); found \"0000-12-31\"." },
        { "\"trigger\": \"2025-01-01\"", "\"trigger\": \"2025-\\u00301-01\"", "expected an ISO date such as \"2025-03-31\" (a day that exists, years 0001–9999); found \"2025-01-01\"." },
    };

    [Theory]
    [MemberData(nameof(Found))]
    public void Sec13_a_problem_says_what_it_found_as_written(string old, string replacement, string messageStart)
    {
        Assert.StartsWith(messageStart, OneProblem(old, replacement).Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Broken() => new()
    {
        { "\"name\": \"县民", "", "the text is not valid JSON: the input ends inside a string." },
        { "\"year\": 2025,\n  \"bodies\"", "\"year\": 02025,\n  \"bodies\"", "the text is not valid JSON: a number is not written as JSON writes numbers (digits, an optional sign, fraction and exponent, no leading zero)." },
        { "\"year\": 2025,\n  \"bodies\"", "\"year\": 2025.,\n  \"bodies\"", "the text is not valid JSON: a number is not written as JSON writes numbers (digits, an optional sign, fraction and exponent, no leading zero)." },
        { "\"year\": 2025,\n  \"bodies\"", "\"year\": nul,\n  \"bodies\"", "the text is not valid JSON: expected true, false or null; found 'nul,'." },
        { "\"year\": 2025,\n  \"bodies\"", "\"year\": tx,\n  \"bodies\"", "the text is not valid JSON: expected true, false or null; found 'tx'." },
        { "\"year\": 2025,\n  \"bodies\"", "\"year\": f", "the text is not valid JSON: expected true, false or null; found 'f:'." },
        { "\"year\": 2025,\n  \"bodies\"", "\"year\": 2025;\n  \"bodies\"", "the text is not valid JSON: a number is not written as JSON writes numbers (digits, an optional sign, fraction and exponent, no leading zero)." },
        { "\"year\": 2025,\n  \"bodies\"", "\"year\": 2025,\n  \"bodies\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]", "the text is not valid JSON: the JSON nests deeper than 64 levels; no document of this library does." },
        { "\"year\": 2025,\n  \"bodies\"", "\"year\": -,\n  \"bodies\"", "the text is not valid JSON: a number is not written as JSON writes numbers (digits, an optional sign, fraction and exponent, no leading zero)." },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Sec13_broken_text_is_said_in_the_librarys_words(string old, string replacement, string message)
    {
        var at = Example.IndexOf(old, StringComparison.Ordinal);
        var json = replacement.Length == 0 ? Example[..(at + old.Length)] : Example[..at] + replacement + Example[(at + old.Length)..];   // empty: the file ends there

        var problems = Edits.RegisterProblems(json);

        Assert.Equal(message, problems[^1].Message);
    }
}
