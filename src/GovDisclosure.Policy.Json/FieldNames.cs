using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Policy.Json;

/// <summary>
/// The JSON names of an object's properties, given once as the members of an enumeration (numbered 0, 1, 2 … in the schema's
/// order): each member's name with its first letter in lower case, or its <see cref="JsonPropertyNameAttribute"/> (for <c>$schema</c>).
/// The readers match these names (<see cref="JsonFields.Of{TField}"/>); the writers write them (<see cref="Name{TField}"/>).
/// </summary>
internal static class FieldNames
{
    /// <summary>The name of <paramref name="field"/>, encoded once, as a writer writes it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static JsonEncodedText Name<TField>(TField field)
        where TField : struct, Enum =>
        FieldNames<TField>.Encoded[Unsafe.As<TField, int>(ref field)];
}

/// <summary>The names of <typeparamref name="TField"/>'s members, by their values.</summary>
internal static class FieldNames<TField>
    where TField : struct, Enum
{
    internal static readonly string[] Names = NamesOfMembers();

    internal static readonly JsonEncodedText[] Encoded = Array.ConvertAll(Names, name => JsonEncodedText.Encode(name));

    private static string[] NamesOfMembers()
    {
        System.Diagnostics.Debug.Assert(Enum.GetUnderlyingType(typeof(TField)) == typeof(int), "members are ints");
        var members = typeof(TField).GetFields(BindingFlags.Public | BindingFlags.Static);
        var names = new string[members.Length];
        foreach (var member in members)
        {
            var value = Convert.ToInt32(member.GetValue(null), CultureInfo.InvariantCulture);
            System.Diagnostics.Debug.Assert(value >= 0 && value < names.Length && names[value] is null, "members numbered 0, 1, 2 …");
            names[value] = member.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? char.ToLowerInvariant(member.Name[0]) + member.Name.Substring(1);
        }

        return names;
    }
}
