using System.Reflection;
using System.Text.RegularExpressions;
using GovDisclosure.Policy.Tests.Calendar;

namespace GovDisclosure.Policy.Tests.Docs;

[CollectionDefinition(nameof(ConsoleAndWorkingDirectory), DisableParallelization = true)]
public sealed class ConsoleAndWorkingDirectory;

/// <summary>
/// Docs that are tests: every C# block of README.md and of the packages' PACKAGE.md is a region of <see cref="Snippets"/>,
/// word for word; it compiles with the test project and runs here, and each output its comments promise is printed.
/// A comment after <c>Console.WriteLine(…);</c> is that line's output; comment lines right after a
/// <c>Console.WriteLine(…);</c> that has none are its output, joined with spaces.
/// </summary>
[Collection(nameof(ConsoleAndWorkingDirectory))]
public sealed class DocumentationTests
{
    private static readonly string[] Documents = ["README.md", "src/GovDisclosure.Policy/PACKAGE.md", "src/GovDisclosure.Policy.ICalendar/PACKAGE.md"];

    private static readonly Regex SameLineComment = new(@"^\s*Console\.WriteLine\(.*\);\s+//\s(.*)$", RegexOptions.CultureInvariant);

    private static readonly string SnippetsFile = Path.Combine(RepositoryFiles.Root, "tests", "GovDisclosure.Policy.Tests", "Docs", "Snippets.cs");

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var document in Documents)
        {
            for (var number = 1; number <= CSharpBlocks(document).Count; number++)
            {
                data.Add(document, number);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Every_csharp_block_is_a_snippet_that_compiles(string document, int number)
    {
        var block = CSharpBlocks(document)[number - 1];
        var snippets = File.ReadAllText(SnippetsFile).ReplaceLineEndings("\n");
        var region = Regex.Match(snippets, $@"#region {Regex.Escape(document)} {number}\n(.*?)\n\s*#endregion", RegexOptions.Singleline);

        Assert.True(region.Success, $"Snippets.cs has no region \"{document} {number}\".");
        Assert.Equal(Dedent(block.Where(line => !IsUsing(line))), Dedent(region.Groups[1].Value.Split('\n')));
        Assert.All(block.Where(IsUsing), line => Assert.Contains(line + "\n", snippets));
        Assert.Single(SnippetMethods(), method => Matches(method, document, number));
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Every_csharp_block_runs_and_prints_what_its_comments_say(string document, int number)
    {
        var expected = PromisedOutput(CSharpBlocks(document)[number - 1]);
        var printed = Run(SnippetMethods().Single(method => Matches(method, document, number)));

        var next = 0;
        foreach (var line in expected)
        {
            var found = printed.FindIndex(next, printed.Count - next, candidate => candidate == line);
            Assert.True(found >= 0, $"{document} block {number} promises \"{line}\"; it printed:\n{string.Join("\n", printed)}");
            next = found + 1;
        }
    }

    [Fact]
    public void The_output_rule_reads_same_line_and_following_line_comments()
    {
        string[] block =
        [
            "Console.WriteLine(a);   // one",
            "// not an output: the line above has its own",
            "Console.WriteLine(b);",
            "// two, wrapped",
            "// onto a second line",
            "var c = 3;   // not an output either",
        ];

        Assert.Equal(["one", "two, wrapped onto a second line"], PromisedOutput(block));
    }

    [Fact]
    public void Every_snippet_stands_in_a_document()
    {
        var shown = Documents.SelectMany(document => Enumerable.Range(1, CSharpBlocks(document).Count).Select(number => (document, number))).ToHashSet();

        Assert.All(SnippetMethods(), method =>
        {
            var attribute = method.GetCustomAttribute<SnippetAttribute>()!;
            Assert.Contains((attribute.Document, attribute.Number), shown);
        });
    }

    internal static IReadOnlyList<string[]> CSharpBlocks(string document)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryFiles.Root, document));
        var blocks = new List<string[]>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "```csharp")
            {
                var end = Array.FindIndex(lines, i + 1, line => line.Trim() == "```");
                blocks.Add(lines[(i + 1)..end]);
                i = end;
            }
        }

        return blocks;
    }

    private static List<string> PromisedOutput(IReadOnlyList<string> block)
    {
        var promised = new List<string>();
        for (var i = 0; i < block.Count; i++)
        {
            if (!block[i].TrimStart().StartsWith("Console.WriteLine(", StringComparison.Ordinal))
            {
                continue;
            }

            var sameLine = SameLineComment.Match(block[i]);
            if (sameLine.Success)
            {
                promised.Add(sameLine.Groups[1].Value.Trim());
                continue;
            }

            var following = block.Skip(i + 1).TakeWhile(line => line.TrimStart().StartsWith("// ", StringComparison.Ordinal))
                .Select(line => line.TrimStart()[3..].Trim()).ToArray();
            if (following.Length > 0)
            {
                promised.Add(string.Join(" ", following));
            }
        }

        return promised;
    }

    private static List<string> Run(MethodInfo snippet)
    {
        var folder = Directory.CreateTempSubdirectory("govdisclosure-docs-");
        File.WriteAllText(Path.Combine(folder.FullName, "2027.json"), SampleNotices.Hypothetical2027Json);
        File.WriteAllText(Path.Combine(folder.FullName, "2027.txt"), SampleNotices.Hypothetical2027Text);
        Directory.CreateDirectory(Path.Combine(folder.FullName, "notices"));
        File.WriteAllText(Path.Combine(folder.FullName, "notices", "2027.txt"), SampleNotices.Hypothetical2027Text);
        File.Copy(Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "county-2025.json"), Path.Combine(folder.FullName, "county-2025.json"));
        File.Copy(Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "civil-affairs-catalog.csv"), Path.Combine(folder.FullName, "civil-affairs-catalog.csv"));
        var (directory, output) = (Environment.CurrentDirectory, Console.Out);
        using var printed = new StringWriter();
        try
        {
            Environment.CurrentDirectory = folder.FullName;
            Console.SetOut(printed);
            snippet.Invoke(null, null);
        }
        finally
        {
            Console.SetOut(output);
            Environment.CurrentDirectory = directory;
            folder.Delete(recursive: true);
        }

        return [.. printed.ToString().ReplaceLineEndings("\n").Split('\n')];
    }

    private static IEnumerable<MethodInfo> SnippetMethods() =>
        typeof(Snippets).GetMethods(BindingFlags.NonPublic | BindingFlags.Static).Where(method => method.GetCustomAttribute<SnippetAttribute>() is not null);

    private static bool Matches(MethodInfo method, string document, int number) =>
        method.GetCustomAttribute<SnippetAttribute>() is { } attribute && attribute.Document == document && attribute.Number == number;

    private static bool IsUsing(string line) => line.StartsWith("using ", StringComparison.Ordinal) && line.EndsWith(';') && !line.Contains('=');

    private static string Dedent(IEnumerable<string> lines)
    {
        var kept = lines.Select(line => line.TrimEnd()).SkipWhile(line => line.Length == 0).Reverse().SkipWhile(line => line.Length == 0).Reverse().ToArray();
        var indent = kept.Where(line => line.Length > 0).Select(line => line.Length - line.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", kept.Select(line => line.Length == 0 ? line : line[indent..]));
    }
}
