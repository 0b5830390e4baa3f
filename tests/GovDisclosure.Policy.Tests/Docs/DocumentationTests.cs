using System.Reflection;
using System.Text.RegularExpressions;
using GovDisclosure.Policy.Tests.Calendar;

namespace GovDisclosure.Policy.Tests.Docs;

[CollectionDefinition(nameof(ConsoleAndWorkingDirectory), DisableParallelization = true)]
public sealed class ConsoleAndWorkingDirectory;

/// <summary>
/// Docs that are tests. Every C# block of README.md, docs/*.md and the packages' PACKAGE.md is a file of the snippets
/// project (tests/GovDisclosure.Policy.Snippets) whose using directives are exactly the block's and whose region is the
/// rest of the block, word for word; that project adds no global using, so each block compiles as pasted into a new
/// console project. Each block runs here, in a folder with the data files it opens, and prints what its comments
/// promise: a comment after <c>Console.WriteLine(…);</c> is that line's output; comment lines right after a
/// <c>Console.WriteLine(…);</c> that has none are its output, joined with spaces.
/// </summary>
[Collection(nameof(ConsoleAndWorkingDirectory))]
public sealed class DocumentationTests
{
    private static readonly Regex SameLineComment = new(@"^\s*Console\.WriteLine\(.*\);\s+//\s(.*)$", RegexOptions.CultureInvariant);

    private static readonly string SnippetsFolder = Path.Combine(RepositoryFiles.Root, "tests", "GovDisclosure.Policy.Snippets");

    private static readonly Assembly SnippetsAssembly = Assembly.Load("GovDisclosure.Policy.Snippets");

    private static readonly string RealCatalogSheetsFolder = Path.Combine(RepositoryFiles.Root, "tests", "GovDisclosure.Policy.Tests", "Catalogs", "Sheets");

    private static IEnumerable<string> Documents() =>
        new[] { "README.md" }
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "docs"), "*.md").Select(file => "docs/" + Path.GetFileName(file)).Order(StringComparer.Ordinal))
            .Concat(["src/GovDisclosure.Policy/PACKAGE.md", "src/GovDisclosure.Policy.Json/PACKAGE.md", "src/GovDisclosure.Policy.ICalendar/PACKAGE.md",
                "src/GovDisclosure.Policy.Data/PACKAGE.md", "src/GovDisclosure.Policy.Catalogs.Excel/PACKAGE.md",
                "src/GovDisclosure.Policy.Documents/PACKAGE.md"]);

    public static TheoryData<string, int> Blocks()
    {
        var data = new TheoryData<string, int>();
        foreach (var document in Documents())
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
    public void Every_csharp_block_is_a_snippet_file_with_exactly_its_usings(string document, int number)
    {
        var block = CSharpBlocks(document)[number - 1];
        var file = SnippetFile(document, number);
        var text = File.ReadAllText(file).ReplaceLineEndings("\n");
        var region = Regex.Match(text, $@"#region {Regex.Escape(document)} {number}\n(.*?)\n\s*#endregion", RegexOptions.Singleline);
        var fileUsings = text.Split('\n').TakeWhile(line => !line.StartsWith("namespace ", StringComparison.Ordinal)).Where(IsUsing);

        Assert.True(region.Success, $"{Path.GetFileName(file)} has no region \"{document} {number}\".");
        Assert.Equal(Dedent(block.Where(line => !IsUsing(line))), Dedent(region.Groups[1].Value.Split('\n')));
        Assert.Equal(block.Where(IsUsing), fileUsings);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Every_csharp_block_runs_and_prints_what_its_comments_say(string document, int number)
    {
        var expected = PromisedOutput(CSharpBlocks(document)[number - 1]);
        var printed = Run(SnippetType(document, number));

        var next = 0;
        foreach (var line in expected)
        {
            var found = printed.FindIndex(next, printed.Count - next, candidate => candidate == line);
            Assert.True(found >= 0, $"{document} block {number} promises \"{line}\"; it printed:\n{string.Join("\n", printed)}");
            next = found + 1;
        }
    }

    [Fact]
    public void The_snippets_project_adds_no_global_using_so_a_block_compiles_as_pasted_into_a_console_project()
    {
        var project = File.ReadAllText(Path.Combine(SnippetsFolder, "GovDisclosure.Policy.Snippets.csproj"));
        var globalUsings = Directory.EnumerateFiles(SnippetsFolder, "*.cs", SearchOption.TopDirectoryOnly)
            .Where(file => File.ReadLines(file).Any(line => line.StartsWith("global using", StringComparison.Ordinal)));

        Assert.DoesNotContain("<Using ", project, StringComparison.Ordinal);
        Assert.Contains("<ImplicitUsings>enable</ImplicitUsings>", project, StringComparison.Ordinal);
        Assert.Empty(globalUsings);
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
        var shown = Documents().SelectMany(document => Enumerable.Range(1, CSharpBlocks(document).Count).Select(number => (document, number))).ToHashSet();

        Assert.All(SnippetTypes(), type =>
        {
            var (document, number) = Attribute(type);
            Assert.Contains((document, number), shown);
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

    private static List<string> Run(Type snippet)
    {
        var folder = Directory.CreateTempSubdirectory("govdisclosure-docs-");
        File.WriteAllText(Path.Combine(folder.FullName, "2027.json"), SampleNotices.Hypothetical2027Json);
        File.WriteAllText(Path.Combine(folder.FullName, "2027.txt"), SampleNotices.Hypothetical2027Text);
        Directory.CreateDirectory(Path.Combine(folder.FullName, "notices"));
        File.WriteAllText(Path.Combine(folder.FullName, "notices", "2027.txt"), SampleNotices.Hypothetical2027Text);
        File.Copy(Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "county-2025.json"), Path.Combine(folder.FullName, "county-2025.json"));
        File.Copy(Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "civil-affairs-catalog.csv"), Path.Combine(folder.FullName, "civil-affairs-catalog.csv"));
        File.WriteAllBytes(Path.Combine(folder.FullName, "civil-affairs-catalog-gbk.csv"), System.Text.CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!
            .GetBytes(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "samples", "GovDisclosure.Policy.Samples", "civil-affairs-catalog.csv"))));
        File.Copy(Path.Combine(RealCatalogSheetsFolder, "haitan-2020.xlsx"), Path.Combine(folder.FullName, "haitan-2020.xlsx"));
        File.Copy(Path.Combine(GovDisclosure.Policy.Tests.Documents.Fixtures.Folder, "pingtan-2022.mso.html"), Path.Combine(folder.FullName, "pingtan-2022.mso.html"));
        File.Copy(GovDisclosure.Policy.Tests.Documents.PdfReadingTests.Huaian, Path.Combine(folder.FullName, "huaian-2024.pdf"));
        var (directory, output) = (Environment.CurrentDirectory, Console.Out);
        using var printed = new StringWriter();
        try
        {
            Environment.CurrentDirectory = folder.FullName;
            Console.SetOut(printed);
            if (snippet.GetMethod("Run", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, null) is Task running)
            {
                running.GetAwaiter().GetResult();   // a block with await, as top-level statements run it
            }
        }
        finally
        {
            Console.SetOut(output);
            Environment.CurrentDirectory = directory;
            folder.Delete(recursive: true);
        }

        return [.. printed.ToString().ReplaceLineEndings("\n").Split('\n')];
    }

    private static IEnumerable<Type> SnippetTypes() =>
        SnippetsAssembly.GetTypes().Where(type => type.GetCustomAttributes().Any(attribute => attribute.GetType().Name == "SnippetAttribute"));

    private static (string Document, int Number) Attribute(Type type)
    {
        var attribute = type.GetCustomAttributes().Single(attribute => attribute.GetType().Name == "SnippetAttribute");
        return ((string)attribute.GetType().GetProperty("Document")!.GetValue(attribute)!, (int)attribute.GetType().GetProperty("Number")!.GetValue(attribute)!);
    }

    private static Type SnippetType(string document, int number) => SnippetTypes().Single(type => Attribute(type) == (document, number));

    private static string SnippetFile(string document, int number)
    {
        var marker = $"[Snippet(\"{document}\", {number})]";
        var files = Directory.EnumerateFiles(SnippetsFolder, "*.cs").Where(file => File.ReadAllText(file).Contains(marker, StringComparison.Ordinal)).ToArray();
        Assert.True(files.Length == 1, $"{files.Length} files of {SnippetsFolder} are marked {marker}; one should be.");
        return files[0];
    }

    private static bool IsUsing(string line) => line.StartsWith("using ", StringComparison.Ordinal) && line.EndsWith(';') && !line.Contains('=');

    private static string Dedent(IEnumerable<string> lines)
    {
        var kept = lines.Select(line => line.TrimEnd()).SkipWhile(line => line.Length == 0).Reverse().SkipWhile(line => line.Length == 0).Reverse().ToArray();
        var indent = kept.Where(line => line.Length > 0).Select(line => line.Length - line.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join("\n", kept.Select(line => line.Length == 0 ? line : line[indent..]));
    }
}
