using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>
/// The readers under attack: the example files flipped, truncated, duplicated, cut, salted with bytes that are not UTF-8,
/// nested deep, given huge numbers and impossible dates. Only the documented exceptions may escape, and whatever is
/// accepted must write and read back to itself.
/// </summary>
public sealed class JsonFuzzProperties
{
    private static readonly byte[] RegisterExample = File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", "register.example.json"));
    private static readonly byte[] ProfileExample = File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", "profile.example.json"));
    private static readonly byte[] NoticeExample = File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy", "Calendar", "Data", "holiday-cn", "2026.json"));

    private static readonly string[] Replacements =
    [
        "\"2024-02-30\"", "\"0000-01-01\"", "\"9999-12-31\"", "99999999999999999999", "1e999999", "-1", "null", "true", "[]", "{}", "\"\\ud800\"", "\"\"",
        new string('[', 100) + new string(']', 100), "\"falsifed\": true, ", "\"year\": 2025, ",
    ];

    /// <summary>One mutation of <paramref name="original"/>, chosen by <paramref name="seed"/>.</summary>
    internal static byte[] Mutate(byte[] original, int seed)
    {
        var random = new Random(seed);
        var bytes = original.ToList();
        for (var round = 0; round < 1 + random.Next(3); round++)
        {
            var at = random.Next(bytes.Count + 1);
            var length = Math.Min(random.Next(1, 40), bytes.Count - Math.Min(at, bytes.Count));
            switch (random.Next(7))
            {
                case 0 when at < bytes.Count:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 2:
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                case 3:
                    bytes.RemoveRange(at, length);
                    break;
                case 4:
                    bytes.InsertRange(at, random.Next(2) == 0 ? [0xFF] : [0xC3, 0x28]);
                    break;
                default:
                    // Replace a value after a colon with something hostile.
                    var colon = bytes.IndexOf((byte)':', Math.Min(at, bytes.Count));
                    if (colon >= 0)
                    {
                        var end = colon + 1;
                        while (end < bytes.Count && bytes[end] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)'\n'))
                        {
                            end++;
                        }

                        bytes.RemoveRange(colon + 1, end - colon - 1);
                        bytes.InsertRange(colon + 1, Encoding.UTF8.GetBytes(" " + Replacements[random.Next(Replacements.Length)]));
                    }

                    break;
            }
        }

        return [.. bytes];
    }

    private static byte[] Written(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    private static bool OnlyDocumented(Action read, params Type[] allowed)
    {
        try
        {
            read();
            return true;
        }
        catch (Exception e) when (e is PolicyJsonException || allowed.Contains(e.GetType()))
        {
            return true;
        }
    }

    [Property(MaxTest = 300)]
    public Property Sec13_the_whole_and_the_streamed_reader_report_the_same_problems_of_a_mutated_register() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var bytes = Mutate(RegisterExample, seed);
            var whole = Record.Exception(() => PolicyJson.ReadRegister(new MemoryStream(bytes))) as PolicyJsonException;
            var streamed = Record.Exception(() => PolicyJson.EvaluateRegister(DisclosurePolicy.Default, new MemoryStream(bytes), new LocalDate(2026, 3, 31)))
                as PolicyJsonException;
            // Either reader may refuse what the other accepts only where docs/json-and-icalendar.md says (repeated ids, the calendar's and the policy's refusals).
            return (whole is null || streamed is null || whole.Problems.SequenceEqual(streamed.Problems)).Label($"seed {seed}");
        });

    [Property(MaxTest = 3000)]   // one mutation in a thousand or so makes valid JSON of the wrong shape
    public Property Sec13_a_mutated_register_that_is_valid_JSON_is_never_misread_as_ending_early_or_badly_formed() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var bytes = Mutate(RegisterExample, seed);
            try
            {
                using var _ = System.Text.Json.JsonDocument.Parse(bytes);
            }
            catch (System.Text.Json.JsonException)
            {
                return true.Label("not JSON");
            }

            // Valid JSON can be wrong in what it says, never in its form: a reader that lost its place would say so.
            var refused = Record.Exception(() => PolicyJson.ReadRegister(new MemoryStream(bytes))) as PolicyJsonException;
            return (refused is null || refused.Problems.All(problem => !problem.Message.StartsWith("the input ends", StringComparison.Ordinal)
                && !problem.Message.StartsWith("the text is not valid JSON", StringComparison.Ordinal))).Label($"seed {seed}");
        });

    [Property(MaxTest = 400)]
    public Property A_mutated_register_is_read_or_refused_with_a_policy_json_exception_and_what_is_read_round_trips() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var input = Mutate(RegisterExample, seed);
            return OnlyDocumented(() =>
            {
                var register = PolicyJson.ReadRegister(new MemoryStream(input));
                var written = Written(stream => PolicyJson.WriteRegister(register, stream));
                Assert.Equal(written, Written(stream => PolicyJson.WriteRegister(PolicyJson.ReadRegister(new MemoryStream(written)), stream)));
            });
        });

    [Property(MaxTest = 300)]
    public Property A_mutated_register_streamed_into_an_evaluation_fails_only_in_documented_ways() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
            OnlyDocumented(() => PolicyJson.EvaluateRegister(DisclosurePolicy.Default, new MemoryStream(Mutate(RegisterExample, seed)), new LocalDate(2026, 3, 31)),
                typeof(CalendarCoverageException)));

    [Property(MaxTest = 300)]
    public Property A_mutated_profile_is_read_or_refused_and_what_is_read_round_trips() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var input = Mutate(ProfileExample, seed);
            return OnlyDocumented(() =>
            {
                var profile = PolicyJson.ReadProfile(new MemoryStream(input));
                Assert.Equal(profile, PolicyJson.ReadProfile(new MemoryStream(Written(stream => PolicyJson.WriteProfile(profile, stream)))));
            });
        });

    [Property(MaxTest = 300)]
    public Property A_mutated_holiday_notice_is_read_or_refused_in_documented_ways() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
            OnlyDocumented(() => HolidayNoticeJson.Read(new MemoryStream(Mutate(NoticeExample, seed)))));

    [Fact]
    public void The_mutations_do_reach_the_readers_both_ways()
    {
        var outcomes = Enumerable.Range(0, 200).Select(seed =>
        {
            try
            {
                PolicyJson.ReadRegister(new MemoryStream(Mutate(RegisterExample, seed)));
                return "read";
            }
            catch (PolicyJsonException)
            {
                return "refused";
            }
        }).ToHashSet();

        Assert.Equal(["read", "refused"], outcomes.Order());
    }
}
