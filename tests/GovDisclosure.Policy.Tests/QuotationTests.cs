namespace GovDisclosure.Policy.Tests;

/// <summary>§0: problems quote what they found, cut to a readable length with the length it had, and name a few of many.</summary>
public sealed class QuotationTests
{
    [Fact]
    public void Sec0_a_text_of_80_characters_is_quoted_whole_and_one_of_81_is_cut_after_80()
    {
        var whole = new string('甲', IsoText.QuoteLength);
        var longer = whole + "乙";

        Assert.Equal($"\"{whole}\"", IsoText.Quote(whole));
        Assert.Equal($"\"{whole}…\" (81 characters)", IsoText.Quote(longer));
    }

    [Fact]
    public void Sec0_a_cut_never_splits_a_surrogate_pair()
    {
        var text = new string('甲', IsoText.QuoteLength - 1) + "𠀀" + "乙";

        Assert.Equal($"\"{new string('甲', IsoText.QuoteLength - 1)}…\" (82 characters)", IsoText.Quote(text));
    }

    [Fact]
    public void Sec0_a_long_text_gives_its_length_with_thousands_separated_in_any_culture()
    {
        using var culture = new CultureScope("de-DE");

        Assert.EndsWith("…\" (12,345 characters)", IsoText.Quote(new string('甲', 12_345)), StringComparison.Ordinal);
        Assert.Equal("\"a\", \"b\", \"c\" and 1,000 more", IsoText.QuoteSome(["a", "b", "c", .. Enumerable.Repeat("d", 1000)]));
    }

    [Theory]
    [InlineData(1, "\"t0\"")]
    [InlineData(3, "\"t0\", \"t1\", \"t2\"")]
    [InlineData(4, "\"t0\", \"t1\", \"t2\" and 1 more")]
    public void Sec0_a_few_of_many_are_quoted_and_the_rest_counted(int count, string expected)
    {
        Assert.Equal(expected, IsoText.QuoteSome([.. Enumerable.Range(0, count).Select(i => $"t{i}")]));
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;

        internal CultureScope(string name) => System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(name);

        public void Dispose() => System.Globalization.CultureInfo.CurrentCulture = saved;
    }
}
