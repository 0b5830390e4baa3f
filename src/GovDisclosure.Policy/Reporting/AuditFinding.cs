using System.Globalization;

namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// Where in a published report a finding lies: a table's row and column, or a section and the sentence quoted. <see cref="Path"/> joins
/// what is known, for example <c>三/一+二=三(七)+四/自然人</c> or <c>六</c>.
/// </summary>
/// <param name="Table">The table, 二, 三 or 四; null for a finding in the text or about the whole report.</param>
public sealed record AuditPlace(string? Table)
{
    /// <summary>The row, group or identity, for example <c>三(七)</c>, <c>行政复议</c> or <c>一+二=三(七)+四</c>; null when none.</summary>
    public string? Row { get; init; }

    /// <summary>The column, for example <c>自然人</c> or <c>总计</c>; null when none.</summary>
    public string? Column { get; init; }

    /// <summary>The section, for a finding in the text; else null.</summary>
    public ReportSection? Section { get; init; }

    /// <summary>The sentence quoted, for a finding in the text; else null.</summary>
    public string? Sentence { get; init; }

    /// <summary>The report as a whole.</summary>
    public static AuditPlace Report { get; } = new(Table: null);

    /// <summary>The table, row and column, or the section, joined by <c>/</c>; empty for the report as a whole.</summary>
    public string Path => string.Join("/", new[] { Table ?? Section?.Numeral, Row, Column }.Where(part => part is not null));

    /// <inheritdoc />
    public override string ToString() => Sentence is null ? Path : $"{Path}: “{Sentence}”";
}

/// <summary>
/// One finding of an audit (§12): its kind and clause, its place, the figure found and the one expected where numbers are compared, and a
/// sentence in Chinese and in English.
/// </summary>
public sealed record AuditFinding
{
    internal AuditFinding(AuditFindingKind kind, AuditPlace place, decimal? found, decimal? expected, string messageZh, string messageEn) =>
        (Kind, Place, Found, Expected, MessageZh, MessageEn) = (kind, place, found, expected, messageZh, messageEn);

    /// <summary>What was found.</summary>
    public AuditFindingKind Kind { get; }

    /// <summary>The clause checked, for example <c>§12.1</c>.</summary>
    public string Clause => Kind.Clause;

    /// <summary>Where it lies.</summary>
    public AuditPlace Place { get; }

    /// <summary>The figure the report gives (a cell, a sum, a number in the text, a score in per cent, a day count); null where none is compared.</summary>
    public decimal? Found { get; }

    /// <summary>The figure it should equal or stay within; null where none is compared.</summary>
    public decimal? Expected { get; }

    /// <summary>The finding in a sentence, in Chinese and English.</summary>
    public BilingualText Message => new(MessageZh, MessageEn);

    /// <summary>The finding in Chinese.</summary>
    internal string MessageZh { get; }

    /// <summary>The finding in English.</summary>
    internal string MessageEn { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Clause} {Kind.Name} at {(Place.Path.Length == 0 ? "the report" : Place.Path)}" +
        (Found is { } found ? $": {found.ToString(CultureInfo.InvariantCulture)}" + (Expected is { } expected ? $" against {expected.ToString(CultureInfo.InvariantCulture)}" : "") : "");
}
