namespace GovDisclosure.Policy.Requests;

/// <summary>How a reply reached the applicant, which decides its day of delivery (§8.10) and the day the applicant knew it (D39).</summary>
/// <remarks>A closed set. It converts implicitly to <see cref="int"/>, so print its names rather than the member.</remarks>
public sealed class DeliveryMethod : BilingualPolicyEnum<DeliveryMethod>
{
    /// <summary>直接送达: handed over; delivered the day the applicant signs for it.</summary>
    public static readonly DeliveryMethod InPerson = new(nameof(InPerson), 1, "直接送达", "in person");

    /// <summary>邮寄送达: by post; delivered the day it is posted. The applicant knows it the day they received it where the body recorded that, else the posting day (D39).</summary>
    public static readonly DeliveryMethod Post = new(nameof(Post), 2, "邮寄送达", "by post");

    /// <summary>电子送达: by e-mail or the online platform, with the applicant's consent; delivered the day it is sent.</summary>
    public static readonly DeliveryMethod Electronic = new(nameof(Electronic), 3, "电子送达", "electronically");

    private DeliveryMethod(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }
}
