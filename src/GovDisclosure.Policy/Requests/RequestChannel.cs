namespace GovDisclosure.Policy.Requests;

/// <summary>
/// How a request for disclosure reached the body, which decides its day of receipt (§8.3, Regulations Art. 31).
/// </summary>
/// <remarks>A closed set. It converts implicitly to <see cref="int"/>, so <c>Console.WriteLine(channel)</c> prints its number; print
/// its <see cref="BilingualPolicyEnum{TEnum}.Label"/> instead.</remarks>
public sealed class RequestChannel : BilingualPolicyEnum<RequestChannel>
{
    /// <summary>当面提交: handed in; received the day it arrived.</summary>
    public static readonly RequestChannel InPerson = new(nameof(InPerson), 1, "当面提交", "in person", needsConfirmation: false,
        "当面提交的，以提交之日为收到申请之日", "in person: received the day it was handed in");

    /// <summary>邮寄（需签收）: post the body signs for; received the day it was signed for.</summary>
    public static readonly RequestChannel SignedPost = new(nameof(SignedPost), 2, "邮寄（需签收）", "post signed for", needsConfirmation: false,
        "以邮寄方式提交的，以行政机关签收之日为收到申请之日", "by post: received the day the body signed for it");

    /// <summary>平常信函: an ordinary letter that needs no signature; received the day the disclosure office confirms it with the applicant.</summary>
    public static readonly RequestChannel OrdinaryLetter = new(nameof(OrdinaryLetter), 3, "平常信函", "ordinary letter", needsConfirmation: true,
        "以平常信函等无需签收的邮寄方式提交的，以政府信息公开工作机构与申请人确认之日为收到申请之日",
        "by ordinary letter: received the day the disclosure office confirmed it with the applicant");

    /// <summary>互联网渠道: online; received the day both sides confirm it.</summary>
    public static readonly RequestChannel Online = new(nameof(Online), 4, "互联网渠道", "online", needsConfirmation: true,
        "通过互联网渠道提交的，以双方确认之日为收到申请之日", "online: received the day both sides confirmed it");

    /// <summary>政府信息公开工作机构的传真: the disclosure office's fax; received the day both sides confirm it.</summary>
    public static readonly RequestChannel Fax = new(nameof(Fax), 5, "传真", "fax", needsConfirmation: true,
        "通过政府信息公开工作机构的传真提交的，以双方确认之日为收到申请之日", "by the disclosure office's fax: received the day both sides confirmed it");

    private RequestChannel(string name, int value, string nameZh, string nameEn, bool needsConfirmation, string receiptRuleZh, string receiptRuleEn)
        : base(name, value, nameZh, nameEn)
    {
        NeedsConfirmation = needsConfirmation;
        ReceiptRuleZh = receiptRuleZh;
        ReceiptRuleEn = receiptRuleEn;
    }

    /// <summary>Whether the day of receipt is the day of confirmation with the applicant, so no clock runs until then (§8.3).</summary>
    public bool NeedsConfirmation { get; }

    /// <summary>When a request by this channel counts as received (§8.3), in Chinese and English.</summary>
    public BilingualText ReceiptRule => new(ReceiptRuleZh, ReceiptRuleEn);

    /// <summary>The rule for the day of receipt, in Chinese.</summary>
    internal string ReceiptRuleZh { get; }

    /// <summary>The rule for the day of receipt, in English.</summary>
    internal string ReceiptRuleEn { get; }
}
