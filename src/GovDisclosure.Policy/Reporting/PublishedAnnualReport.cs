namespace GovDisclosure.Policy.Reporting;

/// <summary>
/// An annual report as published (§9.3, §12): its title, the body that published it, the year, the publication date when known, the six
/// sections' texts and tables 二, 三 and 四 with every cell a figure or blank. <see cref="AnnualReport.ToPublished"/> makes one from a built
/// report; a host makes one from figures it has (a reader of published pages, a spreadsheet of figures) and the audit
/// (<c>DisclosurePolicy.Audit</c>) checks either the same way.
/// </summary>
/// <remarks>Immutable; <c>with</c> gives changed copies. Equal when every part is equal, section texts compared in order.</remarks>
public sealed record PublishedAnnualReport
{
    private readonly string[] sections = [.. ReportSection.InOrder.Select(_ => "")];

    /// <summary>A report of <paramref name="publisherName"/> on <paramref name="year"/>, with empty sections and blank tables.</summary>
    /// <param name="publisherName">The publishing body's name, as the report gives it.</param>
    /// <param name="year">The year reported on.</param>
    /// <exception cref="ArgumentNullException"><paramref name="publisherName"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1 and 9998.</exception>
    public PublishedAnnualReport(string publisherName, int year) => (PublisherName, Year) = (publisherName, year);

    /// <summary>The publishing body's name.</summary>
    public string PublisherName { get; init => field = Preconditions.CheckNotNull(value, nameof(PublisherName)); }

    /// <summary>The year reported on.</summary>
    public int Year
    {
        get;
        init
        {
            Preconditions.CheckArgumentRange(nameof(Year), value, DisclosureYears.First, DisclosureYears.Last);
            field = value;
        }
    }

    /// <summary>The title as published; by default <c>{publisher}{year}年政府信息公开工作年度报告</c>.</summary>
    public string Title { get => field ?? $"{PublisherName}{Year}年政府信息公开工作年度报告"; init => field = Preconditions.CheckNotNull(value, nameof(Title)); }

    /// <summary>Whether the publisher is a government or a department, when known; it decides the date of §9.1. Null when unknown.</summary>
    public BodyRole? PublisherRole { get; init; }

    /// <summary>The day it was published (the page's own date), when known.</summary>
    public LocalDate? PublishedOn { get; init; }

    /// <summary>The format it follows; the 2021 national format by default (§12.11).</summary>
    public ReportFormat Format { get; init => field = Preconditions.CheckNotNull(value, nameof(Format)); } = ReportFormat.National2021;

    /// <summary>The six sections' texts in order, 一 to 六; empty where the report has none. Copied when set.</summary>
    /// <exception cref="ArgumentException">Set to other than six texts.</exception>
    public IReadOnlyList<string> Sections
    {
        get => ReadOnly.Wrap(sections);
        init
        {
            var texts = ReadOnly.ArrayWithoutNulls(value, nameof(Sections));
            Preconditions.CheckArgument(texts.Length == sections.Length, nameof(Sections), "A report has {0} sections (一 to 六); {1} texts were given.", sections.Length, texts.Length);
            sections = texts;
        }
    }

    /// <summary>Table 二 (§9.3); blank by default.</summary>
    public PublishedProactiveFigures Proactive { get; init => field = Preconditions.CheckNotNull(value, nameof(Proactive)); } = PublishedProactiveFigures.Blank;

    /// <summary>Table 三 (§9.4); blank by default.</summary>
    public PublishedRequestTable Requests { get; init => field = Preconditions.CheckNotNull(value, nameof(Requests)); } = PublishedRequestTable.Blank;

    /// <summary>Table 四 (§9.5); blank by default.</summary>
    public PublishedRedressTable Redress { get; init => field = Preconditions.CheckNotNull(value, nameof(Redress)); } = PublishedRedressTable.Blank;

    /// <summary>The text of <paramref name="section"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="section"/> is null.</exception>
    public string Text(ReportSection section) => sections[Preconditions.CheckNotNull(section).Value - 1];

    /// <summary>A copy with the text of <paramref name="section"/> replaced.</summary>
    /// <param name="section">The section.</param>
    /// <param name="text">Its text.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public PublishedAnnualReport WithText(ReportSection section, string text)
    {
        var texts = (string[])sections.Clone();
        texts[Preconditions.CheckNotNull(section).Value - 1] = Preconditions.CheckNotNull(text);
        return this with { Sections = texts };
    }

    /// <inheritdoc />
    public bool Equals(PublishedAnnualReport? other) =>
        other is not null && PublisherName == other.PublisherName && Year == other.Year && Title == other.Title && PublisherRole == other.PublisherRole &&
        PublishedOn == other.PublishedOn && Format == other.Format && sections.AsSpan().SequenceEqual(other.sections) && Proactive.Equals(other.Proactive) &&
        Requests.Equals(other.Requests) && Redress.Equals(other.Redress);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(PublisherName, Year, Title, PublisherRole, PublishedOn, Format, ReadOnly.SequenceHash(sections), Requests);

    /// <inheritdoc />
    public override string ToString() => $"{Title}: {Requests}";
}
