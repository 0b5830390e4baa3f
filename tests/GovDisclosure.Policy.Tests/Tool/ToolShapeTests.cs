using System.Runtime.CompilerServices;
using GovDisclosure.Policy.Tool;

namespace GovDisclosure.Policy.Tests.Tool;

/// <summary>§12: the tool is built on the libraries' public APIs alone and has none of its own; its progress is a bar redrawn in place on a
/// terminal and a line per file elsewhere; its tables line up Chinese text as a terminal shows it.</summary>
public sealed class ToolShapeTests
{
    [Fact]
    public void Sec12_the_tool_uses_the_libraries_public_apis_alone_and_exports_nothing()
    {
        var tool = typeof(Cli).Assembly;
        var libraries = new[] { typeof(DisclosurePolicy), typeof(GovDisclosure.Policy.Json.PolicyJson), typeof(GovDisclosure.Policy.Data.RegisterTables), typeof(AnnualReportDocuments) }.Select(type => type.Assembly);

        Assert.Empty(tool.GetExportedTypes());
        Assert.All(libraries, library => Assert.DoesNotContain(library.GetCustomAttributes(typeof(InternalsVisibleToAttribute), inherit: false)
            .Cast<InternalsVisibleToAttribute>(), granted => granted.AssemblyName.StartsWith(tool.GetName().Name!, StringComparison.Ordinal)));
    }

    [Fact]
    public void Sec12_progress_on_a_terminal_is_a_bar_redrawn_in_place_and_cleared()
    {
        var error = new StringWriter();
        var progress = new Progress(error, terminal: true);

        progress.Report("reading", 1, 4, "a.pdf");
        progress.Report("reading", 4, 4, "d.pdf");
        progress.Clear();
        progress.Clear();   // nothing drawn since: nothing to clear

        var bar1 = "[######------------------] 1/4 reading a.pdf";
        var bar4 = "[########################] 4/4 reading d.pdf";
        Assert.Equal($"\r{bar1.PadRight(79)}\r{bar4.PadRight(79)}\r{new string(' ', 79)}\r", error.ToString());
    }

    [Fact]
    public void Sec12_progress_over_no_file_is_a_full_bar()
    {
        var error = new StringWriter();

        new Progress(error, terminal: true).Report("reading", 0, 0, "");

        Assert.StartsWith("\r[########################] 0/0 reading", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sec12_fail_on_skips_empty_names_between_commas()
    {
        var errors = new List<string>();

        var failOn = FailOn.Parse(["BlankCell,, ", ",errors"], errors.Add);

        Assert.Empty(errors);
        Assert.NotSame(FailOn.Nothing, failOn);
    }

    [Fact]
    public void Sec12_progress_elsewhere_is_a_line_per_file()
    {
        var error = new StringWriter();
        var progress = new Progress(error, terminal: false);

        progress.Report("reading", 2, 3, "b.docx");
        progress.Clear();

        Assert.Equal("reading 2/3 b.docx" + Environment.NewLine, error.ToString());
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("县民政局", 8)]
    [InlineData("２０２４年", 10)]
    [InlineData("a—b", 3)]
    [InlineData("\u10FF\u1100\u115F\u1160", 6)]   // Hangul's leading jamo, and either side of them
    [InlineData("\u2E7F\u2E80\uA4CF\uA4D0", 6)]   // CJK radicals to Yi
    [InlineData("\uABFF\uAC00\uD7A3\uD7A4", 6)]   // Hangul syllables
    [InlineData("\uF8FF\uF900\uFAFF\uFB00", 6)]   // CJK compatibility ideographs
    [InlineData("\uFE2F\uFE30\uFE4F\uFE50", 6)]   // CJK compatibility forms
    [InlineData("\uFEFF\uFF00\uFF60\uFF61", 6)]   // full-width forms, not the half-width ones after them
    [InlineData("\uFFDF\uFFE0\uFFE6\uFFE7", 6)]   // full-width signs
    public void Sec12_a_chinese_character_takes_two_columns_of_a_terminal(string text, int width)
    {
        Assert.Equal(width, TextTable.Width(text));
    }

    [Fact]
    public void Sec12_a_tables_columns_start_at_the_same_terminal_column_whatever_the_widths_of_the_names()
    {
        var output = new StringWriter();

        TextTable.Write(output, ["unit", "grade"], [["县民政局", "优秀"], ["x", "合格"]]);

        Assert.Equal(["unit      grade", "县民政局  优秀", "x         合格"], output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Sec12_an_exception_of_many_problems_is_one_line_with_its_first_and_how_many_more()
    {
        Assert.Equal("Bad register (3 problems): a: one (and 2 more)", Cli.OneLine(new InvalidDataException("Bad register (3 problems):\n- a: one\n- b: two\n- c: three")));
        Assert.Equal("The file is broken: no xref", Cli.OneLine(new InvalidDataException("The file is broken: no xref")));
        Assert.Equal("Bad register (1 problem): a: one", Cli.OneLine(new InvalidDataException("Bad register (1 problem):\n\n- a: one\n")));
    }
}
