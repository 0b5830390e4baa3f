namespace GovDisclosure.Policy.Requests;

/// <summary>Whom a body consults before replying (§8.5): the time consultation takes does not count (D33).</summary>
/// <remarks>A closed set. It converts implicitly to <see cref="int"/>, so print its names rather than the member.</remarks>
public sealed class ConsultationParty : BilingualPolicyEnum<ConsultationParty>
{
    /// <summary>第三方: a third party whose rights disclosure may harm (Art. 32), with 15 working days to answer.</summary>
    public static readonly ConsultationParty ThirdParty = new(nameof(ThirdParty), 1, "第三方", "third party", "Art. 32");

    /// <summary>其他行政机关: another body the information was made with (Art. 34), with 15 working days to answer; no answer is consent.</summary>
    public static readonly ConsultationParty OtherBody = new(nameof(OtherBody), 2, "其他行政机关", "other administrative body", "Art. 34");

    private ConsultationParty(string name, int value, string nameZh, string nameEn, string article)
        : base(name, value, nameZh, nameEn) => Article = article;

    /// <summary>The article of the 2019 Regulations the consultation rests on.</summary>
    public string Article { get; }
}
