using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// §13: the readers find property names, codes and a register's body ids by their UTF-8 bytes. Every key is found at its own index
/// and nothing else is, whatever the keys look like — ids that differ in one byte, codes of one length, long names.
/// </summary>
public sealed class Utf8LookupTests
{
    private static readonly Arbitrary<string[]> KeySets =
        Gen.OneOf(
                Gen.Choose(1, 3_000).Select(count => Enumerable.Range(0, count).Select(i => $"u{i}").ToArray()),
                ArbMap.Default.GeneratorFor<NonEmptyString[]>().Select(keys => keys.Select(key => key.Get).ToArray()))
            .Select(keys => keys.Select(AsUtf8Reads).Distinct(StringComparer.Ordinal).ToArray())
            .ToArbitrary();

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The text as its UTF-8 bytes read back: a lone surrogate becomes U+FFFD, so two texts of the same bytes are one key.</summary>
    private static string AsUtf8Reads(string? text) => Encoding.UTF8.GetString(Utf8(text ?? ""));

    [Property(MaxTest = 60)]
    public Property Sec13_every_key_is_found_at_its_index_whatever_is_guessed() =>
        Prop.ForAll(KeySets, keys =>
        {
            var lookup = new Utf8Lookup(keys);
            return keys.Select((key, i) => lookup.IndexOf(Utf8(key)) == i
                && lookup.IndexOf(Utf8(key), likely: i) == i
                && lookup.IndexOf(Utf8(key), likely: (i + 1) % keys.Length) == i)
                .All(found => found);
        });

    [Property(MaxTest = 60)]
    public Property Sec13_a_text_that_is_no_key_is_not_found() =>
        Prop.ForAll(KeySets, ArbMap.Default.ArbFor<string>(), (keys, text) =>
        {
            var lookup = new Utf8Lookup(keys);
            var expected = Array.IndexOf(keys, AsUtf8Reads(text));
            return lookup.IndexOf(Utf8(AsUtf8Reads(text))) == expected && lookup.IndexOf(Utf8(AsUtf8Reads(text)), likely: 0) == expected;
        });

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    [InlineData(int.MaxValue)]
    public void Sec13_a_guess_out_of_range_is_no_guess(int likely)
    {
        var lookup = new Utf8Lookup(["u0", "u1"]);

        Assert.Equal(0, lookup.IndexOf("u0"u8, likely));
        Assert.Equal(-1, lookup.IndexOf("u2"u8, likely));
        Assert.Equal(-1, new Utf8Lookup([]).IndexOf("u0"u8, likely: 0));
    }

    [Theory]
    [InlineData("u{0}")]                  // short ids that differ in a byte or two
    [InlineData("department-{0:D4}")]     // long ids that share their first eight bytes
    [InlineData("{0:D4}-department")]     // and their last eight
    public void Sec13_a_thousand_ids_that_differ_in_one_byte_are_spread_over_the_table(string form)
    {
        // What the hash is for: "u17" and "u71" must not land together because their ends or lengths agree (four slots a key: a short run at most).
        var keys = Enumerable.Range(0, 1_000).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, form, i)).ToArray();

        var lookup = new Utf8Lookup(keys);

        Assert.InRange(lookup.LongestProbe, 2, 6);   // 4, 5 and 2 here: a thousand keys in 4,096 slots meet somewhere
        Assert.Equal(Enumerable.Range(0, 1_000), keys.Select(key => lookup.IndexOf(Utf8(key))));
    }
}
