namespace GovDisclosure.Policy;

/// <summary>A <see cref="PolicyEnum{TEnum}"/> whose members have a label in Chinese and in English.</summary>
/// <typeparam name="TEnum">The sealed set type.</typeparam>
public abstract class BilingualPolicyEnum<TEnum> : PolicyEnum<TEnum>
    where TEnum : BilingualPolicyEnum<TEnum>
{
    private protected BilingualPolicyEnum(string name, int value, string nameZh, string nameEn)
        : base(name, value) =>
        Label = new BilingualText(nameZh, nameEn);

    /// <summary>The member's label: in Chinese in the official terms, and in English. <c>Name</c> is its stable code.</summary>
    public BilingualText Label { get; }
}
