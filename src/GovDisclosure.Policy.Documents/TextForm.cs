using System.Globalization;
using System.Text;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// The forms text is compared in. Published pages space their text with <c>&amp;nbsp;</c>, ideographic spaces and line breaks inside a
/// paragraph, and write digits full-width: <see cref="Collapse"/> gives a paragraph as a reader sees it, <see cref="Compact"/> the text a
/// label or a figure is matched in, and <see cref="TryFigure"/> reads a cell.
/// </summary>
internal static class TextForm
{
    /// <summary>White space collapsed to one space and trimmed; a run holding a line break between two wide characters (Chinese text wrapped
    /// in the source) is dropped, as a browser drops it.</summary>
    internal static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var (space, lineBreak) = (false, false);
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                (space, lineBreak) = (true, lineBreak || c is '\n' or '\r');
                continue;
            }

            if (space && result.Length > 0 && !(lineBreak && IsWide(result[result.Length - 1]) && IsWide(c)))
            {
                result.Append(' ');
            }

            (space, lineBreak) = (false, false);
            result.Append(c);
        }

        return result.ToString();
    }

    /// <summary>Every space removed and full-width digits, letters and punctuation made ASCII: the form labels and figures are matched in.</summary>
    internal static string Compact(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsSpace(c))
            {
                result.Append(c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c == '．' ? '.' : c);
            }
        }

        return result.ToString();
    }

    /// <summary>A cell's figure: nothing (blank, not 0) or digits alone, ASCII or full-width, spaces anywhere ignored; a minus sign before
    /// them is kept for the audit to name (a dash alone is no figure).</summary>
    /// <param name="text">The cell's text.</param>
    /// <param name="decimals">Whether a decimal point may appear (the fees of table 二, in 万元).</param>
    /// <param name="figure">The figure, or null for a blank cell.</param>
    /// <returns>False when the cell holds anything else, or a figure too large to be one.</returns>
    internal static bool TryFigure(string text, bool decimals, out decimal? figure)
    {
        var compact = Compact(text);
        figure = null;
        if (compact.Length == 0)
        {
            return true;
        }

        var negative = compact[0] is '-' or '－';
        var unsigned = negative ? compact.Substring(1) : compact;
        var point = unsigned.IndexOf('.');
        var digits = point < 0 ? unsigned : unsigned.Remove(point, 1);
        if (digits.Length == 0 || digits.Length > 9 || !digits.All(c => c is >= '0' and <= '9') || (point >= 0 && (!decimals || point == 0 || point == unsigned.Length - 1)))
        {
            return false;
        }

        var value = decimal.Parse(unsigned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        figure = negative ? -value : value;
        return true;
    }

    /// <summary>White space of any kind, <c>&amp;nbsp;</c> and the ideographic space among it, and the zero-width characters Word leaves.</summary>
    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF';

    /// <summary>A character of the CJK blocks or a full-width form: text that is written without spaces.</summary>
    internal static bool IsWide(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';
}
