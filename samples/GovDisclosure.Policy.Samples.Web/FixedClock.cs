namespace GovDisclosure.Policy.Samples.Web;

/// <summary>A clock stopped at one instant (the <c>Clock:FixedInstant</c> setting), to show the dashboard as it will be on a day.</summary>
public sealed class FixedClock(Instant now) : IClock
{
    /// <inheritdoc />
    public Instant GetCurrentInstant() => now;
}
