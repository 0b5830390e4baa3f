using System.Buffers;
using System.Reflection;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Architecture;

/// <summary>
/// The netstandard2.0 build's own stand-ins for newer framework members (src/GovDisclosure.Policy/Polyfills) agree with
/// the framework they stand in for; the net8.0 build carries none of them.
/// </summary>
public sealed class PolyfillTests
{
    private delegate bool IsValid(ReadOnlySpan<byte> bytes);

    private delegate OperationStatus ToUtf16(ReadOnlySpan<byte> bytes, Span<char> chars, out int bytesRead, out int charsWritten, bool replaceInvalidSequences);

    private delegate OperationStatus ToUtf16Final(ReadOnlySpan<byte> bytes, Span<char> chars, out int bytesRead, out int charsWritten, bool replaceInvalidSequences, bool isFinalBlock);

    private static readonly Assembly Library = typeof(DisclosurePolicy).Assembly;

    private static readonly Type? Utf8Polyfill = Library.GetType("System.Text.Unicode.Utf8");

    // By reflection: the test project sees the library's internals, so the framework's names are ambiguous here.
    private static readonly Type FrameworkUtf8 = typeof(string).Assembly.GetType("System.Text.Unicode.Utf8", throwOnError: true)!;

    /// <summary>Valid text, then the same text with one byte changed or cut short: both sides of every UTF-8 rule.</summary>
    private static readonly Arbitrary<byte[]> MostlyUtf8 =
        Gen.Elements("政务公开", "a", "é", "€", "𝄞", "\u0800", "\uFFFD", "\U0010FFFF", "\uD7FF", "\uE000").ArrayOf()
            .Select(parts => Encoding.UTF8.GetBytes(string.Concat(parts)))
            .Zip(Gen.Choose(0, 255).Zip(Gen.Choose(0, 40).Zip(Gen.Choose(0, 2))))
            .Select(t =>
            {
                var (bytes, (value, (at, how))) = t;
                if (bytes.Length == 0 || how == 0)
                {
                    return bytes;
                }

                var copy = (byte[])bytes.Clone();
                copy[at % copy.Length] = (byte)value;
                return how == 1 ? copy : copy[..(at % copy.Length)];
            })
            .ToArbitrary();

#if POLICY_NETSTANDARD
    [Property(MaxTest = 2000)]
    public Property The_UTF8_check_agrees_with_the_frameworks()
    {
        var isValid = Utf8Polyfill!.GetMethod("IsValid")!.CreateDelegate<IsValid>();
        var expected = FrameworkUtf8.GetMethod("IsValid", [typeof(ReadOnlySpan<byte>)])!.CreateDelegate<IsValid>();
        return Prop.ForAll(MostlyUtf8, bytes => isValid(bytes) == expected(bytes));
    }

    [Property(MaxTest = 2000)]
    public Property Strict_decoding_stops_where_the_frameworks_does()
    {
        var toUtf16 = Utf8Polyfill!.GetMethod("ToUtf16")!.CreateDelegate<ToUtf16>();
        var framework = FrameworkUtf8.GetMethod("ToUtf16", [typeof(ReadOnlySpan<byte>), typeof(Span<char>), typeof(int).MakeByRefType(), typeof(int).MakeByRefType(), typeof(bool), typeof(bool)])!;
        var frameworkToUtf16 = (ToUtf16)((ReadOnlySpan<byte> bytes, Span<char> chars, out int read, out int written, bool replace) =>
            framework.CreateDelegate<ToUtf16Final>()(bytes, chars, out read, out written, replace, true));
        return Prop.ForAll(MostlyUtf8, bytes =>
        {
            var mine = new char[bytes.Length];
            var theirs = new char[bytes.Length];
            var status = toUtf16(bytes, mine, out var read, out var written, false);
            var expected = frameworkToUtf16(bytes, theirs, out var expectedRead, out var expectedWritten, false);
            return status == expected && read == expectedRead && mine.AsSpan(0, written).SequenceEqual(theirs.AsSpan(0, expectedWritten));
        });
    }

    [Theory]
    [InlineData(0UL)]
    [InlineData(1UL)]
    [InlineData(0x8000_0000_0000_0000UL)]
    [InlineData(0x0000_0001_0000_0000UL)]
    [InlineData(ulong.MaxValue)]
    public void Leading_zeros_are_counted_as_the_framework_counts_them(ulong value)
    {
        var polyfill = Library.GetType("System.Numerics.BitOperations")!.GetMethod("LeadingZeroCount", [typeof(ulong)])!;
        var framework = typeof(string).Assembly.GetType("System.Numerics.BitOperations")!.GetMethod("LeadingZeroCount", [typeof(ulong)])!;
        Assert.Equal((int)framework.Invoke(null, [value])!, (int)polyfill.Invoke(null, [value])!);
    }
#else
    [Fact]
    public void The_net8_build_carries_no_polyfill()
    {
        Assert.Null(Utf8Polyfill);
        Assert.Null(Library.GetType("System.Index"));
        Assert.DoesNotContain(Library.GetTypes(), type => type.Namespace == "GovDisclosure.Policy.Polyfills");
        Assert.NotEmpty(MostlyUtf8.Generator.Sample(10, 3));
    }
#endif
}
