using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GovDisclosure.Policy.Calendar;

/// <summary>
/// An administrative division of mainland China by its six-digit code (GB/T 2260, §11): two digits for the province-level division, two
/// for the prefecture, two for the county. <c>450000</c> is the Guangxi Zhuang Autonomous Region, <c>451000</c> its prefecture-level city
/// of Baise, <c>451002</c> a district of Baise. A regional calendar is named by the code of the region whose notices it holds.
/// </summary>
/// <remarks>The default value (code 0) is no division; every constructor and parser refuses it.</remarks>
public readonly struct RegionCode : IEquatable<RegionCode>, IComparable<RegionCode>
{
    /// <summary>Creates a code.</summary>
    /// <param name="code">Six digits: the first two from 11 to 82; a prefecture code ends in 00, a province code in 0000.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not such a code.</exception>
    public RegionCode(int code)
    {
        if (!IsValid(code))
        {
            throw new PolicyArgumentOutOfRangeException(nameof(code), code,
                $"{code} is not an administrative-division code (GB/T 2260): six digits, the first two from 11 to 82, for example 450000.");
        }

        Value = code;
    }

    /// <summary>The six-digit code.</summary>
    public int Value { get; }

    /// <summary>Whether this is a province-level division (province, autonomous region, municipality): the code ends in 0000.</summary>
    public bool IsProvince => Value % 10000 == 0;

    /// <summary>Whether this is a prefecture-level division: the code ends in 00 but not 0000.</summary>
    public bool IsPrefecture => Value % 100 == 0 && !IsProvince;

    /// <summary>Whether this is a county-level division: the code does not end in 00.</summary>
    public bool IsCounty => Value % 100 != 0;

    /// <summary>The province-level division this one lies in (itself for a province).</summary>
    public RegionCode Province => new(Value / 10000 * 10000);

    /// <summary>The prefecture this one lies in (itself for a prefecture), or null for a province.</summary>
    public RegionCode? Prefecture => IsProvince ? null : new RegionCode(Value / 100 * 100);

    /// <summary>Whether <paramref name="other"/> is this division or lies within it (a county within its prefecture and its province).</summary>
    /// <param name="other">Another code.</param>
    public bool Contains(RegionCode other) =>
        IsProvince ? other.Province == this : IsPrefecture ? other.Prefecture == this : other == this;

    /// <summary>Reads a code written as six digits.</summary>
    /// <param name="code">The code, for example <c>450000</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="code"/> is not a six-digit administrative-division code; the message quotes it.</exception>
    public static RegionCode Parse(string code) =>
        TryParse(Preconditions.CheckNotNull(code), out var region)
            ? region
            : throw new FormatException($"\"{code}\" is not an administrative-division code (GB/T 2260): six digits, the first two from 11 to 82, for example 450000.");

    /// <summary>Reads a code written as six digits, or says it could not.</summary>
    /// <param name="code">The text; may be null.</param>
    /// <param name="region">The code read, or the default value.</param>
    /// <returns>Whether <paramref name="code"/> is a six-digit administrative-division code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? code, out RegionCode region)
    {
        region = default;
        if (code is not { Length: 6 } || !code.All(c => c is >= '0' and <= '9') || !IsValid(int.Parse(code, CultureInfo.InvariantCulture)))
        {
            return false;
        }

        region = new RegionCode(int.Parse(code, CultureInfo.InvariantCulture));
        return true;
    }

    /// <inheritdoc />
    public bool Equals(RegionCode other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value;

    /// <inheritdoc />
    public int CompareTo(RegionCode other) => Value.CompareTo(other.Value);

    /// <summary>The six digits, for example <c>450000</c>.</summary>
    public override string ToString() => Value.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Whether two codes are the same.</summary>
    public static bool operator ==(RegionCode left, RegionCode right) => left.Equals(right);

    /// <summary>Whether two codes differ.</summary>
    public static bool operator !=(RegionCode left, RegionCode right) => !left.Equals(right);

    private static bool IsValid(int code) => code is >= 110000 and <= 829999;
}
