using System.Runtime.InteropServices;
using System.Text;

// Not in System: the test projects see the library's internals, and there these would clash with the framework's own.
// The netstandard2.0 build imports this namespace in every file (see the project file).
namespace GovDisclosure.Policy.Polyfills;

/// <summary>
/// The members of newer frameworks that the library calls as instance or extension methods, written for the
/// netstandard2.0 build only, with the framework's meaning. On net8.0 the framework's own members are used.
/// </summary>
internal static class FrameworkExtensions
{
    public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source, IComparer<T>? comparer = null) => source.OrderBy(item => item, comparer);

    public static HashSet<T> ToHashSet<T>(this IEnumerable<T> source, IEqualityComparer<T>? comparer = null) => new(source, comparer);

    /// <summary>The first element with the greatest key; default for an empty sequence of a reference type.</summary>
    public static T? MaxBy<T, TKey>(this IEnumerable<T> source, Func<T, TKey> key)
    {
        using var e = source.GetEnumerator();
        if (!e.MoveNext())
        {
            return default(T) is null ? default : throw new InvalidOperationException("The sequence is empty.");
        }

        var best = e.Current;
        var bestKey = key(best);
        while (e.MoveNext())
        {
            var candidate = key(e.Current);
            if (Comparer<TKey>.Default.Compare(candidate, bestKey) > 0)
            {
                (best, bestKey) = (e.Current, candidate);
            }
        }

        return best;
    }

    public static bool TryAdd<TKey, TValue>(this Dictionary<TKey, TValue> dictionary, TKey key, TValue value)
        where TKey : notnull
    {
        if (dictionary.ContainsKey(key))
        {
            return false;
        }

        dictionary.Add(key, value);
        return true;
    }

    public static void Deconstruct<TKey, TValue>(this KeyValuePair<TKey, TValue> pair, out TKey key, out TValue value) =>
        (key, value) = (pair.Key, pair.Value);

    /// <summary>Ordinal is the only comparison the library asks of a single character.</summary>
    public static int IndexOf(this string text, char value, StringComparison comparison) =>
        comparison == StringComparison.Ordinal ? text.IndexOf(value) : throw new ArgumentOutOfRangeException(nameof(comparison), "Only an ordinal comparison is supported here.");

    public static int Count<T>(this ReadOnlySpan<T> span, T value)
        where T : IEquatable<T>
    {
        var count = 0;
        foreach (var item in span)
        {
            count += item.Equals(value) ? 1 : 0;
        }

        return count;
    }

    public static int Count<T>(this Span<T> span, T value)
        where T : IEquatable<T> => ((ReadOnlySpan<T>)span).Count(value);

    public static string GetString(this Encoding encoding, ReadOnlySpan<byte> bytes) => encoding.GetString(bytes.ToArray());

    public static Task<int> ReadAsync(this Stream stream, Memory<byte> buffer, CancellationToken cancellation) =>
        MemoryMarshal.TryGetArray<byte>(buffer, out var array)
            ? stream.ReadAsync(array.Array!, array.Offset, array.Count, cancellation)
            : throw new NotSupportedException("Only array-backed buffers are read on netstandard2.0.");
}
