using System.Reflection;

namespace GovDisclosure.Policy.Tests;

/// <summary>The contract every closed set of the library keeps, checked for each of them.</summary>
public sealed class PolicyEnumContractTests
{
    public static TheoryData<Type> EnumTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in AllEnumTypes)
        {
            data.Add(type);
        }

        return data;
    }

    internal static IEnumerable<Type> AllEnumTypes =>
        typeof(DisclosurePolicy).Assembly.GetTypes().Where(type => !type.IsAbstract && DerivesFromPolicyEnum(type));

    private static bool DerivesFromPolicyEnum(Type type)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (baseType.IsGenericType && baseType.GetGenericTypeDefinition() == typeof(PolicyEnum<>))
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void Every_closed_set_of_the_policy_is_a_policy_enum()
    {
        Assert.Equal(
            ["Audience", "BodyType", "Cadence", "Channel", "ComplaintChannel", "ComplaintTier", "DayKind", "DeadlineTrigger", "DeadlineUnit", "DisclosureItem", "EntrySubject", "FindingKind", "GoverningRegime", "Grade", "Holiday", "ItemKind", "ObligationLevel", "Outcome", "Sanction", "ScheduleEntry"],
            AllEnumTypes.Select(type => type.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void Names_and_values_are_unique_and_lookups_return_the_same_instance(Type type) =>
        Invoke(nameof(CheckLookups), type);

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void The_explicit_order_is_by_value_starting_at_one_without_gaps(Type type) =>
        Invoke(nameof(CheckOrder), type);

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void An_unknown_code_throws_naming_the_code_and_every_valid_one(Type type) =>
        Invoke(nameof(CheckUnknownCode), type);

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void Every_member_is_sealed_and_has_no_public_constructor(Type type)
    {
        Assert.True(type.IsSealed);
        Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
    }

    private static void Invoke(string method, Type type) =>
        typeof(PolicyEnumContractTests).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(type).Invoke(null, null);

    private static void CheckLookups<T>()
        where T : PolicyEnum<T>
    {
        var members = PolicyEnum<T>.InOrder;
        Assert.Equal(members.Count, members.Select(m => m.Name).Distinct().Count());
        Assert.Equal(members.Count, members.Select(m => m.Value).Distinct().Count());
        foreach (var member in members)
        {
            Assert.Same(member, PolicyEnum<T>.FromName(member.Name));
            Assert.Same(member, PolicyEnum<T>.FromValue(member.Value));
            Assert.True(PolicyEnum<T>.TryFromName(member.Name, out var byName));
            Assert.Same(member, byName);
            Assert.Same(member, PolicyEnum<T>.FromName(member.Name.ToLowerInvariant(), ignoreCase: true));
        }
    }

    private static void CheckOrder<T>()
        where T : PolicyEnum<T>
    {
        var members = PolicyEnum<T>.InOrder;
        Assert.Equal(Enumerable.Range(1, members.Count), members.Select(m => m.Value));
        Assert.Equal(members.OrderBy(m => m.Name, StringComparer.Ordinal), PolicyEnum<T>.List.OrderBy(m => m.Name, StringComparer.Ordinal));
    }

    private static void CheckUnknownCode<T>()
        where T : PolicyEnum<T>
    {
        var byName = Assert.Throws<UnknownCodeException>(() => PolicyEnum<T>.FromName("NoSuchCode"));
        var byValue = Assert.Throws<UnknownCodeException>(() => PolicyEnum<T>.FromValue(0));

        Assert.Equal("NoSuchCode", byName.Code);
        Assert.Equal(typeof(T).Name, byName.CodeKind);
        Assert.Equal("name", byName.ParamName);
        Assert.Equal(PolicyEnum<T>.InOrder.Select(m => m.Name), byName.ValidCodes);
        Assert.Contains($"'NoSuchCode' is not a {typeof(T).Name} code. Valid codes: {string.Join(", ", byName.ValidCodes)}.", byName.Message);
        Assert.Equal("value", byValue.ParamName);
        Assert.False(PolicyEnum<T>.TryFromName("NoSuchCode", out _));
        Assert.Throws<ArgumentNullException>(() => PolicyEnum<T>.FromName(null!));
    }
}
