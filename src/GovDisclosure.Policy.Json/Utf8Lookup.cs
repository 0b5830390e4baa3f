using System.Buffers.Binary;

namespace GovDisclosure.Policy.Json;

/// <summary>
/// A fixed set of UTF-8 keys found by their bytes, without making a string: a hash of the key's bytes picks one of at
/// least four buckets per key, and the few keys in it are compared. Built once; read by any number of threads.
/// </summary>
internal sealed class Utf8Lookup
{
    private readonly byte[][] keys;
    private readonly int[][] buckets;
    private readonly int shift;   // a bucket is the top bits of the hash: 64 less this shift

    internal Utf8Lookup(IReadOnlyList<string> keys)
    {
        this.keys = [.. keys.Select(System.Text.Encoding.UTF8.GetBytes)];
        var size = 16;
        shift = 60;
        while (size < keys.Count * 4)
        {
            size *= 2;
            shift--;
        }

        var lists = new List<int>[size];
        for (var i = 0; i < this.keys.Length; i++)
        {
            (lists[Bucket(this.keys[i])] ??= []).Add(i);
        }

        buckets = [.. lists.Select(list => list?.ToArray() ?? [])];
    }

    /// <summary>How many keys share the fullest bucket: what a failed lookup compares at most.</summary>
    internal int LongestBucket => buckets.Max(bucket => bucket.Length);

    /// <summary>Whether <paramref name="key"/> is the key at <paramref name="index"/> (false for an index out of range): the check of a likely guess.</summary>
    internal bool Holds(int index, ReadOnlySpan<byte> key) => (uint)index < (uint)keys.Length && key.SequenceEqual(keys[index]);

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

    /// <summary>
    /// A hash of the key's bytes (ids such as <c>u17</c> and <c>u71</c> differ in one byte): a key of up to eight bytes whole, a longer
    /// one by its first and last eight (all of a key of up to sixteen), each multiplied by an odd constant; the top bits spread best.
    /// </summary>
    private int Bucket(ReadOnlySpan<byte> key)
    {
        ulong head = 0, tail = 0;
        if (key.Length >= 8)
        {
            head = BinaryPrimitives.ReadUInt64LittleEndian(key);
            tail = BinaryPrimitives.ReadUInt64LittleEndian(key.Slice(key.Length - 8));
        }
        else
        {
            foreach (var b in key)
            {
                head = (head << 8) | b;
            }
        }

        return (int)(((head * 0x9E3779B97F4A7C15UL) ^ (tail * 0xC2B2AE3D27D4EB4FUL)) >> shift);
    }
}
