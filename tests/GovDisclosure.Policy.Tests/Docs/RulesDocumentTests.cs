using System.Text.RegularExpressions;

namespace GovDisclosure.Policy.Tests.Docs;

/// <summary>
/// docs/rules.md explains every clause id (§…) and default id (D…) that the library's code, tests, samples and documents
/// cite, so that a user who meets "[§3.3, D13]" in a finding can look it up.
/// </summary>
public sealed class RulesDocumentTests
{
    private static readonly Regex CitedId = new(@"§\d+(?:\.\d+)*(?:\.[A-Z][A-Z0-9]*)?(?:\.\d+)?|(?<![\w.])D\d{1,2}(?!\w)", RegexOptions.CultureInvariant);

    private static readonly Regex ExplainedId = new(@"^### (§\d+(?:\.\d+)*(?:\.[A-Z])?|D\d{1,2})\s*$", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    private static readonly string[] Extensions = [".cs", ".md", ".txt", ".json", ".csv"];

    [Fact]
    public void Sec6_every_id_cited_anywhere_is_explained_in_docs_rules()
    {
        var explained = Explained();
        var unexplained = CitingFiles()
            .SelectMany(file => Unexplained(File.ReadAllText(file), explained).Select(id => $"{Path.GetRelativePath(RepositoryFiles.Root, file)}: {id}"))
            .Distinct()
            .ToArray();

        Assert.Empty(unexplained);
    }

    [Fact]
    public void Sec6_every_default_D1_to_D49_is_explained_once_in_order()
    {
        var defaults = ExplainedIds().Where(id => id.StartsWith('D')).ToArray();

        Assert.Equal(Enumerable.Range(1, 49).Select(n => $"D{n}"), defaults);
    }

    [Fact]
    public void Sec6_no_id_is_explained_twice()
    {
        var ids = ExplainedIds().ToArray();

        Assert.Equal(ids.Distinct().Count(), ids.Length);
    }

    [Fact]
    public void Sec6_the_check_finds_an_unexplained_id_and_reads_items_and_entries_by_their_family()
    {
        var explained = new HashSet<string>(["§2.1.G", "§3.3", "§8.4", "D13"], StringComparer.Ordinal);

        Assert.Equal(["§8.99", "D77"], Unexplained("§2.1.G.5 and §3.3.MO1 (D13, §8.4); but §8.99 and D77 are new.", explained));
        Assert.Empty(Unexplained("UTF-8, D3D11, ID12 and xD4 are no citations.", explained));
    }

    private static IEnumerable<string> Unexplained(string text, IReadOnlySet<string> explained) =>
        CitedId.Matches(text).Select(match => Family(match.Value)).Where(id => !explained.Contains(id)).Distinct();

    // §2.1.G.5 (item G05) is explained by §2.1.G, §3.3.MO1 (entry MO1) by §3.3.
    private static string Family(string id) =>
        Regex.Replace(Regex.Replace(id, @"^(§2\.1\.[GSI])\.\d+$", "$1"), @"^(§3\.3)\.[A-Z]{2}\d$", "$1");

    private static HashSet<string> Explained() => ExplainedIds().ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> ExplainedIds() =>
        ExplainedId.Matches(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "rules.md"))).Select(match => match.Groups[1].Value);

    private static IEnumerable<string> CitingFiles()
    {
        string[] folders = ["src", "samples", "tests", "docs", "benchmarks"];
        var files = folders.SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, folder), "*", SearchOption.AllDirectories))
            .Concat(new[] { "README.md", "CHANGELOG.md", "CONTRIBUTING.md" }.Select(file => Path.Combine(RepositoryFiles.Root, file)).Where(File.Exists));
        return files.Where(file => Extensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase) &&
                                   !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj") &&
                                   Path.GetFileName(file) != $"{nameof(RulesDocumentTests)}.cs");   // its own made-up ids
    }
}
