using System.Diagnostics.CodeAnalysis;

namespace GovDisclosure.Policy.Deadlines;

/// <summary>
/// The deadline part of a county's profile (SPEC §6, D26): a cadence's or an entry's period ("monthly: 10
/// working days after the month ends", "immediate: 5 working days"), and the entries the county does not use.
/// Rules it does not mention stay as they were; the ones it changes name the profile as their source.
/// Immutable: each method returns a new profile.
/// </summary>
/// <remarks>
/// An override changes how long a deadline is, not what it is counted from: the trigger of each entry
/// (event date, end of period, or start of year for YR1) is fixed by D4–D8. Applied in order (D26): cadence
/// overrides first, then entry overrides, then removals; a later override of the same cadence or entry wins.
/// </remarks>
public sealed class DeadlineProfile : IEquatable<DeadlineProfile>
{
    private readonly ProfileOverride[] overrides;
    private readonly ScheduleEntry[] removed;

    /// <summary>Creates a profile that changes nothing.</summary>
    /// <param name="name">The profile's name, shown as the source of its rules, for example <c>丽水市莲都区</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public DeadlineProfile(string name)
        : this(CheckName(name), [], [], null)
    {
    }

    private DeadlineProfile(string name, ProfileOverride[] overrides, ScheduleEntry[] removed, int? preDisclosureDays = null)
    {
        Name = name;
        PreDisclosureCalendarDays = preDisclosureDays;
        this.overrides = overrides;
        this.removed = removed;
        Overrides = ReadOnly.Wrap(overrides);
        RemovedEntries = ReadOnly.Wrap(removed);
    }

    /// <summary>The profile's name.</summary>
    public string Name { get; }

    /// <summary>The overrides, in the order given; a later one for the same cadence or entry wins.</summary>
    public IReadOnlyList<ProfileOverride> Overrides { get; }

    /// <summary>The entries the profile takes out of the policy.</summary>
    public IReadOnlyList<ScheduleEntry> RemovedEntries { get; }

    /// <summary>The source id its rules carry: <c>profile "name"</c>.</summary>
    public string SourceId => $"profile \"{Name}\"";

    /// <summary>This profile with every entry of <paramref name="cadence"/> due <paramref name="offset"/> <paramref name="unit"/>s after its trigger.</summary>
    /// <param name="cadence">The cadence whose entries change.</param>
    /// <param name="offset">From 0 to <see cref="DeadlineUnit.MaxOffset"/>.</param>
    /// <param name="unit"><see cref="DeadlineUnit.WorkingDays"/> or <see cref="DeadlineUnit.CalendarDays"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative or more than a year's worth.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> counts backwards, which only the decision rule of D9 does.</exception>
    public DeadlineProfile Override(Cadence cadence, int offset, DeadlineUnit unit) =>
        With(new ProfileOverride(Preconditions.CheckNotNull(cadence), null, offset, Preconditions.CheckNotNull(unit), Name));

    /// <summary>This profile with <paramref name="entry"/> due <paramref name="offset"/> <paramref name="unit"/>s after its trigger; it takes precedence over a cadence override.</summary>
    /// <param name="entry">The entry that changes.</param>
    /// <param name="offset">From 0 to <see cref="DeadlineUnit.MaxOffset"/>.</param>
    /// <param name="unit"><see cref="DeadlineUnit.WorkingDays"/> or <see cref="DeadlineUnit.CalendarDays"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative or more than a year's worth.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> counts backwards, which only the decision rule of D9 does.</exception>
    public DeadlineProfile Override(ScheduleEntry entry, int offset, DeadlineUnit unit) =>
        With(new ProfileOverride(Preconditions.CheckNotNull(entry).Cadence, entry, offset, Preconditions.CheckNotNull(unit), Name));

    /// <summary>
    /// This profile with <paramref name="cadence"/> overridden, as <see cref="Override(Cadence, int, DeadlineUnit)"/> makes it, or the reason
    /// it cannot be: for readers of stored profiles, which report the problem where it stands.
    /// </summary>
    /// <param name="cadence">The cadence that changes.</param>
    /// <param name="offset">The new offset.</param>
    /// <param name="unit">The new unit.</param>
    /// <param name="profile">The new profile, or null.</param>
    /// <param name="problem">Why the override cannot be made, in a sentence; null when <paramref name="profile"/> was made.</param>
    /// <returns>Whether the override was made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cadence"/> or <paramref name="unit"/> is null.</exception>
    public bool TryOverride(Cadence cadence, int offset, DeadlineUnit unit, [MaybeNullWhen(false)] out DeadlineProfile profile, [MaybeNullWhen(true)] out string problem) =>
        TryWith(Preconditions.CheckNotNull(cadence), null, offset, Preconditions.CheckNotNull(unit), out profile, out problem);

    /// <summary>
    /// This profile with <paramref name="entry"/> overridden, as <see cref="Override(ScheduleEntry, int, DeadlineUnit)"/> makes it, or the
    /// reason it cannot be.
    /// </summary>
    /// <param name="entry">The entry that changes.</param>
    /// <param name="offset">The new offset.</param>
    /// <param name="unit">The new unit.</param>
    /// <param name="profile">The new profile, or null.</param>
    /// <param name="problem">Why the override cannot be made, in a sentence; null when <paramref name="profile"/> was made.</param>
    /// <returns>Whether the override was made.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> or <paramref name="unit"/> is null.</exception>
    public bool TryOverride(ScheduleEntry entry, int offset, DeadlineUnit unit, [MaybeNullWhen(false)] out DeadlineProfile profile, [MaybeNullWhen(true)] out string problem) =>
        TryWith(Preconditions.CheckNotNull(entry).Cadence, entry, offset, Preconditions.CheckNotNull(unit), out profile, out problem);

    private bool TryWith(Cadence cadence, ScheduleEntry? entry, int offset, DeadlineUnit unit, [MaybeNullWhen(false)] out DeadlineProfile profile, [MaybeNullWhen(true)] out string problem)
    {
        problem = ProfileOverride.Problem(Name, entry?.Code ?? cadence.Name, offset, unit);
        if (problem is not null)
        {
            profile = null;
            return false;
        }

        profile = With(new ProfileOverride(cadence, entry, offset, unit, Name));
        return true;
    }

    /// <summary>This profile without <paramref name="entry"/>: the county does not use it, and asking for its deadline is an error.</summary>
    /// <param name="entry">The entry to take out.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public DeadlineProfile Without(ScheduleEntry entry) => new(Name, overrides, [.. removed, Preconditions.CheckNotNull(entry)], PreDisclosureCalendarDays);

    /// <summary>The calendar days a major matter's draft is pre-disclosed before the decision (D9), or null to keep the policy's (30 by default).</summary>
    public int? PreDisclosureCalendarDays { get; }

    /// <summary>This profile with another pre-disclosure period for major matters (D9): the draft is published at least
    /// <paramref name="calendarDays"/> calendar days before the decision.</summary>
    /// <param name="calendarDays">From 1 to 365.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="calendarDays"/> is outside 1–365.</exception>
    public DeadlineProfile WithPreDisclosureDays(int calendarDays)
    {
        Preconditions.CheckArgumentRange(nameof(calendarDays), calendarDays, 1, 365);
        return new(Name, overrides, removed, calendarDays);
    }

    /// <inheritdoc />
    public override string ToString() => $"{SourceId}: {overrides.Length} overrides, {removed.Length} entries removed";

    /// <summary>Whether <paramref name="other"/> has the same name, overrides in the same order, and removed entries.</summary>
    /// <param name="other">Another profile.</param>
    public bool Equals(DeadlineProfile? other) =>
        other is not null && Name == other.Name && overrides.SequenceEqual(other.overrides) && removed.SequenceEqual(other.removed) &&
        PreDisclosureCalendarDays == other.PreDisclosureCalendarDays;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DeadlineProfile);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, ReadOnly.SequenceHash(Overrides), ReadOnly.SequenceHash(RemovedEntries), PreDisclosureCalendarDays);

    private DeadlineProfile With(ProfileOverride change) => new(Name, [.. overrides, change], removed, PreDisclosureCalendarDays);

    private static string CheckName(string name)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "A profile needs a name; it is shown as the source of its rules.");
        return name;
    }
}

/// <summary>One override of a <see cref="DeadlineProfile"/>: a cadence's or an entry's deadline period.</summary>
/// <remarks>Checked when created; its properties have no setters, so an override is always one a profile could hold.</remarks>
public sealed record ProfileOverride
{
    /// <summary>Creates an override.</summary>
    /// <param name="cadence">The cadence overridden, or the cadence of <paramref name="entry"/>.</param>
    /// <param name="entry">The entry overridden; null when the whole cadence is.</param>
    /// <param name="offset">The new offset, from 0 to <see cref="DeadlineUnit.MaxOffset"/>.</param>
    /// <param name="unit">The new unit: working days or calendar days.</param>
    /// <exception cref="ArgumentNullException"><paramref name="cadence"/> or <paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="entry"/> is not of <paramref name="cadence"/>, or <paramref name="unit"/> counts backwards.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is outside the unit's range.</exception>
    public ProfileOverride(Cadence cadence, ScheduleEntry? entry, int offset, DeadlineUnit unit)
        : this(cadence, entry, offset, unit, null)
    {
    }

    internal ProfileOverride(Cadence cadence, ScheduleEntry? entry, int offset, DeadlineUnit unit, string? profileName)
    {
        Preconditions.CheckNotNull(cadence);
        Preconditions.CheckNotNull(unit);
        if (entry is not null)
        {
            Preconditions.CheckArgument(entry.Cadence == cadence, nameof(entry), "{0} is {1}; an override of it names its own cadence.", entry.Code, entry.Cadence.Name);
        }

        if (Problem(profileName, entry?.Code ?? cadence.Name, offset, unit) is { } problem)
        {
            throw unit == DeadlineUnit.CalendarDaysBefore || unit.CountsMonths
                ? new PolicyArgumentException(problem, nameof(unit))
                : new PolicyArgumentOutOfRangeException(nameof(offset), offset, problem);
        }

        (Cadence, Entry, Offset, Unit) = (cadence, entry, offset, unit);
    }

    /// <summary>The cadence overridden, or the cadence of <see cref="Entry"/>.</summary>
    public Cadence Cadence { get; }

    /// <summary>The entry overridden; null when the whole cadence is.</summary>
    public ScheduleEntry? Entry { get; }

    /// <summary>The new offset.</summary>
    public int Offset { get; }

    /// <summary>The new unit.</summary>
    public DeadlineUnit Unit { get; }

    /// <summary>What is wrong with an override of <paramref name="what"/>, in a sentence, or null when nothing is.</summary>
    internal static string? Problem(string? profileName, string what, int offset, DeadlineUnit unit)
    {
        var whose = profileName is null ? "An override" : $"Profile \"{profileName}\"";
        if (unit == DeadlineUnit.CalendarDaysBefore)
        {
            return $"{whose} cannot make {what} due before its trigger; only the decision rule of D9 counts backwards.";
        }

        if (unit.CountsMonths)
        {
            return $"{whose} cannot give {what} a period in calendar months; only the redress periods of §8.11 and the annual report of §9.1 count months. Use working or calendar days.";
        }

        return offset < 0 || offset > unit.MaxOffset
            ? $"{whose} gives {what} a deadline of {offset} {unit.Label.En}; it must be from 0 to {unit.MaxOffset} {unit.Label.En}."
            : null;
    }
}
