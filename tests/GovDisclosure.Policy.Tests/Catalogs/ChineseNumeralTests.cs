namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>D35, D1: counts in Chinese numerals are read strictly — the standard forms from 一 to 九千九百九十九, nothing else.</summary>
public sealed class ChineseNumeralTests
{
    [Theory]
    [InlineData("一", 1)]
    [InlineData("九", 9)]
    [InlineData("两", 2)]
    [InlineData("十", 10)]
    [InlineData("十五", 15)]
    [InlineData("一十五", 15)]
    [InlineData("二十", 20)]
    [InlineData("九十九", 99)]
    [InlineData("一百", 100)]
    [InlineData("两百", 200)]
    [InlineData("一百零五", 105)]
    [InlineData("一百一十", 110)]
    [InlineData("一百二十", 120)]
    [InlineData("三百六十六", 366)]
    [InlineData("一千", 1000)]
    [InlineData("两千", 2000)]
    [InlineData("一千零五", 1005)]
    [InlineData("一千零五十", 1050)]
    [InlineData("一千二百", 1200)]
    [InlineData("九千九百九十九", 9999)]
    public void D35_a_well_formed_numeral_reads_as_its_value(string numeral, int value)
    {
        Assert.True(ChineseNumeral.TryParse(numeral.AsSpan(), out var read));
        Assert.Equal(value, read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("零")]
    [InlineData("一二三")]
    [InlineData("二十十")]
    [InlineData("百百")]
    [InlineData("百")]
    [InlineData("千")]
    [InlineData("十零")]
    [InlineData("十两")]
    [InlineData("二十两")]
    [InlineData("一百五")]
    [InlineData("一百十")]
    [InlineData("一百零")]
    [InlineData("一百零零五")]
    [InlineData("零五")]
    [InlineData("一千零五百")]
    [InlineData("十一百")]
    [InlineData("一十十")]
    [InlineData("一万")]
    [InlineData("二十二十")]
    [InlineData("一百二百")]
    [InlineData("5")]
    public void D35_anything_else_is_not_read(string numeral)
    {
        Assert.False(ChineseNumeral.TryParse(numeral.AsSpan(), out _));
    }

    [Fact]
    public void D35_every_number_from_1_to_9999_written_out_reads_back()
    {
        for (var n = 1; n <= 9999; n++)
        {
            Assert.True(ChineseNumeral.TryParse(Write(n).AsSpan(), out var read), Write(n));
            Assert.Equal(n, read);
        }
    }

    [Theory]
    [InlineData("制定或获取信息之日起一二三个工作日内", "\"一二三\" is not a Chinese numeral")]
    [InlineData("制定或获取信息之日起二十十个工作日内", "\"二十十\" is not a Chinese numeral")]
    [InlineData("制定或获取信息之日起百百日内", "\"百百\" is not a Chinese numeral")]
    [InlineData("制定或获取信息之日起10个工作日内，公示一二个工作日", "\"一二\" is not a Chinese numeral")]
    public void D35_a_time_limit_with_a_malformed_numeral_is_refused_quoting_it(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => TimeLimit.Parse(text));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void D35_a_numeral_of_millions_of_characters_is_refused_quoting_its_start_not_wrapped_to_a_negative_period()
    {
        var text = "制定或获取信息之日起" + string.Concat(Enumerable.Repeat("九千九百九十九", 700_000)) + "个工作日内";

        var error = Assert.Throws<FormatException>(() => TimeLimit.Parse(text));

        Assert.Contains("\"九千九百九十九九千", error.Message, StringComparison.Ordinal);
        Assert.Contains("(4,900,000 characters) is not a Chinese numeral", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1000, error.Message);
    }

    /// <summary>The standard spelling: 一千零五, 一百一十, 十五 (a leading 一十 shortened).</summary>
    private static string Write(int n)
    {
        const string Digits = "零一二三四五六七八九";
        var text = "";
        var zero = false;
        foreach (var (unit, name) in new[] { (1000, "千"), (100, "百"), (10, "十"), (1, "") })
        {
            var digit = n / unit % 10;
            if (digit == 0)
            {
                zero = text.Length > 0;
                continue;
            }

            text += (zero ? "零" : "") + Digits[digit] + name;
            zero = false;
        }

        return n is >= 10 and < 20 ? text[1..] : text;
    }
}
