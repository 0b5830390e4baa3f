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

    /// <summary>An English noun with its indefinite article: "a school", "an enterprise" (by its first letter, which serves the policy's own nouns).</summary>
    internal static string WithArticle(string noun) => ("aeiou".Contains(char.ToLowerInvariant(noun[0])) ? "an " : "a ") + noun;
}
