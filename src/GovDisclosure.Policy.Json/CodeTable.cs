namespace GovDisclosure.Policy.Json;

/// <summary>The codes of one closed set as UTF-8, matched without making strings. One instance per closed set, held where it is used.</summary>
internal sealed class CodeTable<T>
    where T : PolicyEnum<T>
{
    private readonly T[] members = [.. PolicyEnum<T>.InOrder];
    private readonly Utf8Lookup lookup = new([.. PolicyEnum<T>.InOrder.Select(member => member.Name)]);

    internal T? Match(ReadOnlySpan<byte> code) => lookup.IndexOf(code) is var i and >= 0 ? members[i] : null;
}
