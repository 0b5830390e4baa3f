namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// A body's annual report on a year's disclosure work, as published (§9.1): evaluation of that year's register judges it against its due
/// date — 31 January of the next year for a department, 31 March for a government, never moved (D34) — and finds it late or missing (§9.6).
/// </summary>
public sealed record AnnualReportPublication
{
    /// <summary>Records a published report.</summary>
    /// <param name="bodyId">The body whose report it is.</param>
    /// <param name="year">The year the report covers.</param>
    /// <param name="publishedOn">The day it was published; after the year it covers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bodyId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="bodyId"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1 and 9998, or <paramref name="publishedOn"/> is
    /// not after the year it covers.</exception>
    public AnnualReportPublication(string bodyId, int year, LocalDate publishedOn)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(Preconditions.CheckNotNull(bodyId)), nameof(bodyId), "An annual report's body id cannot be blank.");
        Preconditions.CheckArgumentRange(nameof(year), year, DisclosureYears.First, DisclosureYears.Last);
        if (publishedOn.Year <= year)
        {
            throw new PolicyArgumentOutOfRangeException(nameof(publishedOn), publishedOn,
                $"The {year} annual report of {bodyId} is dated {publishedOn.ToIso()}; a report on a year is published after the year ends (§9.1).");
        }

        (BodyId, Year, PublishedOn) = (bodyId, year, publishedOn);
    }

    /// <summary>The body whose report it is.</summary>
    public string BodyId { get; }

    /// <summary>The year the report covers.</summary>
    public int Year { get; }

    /// <summary>The day it was published.</summary>
    public LocalDate PublishedOn { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Year} annual report of {BodyId}, published {PublishedOn.ToIso()}";
}
