namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// One event of a 公开时限 cell and the period counted from it (D35). Most cells name one event, their one part numbered 0; a cell
/// that names two events, each with its own period, gives parts 1 and 2 in the order written (D43), each an obligation of its own
/// (<see cref="CountyCatalog.KeyOf(string, int)"/>). Immutable; two parts are equal when every property is.
/// </summary>
public sealed record TimeLimitPart
{
    internal TimeLimitPart(int number, string text, Cadence cadence, DeadlineRule rule, string? countsFromZh, int? postingWorkingDays,
        NationalChannel[] channels)
    {
        Number = number;
        Text = text;
        Cadence = cadence;
        Rule = rule;
        CountsFromZh = countsFromZh;
        PostingWorkingDays = postingWorkingDays;
        Channels = ReadOnly.Wrap(channels);
    }

    /// <summary>0 for a cell's only part; 1, 2, … for the parts of a cell that names several events (D43), as the obligation key's part.</summary>
    public int Number { get; }

    /// <summary>The part's own words, as the cell wrote them.</summary>
    public string Text { get; }

    /// <summary>See <see cref="TimeLimit.Cadence"/>.</summary>
    public Cadence Cadence { get; }

    /// <summary>See <see cref="TimeLimit.Rule"/>.</summary>
    public DeadlineRule Rule { get; }

    /// <summary>See <see cref="TimeLimit.CountsFromZh"/>.</summary>
    public string? CountsFromZh { get; }

    /// <summary>The posting period (公示期) in working days, or null when the part has none.</summary>
    public int? PostingWorkingDays { get; }

    /// <summary>The channels the part's sentence names ("在政府网站、村公示栏公开"), mapped to the national list — a name not on it is
    /// <see cref="NationalChannel.Other"/>, with a warning (D43); empty when the sentence names none and the row's 公开渠道和载体 apply.</summary>
    public IReadOnlyList<NationalChannel> Channels { get; }

    /// <summary>True when the part states its own period; false when it takes a default (D5, D6, D8, D49).</summary>
    public bool IsPeriodStated => Rule.SourceId == TimeLimitReader.StatedSource;

    /// <inheritdoc />
    public bool Equals(TimeLimitPart? other) =>
        other is not null && Number == other.Number && Text == other.Text && Cadence == other.Cadence && Rule == other.Rule &&
        CountsFromZh == other.CountsFromZh && PostingWorkingDays == other.PostingWorkingDays && Channels.SequenceEqual(other.Channels);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Text, Rule, ReadOnly.SequenceHash(Channels));

    /// <inheritdoc />
    public override string ToString() => Text;
}
