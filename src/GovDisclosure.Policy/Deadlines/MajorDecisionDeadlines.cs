namespace GovDisclosure.Policy.Deadlines;

/// <summary>
/// The disclosures of a major matter close to the public's interests (§3.2): before the decision
/// (pre-disclosure of the draft, D9), during it (each interim stage, D10) and after it (D10).
/// </summary>
public sealed class MajorDecisionDeadlines
{
    internal MajorDecisionDeadlines(LocalDate decision, Deadline preDisclosure, Deadline[] interimStages, Deadline afterDecision)
    {
        Decision = decision;
        PreDisclosure = preDisclosure;
        InterimStages = ReadOnly.Wrap(interimStages);
        AfterDecision = afterDecision;
    }

    /// <summary>The decision date.</summary>
    public LocalDate Decision { get; }

    /// <summary>
    /// The last day to publish the draft for comment: 30 calendar days before the decision, moved back to a
    /// working day (D9, after the Interim Regulations on Major Administrative Decision Procedures).
    /// </summary>
    public Deadline PreDisclosure { get; }

    /// <summary>One deadline per interim stage, in date order: the stage is disclosed by the decision date (moved back to a working day), D10.</summary>
    public IReadOnlyList<Deadline> InterimStages { get; }

    /// <summary>The decision itself, due by the statutory period from the decision date (D10, D3).</summary>
    public Deadline AfterDecision { get; }

    /// <summary>All the deadlines in date order.</summary>
    public IEnumerable<Deadline> All => InterimStages.Prepend(PreDisclosure).Append(AfterDecision).OrderBy(deadline => deadline.Due);
}
