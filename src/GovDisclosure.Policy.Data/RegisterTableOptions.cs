namespace GovDisclosure.Policy.Data;

/// <summary>How <see cref="RegisterTables"/> reaches a register in a database — the layout of its tables, the caller's transaction — and where
/// an evaluation's outcomes go.</summary>
public sealed record RegisterTableOptions
{
    /// <summary>The package's own tables and names, dates as ISO text (<see cref="RegisterLayout.Default"/>), no transaction.</summary>
    public static RegisterTableOptions Default { get; } = new();

    /// <summary>Where the register's tables and columns are, and how its dates are stored; <see cref="RegisterLayout.Default"/> unless set.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public RegisterLayout Layout { get; init => field = Preconditions.CheckNotNull(value, nameof(Layout)); } = RegisterLayout.Default;

    /// <summary>
    /// The caller's transaction on the connection, which every command joins (a provider that requires it, as SQL Server's does, is given it);
    /// null for none. Without one, <see cref="RegisterTables.WriteAsync"/> writes in a transaction of its own.
    /// </summary>
    public DbTransaction? Transaction { get; init; }

    /// <summary>Called by <see cref="RegisterTables.EvaluateAsync"/> with each obligation's outcome as it is judged (the streamed evaluation
    /// keeps none); null for none.</summary>
    public Action<GovDisclosure.Policy.Evaluation.ObligationOutcome>? OnOutcome { get; init; }
}
