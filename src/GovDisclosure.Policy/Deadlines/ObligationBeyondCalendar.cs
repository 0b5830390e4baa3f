
namespace GovDisclosure.Policy.Deadlines;

/// <summary>
/// An obligation of a body's yearly calendar whose due date lies past the working-day calendar's end (D41): its count starts inside the
/// calendar and runs out of it, so it is due after the calendar's last day — on a day the missing year's notice decides. Listed instead of
/// guessed; load that notice, or opt into provisional years, to get its date.
/// </summary>
public sealed record ObligationBeyondCalendar
{
    internal ObligationBeyondCalendar(ObligationKey obligation, string description, LocalDate trigger, IReadOnlyList<int> missingYears) =>
        (Obligation, Description, Trigger, MissingYears) = (obligation, description, trigger, missingYears);

    /// <summary>The obligation: a row of the built-in catalog (an entry) or of a county catalog.</summary>
    public ObligationKey Obligation { get; }

    /// <summary>What is disclosed, as the calendar would have listed it.</summary>
    public string Description { get; }

    /// <summary>The day the count starts: the reporting period's end (or start) or the event.</summary>
    public LocalDate Trigger { get; }

    /// <summary>The years the calendar would need to hold the due date, in order.</summary>
    public IReadOnlyList<int> MissingYears { get; }

    /// <summary>Whether <paramref name="other"/> names the same obligation, description, trigger and missing years.</summary>
    /// <param name="other">Another obligation beyond the calendar.</param>
    public bool Equals(ObligationBeyondCalendar? other) =>
        other is not null && Obligation == other.Obligation && Description == other.Description && Trigger == other.Trigger &&
        MissingYears.SequenceEqual(other.MissingYears);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Obligation, Description, Trigger, ReadOnly.SequenceHash(MissingYears));

    /// <inheritdoc />
    public override string ToString() => $"{Obligation} from {Trigger.ToIso()}: due beyond the calendar, which needs {string.Join(", ", MissingYears)}";
}
