using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Policy.Json;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>The chunked sequence a register read whole keeps each record's place in (§13): it gives back what was added, in order.</summary>
public sealed class ChunkedSequenceTests
{
    [Property(MaxTest = 40)]
    public Property Sec13_a_chunked_sequence_gives_back_every_element_in_the_order_added() =>
        Prop.ForAll(Gen.Choose(0, (3 * ChunkedSequence<int>.MaxChunk) + 100).ToArbitrary(), count =>
        {
            var sequence = new ChunkedSequence<int>();
            for (var i = 0; i < count; i++)
            {
                sequence.Add(i * 7);
            }

            return sequence.Count == count && sequence.SequenceEqual(Enumerable.Range(0, count).Select(i => i * 7));
        });

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(ChunkedSequence<int>.MaxChunk)]
    [InlineData(ChunkedSequence<int>.MaxChunk + 1)]
    [InlineData((2 * ChunkedSequence<int>.MaxChunk) + 1)]
    public void Sec13_a_chunked_sequence_holds_exactly_what_was_added_at_each_chunk_boundary(int count)
    {
        var sequence = new ChunkedSequence<string>();
        for (var i = 0; i < count; i++)
        {
            sequence.Add($"r{i}");
        }

        Assert.Equal(count, sequence.Count);
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"r{i}"), sequence);
        Assert.Equal(count, ((System.Collections.IEnumerable)sequence).Cast<string>().Count());
    }
}
