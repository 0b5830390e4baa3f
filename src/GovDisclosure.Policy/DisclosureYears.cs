namespace GovDisclosure.Policy;

/// <summary>
/// The years a register, an annual report, an inspection plan or an assessment may be of: every year whose days, and the day after
/// its last, NodaTime's ISO calendar holds. One range for the model and every reader of stored documents, so that what one accepts
/// the other does.
/// </summary>
public static class DisclosureYears
{
    /// <summary>The first year: 1.</summary>
    public const int First = 1;

    /// <summary>The last year: 9998 (a report on it is due in 9999).</summary>
    public const int Last = 9998;
}
