using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using Ardalis.SmartEnum;

namespace GovDisclosure.Policy;

/// <summary>
/// Base of the policy's closed sets (items, entries, cadences, channels, body types…): a sealed
/// <see cref="SmartEnum{TEnum}"/> whose <see cref="SmartEnum{TEnum, TValue}.Name"/> is the stable code and whose
/// failed lookups name the code and the valid ones.
/// </summary>
/// <remarks>
/// <para><b>Stable values.</b> Each member's <see cref="SmartEnum{TEnum, TValue}.Value"/> is a number written
/// next to it in the source and never changes: a member added later takes the next unused number, wherever it
/// stands in the policy's order, and a removed member's number is never reused. A host may store values; codes
/// (<see cref="SmartEnum{TEnum, TValue}.Name"/>) are the better choice for anything a person reads.</para>
/// <para><b>Order.</b> <see cref="InOrder"/> is the policy's order, the order the members are declared in.
/// SmartEnum's own <see cref="SmartEnum{TEnum, TValue}.List"/> is ordered by name, and values say nothing about order.</para>
/// <para><b>Printing.</b> SmartEnum converts a member implicitly to <see cref="int"/>, so
/// <c>Console.WriteLine(ScheduleEntry.MO1)</c> picks <c>Console.WriteLine(int)</c> and prints <c>10</c>.
/// Write <c>member.ToString()</c>, <c>member.Name</c> or an interpolated string instead.</para>
/// </remarks>
/// <typeparam name="TEnum">The sealed set type.</typeparam>
public abstract class PolicyEnum<TEnum> : SmartEnum<TEnum>
    where TEnum : PolicyEnum<TEnum>
{
    // Filled by the constructors while TEnum's static fields are initialised, which C# does in declaration
    // order and the runtime does once; read only after that, through Ordered.
    private static readonly List<TEnum> Declared = [];

    private static readonly Lazy<ReadOnlyCollection<TEnum>> Ordered = new(() =>
    {
        RuntimeHelpers.RunClassConstructor(typeof(TEnum).TypeHandle);
        return ReadOnly.Wrap(Declared.ToArray());
    });

    private protected PolicyEnum(string name, int value)
        : base(name, value) =>
        Declared.Add((TEnum)this);

    /// <summary>Every member in the policy's own order, the order of declaration. Use this rather than
    /// <see cref="SmartEnum{TEnum, TValue}.List"/>, which SmartEnum orders by name.</summary>
    public static IReadOnlyList<TEnum> InOrder => Ordered.Value;

    /// <summary>The member whose code is <paramref name="code"/>, compared with case.</summary>
    /// <param name="code">The code, for example <c>"G05"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="UnknownCodeException">No member has that code (an empty code included); the message lists the valid ones.</exception>
    public static TEnum Parse(string code) => Parse(code, ignoreCase: false);

    /// <summary>The member whose code is <paramref name="code"/>.</summary>
    /// <param name="code">The code, for example <c>"G05"</c>.</param>
    /// <param name="ignoreCase">Whether to compare codes without regard to case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="UnknownCodeException">No member has that code (an empty code included); the message lists the valid ones.</exception>
    public static TEnum Parse(string code, bool ignoreCase) =>
        TryParse(Preconditions.CheckNotNull(code), ignoreCase, out var result)
            ? result
            : throw new UnknownCodeException(typeof(TEnum).Name, code, InOrder.Select(m => m.Name), nameof(code));

    /// <summary>Finds the member whose code is <paramref name="code"/>, compared with case; false for null, empty or unknown codes.</summary>
    /// <param name="code">The code, for example <c>"G05"</c>; may be null.</param>
    /// <param name="member">The member, or null when there is none.</param>
    public static bool TryParse([NotNullWhen(true)] string? code, [MaybeNullWhen(false)] out TEnum member) => TryParse(code, ignoreCase: false, out member);

    /// <summary>Finds the member whose code is <paramref name="code"/>; false for null, empty or unknown codes.</summary>
    /// <param name="code">The code, for example <c>"G05"</c>; may be null.</param>
    /// <param name="ignoreCase">Whether to compare codes without regard to case.</param>
    /// <param name="member">The member, or null when there is none.</param>
    public static bool TryParse([NotNullWhen(true)] string? code, bool ignoreCase, [MaybeNullWhen(false)] out TEnum member)
    {
        if (string.IsNullOrEmpty(code))
        {
            member = null;
            return false;
        }

        return SmartEnum<TEnum>.TryFromName(code, ignoreCase, out member);
    }

    /// <summary>SmartEnum's lookup by name, kept as <see cref="Parse(string, bool)"/> so that existing callers keep its behaviour.</summary>
    /// <param name="name">The code.</param>
    /// <param name="ignoreCase">Whether to compare codes without regard to case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="UnknownCodeException">No member has that code.</exception>
    [Obsolete("Use Parse; FromName stays only so that existing callers keep the library's lookup rather than SmartEnum's.")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static new TEnum FromName(string name, bool ignoreCase = false) => Parse(name, ignoreCase);

    /// <summary>SmartEnum's lookup by name, kept as <see cref="TryParse(string?, out TEnum)"/> (false for null or empty) so that existing callers keep its behaviour.</summary>
    /// <param name="name">The code; may be null.</param>
    /// <param name="result">The member, or null when there is none.</param>
    [Obsolete("Use TryParse; TryFromName stays only so that existing callers keep the library's lookup rather than SmartEnum's.")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static new bool TryFromName(string? name, [MaybeNullWhen(false)] out TEnum result) => TryParse(name, out result);

    /// <summary>SmartEnum's lookup by name, kept as <see cref="TryParse(string?, bool, out TEnum)"/> (false for null or empty) so that existing callers keep its behaviour.</summary>
    /// <param name="name">The code; may be null.</param>
    /// <param name="ignoreCase">Whether to compare codes without regard to case.</param>
    /// <param name="result">The member, or null when there is none.</param>
    [Obsolete("Use TryParse; TryFromName stays only so that existing callers keep the library's lookup rather than SmartEnum's.")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static new bool TryFromName(string? name, bool ignoreCase, [MaybeNullWhen(false)] out TEnum result) => TryParse(name, ignoreCase, out result);

    /// <summary>The member whose value is <paramref name="value"/>.</summary>
    /// <param name="value">The member's stable value (see the remarks on the type).</param>
    /// <exception cref="UnknownCodeException">No member has that value; the message lists the valid ones.</exception>
    public static new TEnum FromValue(int value) =>
        TryFromValue(value, out var result)
            ? result
            : throw new UnknownCodeException(typeof(TEnum).Name, value.ToString(CultureInfo.InvariantCulture),
                InOrder.Select(m => m.Value.ToString(CultureInfo.InvariantCulture)), nameof(value));

    /// <summary>The member whose value is <paramref name="value"/>, or <paramref name="defaultValue"/> when there is none.</summary>
    /// <param name="value">The member's stable value.</param>
    /// <param name="defaultValue">What to return for an unknown value.</param>
    public static new TEnum FromValue(int value, TEnum defaultValue) => TryFromValue(value, out var result) ? result : defaultValue;
}
