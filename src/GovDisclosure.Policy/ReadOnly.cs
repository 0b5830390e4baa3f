using System.Collections.ObjectModel;

namespace GovDisclosure.Policy;

/// <summary>
/// How the library hands out collections: copied on the way in, wrapped on the way out, so that no caller
/// can change a value after it was built — not by keeping its own list, not by casting what it was given.
/// </summary>
internal static class ReadOnly
{
    /// <summary>A read-only view of <paramref name="array"/>, which the caller must not share or change afterwards.</summary>
    internal static ReadOnlyCollection<T> Wrap<T>(T[] array) => array.Length == 0 ? Empty<T>() : new ReadOnlyCollection<T>(array);

    /// <summary>The shared empty read-only collection of <typeparamref name="T"/>.</summary>
    internal static ReadOnlyCollection<T> Empty<T>() =>
#if NET
        ReadOnlyCollection<T>.Empty;
#else
        EmptyOf<T>.Instance;

    private static class EmptyOf<T>
    {
        internal static readonly ReadOnlyCollection<T> Instance = new([]);
    }
#endif

    /// <summary>A read-only copy of <paramref name="source"/>; a null element throws, naming <paramref name="paramName"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or one of its elements is null.</exception>
    internal static ReadOnlyCollection<T> CopyWithoutNulls<T>(IEnumerable<T> source, string paramName)
        where T : class =>
        Wrap(ArrayWithoutNulls(source, paramName));

    /// <summary>A private array copy of <paramref name="source"/>, for a hot path that also keeps a <see cref="Wrap{T}"/> of it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> or one of its elements is null.</exception>
    internal static T[] ArrayWithoutNulls<T>(IEnumerable<T> source, string paramName)
        where T : class
    {
        var copy = Preconditions.CheckNotNull(source, paramName).ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                throw new PolicyArgumentNullException(paramName, $"{paramName}[{i}] is null.");
            }
        }

        return copy;
    }

    /// <summary>A read-only copy of <paramref name="source"/>, a sequence of values.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    internal static ReadOnlyCollection<T> Copy<T>(IEnumerable<T> source, string paramName)
        where T : struct =>
        Wrap(Preconditions.CheckNotNull(source, paramName).ToArray());

    /// <summary>A hash of a list's elements, consistent with element-by-element equality (<c>SequenceEqual</c>).</summary>
    internal static int SequenceHash<T>(IReadOnlyList<T> list)
    {
        var hash = new HashCode();
        foreach (var element in list)
        {
            hash.Add(element);
        }

        return hash.ToHashCode();
    }
}
