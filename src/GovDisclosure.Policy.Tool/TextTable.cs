using System.Text;

namespace GovDisclosure.Policy.Tool;

/// <summary>A table of text for a terminal, each column as wide as its widest cell, a Chinese character taking two columns as it does on
/// screen.</summary>
internal static class TextTable
{
    internal static void Write(TextWriter output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows);
        var widths = header.Select((_, c) => all.Max(row => Width(row[c]))).ToArray();
        foreach (var row in all)
        {
            var line = new StringBuilder();
            for (var c = 0; c < row.Count; c++)
            {
                line.Append(row[c]).Append(' ', c == row.Count - 1 ? 0 : widths[c] - Width(row[c]) + 2);
            }

            output.WriteLine(line.ToString().TrimEnd());
        }
    }

    /// <summary>The columns <paramref name="text"/> takes on a terminal.</summary>
    internal static int Width(string text) => text.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
        or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6' ? 2 : 1);
}
