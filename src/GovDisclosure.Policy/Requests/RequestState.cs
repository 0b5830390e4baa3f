namespace GovDisclosure.Policy.Requests;

/// <summary>Where a request stands on a given day (§8): waiting for something, open, replied, delivered or abandoned.</summary>
/// <remarks>A closed set. It converts implicitly to <see cref="int"/>, so print its names rather than the member.</remarks>
public sealed class RequestState : BilingualPolicyEnum<RequestState>
{
    /// <summary>Arrived by a channel that needs confirmation, not yet confirmed: no clock runs (§8.3).</summary>
    public static readonly RequestState AwaitingConfirmation = new(nameof(AwaitingConfirmation), 1, "待确认", "awaiting confirmation");

    /// <summary>A correction was asked for and its deadline has not passed: the clock waits for the corrected request (§8.6).</summary>
    public static readonly RequestState AwaitingCorrection = new(nameof(AwaitingCorrection), 2, "待补正", "awaiting correction");

    /// <summary>A fee notice awaits payment within its 20 working days, and the fee stops the clock (D32).</summary>
    public static readonly RequestState AwaitingPayment = new(nameof(AwaitingPayment), 3, "待缴费", "awaiting payment");

    /// <summary>Received and not replied: the clock runs, or stands still during a consultation (§8.4, §8.5).</summary>
    public static readonly RequestState Open = new(nameof(Open), 4, "办理中", "open");

    /// <summary>Replied, not yet delivered: a reply is on time only when delivered (§8.10).</summary>
    public static readonly RequestState Replied = new(nameof(Replied), 5, "已答复待送达", "replied, not delivered");

    /// <summary>The reply was delivered.</summary>
    public static readonly RequestState Delivered = new(nameof(Delivered), 6, "已送达", "delivered");

    /// <summary>Abandoned because the correction or the fee did not come in time (§8.6, D32), with no closing reply recorded.</summary>
    public static readonly RequestState Abandoned = new(nameof(Abandoned), 7, "视为放弃", "abandoned");

    private RequestState(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }
}
