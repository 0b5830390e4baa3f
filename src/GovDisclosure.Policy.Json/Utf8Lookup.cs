namespace GovDisclosure.Policy.Json;

/// <summary>
/// A fixed set of UTF-8 keys found by their bytes, without making a string: a small hash of length and a few bytes
/// picks a bucket, and the few keys in it are compared. Built once; read by any number of threads.
/// </summary>
internal sealed class Utf8Lookup
{
    private readonly byte[][] keys;
    private readonly int[][] buckets;
    private readonly int mask;

    internal Utf8Lookup(IReadOnlyList<string> keys)
    {
        this.keys = [.. keys.Select(System.Text.Encoding.UTF8.GetBytes)];
        var size = 16;
        while (size < keys.Count * 4)
        {
            size *= 2;
        }

        mask = size - 1;
        var lists = new List<int>[size];
        for (var i = 0; i < this.keys.Length; i++)
        {
            (lists[Bucket(this.keys[i])] ??= []).Add(i);
        }

        buckets = [.. lists.Select(list => list?.ToArray() ?? [])];
    }

    /// <summary>The key at <paramref name="index"/>, as UTF-8.</summary>
    internal ReadOnlySpan<byte> Key(int index) => keys[index];

    /// <summary>The index of <paramref name="key"/>, or -1.</summary>
    internal int IndexOf(ReadOnlySpan<byte> key)
    {
        foreach (var candidate in buckets[Bucket(key)])
        {
            if (key.SequenceEqual(keys[candidate]))
            {
                return candidate;
            }
        }

        return -1;
    }

    private int Bucket(ReadOnlySpan<byte> key) =>
        key.IsEmpty ? 0 : ((key.Length * 31) + (key[0] * 7) + (key[^1] * 3) + key[key.Length / 2]) & mask;
}
