namespace GovDisclosure.Policy;

/// <summary>
/// Another county's deviations from the seed policy's deadline defaults (SPEC §6): a cadence's or an
/// entry's period ("monthly: 10 working days after the month ends", "immediate: 5 working days"), and
/// entries the county does not use. Apply it with <see cref="DisclosurePolicy.WithProfile(PolicyProfile)"/>;
/// rules it does not mention stay as they were. Immutable: each method returns a new profile.
/// </summary>
/// <remarks>
/// An override changes how long a deadline is, not what it is counted from: the trigger of each entry
/// (event date, end of period, or start of year for YR1) is fixed by D4–D8.
/// </remarks>
public sealed class PolicyProfile : IEquatable<PolicyProfile>
{
    private readonly ProfileOverride[] overrides;
    private readonly ScheduleEntry[] removed;

    /// <summary>Creates an empty profile.</summary>
    /// <param name="name">The profile's name, shown as the source of its rules, for example <c>丽水市莲都区</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public PolicyProfile(string name)
        : this(name, [], [], null)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "A profile needs a name; it is shown as the source of its rules.");
    }

    private PolicyProfile(string name, ProfileOverride[] overrides, ScheduleEntry[] removed, GradeThresholds? gradeThresholds)
    {
        Name = Preconditions.CheckNotNull(name);
        this.overrides = overrides;
        this.removed = removed;
        GradeThresholds = gradeThresholds;
    }

    /// <summary>The profile's name.</summary>
    public string Name { get; }

    /// <summary>The overrides, in the order given; a later one for the same cadence or entry wins.</summary>
    public IReadOnlyList<ProfileOverride> Overrides => overrides;

    /// <summary>The entries the profile takes out of the policy.</summary>
    public IReadOnlyList<ScheduleEntry> RemovedEntries => removed;

    /// <summary>The grade thresholds the profile sets (D13), or null to keep the policy's.</summary>
    public GradeThresholds? GradeThresholds { get; }

    /// <summary>The source id its rules carry: <c>profile "name"</c>.</summary>
    public string SourceId => $"profile \"{Name}\"";

    /// <summary>This profile with every entry of <paramref name="cadence"/> due <paramref name="offset"/> <paramref name="unit"/>s after its trigger.</summary>
    /// <param name="cadence">The cadence whose entries change.</param>
    /// <param name="offset">From 0 to <see cref="DeadlineUnit.MaxOffset"/>.</param>
    /// <param name="unit"><see cref="DeadlineUnit.WorkingDays"/> or <see cref="DeadlineUnit.CalendarDays"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative or more than a year's worth.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> counts backwards, which only the decision rule of D9 does.</exception>
    public PolicyProfile Override(Cadence cadence, int offset, DeadlineUnit unit) =>
        With(Preconditions.CheckNotNull(cadence), null, offset, unit, cadence.Name);

    /// <summary>This profile with <paramref name="entry"/> due <paramref name="offset"/> <paramref name="unit"/>s after its trigger; it takes precedence over a cadence override.</summary>
    /// <param name="entry">The entry that changes.</param>
    /// <param name="offset">From 0 to <see cref="DeadlineUnit.MaxOffset"/>.</param>
    /// <param name="unit"><see cref="DeadlineUnit.WorkingDays"/> or <see cref="DeadlineUnit.CalendarDays"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative or more than a year's worth.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> counts backwards, which only the decision rule of D9 does.</exception>
    public PolicyProfile Override(ScheduleEntry entry, int offset, DeadlineUnit unit) =>
        With(Preconditions.CheckNotNull(entry).Cadence, entry, offset, unit, entry.Code);

    /// <summary>This profile without <paramref name="entry"/>: the county does not use it, and asking for its deadline is an error.</summary>
    /// <param name="entry">The entry to take out.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entry"/> is null.</exception>
    public PolicyProfile Without(ScheduleEntry entry) =>
        new(Name, overrides, [.. removed, Preconditions.CheckNotNull(entry)], GradeThresholds);

    /// <summary>This profile with other grade thresholds (D13).</summary>
    /// <param name="thresholds">The thresholds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="thresholds"/> is null.</exception>
    public PolicyProfile WithGradeThresholds(GradeThresholds thresholds) =>
        new(Name, overrides, removed, Preconditions.CheckNotNull(thresholds));

    /// <inheritdoc />
    public override string ToString() => $"{SourceId}: {overrides.Length} overrides, {removed.Length} entries removed";

    /// <summary>Whether <paramref name="other"/> has the same name, overrides in the same order, removed entries and thresholds.</summary>
    /// <param name="other">Another profile.</param>
    public bool Equals(PolicyProfile? other) =>
        other is not null && Name == other.Name && overrides.SequenceEqual(other.overrides) && removed.SequenceEqual(other.removed) &&
        Equals(GradeThresholds, other.GradeThresholds);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PolicyProfile);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, overrides.Length, removed.Length);

    private PolicyProfile With(Cadence cadence, ScheduleEntry? entry, int offset, DeadlineUnit unit, string what)
    {
        Preconditions.CheckNotNull(unit);
        Preconditions.CheckArgument(unit != DeadlineUnit.CalendarDaysBefore, nameof(unit),
            "Profile {0} cannot make {1} due before its trigger; only the decision rule of D9 counts backwards.", Name, what);
        if (offset < 0 || offset > unit.MaxOffset)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset,
                $"Profile \"{Name}\" gives {what} a deadline of {offset} {unit.NameEn}; it must be from 0 to {unit.MaxOffset} {unit.NameEn}.");
        }

        return new(Name, [.. overrides, new ProfileOverride(cadence, entry, offset, unit)], removed, GradeThresholds);
    }
}

/// <summary>One override of a <see cref="PolicyProfile"/>: a cadence's or an entry's deadline period.</summary>
/// <param name="Cadence">The cadence overridden, or the cadence of <paramref name="Entry"/>.</param>
/// <param name="Entry">The entry overridden; null when the whole cadence is.</param>
/// <param name="Offset">The new offset.</param>
/// <param name="Unit">The new unit.</param>
public sealed record ProfileOverride(Cadence Cadence, ScheduleEntry? Entry, int Offset, DeadlineUnit Unit);
