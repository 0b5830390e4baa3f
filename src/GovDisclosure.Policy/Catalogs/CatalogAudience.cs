namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// Who a catalog row is disclosed to (公开对象, SPEC §10). A <see cref="WholeSociety"/> row needs a channel that reaches
/// everyone; any channel reaches a <see cref="SpecificGroups"/> row.
/// </summary>
public sealed class CatalogAudience : BilingualPolicyEnum<CatalogAudience>
{
    /// <summary>全社会: the whole of society.</summary>
    public static readonly CatalogAudience WholeSociety = new(nameof(WholeSociety), 1, "全社会", "the whole of society");

    /// <summary>特定群体: the particular people the row concerns, for example the applicants on a list.</summary>
    public static readonly CatalogAudience SpecificGroups = new(nameof(SpecificGroups), 2, "特定群体", "specific groups");

    private CatalogAudience(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }
}
