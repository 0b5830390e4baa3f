namespace GovDisclosure.Policy;

/// <summary>A <see cref="PolicyEnum{TEnum}"/> whose members have a name in Chinese and one in English.</summary>
/// <typeparam name="TEnum">The sealed set type.</typeparam>
public abstract class BilingualPolicyEnum<TEnum> : PolicyEnum<TEnum>
    where TEnum : BilingualPolicyEnum<TEnum>
{
    private protected BilingualPolicyEnum(string name, int value, string nameZh, string nameEn)
        : base(name, value)
    {
        NameZh = nameZh;
        NameEn = nameEn;
    }

    /// <summary>The member's name in Chinese, in the official terms.</summary>
    public string NameZh { get; }

    /// <summary>The member's name in English.</summary>
    public string NameEn { get; }
}
