using System.Text.RegularExpressions;

namespace GovDisclosure.Policy.Documents;

/// <summary>
/// A line of a table some site flattened to text: the row's label, then its figures — told apart only where spaces separate them
/// (<c>1.属于国家秘密 0 0 0 0 0 0 0</c>); a run such as <c>7130000074</c> is one token, which no reader can split without guessing.
/// </summary>
internal sealed class FlatLine(string label, string[] figures)
{
    private static readonly Regex Shape = new(@"^(?<label>.*?[^0-9０-９.．\s])?[\s]*(?<figures>[0-9０-９.．]+(?:\s+[0-9０-９.．]+)*)?\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>The label, compacted; empty for a line of figures alone.</summary>
    internal string Label { get; } = label;

    /// <summary>The figures as written, in order.</summary>
    internal string[] Figures { get; } = figures;

    /// <summary>The label (compacted) and the trailing figures of <paramref name="text"/>.</summary>
    internal static FlatLine Of(string text)
    {
        var match = Shape.Match(text);
        var figures = match.Groups["figures"].Value;
        return new FlatLine(TextForm.Compact(match.Groups["label"].Value), figures.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
