namespace GovDisclosure.Policy;

/// <summary>The three groups of the catalog of disclosure items (§2.1).</summary>
public sealed class ItemKind : BilingualPolicyEnum<ItemKind>
{
    /// <summary>Government-affairs items G01–G20 (政务公开事项), addressed to the public.</summary>
    public static readonly ItemKind GovernmentAffairs = new(nameof(GovernmentAffairs), 1, "G", "政务公开事项", "government-affairs item", Audience.Public);

    /// <summary>Service items S01–S05 (办事公开事项), addressed to the public.</summary>
    public static readonly ItemKind Service = new(nameof(Service), 2, "S", "办事公开事项", "service item", Audience.Public);

    /// <summary>Internal items I01–I04 (机关内部公开), addressed to the unit's own staff.</summary>
    public static readonly ItemKind Internal = new(nameof(Internal), 3, "I", "机关内部公开事项", "internal item", Audience.Staff);

    private ItemKind(string name, int value, string codePrefix, string nameZh, string nameEn, Audience audience)
        : base(name, value, nameZh, nameEn)
    {
        CodePrefix = codePrefix;
        Audience = audience;
    }

    /// <summary>The letter every item code of this kind starts with: G, S or I.</summary>
    public string CodePrefix { get; }

    /// <summary>Who items of this kind are disclosed to.</summary>
    public Audience Audience { get; }
}
