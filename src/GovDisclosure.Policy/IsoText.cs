using System.Globalization;

namespace GovDisclosure.Policy;

/// <summary>Culture-independent text for messages and explanations.</summary>
internal static class IsoText
{
    /// <summary>The date as <c>uuuu-MM-dd</c>, whatever the current culture.</summary>
    internal static string ToIso(this LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A count with its English noun, singular for exactly one and plural otherwise: "1 working day", "6 working days",
    /// "0 problems". The plural is the singular with "s" unless given.
    /// </summary>
    internal static string Count(long count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");

    /// <summary>The longest quotation a message makes of the input; longer text is cut, so that a message stays readable.</summary>
    internal const int QuoteLength = 80;

    /// <summary><paramref name="text"/> in quotation marks, cut after <see cref="QuoteLength"/> characters with the length it had:
    /// <c>"一、元旦：1月1日…" (1,204 characters)</c>.</summary>
    internal static string Quote(string text) => text.Length <= QuoteLength
        ? $"\"{text}\""
        : $"\"{text.Substring(0, char.IsHighSurrogate(text[QuoteLength - 1]) ? QuoteLength - 1 : QuoteLength)}…\" ({text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters)";

    /// <summary>The first few of <paramref name="texts"/>, each quoted, and how many more there are: <c>"甲", "乙" and 3 more</c>.</summary>
    internal static string QuoteSome(IReadOnlyList<string> texts, int shown = 3) =>
        string.Join(", ", texts.Take(shown).Select(Quote)) +
        (texts.Count > shown ? $" and {(texts.Count - shown).ToString("N0", CultureInfo.InvariantCulture)} more" : "");

    /// <summary>An English noun with its indefinite article: "a school", "an enterprise" (by its first letter, which serves the policy's own nouns).</summary>
    internal static string WithArticle(string noun) => ("aeiou".Contains(char.ToLowerInvariant(noun[0])) ? "an " : "a ") + noun;
}
