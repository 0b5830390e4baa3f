using System.Diagnostics.CodeAnalysis;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// An evaluation fed from any source, one record at a time (§13): begun with <see cref="DisclosurePolicy.BeginEvaluation"/> for a year,
/// its units and the day of the question; given each record (through a reused <see cref="RecordBuffer"/>, or as a
/// <see cref="DisclosureRecord"/>), then the register's other sections; completed into the <see cref="RegisterEvaluation"/> that
/// <see cref="DisclosurePolicy.Evaluate(Register, LocalDate)"/> gives for the same register. A record is checked as a register checks
/// it and judged at once; nothing of it is kept, so memory grows with the units and findings, not with the records — the register in
/// memory, the JSON reader and a host's own database or queue all evaluate through here.
/// </summary>
/// <remarks>
/// What would need memory for every record is not checked: that no record id repeats, and that no event (the same obligation, unit,
/// day and subject) is recorded twice; a second record of one monthly, quarterly or yearly period is refused. Check those in the
/// source (a unique key), or build a <see cref="Register"/>. A session is for one thread; sessions of disjoint partitions may run on
/// several threads at once and be merged with <see cref="RegisterEvaluation.Merge"/>.
/// </remarks>
public sealed class EvaluationSession
{
    private readonly EvaluationEngine.Core core;
    private readonly RegisterBuilder sections;
    private readonly Dictionary<string, int> bodyIndex;
    private bool completed;

    // paramName: the input that gave the bodies, which an error about them names ("bodies", or "register" for Evaluate).
    internal EvaluationSession(EvaluationEngine engine, int year, Body[] bodies, LocalDate asOf, EvaluationSessionOptions options, string paramName)
    {
        bodyIndex = new Dictionary<string, int>(bodies.Length, StringComparer.Ordinal);
        for (var i = 0; i < bodies.Length; i++)
        {
            if (!bodyIndex.TryAdd(bodies[i].Id, i))
            {
                throw new PolicyArgumentException($"Two bodies have the id \"{bodies[i]!.Id}\" (bodies[{bodyIndex[bodies[i].Id]}] and bodies[{i}]); ids must be unique.", paramName);
            }
        }

        core = engine.Begin(year, bodies, asOf, options.OnOutcome, paramName);
        sections = new RegisterBuilder(year).AddBodies(bodies);
        Bodies = ReadOnly.Wrap(bodies);
    }

    /// <summary>The walk the session feeds.</summary>
    internal EvaluationEngine.Walk Walk => core.Walk;

    /// <summary>The assessment year: every record's trigger falls in it.</summary>
    public int Year => core.Walk.Year;

    /// <summary>The day of the evaluation.</summary>
    public LocalDate AsOf => core.Walk.AsOf;

    /// <summary>The units, in the order given; a record names its unit by position (<see cref="RecordBuffer.BodyIndex"/>).</summary>
    public IReadOnlyList<Body> Bodies { get; }

    /// <summary>How many records the session has taken (refused ones not counted).</summary>
    public long RecordCount { get; private set; }

    /// <summary>The position of the unit <paramref name="bodyId"/> in <see cref="Bodies"/>.</summary>
    /// <param name="bodyId">A unit's id.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bodyId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The session has no such unit; see <see cref="TryGetBodyIndex"/>.</exception>
    public int GetBodyIndex(string bodyId) =>
        TryGetBodyIndex(Preconditions.CheckNotNull(bodyId), out var index) ? index : throw new KeyNotFoundException($"The session has no unit \"{bodyId}\".");

    /// <summary>Finds the position of the unit <paramref name="bodyId"/>; false when the session has no such unit.</summary>
    /// <param name="bodyId">A unit's id; may be null.</param>
    /// <param name="index">Its position, or -1.</param>
    public bool TryGetBodyIndex([NotNullWhen(true)] string? bodyId, out int index)
    {
        if (bodyId is not null && bodyIndex.TryGetValue(bodyId, out index))
        {
            return true;
        }

        index = -1;
        return false;
    }

    /// <summary>
    /// Checks the record in <paramref name="record"/> as a register would and judges it, or says why not: the way to feed a session from
    /// data that may be wrong without an exception per record. The buffer may be cleared and refilled as soon as this returns.
    /// </summary>
    /// <param name="record">The record; its <see cref="RecordBuffer.BodyIndex"/> a position in <see cref="Bodies"/>.</param>
    /// <param name="problem">Why the record is refused, when it is: its id (or "(record)") and the sentence a register would give.</param>
    /// <returns>Whether the record was taken.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The record's <see cref="RecordBuffer.BodyIndex"/> is not a position in <see cref="Bodies"/>.</exception>
    /// <exception cref="InvalidOperationException">The session is complete.</exception>
    /// <exception cref="CalendarCoverageException">The record's due date is counted from before the calendar's first day (D27).</exception>
    public bool TryAdd(RecordBuffer record, [MaybeNullWhen(true)] out RegisterProblem problem)
    {
        CheckOpen();
        var body = BodyOf(Preconditions.CheckNotNull(record).BodyIndex);
        var hasId = !record.IsIdBlank;
        var message = !hasId ? "it has no id; every record has a stable id."
            : record.HasBlankSubject ? "its subject is blank; a record gives a subject or none."
            : record.Obligation is not { } obligation ? "it names no obligation: a schedule entry, an item no entry covers, or a county catalog's row."
            : obligation.Part != 0 ? $"it names part {obligation.Part} of {obligation}; registers do not record the parts of a row of several events yet (D43), so a record names part 0."
            : record.Item is not null && obligation.Entry is null ? $"it names the item {record.Item.Code}, but {obligation} is not a schedule entry; only an entry's record names one of its items (D23)."
            : core.Add(new BufferedRecord(record, core.Walk.Bodies[body].Id), body);
        return Taken(message, hasId ? record : null, out problem);
    }

    /// <summary>Checks and judges <paramref name="record"/>, as <see cref="TryAdd(RecordBuffer, out RegisterProblem)"/> does.</summary>
    /// <param name="record">The record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The record's <see cref="RecordBuffer.BodyIndex"/> is not a position in <see cref="Bodies"/>.</exception>
    /// <exception cref="InvalidOperationException">The session is complete.</exception>
    /// <exception cref="RegisterException">The record is refused; the exception says why.</exception>
    /// <exception cref="CalendarCoverageException">The record's due date is counted from before the calendar's first day (D27).</exception>
    public void Add(RecordBuffer record)
    {
        if (!TryAdd(record, out var problem))
        {
            throw new RegisterException([problem]);
        }
    }

    /// <summary>Checks <paramref name="record"/> as a register would and judges it, or says why not.</summary>
    /// <param name="record">The record; its <see cref="DisclosureRecord.BodyId"/> one of <see cref="Bodies"/>.</param>
    /// <param name="problem">Why the record is refused, when it is.</param>
    /// <returns>Whether the record was taken.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The session is complete.</exception>
    /// <exception cref="CalendarCoverageException">The record's due date is counted from before the calendar's first day (D27).</exception>
    public bool TryAdd(DisclosureRecord record, [MaybeNullWhen(true)] out RegisterProblem problem)
    {
        CheckOpen();
        Preconditions.CheckNotNull(record);
        var message = !bodyIndex.TryGetValue(record.BodyId, out var body) ? $"it names the body \"{record.BodyId}\", which the session does not hold."
            : core.Add(new HeldRecord(record), body);
        problem = message is null ? null : new RegisterProblem(record.Id, message);
        return Taken(message);
    }

    /// <summary>Checks and judges <paramref name="record"/>, as <see cref="TryAdd(DisclosureRecord, out RegisterProblem)"/> does.</summary>
    /// <param name="record">The record.</param>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The session is complete.</exception>
    /// <exception cref="RegisterException">The record is refused; the exception says why.</exception>
    /// <exception cref="CalendarCoverageException">The record's due date is counted from before the calendar's first day (D27).</exception>
    public void Add(DisclosureRecord record)
    {
        if (!TryAdd(record, out var problem))
        {
            throw new RegisterException([problem]);
        }
    }

    /// <summary>Adds service commitments (§2.1.C), as <see cref="RegisterBuilder.AddCommitments"/> does; checked when the session completes.</summary>
    /// <param name="commitments">The commitments.</param>
    /// <returns>This session.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitments"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The session is complete.</exception>
    public EvaluationSession AddCommitments(IEnumerable<ServiceCommitment> commitments) => Section(() => sections.AddCommitments(commitments));

    /// <summary>Adds departments' disclosure rules (§5); checked when the session completes.</summary>
    /// <param name="disclosureRules">The rules documents.</param>
    /// <returns>This session.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="disclosureRules"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The session is complete.</exception>
    public EvaluationSession AddDisclosureRules(IEnumerable<DisclosureRules> disclosureRules) => Section(() => sections.AddDisclosureRules(disclosureRules));

    /// <summary>Adds inspection plans (§4.1); checked when the session completes.</summary>
    /// <param name="inspections">The plans.</param>
    /// <returns>This session.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inspections"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The session is complete.</exception>
    public EvaluationSession AddInspections(IEnumerable<InspectionPlan> inspections) => Section(() => sections.AddInspections(inspections));

    /// <summary>Adds complaints (§4.1); checked when the session completes.</summary>
    /// <param name="complaints">The complaints.</param>
    /// <returns>This session.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="complaints"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The session is complete.</exception>
    public EvaluationSession AddComplaints(IEnumerable<Complaint> complaints) => Section(() => sections.AddComplaints(complaints));

    /// <summary>Adds requests for disclosure (§8); checked when the session completes.</summary>
    /// <param name="requests">The requests.</param>
    /// <returns>This session.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The session is complete.</exception>
    public EvaluationSession AddRequests(IEnumerable<InformationRequest> requests) => Section(() => sections.AddRequests(requests));

    /// <summary>Adds published annual reports (§9.1); checked when the session completes.</summary>
    /// <param name="annualReports">The publications.</param>
    /// <returns>This session.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="annualReports"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The session is complete.</exception>
    public EvaluationSession AddAnnualReports(IEnumerable<AnnualReportPublication> annualReports) => Section(() => sections.AddAnnualReports(annualReports));

    /// <summary>Adds reconsiderations and lawsuits (§9.5); checked when the session completes.</summary>
    /// <param name="redressCases">The cases.</param>
    /// <returns>This session.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="redressCases"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The session is complete.</exception>
    public EvaluationSession AddRedressCases(IEnumerable<RedressCase> redressCases) => Section(() => sections.AddRedressCases(redressCases));

    /// <summary>
    /// The evaluation, once every record and section is in: the unrecorded obligations, supervision, requests, reports, grades and
    /// sanctions. Its <see cref="RegisterEvaluation.Register"/> holds the units and sections, not the records; its outcomes went to
    /// <see cref="EvaluationSessionOptions.OnOutcome"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The session is already complete.</exception>
    /// <exception cref="RegisterException">A section names a unit the session does not hold, or repeats an id; every such problem is listed.</exception>
    /// <exception cref="RequestHistoryException">A request's history is impossible on this calendar.</exception>
    public RegisterEvaluation Complete()
    {
        CheckOpen();
        var register = sections.Build();
        completed = true;
        return core.Finish(register, null);
    }

    /// <summary>Judges a record a register has already checked, whose rule <paramref name="position"/> the register's evaluation found.</summary>
    internal void AddChecked(DisclosureRecord record, int body, int position)
    {
        core.AddChecked(new HeldRecord(record), body, position);
        RecordCount++;
    }

    /// <summary>The evaluation of <paramref name="register"/>, whose records were given with <see cref="AddChecked"/>; its outcomes can be
    /// listed again by <paramref name="replay"/>.</summary>
    internal RegisterEvaluation CompleteRegister(Register register, EvaluationEngine.OutcomeReplay replay)
    {
        CheckOpen();
        completed = true;
        return core.Finish(register, replay);
    }

    private int BodyOf(int index) => (uint)index < (uint)Bodies.Count ? index
        : throw new PolicyArgumentOutOfRangeException("record", index,
            $"The record's BodyIndex is {index}; it must be a position in the session's {Bodies.Count} bodies (see GetBodyIndex).");

    /// <summary>Whether the record was taken, counting it; the problem names the buffer's id, made into a string only for a refusal.</summary>
    private bool Taken(string? message, RecordBuffer? identified, [MaybeNullWhen(true)] out RegisterProblem problem)
    {
        problem = message is null ? null : new RegisterProblem(identified?.Id ?? "(record)", message);
        return Taken(message);
    }

    private bool Taken(string? message)
    {
        RecordCount += message is null ? 1 : 0;
        return message is null;
    }

    private EvaluationSession Section(Func<RegisterBuilder> add)
    {
        CheckOpen();
        add();
        return this;
    }

    private void CheckOpen()
    {
        if (completed)
        {
            throw new InvalidOperationException("The evaluation session is complete; begin another to evaluate again.");
        }
    }
}
