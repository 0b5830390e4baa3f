using System.Globalization;

namespace GovDisclosure.Policy.Tests;

/// <summary>One value for a text in both languages: equal when both are, and formatted by culture — Chinese for a Chinese culture.</summary>
public sealed class BilingualTextTests
{
    private static readonly BilingualText Text = new("法定时限", "statutory period");

    [Theory]
    [InlineData("zh", "法定时限")]
    [InlineData("zh-CN", "法定时限")]
    [InlineData("zh-Hans", "法定时限")]
    [InlineData("zh-TW", "法定时限")]
    [InlineData("en-US", "statutory period")]
    [InlineData("fr-FR", "statutory period")]
    [InlineData("", "statutory period")]
    public void A_text_is_formatted_in_the_readers_culture(string culture, string expected)
    {
        Assert.Equal(expected, Text.In(CultureInfo.GetCultureInfo(culture)));
        Assert.Equal(expected, Text.ToString(CultureInfo.GetCultureInfo(culture)));
        Assert.Equal(expected, string.Format(CultureInfo.GetCultureInfo(culture), "{0}", Text));
    }

    [Fact]
    public void Without_a_culture_the_current_UI_culture_decides()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            Assert.Equal("法定时限", Text.ToString());
            Assert.Equal("法定时限", Text.In(null));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
            Assert.Equal("statutory period", Text.ToString());
            Assert.Equal("statutory period", Text.ToString(formatProvider: null));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_format_picks_a_language_and_an_unknown_one_is_refused()
    {
        Assert.Equal("法定时限", $"{Text:zh}");
        Assert.Equal("statutory period", $"{Text:en}");
        Assert.Equal("法定时限", Text.ToString("", CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Contains("\"fr\"", Assert.Throws<FormatException>(() => Text.ToString("fr", null)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_texts_are_equal_when_both_languages_are()
    {
        Assert.Equal(new BilingualText("法定时限", "statutory period"), Text);
        Assert.Equal(new BilingualText("法定时限", "statutory period").GetHashCode(), Text.GetHashCode());
        Assert.NotEqual(new BilingualText("法定期限", "statutory period"), Text);
        Assert.NotEqual(new BilingualText("法定时限", "statutory term"), Text);
        Assert.False(Text.Equals(null));
        Assert.False(Text.Equals((object)"法定时限"));
        Assert.True(Text.Equals((object)new BilingualText("法定时限", "statutory period")));
    }

    [Fact]
    public void Both_languages_are_required()
    {
        Assert.Equal("zh", ArgumentAssert.Throws<ArgumentNullException>(() => new BilingualText(null!, "en")).ParamName);
        Assert.Equal("en", ArgumentAssert.Throws<ArgumentNullException>(() => new BilingualText("中", null!)).ParamName);
    }

    [Fact]
    public void A_closed_sets_label_and_a_deadlines_explanation_are_bilingual_texts()
    {
        Assert.Equal(new BilingualText("按月", "monthly"), Cadence.Monthly.Label);
        var deadline = DisclosurePolicy.Default.DueDate(ScheduleEntry.IM1, new LocalDate(2024, 2, 8));
        Assert.StartsWith("IM1 ", deadline.Explanation.En, StringComparison.Ordinal);
        Assert.Equal(deadline.Explanation, deadline.Explanation);
    }
}
