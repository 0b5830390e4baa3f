using System.Diagnostics.CodeAnalysis;

namespace GovDisclosure.Policy.Catalogs;

/// <summary>
/// A catalog row's 公开时限 (SPEC §10): the sentence the county wrote and what it reads as — a <see cref="DeadlineRule"/>
/// (how many working or calendar days, counted from which event or from the end of which reporting period), the cadence,
/// and how long the item must then stay posted (公示期). Counted by D35: a period by D2 from its event; a posting period N working days from the day after
/// publication.
/// </summary>
/// <remarks>
/// <para>The forms read, after a full-width digit is made plain and separators (，,；;。 and spaces) are skipped:</para>
/// <list type="bullet">
/// <item><c>…之日起N个工作日内</c> (also <c>工作日</c>) or <c>…之日起N日内</c> (also <c>天</c>, <c>自然日</c>): N from the event
/// written before 之日起 (kept as written, a leading 自 included); N in digits or Chinese numerals; 公开, 予以公开, 主动公开, 公布 or 更新 may follow.</item>
/// <item><c>每月</c>, <c>每季度</c>, <c>每年</c> (or 按月, 按季, 按年…), alone or with 公开/更新/公布 and 一次: the cadence's default,
/// 20 working days from the period's end (D5, D6); with <c>结束后N个工作日内</c> the row's own period from the period's end.</item>
/// <item><c>长期公开</c>, <c>常态化公开</c>: standing (D8), 20 working days from the day the information is formed or changed;
/// <c>实时</c>, <c>即时</c>, <c>及时</c>, <c>按进展情况及时公开</c> (also with 公开 or 更新): immediate, the statutory period (D49) —
/// the same 20 working days.</item>
/// <item><c>…后N个工作日内</c> and <c>…N个工作日内</c> with no 之日起 (<c>信息形成20个工作日内公开</c>,
/// <c>拟征收土地现状调查结束后5个工作日内</c>): N from the event written before the number.</item>
/// <item>Any of these followed by the channels the part is disclosed through (<c>在政府网站、村公示栏公开</c>), then by
/// <c>公示N个工作日</c> (also 公示期, 公示期为, 公示期不少于): the posting period.</item>
/// <item>A second sentence with its own event and period: a second part (D43); <c>公示结束后，转为依申请公开</c> (D44); a sentence
/// deferring to other law, <c>…另有规定的，从其规定</c>, kept as <see cref="OtherLawNote"/>.</item>
/// </list>
/// <para>Anything else is refused, never guessed.</para>
/// </remarks>
public sealed record TimeLimit
{
    /// <summary>The most working days a period or posting period may have: a year's worth, as for any deadline rule.</summary>
    public const int MaxWorkingDays = 250;

    /// <summary>The most calendar days a period may have: a year's worth.</summary>
    public const int MaxCalendarDays = 366;

    internal TimeLimit(string text, TimeLimitPart[] parts, bool onRequestAfterPosting, string? otherLawNote, string[] warnings)
    {
        Text = text;
        Parts = ReadOnly.Wrap(parts);
        IsOnRequestAfterPosting = onRequestAfterPosting;
        OtherLawNote = otherLawNote;
        Warnings = ReadOnly.Wrap(warnings);
    }

    /// <summary>The sentence as the catalog wrote it.</summary>
    public string Text { get; }

    /// <summary>The events the cell names, each with its period: one part numbered 0, or parts 1, 2, … in the order written when the cell
    /// names several events (D43). Never empty.</summary>
    public IReadOnlyList<TimeLimitPart> Parts { get; }

    /// <summary>
    /// <see cref="Cadence.Immediate"/> for a period counted from an event (written out, or 实时/即时/及时);
    /// <see cref="Cadence.Monthly"/>, <see cref="Cadence.Quarterly"/> or <see cref="Cadence.Yearly"/> for one counted from a
    /// reporting period's end; <see cref="Cadence.Standing"/> for 长期公开 and 常态化公开. Of the first part when there are several.
    /// </summary>
    public Cadence Cadence => Parts[0].Cadence;

    /// <summary>
    /// What the sentence reads as: counted from the event (<see cref="DeadlineTrigger.EventDate"/>) or from the reporting period's end
    /// (<see cref="DeadlineTrigger.PeriodEnd"/>), in working or calendar days. Its <see cref="DeadlineRule.SourceId"/> is <c>D35</c> when
    /// the sentence states the period; else the default it takes — <c>D49</c> (实时, 即时, 及时: the statutory period,
    /// <see cref="DeadlineRule.IsStatutoryPeriod"/>), <c>D5</c> (monthly, quarterly), <c>D6</c> (yearly) or <c>D8</c> (standing). Of the
    /// first part when there are several.
    /// </summary>
    public DeadlineRule Rule => Parts[0].Rule;

    /// <summary>The event the period counts from, as written (for example <c>制定或获取信息之日</c> or <c>拟征收土地现状调查结束后</c>), or
    /// <c>信息形成或者变更之日</c> for 实时, 即时, 及时 and standing rows; null for a periodic row, which counts from its period's end. Of the
    /// first part when there are several.</summary>
    public string? CountsFromZh => Parts[0].CountsFromZh;

    /// <summary>The posting period (公示期) in working days, or null when the row has none. Of the first part when there are several.</summary>
    public int? PostingWorkingDays => Parts[0].PostingWorkingDays;

    /// <summary>True when the row states its own period; false when it takes its cadence's default (D4–D8). Of the first part when there are
    /// several.</summary>
    public bool IsPeriodStated => Parts[0].IsPeriodStated;

    /// <summary>True for "公示结束后，转为依申请公开" (D44): proactive for the period and the posting period, on request after the posting
    /// ends — or, where the cell names no posting period, after the due date (and <see cref="Warnings"/> says so).</summary>
    public bool IsOnRequestAfterPosting { get; }

    /// <summary>A sentence deferring to other law ("法律、法规对政府信息公开的期限另有规定的，从其规定"), kept as written, or null. The
    /// cell's own period stands.</summary>
    public string? OtherLawNote { get; }

    /// <summary>What the cell reads as but may not mean, one sentence each: a period over 60 working days or 90 calendar days (D45), a
    /// channel name not on the national list read as 其他 (D43), "转为依申请公开" with no posting period (D44). Empty for most cells.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Two time limits are equal when their sentences are: everything else is read from the sentence.</summary>
    /// <param name="other">Another time limit, or null.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(TimeLimit? other) => other is not null && Text == other.Text;

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>Reads a 公开时限 sentence.</summary>
    /// <param name="text">The sentence, for example <c>制定或获取信息之日起10个工作日内，公示7个工作日</c>.</param>
    /// <returns>The time limit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The sentence is none of the forms listed on the type; the message quotes it and says what was expected where.</exception>
    public static TimeLimit Parse(string text) =>
        TimeLimitReader.Read(Preconditions.CheckNotNull(text), out var limit) is { } problem ? throw new FormatException(problem) : limit!;

    /// <summary>Reads a 公开时限 sentence; false for null or for a sentence none of the forms on the type fits.</summary>
    /// <param name="text">The sentence; may be null.</param>
    /// <param name="limit">The time limit, or null.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, [MaybeNullWhen(false)] out TimeLimit limit)
    {
        limit = null;
        return text is not null && TimeLimitReader.Read(text, out limit) is null;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
