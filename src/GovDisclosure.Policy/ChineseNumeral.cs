namespace GovDisclosure.Policy;

/// <summary>
/// Reads a count written in Chinese numerals, strictly: 一 to 九千九百九十九 in their standard forms (十五, 二十, 一百零五, 两千),
/// 两 for 二 before a unit or alone. Anything else — 一二三, 二十十, 百百, 十零, 一百五 — is not read, so that no malformed
/// numeral becomes a number no one wrote.
/// </summary>
internal static class ChineseNumeral
{
    /// <summary>The characters a numeral is made of, for finding where one ends.</summary>
    internal const string Characters = "零一二两三四五六七八九十百千";

    private const string Digits = "零一二三四五六七八九";

    /// <summary>Whether <paramref name="c"/> can be part of a numeral.</summary>
    internal static bool IsNumeralCharacter(char c) => Characters.IndexOf(c) >= 0;

    /// <summary>The value of <paramref name="text"/>, a whole numeral; false when it is not a well-formed one.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        var lastUnit = 10_000;      // the unit read last; each must be smaller than the one before
        var pending = -1;           // a digit waiting for its unit
        var pendingIsTwo = false;   // 两 may stand before a unit or alone, never as the last digit of a longer numeral
        var zero = false;           // 零 read: the next digit skips a unit (一百零五)
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit == 0)
            {
                var digit = c == '两' ? 2 : Digits.IndexOf(c);
                if (digit < 0 || pending >= 0 || (digit == 0 && (zero || lastUnit < 100 || lastUnit == 10_000)))
                {
                    return false;   // not a numeral character, two digits in a row, or a 零 that skips nothing
                }

                (zero, pending, pendingIsTwo) = digit == 0 ? (true, -1, false) : (zero, digit, c == '两');
                continue;
            }

            if (pending < 0 && !(unit == 10 && i == 0))
            {
                return false;   // a unit without its digit: only a leading 十 stands for 一十
            }

            if (unit >= lastUnit || (zero && unit >= lastUnit / 10))
            {
                return false;   // units out of order (二十十, 百百), or 零 before the very next unit
            }

            value += (pending < 0 ? 1 : pending) * unit;
            (lastUnit, pending, pendingIsTwo, zero) = (unit, -1, false, false);
        }

        if (zero && pending < 0)
        {
            return false;   // a trailing 零
        }

        if (pending >= 0)
        {
            var alone = lastUnit == 10_000;
            if ((pendingIsTwo && !alone) || !(alone || zero || lastUnit == 10))
            {
                return false;   // 十两, or a digit after 百 or 千 without 零 (一百五 is short for 一百五十, which is what should be written)
            }

            value += pending;
        }

        return value > 0;
    }
}
