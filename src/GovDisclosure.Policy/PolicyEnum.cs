using Ardalis.SmartEnum;

namespace GovDisclosure.Policy;

/// <summary>
/// Base of the policy's closed sets (items, entries, cadences, channels, body types…): a
/// <see cref="SmartEnum{TEnum}"/> whose <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable code,
/// whose <see cref="SmartEnum{TEnum, TValue}.Value"/> follows the order the policy lists the members in,
/// and whose failed lookups name the code and the valid ones.
/// </summary>
/// <typeparam name="TEnum">The sealed set type.</typeparam>
public abstract class PolicyEnum<TEnum> : SmartEnum<TEnum>
    where TEnum : PolicyEnum<TEnum>
{
    // Lazy, not eager: this type is initialised while TEnum's own static fields are still being
    // constructed, so reading List here would see nulls.
    private static readonly Lazy<IReadOnlyList<TEnum>> Ordered =
        new(() => List.OrderBy(member => member.Value).ToArray());

    private protected PolicyEnum(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>
    /// Every member in the policy's own order (ascending <see cref="SmartEnum{TEnum, TValue}.Value"/>).
    /// Use this rather than <see cref="SmartEnum{TEnum, TValue}.List"/>, which SmartEnum orders by name.
    /// </summary>
    public static IReadOnlyList<TEnum> InOrder => Ordered.Value;

    /// <summary>The member whose code is <paramref name="name"/>.</summary>
    /// <param name="name">The code, for example <c>"G05"</c>.</param>
    /// <param name="ignoreCase">Whether to compare codes without regard to case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="UnknownCodeException">No member has that code; the message lists the valid ones.</exception>
    public static new TEnum FromName(string name, bool ignoreCase = false)
    {
        Preconditions.CheckNotNull(name);
        return TryFromName(name, ignoreCase, out var result)
            ? result
            : throw new UnknownCodeException(typeof(TEnum).Name, name, InOrder.Select(m => m.Name), nameof(name));
    }

    /// <summary>The member whose value is <paramref name="value"/>.</summary>
    /// <param name="value">The value, its position in the policy's order starting at 1.</param>
    /// <exception cref="UnknownCodeException">No member has that value; the message lists the valid ones.</exception>
    public static new TEnum FromValue(int value) =>
        TryFromValue(value, out var result)
            ? result
            : throw new UnknownCodeException(typeof(TEnum).Name, value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                InOrder.Select(m => m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), nameof(value));
}
