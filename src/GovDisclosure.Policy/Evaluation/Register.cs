using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>One thing wrong with a register's input: which record (body, complaint…) and what.</summary>
/// <param name="SubjectId">The id of the record, body or complaint at fault.</param>
/// <param name="Message">What is wrong and what was expected.</param>
/// <exception cref="ArgumentNullException">An argument is null, when created or through <c>with</c>.</exception>
public sealed record RegisterProblem(string SubjectId, string Message)
{
    /// <summary>The id of the record, body or complaint at fault.</summary>
    public string SubjectId { get; init => field = Preconditions.CheckNotNull(value, nameof(SubjectId)); } = Preconditions.CheckNotNull(SubjectId);

    /// <summary>What is wrong and what was expected.</summary>
    public string Message { get; init => field = Preconditions.CheckNotNull(value, nameof(Message)); } = Preconditions.CheckNotNull(Message);

    /// <inheritdoc />
    public override string ToString() => $"{SubjectId}: {Message}";
}

/// <summary>
/// Thrown by <see cref="RegisterBuilder.Build"/> when the register's input has problems; the first <see cref="GovDisclosureException.MaxProblems"/> are
/// kept, each naming its record, and all are counted. To keep what was right instead of failing, and every problem, use
/// <see cref="RegisterBuilder.BuildResult"/>.
/// </summary>
public sealed class RegisterException : GovDisclosureException
{
    internal RegisterException(IReadOnlyList<RegisterProblem> problems)
        : this(ProblemList<RegisterProblem>.Cut(problems))
    {
    }

    private RegisterException((RegisterProblem[] Kept, int Count) problems)
        : base("The register's input is not valid", Texts(problems.Kept), problems.Count) =>
        Problems = ReadOnly.Wrap(problems.Kept);

    /// <summary>The problems, in input order: all of them, or the first <see cref="GovDisclosureException.MaxProblems"/>.</summary>
    public IReadOnlyList<RegisterProblem> Problems { get; }
}

/// <summary>
/// What <see cref="RegisterBuilder.BuildResult"/> built: the register of everything that had no problem, and the problems,
/// each naming its record. Nothing that was right is lost, and nothing wrong is silently dropped.
/// </summary>
public sealed class RegisterResult
{
    internal RegisterResult(Register accepted, RegisterProblem[] problems)
    {
        Accepted = accepted;
        Problems = ReadOnly.Wrap(problems);
    }

    /// <summary>The register of everything that had no problem; all of the input when <see cref="IsValid"/>.</summary>
    public Register Accepted { get; }

    /// <summary>Every problem, in input order; empty when the input was valid.</summary>
    public IReadOnlyList<RegisterProblem> Problems { get; }

    /// <summary>Whether the input had no problem.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The register, when the input had no problem.</summary>
    /// <exception cref="RegisterException">The input had problems; the exception lists them.</exception>
    public Register ThrowIfInvalid() => IsValid ? Accepted : throw new RegisterException(Problems);
}

/// <summary>
/// What the units of a county disclosed in one year, and the supervision around it: the units, their
/// disclosure records, service commitments, disclosure rules, inspection plans, complaints, requests, published annual reports
/// and redress cases. Immutable; built with a <see cref="RegisterBuilder"/>, which checks the input and lists every problem.
/// </summary>
public sealed class Register
{
    private readonly Dictionary<string, int> bodyIndex;

    // The builder has checked the year and that no section is null.
    private Register(int year, IEnumerable<Body> bodies, IReadOnlyList<DisclosureRecord> records, IEnumerable<ServiceCommitment> commitments,
        IEnumerable<DisclosureRules> disclosureRules, IEnumerable<InspectionPlan> inspections, IEnumerable<Complaint> complaints,
        IEnumerable<InformationRequest> requests, IEnumerable<AnnualReportPublication> annualReports, IEnumerable<RedressCase> redressCases,
        out RegisterProblem[] found)
    {
        var problems = new List<RegisterProblem>();
        Year = year;
        var accepted = AcceptBodies(bodies, problems);
        BodyArray = accepted;
        Bodies = ReadOnly.Wrap(accepted);
        bodyIndex = Index(accepted);
        (RecordArray, RecordBodies) = AcceptRecords(records, problems);
        Records = ReadOnly.Wrap(RecordArray);
        Commitments = ReadOnly.Wrap(AcceptForKnownBodies(commitments, c => c.BodyId, c => $"commitment of {c.BodyId}", problems));
        DisclosureRules = ReadOnly.Wrap(AcceptForKnownBodies(disclosureRules, r => r.BodyId, r => $"disclosure rules of {r.BodyId}", problems));
        Inspections = ReadOnly.Wrap(AcceptForKnownBodies(inspections, i => i.BodyId, i => $"inspection plan {i.Year} of {i.BodyId}", problems, allowNull: true));
        Complaints = ReadOnly.Wrap(AcceptForKnownBodies(complaints, c => c.BodyId, c => c.Id, problems));
        Requests = ReadOnly.Wrap(WithUniqueIds(AcceptForKnownBodies(requests, r => r.BodyId, r => r.Id, problems), r => r.Id, "two requests have this id; ids must be unique.", problems));
        AnnualReports = ReadOnly.Wrap(WithUniqueIds(AcceptForKnownBodies(annualReports, r => r.BodyId, ReportId, problems), ReportId, "it is given twice; a unit publishes one report a year.", problems));
        RedressCases = ReadOnly.Wrap(WithUniqueIds(AcceptForKnownBodies(redressCases, c => c.BodyId, c => c.Id, problems), c => c.Id, "two redress cases have this id; ids must be unique.", problems));
        found = [.. problems];
    }

    /// <summary>The union of registers of one year whose units are disjoint, each already checked (<see cref="RegisterEvaluation.Merge"/>):
    /// their sections side by side, nothing checked again.</summary>
    private Register(Register[] parts)
    {
        Year = parts[0].Year;
        BodyArray = [.. parts.SelectMany(part => part.BodyArray)];
        Bodies = ReadOnly.Wrap(BodyArray);
        bodyIndex = Index(BodyArray);
        RecordArray = [.. parts.SelectMany(part => part.RecordArray)];
        Records = ReadOnly.Wrap(RecordArray);
        RecordBodies = new int[RecordArray.Length];
        var (offset, at) = (0, 0);
        foreach (var part in parts)
        {
            foreach (var body in part.RecordBodies)
            {
                RecordBodies[at++] = offset + body;
            }

            offset += part.BodyArray.Length;
        }

        Commitments = Concat(parts, part => part.Commitments);
        DisclosureRules = Concat(parts, part => part.DisclosureRules);
        Inspections = Concat(parts, part => part.Inspections);
        Complaints = Concat(parts, part => part.Complaints);
        Requests = Concat(parts, part => part.Requests);
        AnnualReports = Concat(parts, part => part.AnnualReports);
        RedressCases = Concat(parts, part => part.RedressCases);
    }

    internal static Register Union(Register[] parts) => parts.Length == 1 ? parts[0] : new Register(parts);

    private static IReadOnlyList<T> Concat<T>(Register[] parts, Func<Register, IReadOnlyList<T>> section) => ReadOnly.Wrap(parts.SelectMany(section).ToArray());

    /// <summary>The register the builder describes, and its problems; the register holds everything that had none.</summary>
    internal static RegisterResult From(RegisterBuilder builder)
    {
        var register = new Register(builder.Year, builder.Bodies, builder.Records, builder.Commitments, builder.DisclosureRules, builder.Inspections,
            builder.Complaints, builder.Requests, builder.AnnualReports, builder.RedressCases, out var problems);
        return new RegisterResult(register, problems);
    }

    /// <summary>This register with <paramref name="requests"/> in place of its own requests, checked as <see cref="RegisterBuilder.Build"/> checks
    /// them: what a host asks of one office's requests, or of a year's, against the rest of the county's register.</summary>
    /// <param name="requests">The requests, each naming a unit of the register; ids unique.</param>
    /// <returns>The new register; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> is null.</exception>
    /// <exception cref="RegisterException">A request names a unit the register does not hold, or two share an id.</exception>
    public Register WithRequests(IEnumerable<InformationRequest> requests) =>
        new RegisterBuilder(Year).AddBodies(Bodies).AddRecords(Records).AddCommitments(Commitments).AddDisclosureRules(DisclosureRules)
            .AddInspections(Inspections).AddComplaints(Complaints).AddRequests(requests).AddAnnualReports(AnnualReports).AddRedressCases(RedressCases)
            .Build();

    /// <summary>The assessment year.</summary>
    public int Year { get; }

    /// <summary>The units, in input order.</summary>
    public IReadOnlyList<Body> Bodies { get; }

    /// <summary>The units as the array <see cref="Bodies"/> wraps, for the evaluation loop.</summary>
    internal Body[] BodyArray { get; }

    /// <summary>The disclosure records, in input order.</summary>
    public IReadOnlyList<DisclosureRecord> Records { get; }

    /// <summary>The records as an array, for the evaluation loop.</summary>
    internal DisclosureRecord[] RecordArray { get; }

    /// <summary>For each record, the position of its unit in <see cref="Bodies"/>: resolved once, so evaluation does no lookups.</summary>
    internal int[] RecordBodies { get; }

    /// <summary>The service commitments.</summary>
    public IReadOnlyList<ServiceCommitment> Commitments { get; }

    /// <summary>The departments' disclosure rules.</summary>
    public IReadOnlyList<DisclosureRules> DisclosureRules { get; }

    /// <summary>The inspection plans (of any year; the evaluation reads the register's).</summary>
    public IReadOnlyList<InspectionPlan> Inspections { get; }

    /// <summary>The complaints.</summary>
    public IReadOnlyList<Complaint> Complaints { get; }

    /// <summary>The requests for disclosure made to the register's units (§8), each with its history; ids are unique.</summary>
    public IReadOnlyList<InformationRequest> Requests { get; }

    /// <summary>The published annual reports of the register's units (§9.1), one per unit and year.</summary>
    public IReadOnlyList<AnnualReportPublication> AnnualReports { get; }

    /// <summary>The reconsiderations and lawsuits about the units' disclosure (§9.5); ids are unique.</summary>
    public IReadOnlyList<RedressCase> RedressCases { get; }


    private static Body[] AcceptBodies(IEnumerable<Body> bodies, List<RegisterProblem> problems)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var accepted = new List<Body>();
        foreach (var body in bodies)
        {
            if (body is null)
            {
                problems.Add(new RegisterProblem("(body)", "a body is null."));
            }
            else if (!seen.Add(body.Id))
            {
                problems.Add(new RegisterProblem(body.Id, "two bodies have this id; ids must be unique."));
            }
            else
            {
                accepted.Add(body);
            }
        }

        return [.. accepted];
    }

    private static Dictionary<string, int> Index(Body[] bodies)
    {
        var index = new Dictionary<string, int>(bodies.Length, StringComparer.Ordinal);
        for (var i = 0; i < bodies.Length; i++)
        {
            index.Add(bodies[i].Id, i);
        }

        return index;
    }

    /// <summary>The records without problems, in input order, and for each the position of its unit.</summary>
    private (DisclosureRecord[] Accepted, int[] Bodies) AcceptRecords(IReadOnlyList<DisclosureRecord> records, List<RegisterProblem> problems)
    {
        // Sized for the input at once: a register of millions of records would otherwise grow each table through every power of two.
        var ids = SizedSet<string>(records.Count, StringComparer.Ordinal);
        var periods = SizedSet<ObligationPeriod>(records.Count, null);
        Dictionary<ObligationPeriod, string>? firstIds = null;   // made at the first repeated event (rare), and kept up from then on
        var accepted = new DisclosureRecord[records.Count];
        var bodies = new int[records.Count];
        var count = 0;
        foreach (var record in records)
        {
            if (record is null)
            {
                problems.Add(new RegisterProblem("(record)", "a record is null."));
                continue;
            }

            if (RecordProblem(record, Year, bodyIndex, out var body, out var start) is { } problem)
            {
                problems.Add(new RegisterProblem(record.Id, problem));
                continue;
            }

            if (!ids.Add(record.Id))
            {
                problems.Add(new RegisterProblem(record.Id, "two records have this id; ids must be unique."));
                continue;
            }

            // D25: one record per obligation and period. A county row's cadence is the policy's, so the evaluation applies the period rule to
            // rows; here a row's record is refused only when it repeats another's day and subject.
            var key = ObligationPeriod.Of(record, body, start);
            if (!periods.Add(key))
            {
                problems.Add(new RegisterProblem(record.Id, key.IsPeriodic ? RecordRules.SecondOfPeriod(record.Obligation.Name, record.BodyId, start)
                    : RecordRules.SecondOfEvent((firstIds ??= FirstIds(accepted, bodies, count))[key], record.Obligation.Name, record.BodyId, start, record.Subject)));
                continue;
            }

            firstIds?.Add(key, record.Id);
            (accepted[count], bodies[count]) = (record, body);
            count++;
        }

        if (count < accepted.Length)
        {
            Array.Resize(ref accepted, count);
            Array.Resize(ref bodies, count);
        }

        return (accepted, bodies);
    }

    /// <summary>What is wrong with the record, or null; <paramref name="body"/> is its unit's position once the unit is known, and
    /// <paramref name="start"/> the day its obligation starts once the trigger is known to be good.</summary>
    internal static string? RecordProblem(DisclosureRecord record, int year, Dictionary<string, int> bodyIndex, out int body, out LocalDate start)
    {
        start = default;
        return !bodyIndex.TryGetValue(record.BodyId, out body)
            ? $"it names the body \"{record.BodyId}\", which the register does not hold."
            : RecordRules.ObligationProblem(new HeldRecord(record), year, out start);
    }

    /// <summary>What D25 allows once: a unit's obligation from one day, and for an event, one subject (null for a period).</summary>
    private readonly record struct ObligationPeriod(int Body, ObligationKey Obligation, LocalDate Start, string? Subject)
    {
        internal bool IsPeriodic => IsPeriodicObligation(Obligation);

        internal static ObligationPeriod Of(DisclosureRecord record, int body, LocalDate start) =>
            new(body, record.Obligation, start, IsPeriodicObligation(record.Obligation) ? null : record.Subject);

        private static bool IsPeriodicObligation(ObligationKey obligation) => obligation.Entry is { Cadence.IsPeriodic: true };
    }

    /// <summary>The id of each of the first <paramref name="count"/> accepted records by its period: what names the first of a repeated event.</summary>
    private Dictionary<ObligationPeriod, string> FirstIds(DisclosureRecord[] accepted, int[] bodies, int count)
    {
        var firstIds = new Dictionary<ObligationPeriod, string>();
        for (var i = 0; i < count; i++)
        {
            RecordRules.ObligationProblem(new HeldRecord(accepted[i]), Year, out var start);   // accepted: no problem, only its start
            firstIds.Add(ObligationPeriod.Of(accepted[i], bodies[i], start), accepted[i].Id);
        }

        return firstIds;
    }

    private static HashSet<T> SizedSet<T>(int capacity, IEqualityComparer<T>? comparer) =>
#if NET
        new(capacity, comparer);
#else
        new(comparer);   // .NET Standard 2.0 cannot size a set
#endif

    /// <summary>The first of each id; every later one is a problem.</summary>
    private static string ReportId(AnnualReportPublication report) => $"{report.Year} annual report of {report.BodyId}";

    private static T[] WithUniqueIds<T>(T[] items, Func<T, string> idOf, string duplicate, List<RegisterProblem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<T>(items.Length);
        foreach (var item in items)
        {
            if (ids.Add(idOf(item)))
            {
                unique.Add(item);
            }
            else
            {
                problems.Add(new RegisterProblem(idOf(item), duplicate));
            }
        }

        return [.. unique];
    }

    private T[] AcceptForKnownBodies<T>(IEnumerable<T> items, Func<T, string?> bodyOf, Func<T, string> idOf, List<RegisterProblem> problems,
        bool allowNull = false)
        where T : class
    {
        var accepted = new List<T>();
        foreach (var item in items)
        {
            if (item is null)
            {
                problems.Add(new RegisterProblem($"({typeof(T).Name})", $"a {typeof(T).Name} is null."));
            }
            else if (bodyOf(item) is not { } body ? !allowNull : !bodyIndex.ContainsKey(body))
            {
                problems.Add(new RegisterProblem(idOf(item), $"it names the body \"{bodyOf(item)}\", which the register does not hold."));
            }
            else
            {
                accepted.Add(item);
            }
        }

        return [.. accepted];
    }
}
