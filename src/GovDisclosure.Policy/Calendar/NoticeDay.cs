namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// One day a holiday notice lists: a day off of a holiday period, or an adjusted working day (调休上班)
/// that makes up for it. Days a notice does not list follow Monday–Friday work, Saturday–Sunday rest.
/// </summary>
public sealed record NoticeDay
{
    /// <summary>Creates a listed day.</summary>
    /// <param name="date">The day, in the ISO calendar.</param>
    /// <param name="isOffDay">True for a day off, false for an adjusted working day.</param>
    /// <param name="name">The holiday the day belongs to or makes up for, as the notice names it (for example <c>春节</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="date"/> is not an ISO date.</exception>
    public NoticeDay(LocalDate date, bool isOffDay, string name)
    {
        Preconditions.CheckIso(date, nameof(date));
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name),
            "The day {0:uuuu-MM-dd} needs the name of its holiday; it was blank.", date);
        Date = date;
        IsOffDay = isOffDay;
        Name = name.Trim();
    }

    /// <summary>The day.</summary>
    public LocalDate Date { get; }

    /// <summary>True for a day off, false for an adjusted working day.</summary>
    public bool IsOffDay { get; }

    /// <summary>The holiday's name as the notice gives it.</summary>
    public string Name { get; }

    /// <summary>The holiday <see cref="Name"/> stands for (<see cref="Holiday.Other"/> when the library does not know it).</summary>
    public Holiday Holiday => Holiday.FromNoticeName(Name);

    /// <inheritdoc />
    public override string ToString() => $"{Date.ToIso()} {(IsOffDay ? "off" : "work")} {Name}";
}
