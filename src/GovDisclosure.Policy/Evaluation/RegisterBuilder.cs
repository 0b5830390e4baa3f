using System.Runtime.CompilerServices;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Evaluation;

/// <summary>
/// Builds a <see cref="Register"/> a section at a time: the units and their disclosure records, and whichever supervision
/// sections the county keeps (commitments, disclosure rules, inspections, complaints, requests, annual reports, redress cases).
/// A section left out is empty, so a section added to the library later breaks no caller. <see cref="Build"/> checks everything
/// and throws on any problem; <see cref="BuildResult"/> keeps what was right and lists the rest.
/// </summary>
/// <remarks>A builder is a mutable scratchpad for one thread, like <see cref="System.Text.StringBuilder"/>; the register it builds is
/// immutable and copies what it was given. Each <c>Add…</c> may be called more than once; the items are kept in the order added.</remarks>
public sealed class RegisterBuilder
{
    private readonly List<Body> bodies = [];
    private readonly List<DisclosureRecord> records = [];
    private readonly List<ServiceCommitment> commitments = [];
    private readonly List<DisclosureRules> disclosureRules = [];
    private readonly List<InspectionPlan> inspections = [];
    private readonly List<Complaint> complaints = [];
    private readonly List<InformationRequest> requests = [];
    private readonly List<AnnualReportPublication> annualReports = [];
    private readonly List<RedressCase> redressCases = [];

    /// <summary>Starts a register of <paramref name="year"/>.</summary>
    /// <param name="year">The assessment year; every record's trigger falls in it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not between 1 and 9998.</exception>
    public RegisterBuilder(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, DisclosureYears.First, DisclosureYears.Last);
        Year = year;
    }

    /// <summary>The assessment year.</summary>
    public int Year { get; }

    internal IReadOnlyList<Body> Bodies => bodies;

    internal IReadOnlyList<DisclosureRecord> Records => records;

    internal IReadOnlyList<ServiceCommitment> Commitments => commitments;

    internal IReadOnlyList<DisclosureRules> DisclosureRules => disclosureRules;

    internal IReadOnlyList<InspectionPlan> Inspections => inspections;

    internal IReadOnlyList<Complaint> Complaints => complaints;

    internal IReadOnlyList<InformationRequest> Requests => requests;

    internal IReadOnlyList<AnnualReportPublication> AnnualReports => annualReports;

    internal IReadOnlyList<RedressCase> RedressCases => redressCases;

    /// <summary>Adds units; their ids must be unique across the register.</summary>
    /// <param name="bodies">The units.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bodies"/> is null.</exception>
    public RegisterBuilder AddBodies(IEnumerable<Body> bodies) => Add(this.bodies, bodies);

    /// <summary>Adds disclosure records, each naming a unit and its obligation (entry, item or catalog row); ids must be unique.</summary>
    /// <param name="records">The records.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public RegisterBuilder AddRecords(IEnumerable<DisclosureRecord> records) => Add(this.records, records);

    /// <summary>Adds service commitments (§2.1.C).</summary>
    /// <param name="commitments">The commitments.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="commitments"/> is null.</exception>
    public RegisterBuilder AddCommitments(IEnumerable<ServiceCommitment> commitments) => Add(this.commitments, commitments);

    /// <summary>Adds departments' disclosure rules (§5).</summary>
    /// <param name="rules">The rules.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public RegisterBuilder AddDisclosureRules(IEnumerable<DisclosureRules> rules) => Add(this.disclosureRules, rules);

    /// <summary>Adds inspection plans (§4.1), of any year; the evaluation reads the register's.</summary>
    /// <param name="inspections">The plans.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inspections"/> is null.</exception>
    public RegisterBuilder AddInspections(IEnumerable<InspectionPlan> inspections) => Add(this.inspections, inspections);

    /// <summary>Adds complaints (§4.1).</summary>
    /// <param name="complaints">The complaints.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="complaints"/> is null.</exception>
    public RegisterBuilder AddComplaints(IEnumerable<Complaint> complaints) => Add(this.complaints, complaints);

    /// <summary>Adds requests for disclosure (§8), each naming a unit of the register; ids must be unique.</summary>
    /// <param name="requests">The requests, each with its history.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requests"/> is null.</exception>
    public RegisterBuilder AddRequests(IEnumerable<InformationRequest> requests) => Add(this.requests, requests);

    /// <summary>Adds published annual reports (§9.1), each naming a unit of the register, one per unit and year.</summary>
    /// <param name="annualReports">The publications.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="annualReports"/> is null.</exception>
    public RegisterBuilder AddAnnualReports(IEnumerable<AnnualReportPublication> annualReports) => Add(this.annualReports, annualReports);

    /// <summary>Adds reconsiderations and lawsuits about disclosure (§9.5), each naming a unit of the register; ids must be unique.</summary>
    /// <param name="redressCases">The cases.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="redressCases"/> is null.</exception>
    public RegisterBuilder AddRedressCases(IEnumerable<RedressCase> redressCases) => Add(this.redressCases, redressCases);

    /// <summary>
    /// Builds the register, checking that every record names a known unit, its entry (with at most one of the entry's items, D23), an
    /// item no entry covers (D3) or a catalog row (§10), a trigger in the year, no publication before its obligation starts, no take-down
    /// on or before its publication, and no obligation twice; and that every supervision item names a known unit, with unique ids.
    /// </summary>
    /// <returns>The register.</returns>
    /// <exception cref="RegisterException">Something is wrong; every problem is counted and the first ones kept. <see cref="BuildResult"/> keeps the rest instead.</exception>
    public Register Build() => Register.From(this).ThrowIfInvalid();

    /// <summary>Builds a register from whatever of the input is right, and lists what is not: the checks of <see cref="Build"/>, with the
    /// problems in the result instead of an exception.</summary>
    /// <returns>The accepted register and every problem.</returns>
    public RegisterResult BuildResult() => Register.From(this);

    private RegisterBuilder Add<T>(List<T> section, IEnumerable<T> items, [CallerArgumentExpression(nameof(items))] string paramName = "")
    {
        section.AddRange(Preconditions.CheckNotNull(items, paramName));
        return this;
    }
}
