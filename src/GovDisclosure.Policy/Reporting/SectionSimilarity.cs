namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// How much of a section's text last year's same section already held (§12.10, D42): the share of its distinct character 4-grams, after
/// the template's own text, digits, punctuation and spaces are removed, that also occur in last year's. Reported for every section;
/// <see cref="IsCopied"/> only where the section is long enough to be evidence.
/// </summary>
/// <param name="Section">The section.</param>
/// <param name="Share">The share, from 0 to 1; 0 for a section with no 4-gram left.</param>
/// <param name="DistinctGrams">The distinct 4-grams this year's section has left.</param>
/// <param name="IsCopied">Whether the section counts as copied: at least the rules' share, of at least their fewest 4-grams.</param>
public sealed record SectionSimilarity(ReportSection Section, double Share, int DistinctGrams, bool IsCopied)
{
    /// <summary>The section.</summary>
    public ReportSection Section { get; init => field = Preconditions.CheckNotNull(value, nameof(Section)); } = Preconditions.CheckNotNull(Section);

    /// <inheritdoc />
    public override string ToString() =>
        $"{Section.Heading}: {Share.ToString("P1", System.Globalization.CultureInfo.InvariantCulture)} of {IsoText.Count(DistinctGrams, "4-gram")}" + (IsCopied ? ", copied" : "");
}
