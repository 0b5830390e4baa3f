namespace GovDisclosure.Policy.Calendar;

/// <summary>Where a calendar's official holiday data comes from, so a user can check it against its origin.</summary>
/// <param name="Name">The data set's name, for example <c>holiday-cn</c>.</param>
/// <param name="Url">Where the data set is published.</param>
/// <param name="Revision">The revision taken (for holiday-cn, a git commit).</param>
/// <param name="RevisionDate">When that revision was made.</param>
/// <param name="Licence">The data's licence, as an SPDX expression.</param>
/// <exception cref="ArgumentNullException">A non-nullable argument is null, when created or through <c>with</c>.</exception>
// Null checks written out rather than through Preconditions: the official calendar builds one on its first use.
public sealed record CalendarDataSource(string Name, string Url, string Revision, LocalDate RevisionDate, string Licence)
{
    /// <summary>The data set's name, for example <c>holiday-cn</c>.</summary>
    public string Name { get; init => field = value ?? throw new PolicyArgumentNullException(nameof(Name)); } = Name ?? throw new PolicyArgumentNullException(nameof(Name));

    /// <summary>Where the data set is published.</summary>
    public string Url { get; init => field = value ?? throw new PolicyArgumentNullException(nameof(Url)); } = Url ?? throw new PolicyArgumentNullException(nameof(Url));

    /// <summary>The revision taken (for holiday-cn, a git commit).</summary>
    public string Revision { get; init => field = value ?? throw new PolicyArgumentNullException(nameof(Revision)); } = Revision ?? throw new PolicyArgumentNullException(nameof(Revision));

    /// <summary>When that revision was made.</summary>
    public LocalDate RevisionDate { get; init; } = RevisionDate;

    /// <summary>The data's licence, as an SPDX expression.</summary>
    public string Licence { get; init => field = value ?? throw new PolicyArgumentNullException(nameof(Licence)); } = Licence ?? throw new PolicyArgumentNullException(nameof(Licence));

    /// <summary>The data set the library embeds: NateScarlet/holiday-cn at commit d4e53bf (2026-08-07), MIT.</summary>
    public static CalendarDataSource HolidayCn { get; } = new("holiday-cn", "https://github.com/NateScarlet/holiday-cn",
        "d4e53bf2143de9a85bbd0a916c6c4adac32b075f", new LocalDate(2026, 8, 7), "MIT");

    /// <summary>The source of notices a caller supplies at run time.</summary>
    public static CalendarDataSource Caller { get; } = new("caller-supplied", "", "", default, "");

    /// <inheritdoc />
    public override string ToString() =>
        Revision.Length == 0 ? Name : $"{Name}@{Revision[..Math.Min(7, Revision.Length)]} ({RevisionDate.ToIso()})";
}
