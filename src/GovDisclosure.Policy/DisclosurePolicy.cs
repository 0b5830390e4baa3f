using System.Diagnostics.CodeAnalysis;
using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Deadlines;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Requests;
using Requests_ = GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy;

/// <summary>
/// The front door of the library: one immutable value bundling the catalog of items (§2.1), the schedule
/// (§3.3), the channels (§3.1), the scope rules (§2.2), the deadline rules (D3–D10), the assessment rules
/// (D11, D13) and the working-day calendar deadlines are counted in (D1, D2). Each method hands its work to
/// the engine of its room. <see cref="Default"/> is the seed's policy; other counties derive theirs with
/// <see cref="WithProfile(PolicyProfile)"/>. Instances are immutable and safe to share between threads.
/// </summary>
public sealed partial class DisclosurePolicy
{
    private static readonly Lazy<DisclosurePolicy> DefaultPolicy = new(CreateDefault);

    private readonly Dictionary<BodyType, BodyObligations> obligations;
    private readonly Dictionary<DisclosureItem, ItemSchedule> schedules;
    private readonly DeadlineEngine deadlines;
    private EvaluationEngine? evaluator;   // made on the first evaluation; a race makes two equal engines and keeps one

    private DisclosurePolicy(ScopeRule[] scopeRules, DeadlineEngine deadlines, AssessmentRules assessment, RequestRules requests, ReportingRules reporting)
    {
        RequestRules = requests;
        ReportingRules = reporting;
        ScopeRules = ReadOnly.Wrap(scopeRules);
        this.deadlines = deadlines;
        AssessmentRules = assessment;
        obligations = scopeRules.ToDictionary(rule => rule.BodyType, rule => new BodyObligations(rule, deadlines.Entries));
        schedules = Items.ToDictionary(item => item, item => new ItemSchedule(item));
    }

    /// <summary>
    /// The policy of the seed — the county Civil Affairs Bureau's opinions on deepening government-affairs
    /// openness — with the library's defaults where it is silent (SPEC §6), counted in
    /// <see cref="ChinaWorkingDayCalendar.Official"/>.
    /// </summary>
    public static DisclosurePolicy Default => DefaultPolicy.Value;

    /// <summary>A short name for the policy, shown in explanations: the seed's, or the last profile's.</summary>
    public string Name => deadlines.PolicyName;

    /// <summary>The catalog of items in the seed's order (G01–G20, S01–S05, I01–I04).</summary>
    public IReadOnlyList<DisclosureItem> Items => DisclosureItem.InOrder;

    /// <summary>The schedule entries of this policy in the seed's order (IM1 … ST7), less any a profile removed.</summary>
    public IReadOnlyList<ScheduleEntry> Entries => deadlines.Entries;

    /// <summary>The cadences, the seed's six then the inferred statutory one.</summary>
    public IReadOnlyList<Cadence> Cadences => Cadence.InOrder;

    /// <summary>The disclosure channels, the eight external then the four internal ones.</summary>
    public IReadOnlyList<Channel> Channels => Channel.InOrder;

    /// <summary>The county catalogs added with <see cref="WithCatalog"/> (§10), in the order added; empty for <see cref="Default"/>.</summary>
    public IReadOnlyList<CountyCatalog> Catalogs => deadlines.Catalogs;

    /// <summary>One scope rule per body type, in <see cref="BodyType"/> order.</summary>
    public IReadOnlyList<ScopeRule> ScopeRules { get; }

    /// <summary>The working-day calendar deadlines are counted in (D1).</summary>
    public IWorkingDayCalendar Calendar => deadlines.Calendar;

    /// <summary>The statutory rule (D3): 20 working days from the date information is formed or changed, for items no entry covers.</summary>
    public DeadlineRule StatutoryRule => deadlines.StatutoryRule;

    /// <summary>The assessment rules: grade thresholds (D13) and the complaint tiers' period (D11).</summary>
    public AssessmentRules AssessmentRules { get; }

    /// <summary>The defaults for requests a profile can change: whether a fee notice stops the reply clock (D32).</summary>
    public RequestRules RequestRules { get; }

    /// <summary>Everything the policy asks of <paramref name="bodyType"/>: level, regime, items and entries (§2.2).</summary>
    /// <param name="bodyType">The kind of body.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bodyType"/> is null.</exception>
    public BodyObligations ObligationsFor(BodyType bodyType) => obligations[Preconditions.CheckNotNull(bodyType)];

    /// <summary>The entries and cadences that govern <paramref name="item"/> (§3.3, D3).</summary>
    /// <param name="item">A catalog item.</param>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public ItemSchedule ScheduleFor(DisclosureItem item) => schedules[Preconditions.CheckNotNull(item)];

    /// <summary>This policy counted in another calendar — one with provisional years, the next year's notice, or a calendar of your own.</summary>
    /// <param name="workingDays">The calendar; any <see cref="IWorkingDayCalendar"/>. One that also implements
    /// <see cref="IRankedWorkingDayCalendar"/> gets the fast batch and evaluation paths.</param>
    /// <exception cref="ArgumentNullException"><paramref name="workingDays"/> is null.</exception>
    public DisclosurePolicy WithCalendar(IWorkingDayCalendar workingDays) =>
        new([.. ScopeRules], deadlines.WithCalendar(Preconditions.CheckNotNull(workingDays)), AssessmentRules, RequestRules, ReportingRules);

    /// <summary>
    /// This policy with a county catalog added (§10): each proactive row's time limit becomes its deadline rule (D35), named after the
    /// catalog and 序号; rows disclosed only on request have none. Profiles change the seed's rules, never a catalog's, which states its own.
    /// </summary>
    /// <param name="catalog">The catalog; its name must differ from every catalog the policy has.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    /// <exception cref="ArgumentException">The policy already has a catalog of that name.</exception>
    public DisclosurePolicy WithCatalog(CountyCatalog catalog) =>
        new([.. ScopeRules], deadlines.WithCatalog(Preconditions.CheckNotNull(catalog)), AssessmentRules, RequestRules, ReportingRules);

    /// <summary>
    /// This policy with a county's profile applied: its deadline part (cadence overrides, then entry overrides, then
    /// removed entries, D26) and its assessment rules. Rules it does not mention stay as they were; the ones it
    /// changes name it as their source.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">The profile overrides an entry an earlier profile removed.</exception>
    public DisclosurePolicy WithProfile(PolicyProfile profile)
    {
        Preconditions.CheckNotNull(profile);
        return new([.. ScopeRules], deadlines.WithProfile(profile.DeadlineProfile), profile.AssessmentRules ?? AssessmentRules, profile.RequestRules ?? RequestRules, profile.ReportingRules ?? ReportingRules);
    }

    /// <summary>
    /// When information that no schedule entry covers is due: G15, I04 and the uncovered parts of G02 and
    /// G18 take the statutory period from the date the information is formed or changed (D3).
    /// </summary>
    /// <param name="formed">The date the information was formed or changed.</param>
    /// <exception cref="CalendarCoverageException">The count needs a day the calendar does not hold.</exception>
    /// <exception cref="ArgumentException"><paramref name="formed"/> is not an ISO date.</exception>
    public Deadline StatutoryDueDate(LocalDate formed) => deadlines.StatutoryDueDate(formed);

    /// <summary>When a matter the public asked to see through topic-on-demand (§3.1.T) is due: IM9, from the day the request was accepted (D4).</summary>
    /// <param name="accepted">The day the request was accepted.</param>
    /// <exception cref="ArgumentException">IM9 is not in this policy, or <paramref name="accepted"/> is not an ISO date.</exception>
    /// <exception cref="CalendarCoverageException">The count needs a day the calendar does not hold.</exception>
    public Deadline TopicOnDemandDueDate(LocalDate accepted) => deadlines.DueDate(ScheduleEntry.IM9, accepted, nameof(accepted), nameof(accepted));

    /// <summary>
    /// The deadlines of a major matter close to the public's interests (§3.2): the draft is pre-disclosed at
    /// least 30 calendar days before the decision, on a working day (D9); each interim stage is disclosed by
    /// the decision date; the decision by the statutory period after it (D10).
    /// </summary>
    /// <param name="decision">The decision date.</param>
    /// <param name="interimStages">The dates of the interim stages; none after the decision. May be null.</param>
    /// <exception cref="ArgumentException">An interim stage falls after the decision, or a date is not an ISO date.</exception>
    /// <exception cref="CalendarCoverageException">A deadline needs a day the calendar does not hold.</exception>
    public MajorDecisionDeadlines MajorDecision(LocalDate decision, IEnumerable<LocalDate>? interimStages = null) =>
        deadlines.MajorDecision(decision, interimStages);

    /// <summary>
    /// A body's disclosure calendar for <paramref name="year"/>: every monthly (12), quarterly (4) and yearly
    /// obligation of the entries that apply at its level, and one obligation per event given, by due date.
    /// December's, the fourth quarter's and the year's reports fall due in the next year, so the calendar
    /// must cover it — or hold provisional years, and the deadlines say so.
    /// </summary>
    /// <param name="bodyType">The kind of body.</param>
    /// <param name="year">The year of the reporting periods and events.</param>
    /// <param name="events">Event-driven obligations: each event's entry must be event-driven and apply to the body. May be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bodyType"/> or an event is null.</exception>
    /// <exception cref="ArgumentException">An event's entry is periodic, does not apply to the body, or is not in the policy.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1 and 9998.</exception>
    /// <exception cref="CalendarCoverageException">A deadline needs a day the calendar does not hold.</exception>
    public BodyDisclosureCalendar CalendarFor(BodyType bodyType, int year, IEnumerable<DisclosureEvent>? events = null) =>
        deadlines.CalendarFor(ObligationsFor(bodyType), year, events, AdministrativeLevel.Of(bodyType), []);

    /// <summary>
    /// A unit's disclosure calendar for <paramref name="year"/>: what <see cref="CalendarFor(BodyType, int, IEnumerable{DisclosureEvent})"/>
    /// gives for its type, and every monthly, quarterly and yearly obligation of the rows of the catalogs assigned to it
    /// (<see cref="Body.Catalogs"/>) that bind its level (§10, D35). Events may name those catalogs' event-driven rows as well as entries.
    /// A township or village assigned a county catalog is bound by its rows even where the seed leaves it to its own regime (§10).
    /// A county-level-or-higher government or department also finds its annual report on the year there (<see cref="AnnualReportDue"/>, §9.1).
    /// </summary>
    /// <param name="body">The unit: its type, level, role and assigned catalogs.</param>
    /// <param name="year">The year of the reporting periods and events.</param>
    /// <param name="events">Event-driven obligations of entries and rows. May be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> or an event is null.</exception>
    /// <exception cref="ArgumentException">The unit is assigned a catalog this policy does not have; an event's entry or row is periodic, does
    /// not apply to the unit, or is not in the policy; a row is disclosed on request only.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1 and 9998.</exception>
    /// <exception cref="CalendarCoverageException">A deadline needs a day the calendar does not hold.</exception>
    public BodyDisclosureCalendar CalendarFor(Body body, int year, IEnumerable<DisclosureEvent>? events = null)
    {
        Preconditions.CheckNotNull(body);
        return deadlines.CalendarFor(ObligationsFor(body.Type), year, events, body.Level, body.Catalogs, body.Role);
    }

    /// <summary>
    /// When a unit's annual report on <paramref name="year"/>'s disclosure work is due (§9.1, Regulations Art. 49): a county-level-or-higher
    /// department's by 31 January of the next year, a county-level-or-higher government's by 31 March. The dates are fixed and never moved
    /// off a weekend or holiday (D34), so the deadline is never provisional.
    /// </summary>
    /// <param name="body">The unit: its level and role (<see cref="Body.Role"/>).</param>
    /// <param name="year">The year the report covers.</param>
    /// <returns>The deadline, or null when Art. 49 asks no report of the unit: a township or village, or a unit whose role is not stated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1 and 9998.</exception>
    public Deadline? AnnualReportDue(Body body, int year)
    {
        Preconditions.CheckNotNull(body);
        return AnnualReportDeadlines.Due(body.Role, body.Level, year, Calendar);
    }

    /// <summary>
    /// Evaluates a register as of <paramref name="asOf"/> (D13, D14): the outcome of every record and of every
    /// recurring obligation of the year that has no record (missing or pending); channel findings (§3.1, D23);
    /// service commitments and disclosure rules (§2.1.C, §5, D15, D20, D21); inspections and supervision contacts
    /// (§4.1, D12, D24); complaints overdue or resolved late (D11, D22); requests for disclosure (§8.13, D36) — late replies, overdue
    /// requests and late correction notices as findings, judged replies in the on-time rate unless the assessment rules keep them out,
    /// counts by outcome in <see cref="UnitEvaluation.Requests"/>; and per unit the on-time rate, grade and
    /// sanction with their reasons (D18, D19). Records of units outside the policy are reported as out of scope.
    /// County catalogs (§10, D35): a row record is judged by its row's period, channels, audience and posting period, for a
    /// unit assigned the row's catalog at one of the row's levels (else it is out of scope); every monthly, quarterly and
    /// yearly row binding a unit is missing or pending for a period with no record. A row's findings bind its unit; a unit
    /// the seed leaves to its own regime (§2.2) is counted but not graded.
    /// A year in progress can be evaluated (D27): an obligation whose due date lies beyond the calendar is pending
    /// (or on time, if already published), with no date guessed; a classified record is exempt and has no due date (D30).
    /// A posting period that ends beyond the calendar is judged once the calendar covers it.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="asOf">The day of the evaluation: publications after it are not counted.</param>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="ArgumentException">Records name entries this policy does not have (every such record is named); a unit is
    /// assigned a catalog this policy does not have; row records name a catalog or row this policy does not have, a row disclosed
    /// on request only, a publication before the row's period starts, or a period of a row another record already covers (every
    /// such record is named); a request's history is impossible on this calendar (every such request is named); or <paramref name="asOf"/>
    /// is not an ISO date.</exception>
    /// <exception cref="CalendarCoverageException"><paramref name="asOf"/> is outside the calendar, or a count starts before the
    /// calendar's first day (D27).</exception>
    public RegisterEvaluation Evaluate(Register register, LocalDate asOf) => Evaluator().Evaluate(register, asOf);

    /// <summary>
    /// Begins an evaluation fed one record at a time from any source — a database, a spreadsheet, a queue, a file — for
    /// <paramref name="year"/>, its <paramref name="bodies"/> and the day <paramref name="asOf"/>: records go in through a reused
    /// <see cref="RecordBuffer"/> (or as <see cref="DisclosureRecord"/>s), then the register's other sections, and
    /// <see cref="EvaluationSession.Complete"/> gives what <see cref="Evaluate(Register, LocalDate)"/> gives for the same register, with
    /// the same rules (§4, §10, §13, D13–D30). Nothing of a record is kept; see <see cref="EvaluationSession"/> for what that leaves unchecked.
    /// </summary>
    /// <param name="year">The assessment year, 1 to 9998.</param>
    /// <param name="bodies">The units, their ids unique; copied.</param>
    /// <param name="asOf">The day of the evaluation: an ISO date the calendar covers (D27).</param>
    /// <param name="options">How the session runs; null for <see cref="EvaluationSessionOptions.Default"/>.</param>
    /// <returns>A session for one thread.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bodies"/> or one of them is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9998.</exception>
    /// <exception cref="ArgumentException">Two bodies share an id, a body is assigned a catalog this policy does not have, or
    /// <paramref name="asOf"/> is not an ISO date.</exception>
    /// <exception cref="CalendarCoverageException"><paramref name="asOf"/> is outside the calendar (D27).</exception>
    public EvaluationSession BeginEvaluation(int year, IEnumerable<Body> bodies, LocalDate asOf, EvaluationSessionOptions? options = null)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, DisclosureYears.First, DisclosureYears.Last);
        return new EvaluationSession(Evaluator(), year, ReadOnly.ArrayWithoutNulls(bodies, nameof(bodies)), asOf, options ?? EvaluationSessionOptions.Default, nameof(bodies));
    }

    /// <summary>The evaluation engine of this policy, built on first use and kept: an immutable value, so any thread may share it.</summary>
    internal EvaluationEngine Evaluator() =>
        evaluator ?? Interlocked.CompareExchange(ref evaluator, new EvaluationEngine(Name, deadlines, ObligationsFor, AssessmentRules, RequestRules), null) ?? evaluator;

    /// <summary>
    /// The day by which a request's reply must be delivered (§8.4, §8.10), explained: the receipt by its channel (§8.3), the regime by the
    /// day of receipt (2007 or 2019, §8.12, D40), a restart after correction (§8.6), every stopped stretch — consultations (§8.5, D33) and the
    /// fee notice (D32) as one union of days — the extension (§8.4) and a deferral (§8.8), counted as D31 says, with the days skipped.
    /// The history as recorded counts, including events still to come for an open request: an unanswered consultation stops the clock to
    /// its 15th working day. For where the request stands on a given day, use <see cref="ReplyStatusOn(InformationRequest, LocalDate)"/>.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The reply deadline; its <see cref="Deadline.Basis"/>, a <see cref="ReplyBasis"/>, gives the regime and the clock steps.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No clock runs — the receipt awaits confirmation, a correction or (when it stops the clock) a
    /// payment is awaited, or the request was closed as abandoned.</exception>
    /// <exception cref="RequestHistoryException">The history is impossible on this calendar: an extension or deferral told after the period
    /// ended, a deferral to a date not later than the due date, a payment after its 20 working days (§8.4, §8.8, D32).</exception>
    /// <exception cref="CalendarCoverageException">The count leaves the calendar's coverage.</exception>
    public Deadline ReplyDue(InformationRequest request) => ReplyClock.Explain(Preconditions.CheckNotNull(request), Calendar, RequestRules);

    /// <summary>
    /// What <see cref="ReplyDue(InformationRequest)"/> gives, or "due beyond the calendar" with the years the calendar lacks when the clock
    /// starts inside the calendar and runs past its last day (D41): a request received late in the calendar's last year.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <returns>The reply deadline, or the day the clock starts and the years missing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No clock runs, or the history is impossible on this calendar, as for
    /// <see cref="ReplyDue(InformationRequest)"/>.</exception>
    /// <exception cref="CalendarCoverageException">The clock starts outside the calendar.</exception>
    public DueDateResult ReplyDueOrBeyond(InformationRequest request) =>
        ReplyClock.ExplainOrBeyond(Preconditions.CheckNotNull(request), Calendar, RequestRules);

    /// <summary>
    /// Where a request stood at the end of <paramref name="asOf"/> (§8, §8.13): its state, its reply deadline, whether it is overdue and by
    /// how many working days (D17), or was delivered late, or abandoned (§8.6, D32). Events after <paramref name="asOf"/> are left out.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="asOf">The day of the status; not before the request arrived.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request arrived after <paramref name="asOf"/>.</exception>
    /// <exception cref="RequestHistoryException">The history up to <paramref name="asOf"/> is impossible on this calendar (see <see cref="ReplyDue(InformationRequest)"/>).</exception>
    /// <exception cref="CalendarCoverageException">A count leaves the calendar's coverage.</exception>
    public ReplyStatus ReplyStatusOn(InformationRequest request, LocalDate asOf) => ReplyStatus.Of(Preconditions.CheckNotNull(request), asOf, Calendar, RequestRules);

    /// <summary>
    /// Where a request stood at the end of <paramref name="asOf"/>, as <see cref="ReplyStatusOn"/> gives it, or — when the calendar shows its
    /// history impossible (an extension or deferral told after the period ended, a deferral not later than the due date, a fee paid late:
    /// §8.4, §8.8, D32) — the refusal, as a value: for readers of stored registers, which report it at the refused event.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="asOf">The day of the status; not before the request arrived.</param>
    /// <param name="status">The status, or null when the history is refused.</param>
    /// <param name="refusal">Why the history is impossible, naming the refused event's kind and day; null when <paramref name="status"/> was given.</param>
    /// <returns>Whether the status was given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request arrived after <paramref name="asOf"/>.</exception>
    /// <exception cref="CalendarCoverageException">A count leaves the calendar's coverage.</exception>
    public bool TryGetReplyStatus(InformationRequest request, LocalDate asOf, [MaybeNullWhen(false)] out ReplyStatus status,
        [MaybeNullWhen(true)] out RequestRefusal refusal) =>
        ReplyStatus.TryOf(Preconditions.CheckNotNull(request), asOf, Calendar, RequestRules, out status, out refusal);

    /// <summary>
    /// The reply due dates of many requests, allocating nothing: <c>results[i]</c> becomes the due date of <c>requests[i]</c> as
    /// <see cref="ReplyDue(InformationRequest)"/> counts it, or null where no clock runs (awaiting confirmation, correction or payment;
    /// closed as abandoned).
    /// </summary>
    /// <param name="requests">The requests; none null.</param>
    /// <param name="results">Receives the due dates; at least as long as <paramref name="requests"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="requests"/>, or a request is null.</exception>
    /// <exception cref="RequestHistoryException">A request's history is impossible on this calendar. Results before it have been written.</exception>
    /// <exception cref="CalendarCoverageException">A count leaves the calendar's coverage. Results before it have been written.</exception>
    public void ReplyDues(ReadOnlySpan<InformationRequest> requests, Span<LocalDate?> results)
    {
        Preconditions.CheckBatch(requests.Length, null, results.Length);
        var calendar = Calendar;
        for (var i = 0; i < requests.Length; i++)
        {
            var request = requests[i] ?? throw new PolicyArgumentException($"requests[{i}] is null.", nameof(requests));
            results[i] = ReplyClock.Due(request, calendar, RequestRules);
        }
    }

    /// <summary>
    /// The last days to challenge a delivered reply (§8.11): reconsideration within 60 days (a year when the reply did not tell of the
    /// right), litigation within 6 months, each from the day the applicant knew the reply (D39) and moved off a non-working last day;
    /// with <paramref name="reconsiderationDecisionReceivedOn"/>, also the 15 days to sue after the decision.
    /// </summary>
    /// <param name="request">A request whose reply was delivered.</param>
    /// <param name="reconsiderationDecisionReceivedOn">The day the applicant received a reconsideration decision, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The reply was not delivered.</exception>
    /// <exception cref="ArgumentException">The decision was received before the applicant knew the reply.</exception>
    /// <exception cref="CalendarCoverageException">A last day lies outside the calendar's coverage.</exception>
    public RedressWindows RedressWindowsFor(InformationRequest request, LocalDate? reconsiderationDecisionReceivedOn = null) =>
        Requests_.RedressWindows.Of(Preconditions.CheckNotNull(request), reconsiderationDecisionReceivedOn, Calendar);

    /// <inheritdoc />
    public override string ToString() => Name;

    private static DisclosurePolicy CreateDefault()
    {
        const string Scope = "§2.2";
        static ScopeRule Rule(BodyType type, ObligationLevel level, GoverningRegime? regime = null) => new(type, level, regime, Scope);

        return new DisclosurePolicy(
        [
            Rule(BodyType.AdministrativeOrgan, ObligationLevel.Full),
            Rule(BodyType.CivilServantManagedInstitution, ObligationLevel.Full),
            Rule(BodyType.InstitutionWithAdministrativeFunctions, ObligationLevel.Full),
            Rule(BodyType.School, ObligationLevel.ServiceDisclosure),
            Rule(BodyType.Hospital, ObligationLevel.ServiceDisclosure),
            Rule(BodyType.WaterUtility, ObligationLevel.ServiceDisclosure),
            Rule(BodyType.PowerUtility, ObligationLevel.ServiceDisclosure),
            Rule(BodyType.PublicTransport, ObligationLevel.ServiceDisclosure),
            Rule(BodyType.PartyOrgan, ObligationLevel.ByReference),
            Rule(BodyType.PeoplesCongressOrgan, ObligationLevel.ByReference),
            Rule(BodyType.CppccOrgan, ObligationLevel.ByReference),
            Rule(BodyType.JudicialOrgan, ObligationLevel.ByReference),
            Rule(BodyType.MassOrganization, ObligationLevel.ByReference),
            Rule(BodyType.Township, ObligationLevel.GovernedElsewhere, GoverningRegime.TownshipAffairs),
            Rule(BodyType.Village, ObligationLevel.GovernedElsewhere, GoverningRegime.VillageAffairs),
            Rule(BodyType.Enterprise, ObligationLevel.GovernedElsewhere, GoverningRegime.EnterpriseAffairs),
            Rule(BodyType.Other, ObligationLevel.NotObligated),
        ], DeadlineEngine.Seed("民政局深化政务公开意见 (seed policy)"), AssessmentRules.Default, RequestRules.Default, ReportingRules.Default);
    }
}
