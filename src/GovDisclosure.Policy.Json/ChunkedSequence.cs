using System.Collections;

namespace GovDisclosure.Policy.Json;

/// <summary>
/// An append-only sequence kept in chunks, read in order: a register of millions of records grows it without copying what it holds and
/// without the spare half a doubling list keeps. Chunks grow with the sequence to <see cref="MaxChunk"/> elements, so a small file's
/// sequence stays small.
/// </summary>
internal sealed class ChunkedSequence<T> : IEnumerable<T>
{
    internal const int MaxChunk = 4096;

    private readonly List<T[]> chunks = [];
    private int inLast;   // elements held by the last chunk

    internal int Count { get; private set; }

    internal void Add(T item)
    {
        if (chunks.Count == 0 || inLast == chunks[chunks.Count - 1].Length)
        {
            chunks.Add(new T[Math.Min(MaxChunk, Math.Max(16, Count))]);
            inLast = 0;
        }

        chunks[chunks.Count - 1][inLast++] = item;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var c = 0; c < chunks.Count; c++)
        {
            var length = c == chunks.Count - 1 ? inLast : chunks[c].Length;
            for (var i = 0; i < length; i++)
            {
                yield return chunks[c][i];
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
