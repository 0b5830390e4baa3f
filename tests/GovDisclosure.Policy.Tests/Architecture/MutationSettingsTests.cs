namespace GovDisclosure.Policy.Tests.Architecture;

/// <summary>The list of equivalent mutants tools/mutation.sh reads stays well formed, so that a run fails on code, not on the list.</summary>
public sealed class MutationSettingsTests
{
    private static string Tools => Path.Combine(RepositoryFiles.Root, "tools");

    [Fact]
    public void Every_listed_equivalent_mutant_names_a_source_line_of_its_file_a_mutator_a_replacement_and_a_reason()
    {
        var rows = File.ReadAllLines(Path.Combine(Tools, "equivalent-mutants.tsv"))
            .Select((line, index) => (Line: index + 1, Columns: line.Split('\t')))
            .Where(row => row.Columns[0].Length > 0 && !row.Columns[0].StartsWith('#'))
            .ToArray();

        Assert.All(rows, row =>
        {
            Assert.True(row.Columns.Length == 5, $"line {row.Line}: {row.Columns.Length} columns; expected file, mutator, replacement, source line, why");
            var prefix = row.Columns[0].Split('/')[0];
            var package = prefix switch { "Json" or "Data" => "." + prefix, "Excel" => ".Catalogs.Excel", "Documents" => ".Documents", "Tool" => ".Tool", _ => "" };   // the add-on packages' files
            var source = Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy" + package, package.Length == 0 ? row.Columns[0] : row.Columns[0][(prefix.Length + 1)..]);
            Assert.True(File.Exists(source), $"line {row.Line}: no file {row.Columns[0]}");
            var lines = File.ReadAllLines(source).Select(line => line.Trim()).ToArray();
            var joined = lines.Zip(lines.Skip(1), (line, next) => line == "{" ? $"{line} {next}" : line);
            Assert.True(joined.Contains(row.Columns[3]), $"line {row.Line}: {row.Columns[0]} has no line \"{row.Columns[3]}\"");
            Assert.True(row.Columns[4].Trim().Length > 10, $"line {row.Line}: the reason is missing");
        });
        Assert.Equal(rows.Length, rows.Select(row => (row.Columns[0], row.Columns[1], row.Columns[2], row.Columns[3])).Distinct().Count());
    }
}
