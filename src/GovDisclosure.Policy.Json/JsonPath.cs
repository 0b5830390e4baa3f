using System.Text;

namespace GovDisclosure.Policy.Json;

/// <summary>
/// Where a value stands, as a JSON path (<c>$.records[3].publications[0].date</c>), kept as parts and written out
/// only when a problem needs it: reading a million records builds no path strings.
/// </summary>
internal readonly struct JsonPath
{
    private readonly string? name0;
    private readonly int index0;
    private readonly string? name1;
    private readonly int index1;
    private readonly string? name2;
    private readonly int index2;

    private JsonPath(string? name0, int index0, string? name1, int index1, string? name2, int index2)
    {
        (this.name0, this.index0, this.name1, this.index1, this.name2, this.index2) = (name0, index0, name1, index1, name2, index2);
    }

    internal static JsonPath Root => default;

    /// <summary>The element <paramref name="i"/> of the array property <paramref name="array"/> under this path.</summary>
    internal JsonPath Element(string array, int i) =>
        name0 is null ? new(array, i, null, -1, null, -1)
        : name1 is null ? new(name0, index0, array, i, null, -1)
        : new(name0, index0, name1, index1, array, i);

    /// <summary>The object property <paramref name="name"/> under this path.</summary>
    internal JsonPath Property(string name) => Element(name, -1);

    /// <summary>The property <paramref name="name"/> under this path, written out.</summary>
    internal string Of(string name) => $"{this}.{name}";

    public override string ToString()
    {
        var text = new StringBuilder("$");
        Append(text, name0, index0);
        Append(text, name1, index1);
        Append(text, name2, index2);
        return text.ToString();
    }

    private static void Append(StringBuilder text, string? name, int index)
    {
        if (name is not null)
        {
            text.Append('.').Append(name);
            if (index >= 0)
            {
                text.Append('[').Append(index).Append(']');
            }
        }
    }
}
