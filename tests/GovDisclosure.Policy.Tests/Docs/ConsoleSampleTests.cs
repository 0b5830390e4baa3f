using System.Reflection;
using GovDisclosure.Policy.Samples;

namespace GovDisclosure.Policy.Tests.Docs;

/// <summary>
/// The console sample, the first command of the README, run in process: its tables line up in a terminal, where a
/// Chinese character takes two columns.
/// </summary>
[Collection(nameof(ConsoleAndWorkingDirectory))]
public sealed class ConsoleSampleTests
{
    private static readonly Lazy<string[]> Printed = new(RunSample);

    [Fact]
    public void Sec4_the_units_table_starts_each_column_at_the_same_terminal_column_whatever_the_names_width()
    {
        var rows = Printed.Value.SkipWhile(line => !line.EndsWith("records.", StringComparison.Ordinal)).Skip(1).TakeWhile(line => line.Length > 0).ToArray();
        string[] levels = ["全面推行", "公开办事制度", "参照执行", "按有关文件执行"];

        Assert.Equal(28, rows.Length);
        Assert.Single(rows.Select(row => DisplayWidth.Of(row[..levels.Select(level => row.IndexOf(level, StringComparison.Ordinal)).Where(at => at > 0).Min()])).Distinct());
        Assert.Single(rows.Select(row => DisplayWidth.Of(row[..RateEnd(row)])).Distinct());
    }

    [Fact]
    public void Sec13_the_sample_evaluates_the_county_register_from_its_SQLite_database()
    {
        var line = Assert.Single(Printed.Value, line => line.EndsWith("(SQLite): 28 units, 1018 records.", StringComparison.Ordinal));
        var path = line["From ".Length..line.IndexOf(" (SQLite)", StringComparison.Ordinal)];

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "data", "county-2025.db"), path);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Sec9_4_the_request_tables_figures_end_under_their_column_headings()
    {
        var table = Printed.Value.SkipWhile(line => !line.Contains("table 三", StringComparison.Ordinal)).TakeWhile(line => line.Length > 0 && !line.Contains("table 四", StringComparison.Ordinal)).ToArray();
        var heading = table[0];
        var headingEnds = HeadingEnds(heading);

        Assert.True(table.Length > 3);
        Assert.All(table.Skip(1), row => Assert.Equal(headingEnds, FigureEnds(row)));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("mzj", 3)]
    [InlineData("县民政局", 8)]
    [InlineData("三(七)", 6)]
    [InlineData("（记录）", 8)]
    [InlineData("𠀀", 2)]
    public void Display_width_counts_wide_characters_as_two_columns(string text, int columns)
    {
        Assert.Equal(columns, DisplayWidth.Of(text));
        Assert.Equal(Math.Max(columns, 10), DisplayWidth.Of(DisplayWidth.PadRight(text, 10)));
        Assert.Equal(Math.Max(columns, 10), DisplayWidth.Of(DisplayWidth.PadLeft(text, 10)));
        Assert.EndsWith(text, DisplayWidth.PadLeft(text, 10), StringComparison.Ordinal);
        Assert.StartsWith(text, DisplayWidth.PadRight(text, 10), StringComparison.Ordinal);
    }

    // Where the rate column ends: after "98.1 %", or after the dash of a unit with no rate.
    private static int RateEnd(string row)
    {
        var percent = row.IndexOf('%', StringComparison.Ordinal);
        return percent > 0 ? percent + 1 : row.IndexOf('—', StringComparison.Ordinal) + 1;
    }

    // The terminal column after each heading word: where a right-aligned figure below it ends.
    private static int[] HeadingEnds(string heading)
    {
        var words = heading.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(2);   // after "table 三"
        var ends = new List<int>();
        var from = heading.IndexOf('三', StringComparison.Ordinal) + 1;
        foreach (var word in words)
        {
            from = heading.IndexOf(word, from, StringComparison.Ordinal) + word.Length;
            ends.Add(DisplayWidth.Of(heading[..from]));
        }

        return [.. ends];
    }

    private static int[] FigureEnds(string row)
    {
        var ends = new List<int>();
        var label = row.TrimStart().Split(' ')[0];
        var at = row.IndexOf(label, StringComparison.Ordinal) + label.Length;
        for (var i = at; i < row.Length && ends.Count < 7; i++)
        {
            if (char.IsAsciiDigit(row[i]) && (i + 1 == row.Length || !char.IsAsciiDigit(row[i + 1])))
            {
                ends.Add(DisplayWidth.Of(row[..(i + 1)]));
            }
        }

        return [.. ends];
    }

    private static string[] RunSample()
    {
        var output = Console.Out;
        using var printed = new StringWriter();
        try
        {
            Console.SetOut(printed);
            typeof(DisplayWidth).Assembly.EntryPoint!.Invoke(null, [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(output);
        }

        return printed.ToString().ReplaceLineEndings("\n").Split('\n');
    }
}
