namespace GovDisclosure.Policy.Tool;

/// <summary>What fails an audit run (<c>--fail-on</c>): finding kinds by name, <c>errors</c> for every finding not only to explain, and
/// <c>unreadable</c> for a file without a report read.</summary>
internal sealed class FailOn(IReadOnlyCollection<AuditFindingKind> kinds, bool errors, bool unreadable)
{
    internal static readonly FailOn Nothing = new([], false, false);

    internal static FailOn Parse(IEnumerable<string> tokens, Action<string> error)
    {
        var (kinds, errors, unreadable) = (new HashSet<AuditFindingKind>(), false, false);
        foreach (var value in tokens.SelectMany(token => token.Split(',')).Select(value => value.Trim()).Where(value => value.Length > 0))
        {
            if (string.Equals(value, "errors", StringComparison.OrdinalIgnoreCase))
            {
                errors = true;
            }
            else if (string.Equals(value, "unreadable", StringComparison.OrdinalIgnoreCase))
            {
                unreadable = true;
            }
            else if (AuditFindingKind.TryParse(value, ignoreCase: true, out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                error($"--fail-on: \"{value}\" is neither a finding kind ({string.Join(", ", AuditFindingKind.InOrder.Select(k => k.Name))}) nor errors or unreadable");
                return Nothing;
            }
        }

        return new FailOn(kinds, errors, unreadable);
    }

    internal bool Fails(FolderAudit audit) =>
        (unreadable && audit.Unreadable.Any())
        || audit.Audited.Any(entry => entry.Audit!.Findings.Any(finding => kinds.Contains(finding.Kind) || (errors && !finding.Kind.IsToExplain)));
}
