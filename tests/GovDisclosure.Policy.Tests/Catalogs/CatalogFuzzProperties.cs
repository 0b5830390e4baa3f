using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>
/// §10: the sample catalog's CSV under attack, with the notice fuzzer's changes and quotes, separators and boxes besides. Only
/// <see cref="CatalogDataException"/> may escape, never more than a hundred problems are kept, and a catalog read after a change that
/// keeps its meaning (CRLF or LF, a byte-order mark) reads the same, accepted or refused.
/// </summary>
public sealed class CatalogFuzzProperties
{
    private static readonly string Sample = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "civil-affairs-catalog.csv"));

    private static readonly string[] Insertions = ["\"", ",", ";", "\t", "■", "□", "、", "一二三个工作日", "99999999999", "１０", "\uFEFF", "\r\n"];

    private static string Outcome(string csv)
    {
        try
        {
            var catalog = CountyCatalog.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "民政");
            return string.Join("\n", catalog.Rows.Select(row => $"{row.Number} {row.TimeLimit} {string.Join("、", row.Channels)}"));
        }
        catch (CatalogDataException e)
        {
            Assert.True(e.Problems.Count <= CatalogDataException.MaxProblems);
            return "refused: " + e.ProblemCount + "\n" + string.Join("\n", e.Problems);
        }
    }

    private static string Mutate(string csv, int seed)
    {
        var random = new Random(seed);
        var text = Calendar.NoticeTextFuzzProperties.Mutate(csv, seed);
        var at = random.Next(text.Length + 1);
        return random.Next(2) == 0 ? text : text.Insert(at, Insertions[random.Next(Insertions.Length)]);
    }

    [Property(MaxTest = 300)]
    public Property Sec10_a_mutated_catalog_is_read_or_refused_and_reads_the_same_with_other_line_endings_or_a_byte_order_mark() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var csv = Mutate(Sample, seed).Replace("\r\n", "\n", StringComparison.Ordinal);
            if (csv.Contains('"', StringComparison.Ordinal) || csv.Contains('\r', StringComparison.Ordinal))
            {
                Outcome(csv);   // a quoted cell keeps its line ending, so only whether it is read at all is asked of it
                return;
            }

            Assert.Equal(Outcome(csv), Outcome("\uFEFF" + csv.Replace("\n", "\r\n", StringComparison.Ordinal)));
        });
}
