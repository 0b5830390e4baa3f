using System.Reflection;
using System.Text.RegularExpressions;

namespace GovDisclosure.Policy.Tests.Architecture;

/// <summary>Test names cite clauses one way: <c>Sec8_4_…</c> for a § clause and <c>D17_…</c> for a default.</summary>
public sealed class TestNameTests
{
    private static readonly Regex OtherClauseSpelling = new(@"^(?:S|Section|Sect)\d", RegexOptions.CultureInvariant);

    [Fact]
    public void Every_test_that_names_a_section_spells_it_Sec()
    {
        var tests = typeof(TestNameTests).Assembly.GetTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(method => method.GetCustomAttributes().Any(attribute => attribute is FactAttribute or FsCheck.Xunit.PropertyAttribute))
            .ToArray();

        Assert.NotEmpty(tests);
        Assert.Empty(tests.Where(method => OtherClauseSpelling.IsMatch(method.Name)).Select(method => $"{method.DeclaringType!.Name}.{method.Name}"));
        Assert.Contains(tests, method => method.Name.StartsWith("Sec8_4_", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("S10_a_row", true)]
    [InlineData("Section9_x", true)]
    [InlineData("Sec10_a_row", false)]
    [InlineData("D17_late", false)]
    [InlineData("Something_else", false)]
    public void The_check_tells_the_other_spellings_apart(string name, bool other) =>
        Assert.Equal(other, OtherClauseSpelling.IsMatch(name));
}
