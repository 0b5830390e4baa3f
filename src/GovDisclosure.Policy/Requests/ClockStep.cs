namespace GovDisclosure.Policy.Requests;

/// <summary>What moved a request's reply clock (§8): its start, a restart, a stop, the extension, a deferral.</summary>
/// <remarks>A closed set; it converts implicitly to <see cref="int"/>, so print its names rather than the member itself.</remarks>
public sealed class ClockStepKind : BilingualPolicyEnum<ClockStepKind>
{
    /// <summary>The day of receipt, by the request's channel (§8.3).</summary>
    public static readonly ClockStepKind Receipt = new(nameof(Receipt), 1, "收到申请", "receipt");

    /// <summary>The corrected request's receipt: the period runs again from there (§8.6).</summary>
    public static readonly ClockStepKind Restart = new(nameof(Restart), 2, "补正后重新计算", "restart");

    /// <summary>Days that do not count: consultations (§8.5, D33) and fee notices (D32), joined into one stretch where they overlap.</summary>
    public static readonly ClockStepKind Stop = new(nameof(Stop), 3, "不计入期限", "stop");

    /// <summary>The one extension (§8.4, §8.12).</summary>
    public static readonly ClockStepKind Extension = new(nameof(Extension), 4, "延长答复期限", "extension");

    /// <summary>The body's own later date for an excessive request, which becomes the due date (§8.8).</summary>
    public static readonly ClockStepKind Deferral = new(nameof(Deferral), 5, "确定合理期限", "deferral");

    private ClockStepKind(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }
}

/// <summary>
/// One step of a request's reply clock, as the explanation of its <see cref="Deadline"/> lists it (§8, D31–D33): from which day to which
/// day, how many working days it concerns, and why. Immutable.
/// </summary>
public sealed class ClockStep
{
    internal ClockStep(ClockStepKind kind, LocalDate from, LocalDate to, int workingDays, string sourceId, string descriptionZh, string descriptionEn) =>
        (Kind, From, To, WorkingDays, SourceId, DescriptionZh, DescriptionEn) = (kind, from, to, workingDays, sourceId, descriptionZh, descriptionEn);

    /// <summary>What the step is.</summary>
    public ClockStepKind Kind { get; }

    /// <summary>Its first day: the receipt, the restart, the first stopped day, the day of the extension or of the deferral.</summary>
    public LocalDate From { get; }

    /// <summary>Its last day: the same day, the last stopped day, the extended or the deferred due date.</summary>
    public LocalDate To { get; }

    /// <summary>The working days it concerns: for a stop, the stopped working days before the due date; for the extension, its length; else 0.</summary>
    public int WorkingDays { get; }

    /// <summary>The clauses it rests on, for example <c>§8.5, D33</c>.</summary>
    public string SourceId { get; }

    /// <summary>The step in words, in Chinese and English.</summary>
    public BilingualText Description => new(DescriptionZh, DescriptionEn);

    /// <summary>The step in Chinese.</summary>
    internal string DescriptionZh { get; }

    /// <summary>The step in English.</summary>
    internal string DescriptionEn { get; }

    /// <inheritdoc />
    public override string ToString() => DescriptionEn;
}
