using System.Globalization;

namespace GovDisclosure.Policy;

/// <summary>Culture-independent text for dates in messages and explanations.</summary>
internal static class IsoText
{
    /// <summary>The date as <c>uuuu-MM-dd</c>, whatever the current culture.</summary>
    internal static string ToIso(this LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
