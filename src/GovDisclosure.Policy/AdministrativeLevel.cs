namespace GovDisclosure.Policy;

/// <summary>
/// The tier of government a body works at (公开层级, SPEC §10): the column of a county catalog that says which
/// bodies a row binds, and what sets a body's place in the annual report. <see cref="PolicyEnum{TEnum}.InOrder"/>
/// runs from the top tier down; values are stable codes, not positions.
/// </summary>
public sealed class AdministrativeLevel : BilingualPolicyEnum<AdministrativeLevel>
{
    /// <summary>市级: a city (prefecture-level) body; some county catalogs list it above the county.</summary>
    public static readonly AdministrativeLevel City = new(nameof(City), 4, "市级", "city");

    /// <summary>县级: a county-level body — the county government and its departments, and every body that is neither a township nor a village (§10).</summary>
    public static readonly AdministrativeLevel County = new(nameof(County), 1, "县级", "county");

    /// <summary>乡级: a township or sub-district (乡镇人民政府、街道办事处).</summary>
    public static readonly AdministrativeLevel Township = new(nameof(Township), 2, "乡级", "township");

    /// <summary>村级: a village (or community) committee.</summary>
    public static readonly AdministrativeLevel Village = new(nameof(Village), 3, "村级", "village");

    private AdministrativeLevel(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }

    /// <summary>
    /// The level a body of <paramref name="bodyType"/> works at unless its register says otherwise (§10):
    /// townships and sub-districts <see cref="Township"/>, villages <see cref="Village"/>, every other body <see cref="County"/>.
    /// </summary>
    /// <param name="bodyType">The kind of body.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bodyType"/> is null.</exception>
    public static AdministrativeLevel Of(BodyType bodyType) =>
        Preconditions.CheckNotNull(bodyType) == BodyType.Township ? Township
        : bodyType == BodyType.Village ? Village
        : County;
}
