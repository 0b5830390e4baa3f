namespace GovDisclosure.Policy.Documents;

/// <summary>
/// What the caller knows of a published report that the document may not say: each value given here is taken instead of what the reader
/// finds in the document (its title, its <c>PubDate</c> meta or 发布时间 line). Everything is optional; <see cref="None"/> gives nothing.
/// </summary>
/// <remarks>Immutable; <c>with</c> gives changed copies.</remarks>
public sealed record ReportReadOptions
{
    /// <summary>Nothing given: everything comes from the document.</summary>
    public static ReportReadOptions None { get; } = new();

    /// <summary>The publishing body's name, or null to take it from the title.</summary>
    public string? PublisherName { get; init; }

    /// <summary>The year reported on, or null to take it from the title (<c>…2024年度…</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a year outside 1 to 9998.</exception>
    public int? Year { get; init => field = Preconditions.CheckYear(value, nameof(Year)); }

    /// <summary>Whether the publisher is a government or a department (it decides the date of §9.1), or null to take it from the title:
    /// a name ending in 人民政府 is a government's, one ending in 局, 委, 办, 委员会 or 办公室 a department's, any other stays unknown.</summary>
    public BodyRole? PublisherRole { get; init; }

    /// <summary>The day it was published, or null to take it from the page (<c>&lt;meta name="PubDate"&gt;</c>, a 发布时间 or 发布日期 line).</summary>
    /// <exception cref="ArgumentException">Set to a date of a calendar other than ISO.</exception>
    public LocalDate? PublishedOn { get; init => field = Preconditions.CheckIso(value, nameof(PublishedOn)); }
}
