namespace GovDisclosure.Policy.Requests;

/// <summary>
/// The library defaults for requests that a county's profile can change (§6): whether a fee notice stops the reply clock (D32). The
/// statutory periods of §8 are facts of law and are not here. Immutable.
/// </summary>
/// <param name="FeeNoticeStopsClock">Whether the days from the day after a fee notice is received to the day of payment are left out of the
/// reply period (D32); true by default. Unpaid after 20 working days, the request is abandoned either way.</param>
public sealed record RequestRules(bool FeeNoticeStopsClock = true)
{
    /// <summary>The library's defaults: a fee notice stops the clock (D32).</summary>
    public static RequestRules Default { get; } = new();
}
