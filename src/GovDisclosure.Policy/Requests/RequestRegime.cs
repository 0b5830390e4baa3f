namespace GovDisclosure.Policy.Requests;

/// <summary>
/// Which Regulations on the Disclosure of Government Information govern a request's reply period, chosen by the day the request was
/// received (§8, §8.12): the 2019 revision (State Council Decree No. 711) from 2019-05-15, the 2007 Regulations (Decree No. 492) before.
/// </summary>
/// <remarks>A closed set. Like every SmartEnum it converts implicitly to <see cref="int"/>, so <c>Console.WriteLine(regime)</c> prints its
/// number; print its <see cref="BilingualPolicyEnum{TEnum}.Label"/> instead.</remarks>
public sealed class RequestRegime : BilingualPolicyEnum<RequestRegime>
{
    /// <summary>The 2007 Regulations (Decree No. 492, Art. 24): 15 working days, one extension of at most 15 (§8.12, D40).</summary>
    public static readonly RequestRegime Regulations2007 = new(nameof(Regulations2007), 2007, "2007年《政府信息公开条例》", "2007 Regulations", 15, 15, "§8.12");

    /// <summary>The 2019 revision (Decree No. 711, Art. 33), in force from 2019-05-15: 20 working days, one extension of at most 20 (§8.4).</summary>
    public static readonly RequestRegime Regulations2019 = new(nameof(Regulations2019), 2019, "2019年修订《政府信息公开条例》", "2019 Regulations", 20, 20, "§8.4");

    private RequestRegime(string name, int value, string nameZh, string nameEn, int replyWorkingDays, int maxExtensionWorkingDays, string sourceId)
        : base(name, value, nameZh, nameEn)
    {
        ReplyWorkingDays = replyWorkingDays;
        MaxExtensionWorkingDays = maxExtensionWorkingDays;
        SourceId = sourceId;
    }

    /// <summary>The day the 2019 revision came into force: 2019-05-15. A request received on that day or later follows it.</summary>
    public static LocalDate RevisionInForce { get; } = new(2019, 5, 15);

    /// <summary>The working days a body has to reply, counted from the day after receipt (D31).</summary>
    public int ReplyWorkingDays { get; }

    /// <summary>The longest single extension, in working days.</summary>
    public int MaxExtensionWorkingDays { get; }

    /// <summary>The clause of SPEC §8 the periods come from.</summary>
    public string SourceId { get; }

    /// <summary>The regime of a request received on <paramref name="receivedOn"/>.</summary>
    /// <param name="receivedOn">The day of receipt (§8.3).</param>
    public static RequestRegime For(LocalDate receivedOn) => receivedOn < RevisionInForce ? Regulations2007 : Regulations2019;
}
