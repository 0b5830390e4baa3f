namespace GovDisclosure.Policy.Requests;

/// <summary>
/// The library defaults for requests that a county's profile can change (§6): whether a fee notice stops the reply clock (D32). The
/// statutory periods of §8 are facts of law and are not here. Immutable; change a default with an initializer or <c>with</c>.
/// </summary>
public sealed record RequestRules
{
    /// <summary>The library's defaults: a fee notice stops the clock (D32).</summary>
    public static RequestRules Default { get; } = new();

    /// <summary>Whether the days from the day after a fee notice is received to the day of payment are left out of the reply period (D32);
    /// true by default. Unpaid after 20 working days, the request is abandoned either way.</summary>
    public bool FeeNoticeStopsClock { get; init; } = true;
}
