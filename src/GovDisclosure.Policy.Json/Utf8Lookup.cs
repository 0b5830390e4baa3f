using System.Buffers.Binary;

namespace GovDisclosure.Policy.Json;

/// <summary>
/// A fixed set of UTF-8 keys found by their bytes, without making a string: a hash of the key's bytes picks a slot in a
/// table of at least four slots per key, and the keys from there to the next empty slot are compared (open addressing:
/// one array to look in, not a bucket and then a key). Built once; read by any number of threads.
/// </summary>
internal sealed class Utf8Lookup
{
    private readonly byte[][] keys;
    private readonly byte[]?[] slots;   // each key in the first free slot from its hash on
    private readonly int[] indexes;     // the index of the key in each slot
    private readonly int shift;         // a slot is the top bits of the hash: 64 less this shift
    private readonly int mask;

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

        (slots, indexes, mask) = (new byte[size][], new int[size], size - 1);
        for (var i = 0; i < this.keys.Length; i++)
        {
            var slot = Slot(this.keys[i]);
            var probes = 1;
            for (; slots[slot] is not null; probes++)
            {
                slot = (slot + 1) & mask;
            }

            (slots[slot], indexes[slot]) = (this.keys[i], i);
            LongestProbe = Math.Max(LongestProbe, probes);
        }
    }

    /// <summary>How many slots the key found last looks in: what a lookup compares at most, bar an unknown key's run to an empty slot.</summary>
    internal int LongestProbe { get; }

    /// <summary>
    /// The index of <paramref name="key"/>, or -1, trying <paramref name="likely"/> first (any int: one out of range is no guess): a reader that
    /// usually meets the property after the last one, or the body of the last record, compares one key instead of hashing.
    /// </summary>
    internal int IndexOf(ReadOnlySpan<byte> key, int likely) =>
        (uint)likely < (uint)keys.Length && key.SequenceEqual(keys[likely]) ? likely : IndexOf(key);

    /// <summary>The index of <paramref name="key"/>, or -1.</summary>
    internal int IndexOf(ReadOnlySpan<byte> key)
    {
        // At most a quarter of the slots are full: the run ends at an empty one.
        for (var slot = Slot(key); slots[slot] is { } held; slot = (slot + 1) & mask)
        {
            if (key.SequenceEqual(held))
            {
                return indexes[slot];
            }
        }

        return -1;
    }

    /// <summary>
    /// A hash of the key's bytes (ids such as <c>u17</c> and <c>u71</c> differ in one byte): a key of up to eight bytes whole, a longer
    /// one by its first and last eight (all of a key of up to sixteen), each multiplied by an odd constant; the top bits spread best.
    /// </summary>
    private int Slot(ReadOnlySpan<byte> key)
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
