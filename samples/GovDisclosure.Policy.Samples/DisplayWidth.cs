using System.Globalization;

namespace GovDisclosure.Policy.Samples;

/// <summary>
/// Padding by the columns a terminal gives text, not by its characters: an East Asian wide or full-width character
/// (Chinese, full-width punctuation) takes two columns, so "县民政局" is eight columns wide, not four.
/// </summary>
public static class DisplayWidth
{
    /// <summary>The columns <paramref name="text"/> takes in a terminal.</summary>
    public static int Of(string text)
    {
        var width = 0;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            width += IsWide(char.ConvertToUtf32(text, i)) ? 2 : 1;
        }

        return width;
    }

    /// <summary><paramref name="text"/> followed by spaces to <paramref name="width"/> columns (unchanged if wider).</summary>
    public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - Of(text)));

    /// <summary>Spaces to <paramref name="width"/> columns, then <paramref name="text"/> (unchanged if wider).</summary>
    public static string PadLeft(string text, int width) => new string(' ', Math.Max(0, width - Of(text))) + text;

    // Unicode's East Asian Width W and F ranges that Chinese text uses: CJK radicals to Yi, Hangul, compatibility
    // ideographs, vertical and small forms, full-width forms, and the supplementary ideograph planes.
    private static bool IsWide(int codePoint) => codePoint switch
    {
        >= 0x1100 and <= 0x115F => true,
        >= 0x2E80 and <= 0x303E => true,
        >= 0x3041 and <= 0xA4CF => true,
        >= 0xAC00 and <= 0xD7A3 => true,
        >= 0xF900 and <= 0xFAFF => true,
        >= 0xFE30 and <= 0xFE4F => true,
        >= 0xFF00 and <= 0xFF60 => true,
        >= 0xFFE0 and <= 0xFFE6 => true,
        >= 0x20000 and <= 0x3FFFD => true,
        _ => false,
    };
}
