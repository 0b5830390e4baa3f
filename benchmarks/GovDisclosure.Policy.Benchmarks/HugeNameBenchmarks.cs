using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// §13: a register whose root holds one unknown property with a name of 1 or 16 MB, read by <c>ReadRegister</c> (one problem, the name
/// quoted cut short), against a <see cref="Utf8JsonReader"/> walk of the same bytes in the same run. A reader that compared the name letter
/// by letter with every known one, or quoted it whole, would grow faster than the walk.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
public class HugeNameBenchmarks
{
    private byte[] json = [];

    /// <summary>The name's length, in millions of characters.</summary>
    [Params(1, 16)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup() =>
        json = Encoding.UTF8.GetBytes($"{{\"year\": 2025, \"{new string('x', Megabytes * 1_000_000)}\": 1, \"bodies\": [], \"records\": []}}");

    [Benchmark(Baseline = true, Description = "Utf8JsonReader walk of the same bytes")]
    public int Walk()
    {
        var reader = new Utf8JsonReader(json);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark(Description = "ReadRegister: one problem, the name cut short")]
    public int ReadRegister()
    {
        try
        {
            PolicyJson.ReadRegister(new MemoryStream(json, writable: false));
            return 0;
        }
        catch (Json.PolicyJsonException e)
        {
            return e.Problems[0].Message.Length;
        }
    }
}
