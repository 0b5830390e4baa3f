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
            ["AdministrativeLevel", "ApplicantKind", "Audience", "AuditFindingKind", "BodyRole", "BodyType", "Cadence", "CatalogAudience", "Channel", "ClockStepKind", "ComplaintChannel", "ComplaintTier", "ConsultationParty", "DayKind", "DeadlineTrigger", "DeadlineUnit", "DeliveryMethod", "DisclosureItem", "DisclosureMode", "EntrySubject", "FindingKind", "GoverningRegime", "Grade", "Holiday", "ItemKind", "NationalChannel", "ObligationLevel", "Outcome", "RedressCaseKind", "RedressResult", "RefusalReason", "RegionalHolidayRule", "ReportFormat", "ReportProblemKind", "ReportSection", "RequestChannel", "RequestEventKind", "RequestOutcome", "RequestOutcomeGroup", "RequestRegime", "RequestState", "RequestTableRow", "Sanction", "ScheduleEntry"],
            AllEnumTypes.Select(type => type.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void Names_and_values_are_unique_and_lookups_return_the_same_instance(Type type) =>
        Invoke(nameof(CheckLookups), type);

    [Theory]
    [MemberData(nameof(EnumTypes))]
    public void The_policy_order_holds_every_member_once_with_a_positive_value(Type type) =>
        Invoke(nameof(CheckOrder), type);

    [Fact]
    public void Every_members_chinese_and_english_labels_are_the_approved_ones()
    {
        // The labels reports and explanations print; a change to one shows in review.
        var actual = AllEnumTypes.Where(type => type.GetProperty("Label")?.PropertyType == typeof(BilingualText)).OrderBy(type => type.Name, StringComparer.Ordinal)
            .SelectMany(type => ((System.Collections.IEnumerable)typeof(PolicyEnum<>).MakeGenericType(type).GetProperty("InOrder")!.GetValue(null)!)
                .Cast<object>().Select(member => $"{type.Name}.{type.GetProperty("Name")!.GetValue(member)} = {((BilingualText)type.GetProperty("Label")!.GetValue(member)!).Zh} | {((BilingualText)type.GetProperty("Label")!.GetValue(member)!).En}"));

        Approvals.Verify("enum-labels.txt", string.Join("\n", actual) + "\n");
    }

    [Fact]
    public void Every_members_value_is_the_number_it_was_given_when_it_was_added()
    {
        // Values are stable codes a host may store (see PolicyEnum): this list only grows.
        var actual = AllEnumTypes.OrderBy(type => type.Name, StringComparer.Ordinal)
            .SelectMany(type => ((System.Collections.IEnumerable)typeof(PolicyEnum<>).MakeGenericType(type).GetProperty("InOrder")!.GetValue(null)!)
                .Cast<object>().Select(member => $"{type.Name}.{type.GetProperty("Name")!.GetValue(member)} = {type.GetProperty("Value")!.GetValue(member)}"));

        Approvals.Verify("enum-values.txt", string.Join("\n", actual) + "\n");
    }

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
            Assert.Same(member, PolicyEnum<T>.Parse(member.Name));
            Assert.Same(member, PolicyEnum<T>.FromValue(member.Value));
            Assert.True(PolicyEnum<T>.TryParse(member.Name, out var byName));
            Assert.Same(member, byName);
            Assert.Same(member, PolicyEnum<T>.Parse(member.Name.ToLowerInvariant(), ignoreCase: true));
        }
    }

    private static void CheckOrder<T>()
        where T : PolicyEnum<T>
    {
        var members = PolicyEnum<T>.InOrder;
        Assert.All(members, m => Assert.True(m.Value > 0));
        Assert.Equal(members.OrderBy(m => m.Name, StringComparer.Ordinal), PolicyEnum<T>.List.OrderBy(m => m.Name, StringComparer.Ordinal));
        Assert.Throws<NotSupportedException>(() => ((IList<T>)members)[0] = members[^1]);
    }

    private static void CheckUnknownCode<T>()
        where T : PolicyEnum<T>
    {
        var byName = Assert.Throws<UnknownCodeException>(() => PolicyEnum<T>.Parse("NoSuchCode"));
        var byValue = Assert.Throws<UnknownCodeException>(() => PolicyEnum<T>.FromValue(0));

        Assert.Equal("NoSuchCode", byName.Code);
        Assert.Equal(typeof(T).Name, byName.CodeKind);
        Assert.Equal("code", byName.ParamName);
        Assert.Equal(PolicyEnum<T>.InOrder.Select(m => m.Name), byName.ValidCodes);
        Assert.Equal($"'NoSuchCode' is not a {typeof(T).Name} code. Valid codes: {string.Join(", ", byName.ValidCodes)}.", byName.Message);
        Assert.Equal("value", byValue.ParamName);
        Assert.False(PolicyEnum<T>.TryParse("NoSuchCode", out _));
        Assert.False(PolicyEnum<T>.TryParse(null, out _));
        Assert.False(PolicyEnum<T>.TryParse("", ignoreCase: true, out _));
        Assert.Same(PolicyEnum<T>.InOrder[0], PolicyEnum<T>.FromValue(0, PolicyEnum<T>.InOrder[0]));
        Assert.Throws<UnknownCodeException>(() => PolicyEnum<T>.Parse(""));
        ArgumentAssert.Throws<ArgumentNullException>(() => PolicyEnum<T>.Parse(null!));
    }
}
