namespace GovDisclosure.Policy;

/// <summary>The principal leader of a unit (单位主要负责人), who answers for refusal or falsification (§4.2) and signs its service commitment (§2.1.C).</summary>
/// <param name="Name">The leader's name.</param>
/// <param name="TookOffice">The day the leader took office.</param>
/// <exception cref="ArgumentNullException"><paramref name="Name"/> is null, when created or through <c>with</c>.</exception>
public sealed record PrincipalLeader(string Name, LocalDate TookOffice)
{
    /// <summary>The leader's name.</summary>
    public string Name { get; init => field = Preconditions.CheckNotBlank(value, nameof(Name), "A leader's name"); } = Preconditions.CheckNotBlank(Name, nameof(Name), "A leader's name");
}

/// <summary>An obligated unit of the register.</summary>
/// <remarks>Every property is checked when the unit is created and when <c>with</c> changes it: a unit can never hold a null id, name, type or leader.</remarks>
public sealed record Body
{
    /// <summary>Creates a unit.</summary>
    /// <param name="id">The unit's stable id, unique in the register.</param>
    /// <param name="name">The unit's name.</param>
    /// <param name="type">The kind of body, which sets its obligation level (§2.2).</param>
    /// <param name="principal">The unit's principal leader.</param>
    /// <param name="supervisionContact">The person named responsible for supervision (§4.1); null when none is named, which is a finding.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="name"/>, <paramref name="type"/> or <paramref name="principal"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank (also through <c>with</c>).</exception>
    public Body(string id, string name, BodyType type, PrincipalLeader principal, string? supervisionContact)
    {
        Id = id;
        Name = name;
        Type = type;
        Principal = principal;
        SupervisionContact = supervisionContact;
        Level = AdministrativeLevel.Of(Preconditions.CheckNotNull(type));
    }

    /// <summary>The unit's stable id, unique in the register.</summary>
    public string Id { get; init => field = Preconditions.CheckNotBlank(value, nameof(Id), "A unit's id"); }

    /// <summary>The unit's name.</summary>
    public string Name { get; init => field = Preconditions.CheckNotBlank(value, nameof(Name), "A unit's name"); }

    /// <summary>The kind of body, which sets its obligation level (§2.2).</summary>
    public BodyType Type { get; init => field = Preconditions.CheckNotNull(value, nameof(Type)); }

    /// <summary>The unit's principal leader.</summary>
    public PrincipalLeader Principal { get; init => field = Preconditions.CheckNotNull(value, nameof(Principal)); }

    /// <summary>The person named responsible for supervision (§4.1), or null when none is named, which is a finding.</summary>
    public string? SupervisionContact { get; init; }

    /// <summary>The tier the unit works at (§10); by default the level of its type (<see cref="AdministrativeLevel.Of(BodyType)"/>).</summary>
    public AdministrativeLevel Level { get; init => field = Preconditions.CheckNotNull(value, nameof(Level)); }

    /// <summary>Whether the unit is a people's government or a department (§9.1), or null (the default) when the register does not say.</summary>
    public BodyRole? Role { get; init; }

    /// <summary>The names of the county catalogs the host assigned the unit (§10, "Who a catalog binds"); empty by default. Copied when set.</summary>
    /// <exception cref="ArgumentNullException">The list or a name is null.</exception>
    public IReadOnlyList<string> Catalogs { get; init => field = ReadOnly.CopyWithoutNulls(value, nameof(Catalogs)); } = ReadOnly.Wrap(Array.Empty<string>());

    /// <summary>Whether <paramref name="other"/> has the same id, name, type, leader, contact, level, role and catalogs (in order).</summary>
    /// <param name="other">Another unit.</param>
    public bool Equals(Body? other) =>
        other is not null && Id == other.Id && Name == other.Name && Type == other.Type && Principal == other.Principal &&
        SupervisionContact == other.SupervisionContact && Level == other.Level && Role == other.Role && Catalogs.SequenceEqual(other.Catalogs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Type, Principal, SupervisionContact, Level, Role, ReadOnly.SequenceHash(Catalogs));
}
