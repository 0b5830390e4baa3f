using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Tests;

/// <summary>What the tests read of an obligation's key: its entry, or a county row's 序号, through the public basis and key.</summary>
internal static class ObligationAccess
{
    internal static ObligationKey? Key(this Deadline deadline) => (deadline.Basis as ObligationBasis)?.Obligation;

    internal static ObligationKey? Key(this ScheduledObligation obligation) => obligation.Deadline.Key();

    internal static ScheduleEntry? Entry(this ObligationKey? key) => key is not null && key.TryGetEntry(out var entry) ? entry : null;

    internal static ScheduleEntry? Entry(this Deadline deadline) => deadline.Key().Entry();

    internal static ScheduleEntry? Entry(this ScheduledObligation obligation) => obligation.Key().Entry();

    internal static ScheduleEntry? Entry(this ObligationOutcome outcome) => outcome.Obligation.Entry();

    internal static ScheduleEntry? Entry(this ObligationBeyondCalendar obligation) => obligation.Obligation.Entry();

    internal static ScheduleEntry? Entry(this Finding finding) => finding.Obligation.Entry();

    /// <summary>A county row's 序号, or null for the built-in catalog's rows and for no obligation.</summary>
    internal static string? RowNumber(this ObligationKey? key) => key is { IsBuiltIn: false } ? key.Row : null;

    internal static string? CatalogName(this ObligationKey? key) => key is { IsBuiltIn: false } ? key.Catalog : null;

    /// <summary>The key of a row taken from a catalog, as <see cref="CountyCatalog.KeyOf(string)"/> gives it.</summary>
    internal static ObligationKey Key(this CatalogRow row) => ObligationKey.ForRow(row.Catalog!, row);
}

/// <summary>What the tests read of a request's deadline: its clock, through the public <see cref="ReplyBasis"/>.</summary>
internal static class ReplyAccess
{
    internal static IReadOnlyList<ClockStep> ReplySteps(this Deadline deadline) =>
        deadline.Basis is ReplyBasis reply ? reply.Steps : [];

    internal static RequestRegime? Regime(this Deadline deadline) => (deadline.Basis as ReplyBasis)?.Regime;

    internal static string? RequestId(this Deadline deadline) => deadline.Basis switch
    {
        ReplyBasis reply => reply.RequestId,
        RedressBasis redress => redress.RequestId,
        _ => null,
    };
}
