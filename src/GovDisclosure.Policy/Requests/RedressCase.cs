namespace GovDisclosure.Policy.Requests;

/// <summary>The kind of a redress case about disclosure, as the annual report's table 四 names its columns (§9.5).</summary>
/// <remarks>A closed set, in the table's column order. It converts implicitly to <see cref="int"/>, so print its names rather than the member.</remarks>
public sealed class RedressCaseKind : BilingualPolicyEnum<RedressCaseKind>
{
    /// <summary>行政复议: an application for administrative reconsideration.</summary>
    public static readonly RedressCaseKind Reconsideration = new(nameof(Reconsideration), 1, "行政复议", "administrative reconsideration");

    /// <summary>未经复议直接起诉: a lawsuit brought without reconsideration first.</summary>
    public static readonly RedressCaseKind DirectLitigation = new(nameof(DirectLitigation), 2, "未经复议直接起诉", "lawsuit without reconsideration");

    /// <summary>复议后起诉: a lawsuit brought after a reconsideration decision.</summary>
    public static readonly RedressCaseKind LitigationAfterReconsideration = new(nameof(LitigationAfterReconsideration), 3, "复议后起诉", "lawsuit after reconsideration");

    private RedressCaseKind(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }

    /// <summary>Whether the case is a lawsuit (行政诉讼), one of the table's two litigation columns.</summary>
    public bool IsLitigation => this != Reconsideration;
}

/// <summary>How a redress case ended, or that it has not (§9.5).</summary>
/// <remarks>A closed set, in the table's column order. It converts implicitly to <see cref="int"/>, so print its names rather than the member.</remarks>
public sealed class RedressResult : BilingualPolicyEnum<RedressResult>
{
    /// <summary>结果维持: the body's act was upheld.</summary>
    public static readonly RedressResult Upheld = new(nameof(Upheld), 1, "结果维持", "upheld");

    /// <summary>结果纠正: the body's act was corrected — revoked, changed, found unlawful or the body ordered to act.</summary>
    public static readonly RedressResult Corrected = new(nameof(Corrected), 2, "结果纠正", "corrected");

    /// <summary>其他结果: any other end, such as a withdrawal, a dismissal or a mediated settlement.</summary>
    public static readonly RedressResult Other = new(nameof(Other), 3, "其他结果", "other result");

    /// <summary>尚未审结: not decided yet.</summary>
    public static readonly RedressResult Pending = new(nameof(Pending), 4, "尚未审结", "not yet decided");

    private RedressResult(string name, int value, string nameZh, string nameEn)
        : base(name, value, nameZh, nameEn)
    {
    }
}

/// <summary>
/// An administrative reconsideration or lawsuit about a body's disclosure (§8.11, §9.5): the annual report's table 四 counts them. A case
/// counts in the year it was decided, by its result; one filed by the end of a year and not decided by then counts as 尚未审结 in that year,
/// and again in the next while it stays undecided — a library choice, as the national format counts the cases in hand each year.
/// </summary>
public sealed record RedressCase
{
    /// <summary>Creates a case.</summary>
    /// <param name="id">The case's id, unique in the register.</param>
    /// <param name="bodyId">The body whose disclosure (or reply) is challenged.</param>
    /// <param name="kind">Reconsideration, or a lawsuit with or without reconsideration first.</param>
    /// <param name="filedOn">The day the case was filed (accepted).</param>
    /// <param name="result">The result; <see cref="RedressResult.Pending"/> while undecided.</param>
    /// <param name="decidedOn">The day of the decision or judgment; null exactly when the result is pending.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="bodyId"/>, <paramref name="kind"/> or <paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">An id is blank; a decided case has no decision day, a pending one has one, or the decision is before the filing.</exception>
    public RedressCase(string id, string bodyId, RedressCaseKind kind, LocalDate filedOn, RedressResult result, LocalDate? decidedOn)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(Preconditions.CheckNotNull(id)), nameof(id), "A redress case's id cannot be blank.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(Preconditions.CheckNotNull(bodyId)), nameof(bodyId), "Redress case {0}: the body's id cannot be blank.", id);
        Preconditions.CheckNotNull(kind);
        Preconditions.CheckNotNull(result);
        if ((result == RedressResult.Pending) != (decidedOn is null))
        {
            throw new PolicyArgumentException(result == RedressResult.Pending
                ? $"Redress case {id} is pending but has a decision day, {decidedOn!.Value.ToIso()}; give a result, or no decision day."
                : $"Redress case {id} ended with the result {result.Name} but has no decision day; give the day it was decided.", nameof(decidedOn));
        }

        Preconditions.CheckArgument(decidedOn is not { } decided || decided >= filedOn, nameof(decidedOn),
            "Redress case {0} was decided on {1}, before it was filed; the decision cannot come first.", id, decidedOn?.ToIso());
        (Id, BodyId, Kind, FiledOn, Result, DecidedOn) = (id, bodyId, kind, filedOn, result, decidedOn);
    }

    /// <summary>The case's id.</summary>
    public string Id { get; }

    /// <summary>The body whose disclosure is challenged.</summary>
    public string BodyId { get; }

    /// <summary>Reconsideration, or a lawsuit with or without reconsideration first.</summary>
    public RedressCaseKind Kind { get; }

    /// <summary>The day the case was filed.</summary>
    public LocalDate FiledOn { get; }

    /// <summary>The result; <see cref="RedressResult.Pending"/> while undecided.</summary>
    public RedressResult Result { get; }

    /// <summary>The day of the decision; null while pending.</summary>
    public LocalDate? DecidedOn { get; }

    /// <summary>The request whose reply the case challenges, or null (the default) for a case about proactive disclosure.</summary>
    public string? RequestId { get; init; }

    /// <summary>
    /// How the case stands in the annual report on <paramref name="year"/> (§9.5): its result when decided that year, pending when filed by the
    /// year's end and decided after it (or not yet), and null when it was filed after the year or decided before it.
    /// </summary>
    /// <param name="year">The year reported on.</param>
    public RedressResult? ResultIn(int year) =>
        FiledOn.Year > year || DecidedOn?.Year < year ? null
        : DecidedOn?.Year == year ? Result
        : RedressResult.Pending;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Kind.Label.En} {Id} about {BodyId}, filed {FiledOn.ToIso()}: {Result.Label.En}" + (DecidedOn is { } on ? $" on {on.ToIso()}" : "");
}
