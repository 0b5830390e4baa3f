using GovDisclosure.Policy.Reporting;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// What a reader made of a published document: the annual report it holds, with every cell it could read as a figure and every other
/// blank, and each thing it could not read, with its place. A document that holds no report gives no <see cref="Report"/> and says why in
/// <see cref="Problems"/>; nothing it lacks is thrown.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class ReportReading
{
    internal ReportReading(PublishedAnnualReport? report, IReadOnlyList<DocumentProblem> problems) =>
        (Report, Problems) = (report, problems);

    /// <summary>The report read, for <c>DisclosurePolicy.Audit</c>; null when the document holds none (<see cref="DocumentProblemKind.NotAReport"/>,
    /// or a report whose year neither its title nor the caller gives).</summary>
    public PublishedAnnualReport? Report { get; }

    /// <summary>True when <see cref="Report"/> holds the report read.</summary>
    public bool IsReport => Report is not null;

    /// <summary>What could not be read, in the document's order: the document, the title, the sections, then tables 二, 三 and 四 row by
    /// row. Empty when every part of the 2021 format was found and every cell read.</summary>
    public IReadOnlyList<DocumentProblem> Problems { get; }

    /// <inheritdoc />
    public override string ToString() =>
        (Report?.Title ?? "no annual report") + (Problems.Count == 0 ? "" : $" ({Problems.Count} problem{(Problems.Count == 1 ? "" : "s")})");
}
