using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Json;

/// <summary>
/// The library's JSON: registers and profiles read and written in the documented form of
/// <c>schemas/register.schema.json</c> and <c>schemas/profile.schema.json</c> (codes for every closed set,
/// ISO dates), and serializer options for the report types. Reading reports every problem of a file at
/// once, each with its JSON path and line.
/// </summary>
public static partial class PolicyJson
{
    /// <summary>
    /// Reads a register, strictly (see the README's "Strict JSON"): every problem — malformed or non-UTF-8 text, an unknown or
    /// repeated property (with the closest known name), a missing field, a date that is not a date, an unknown code (with the
    /// valid ones), a duplicate id, a record the register rejects — is collected with its path, line and column and thrown
    /// together (the first <see cref="GovDisclosureException.MaxProblems"/>, all counted). The input is read as it streams in;
    /// the register itself is held in memory — for files too large for that, see <see cref="EvaluateRegister(DisclosurePolicy, Stream, LocalDate, Action{ObligationOutcome}?)"/>.
    /// </summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON (a byte-order mark is skipped); read to its end, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyJsonException">The input has problems; they are listed.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static Register ReadRegister(Stream utf8Json) => Synchronously(ReadRegisterAsync(utf8Json, sync: true, default));

    /// <summary>Reads a register as <see cref="ReadRegister"/> does, reading the stream asynchronously (as ASP.NET Core requires of a request body).</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON; read to its end, not closed.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyJsonException">The input has problems; they are listed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static Task<Register> ReadRegisterAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        ReadRegisterAsync(utf8Json, sync: false, cancellationToken).AsTask();

    /// <summary>
    /// Evaluates a register as it is read, record by record, keeping none of them: memory grows with the units and the
    /// findings, not with the records, so a file of any size can be evaluated. The result is what
    /// <see cref="DisclosurePolicy.Evaluate(Register, LocalDate)"/> gives for the same register, except that it cannot list
    /// <see cref="RegisterEvaluation.Outcomes"/> again — pass <paramref name="onOutcome"/> to receive each outcome as it is judged.
    /// The file must give <c>year</c> and <c>bodies</c> before <c>records</c>, as <see cref="WriteRegister"/> writes them. Each record
    /// is checked as the register checks it, and two records of one monthly, quarterly or yearly period are refused; what would
    /// need memory for every record — that no record id repeats, that no event is recorded twice — is not checked: read the
    /// file with <see cref="ReadRegister"/> for that.
    /// </summary>
    /// <param name="policy">The policy to apply.</param>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON; read to its end, not closed.</param>
    /// <param name="asOf">The day of the evaluation.</param>
    /// <param name="onOutcome">Called with each obligation's outcome as it is judged; may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read, or <paramref name="asOf"/> is not an ISO date.</exception>
    /// <exception cref="PolicyJsonException">The input has problems, or gives its records before its bodies; they are listed.</exception>
    /// <exception cref="CalendarCoverageException"><paramref name="asOf"/> is outside the policy's calendar (D27).</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static RegisterEvaluation EvaluateRegister(DisclosurePolicy policy, Stream utf8Json, LocalDate asOf, Action<ObligationOutcome>? onOutcome = null) =>
        Synchronously(EvaluateRegisterAsync(policy, utf8Json, asOf, onOutcome, sync: true, default));

    /// <summary>Evaluates a register as it is read, as <see cref="EvaluateRegister(DisclosurePolicy, Stream, LocalDate, Action{ObligationOutcome}?)"/> does, reading the stream asynchronously.</summary>
    /// <param name="policy">The policy to apply.</param>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON; read to its end, not closed.</param>
    /// <param name="asOf">The day of the evaluation.</param>
    /// <param name="onOutcome">Called with each obligation's outcome as it is judged; may be null.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read, or <paramref name="asOf"/> is not an ISO date.</exception>
    /// <exception cref="PolicyJsonException">The input has problems, or gives its records before its bodies; they are listed.</exception>
    /// <exception cref="CalendarCoverageException"><paramref name="asOf"/> is outside the policy's calendar (D27).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static Task<RegisterEvaluation> EvaluateRegisterAsync(DisclosurePolicy policy, Stream utf8Json, LocalDate asOf,
        Action<ObligationOutcome>? onOutcome = null, CancellationToken cancellationToken = default) =>
        EvaluateRegisterAsync(policy, utf8Json, asOf, onOutcome, sync: false, cancellationToken).AsTask();

    /// <summary>The result of a value task that was run with synchronous reads, and so has completed.</summary>
    internal static T Synchronously<T>(ValueTask<T> task)
    {
        System.Diagnostics.Debug.Assert(task.IsCompleted, "a synchronous read completes before it returns");
        return task.GetAwaiter().GetResult();
    }

    private static async ValueTask<Register> ReadRegisterAsync(Stream utf8Json, bool sync, CancellationToken cancellationToken)
    {
        var input = new JsonInput(utf8Json, "a register", sync, cancellationToken);
        try
        {
            return await new RegisterCollector(input).ReadRegisterAsync().ConfigureAwait(false);
        }
        finally
        {
            input.Release();
        }
    }

    private static async ValueTask<RegisterEvaluation> EvaluateRegisterAsync(DisclosurePolicy policy, Stream utf8Json, LocalDate asOf,
        Action<ObligationOutcome>? onOutcome, bool sync, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(policy);
        Preconditions.CheckIso(asOf, nameof(asOf));
        var input = new JsonInput(utf8Json, "a register", sync, cancellationToken);
        try
        {
            return await new StreamingEvaluator(input, policy, asOf, onOutcome).EvaluateAsync().ConfigureAwait(false);
        }
        finally
        {
            input.Release();
        }
    }

    /// <summary>Keeps every record, then builds the register and names each record it refuses by its place in the file.</summary>
    private sealed class RegisterCollector(JsonInput input) : RegisterReader(input)
    {
        private readonly List<DisclosureRecord> records = [];
        private readonly ChunkedSequence<(int Index, (int Line, int Column) At)> places = new();   // of each record kept, in order

        internal async ValueTask<Register> ReadRegisterAsync()
        {
            // A syntax error ends the reading: the records read by then are judged, as the streamed evaluation judged them on the way.
            Input.Ending = () => Report(Judged(recordsOnly: true));
            await ReadAsync().ConfigureAwait(false);
            Input.Ending = null;
            var result = Judged(recordsOnly: false);
            Report(result);
            Input.Problems.ThrowIfAny();
            return result!.Accepted;   // without a year or bodies there is a problem, thrown above
        }

        /// <summary>
        /// The register's own checks of what was read (of the records alone, or of everything), or null when the year or the bodies are
        /// missing: their absence is then the one problem.
        /// </summary>
        private RegisterResult? Judged(bool recordsOnly) =>
            Year is not { } year || !BodiesSeen ? null
            : (recordsOnly ? new RegisterBuilder(year).AddBodies(Bodies).AddRecords(records) : Builder(records)).BuildResult();

        /// <summary>
        /// Each problem of the register's own checks at the record it names, or at the root for the other sections, and each record id used a
        /// second time at its record. The register refuses records in input order, one problem each, before it judges any other section (the
        /// reader passes it no body it could refuse), so the records it left out are, in order, the subjects of its first problems.
        /// </summary>
        private void Report(RegisterResult? result)
        {
            if (result is not { IsValid: false })
            {
                return;
            }

            var accepted = result.Accepted.Records;
            var refused = new List<int>();
            for (int i = 0, kept = 0; i < records.Count; i++)
            {
                if (kept < accepted.Count && ReferenceEquals(records[i], accepted[kept]))
                {
                    kept++;
                }
                else
                {
                    refused.Add(i);
                }
            }

            // An id used twice has a refused record among its users (the register keeps only one); such ids alone are looked up.
            var twice = new HashSet<string>(refused.Select(i => records[i].Id), StringComparer.Ordinal);
            var firstOf = new Dictionary<string, int>(StringComparer.Ordinal);
            var next = 0;   // the register's next problem
            using var place = places.GetEnumerator();
            for (var i = 0; place.MoveNext(); i++)
            {
                var isRefused = next < refused.Count && refused[next] == i;
                var message = isRefused ? result.Problems[next++].Message : null;
                var (recordIndex, at) = place.Current;
                var id = records[i].Id;
                if (twice.Contains(id) && !firstOf.TryAdd(id, recordIndex))
                {
                    Input.Problem(at, $"$.records[{recordIndex}].id", $"the record id \"{id}\" is used twice; the first is $.records[{firstOf[id]}].");
                }
                else if (message is not null)
                {
                    Input.Problem(at, $"$.records[{recordIndex}]", message);
                }
            }

            foreach (var problem in result.Problems.Skip(refused.Count))
            {
                Input.Problem((1, 1), "$", problem.Message);
            }
        }

        protected override void OnRecord(RecordScratch scratch, int recordIndex, long offset)
        {
            records.Add(scratch.Materialize());
            places.Add((recordIndex, Input.PositionAt(offset)));
        }
    }

    /// <summary>Judges each record as it is read, through the public <see cref="EvaluationSession"/>; needs the year and the bodies first.</summary>
    private sealed class StreamingEvaluator(JsonInput input, DisclosurePolicy policy, LocalDate asOf, Action<ObligationOutcome>? onOutcome)
        : RegisterReader(input)
    {
        private EvaluationSession? session;
        private bool[] setAside = [];   // by body: records of a body the session could not take as written
        private (int Line, int Column)? recordsBeforeSections;   // where the records began, when the year or the bodies had not been read

        internal async ValueTask<RegisterEvaluation> EvaluateAsync()
        {
            await ReadAsync().ConfigureAwait(false);
            if (recordsBeforeSections is { } at && YearSeen && BodiesSeen)
            {
                // Missing, they are the reader's problem; a property name that was not text may have been one of them, and is the one problem.
                Input.Problem(at, "$.records",
                    "the streaming evaluation reads \"year\" and \"bodies\" before \"records\", and this file gives its records first. " +
                    "PolicyJson.WriteRegister writes them in that order; or read the file whole with PolicyJson.ReadRegister and evaluate the register.");
            }

            Input.Problems.ThrowIfAny();
            // The reader has refused what the register's checks of these sections would (unknown bodies, repeated ids); were one left, it
            // would be reported with the calendar's below.
            var sections = Builder([]).BuildResult();
            foreach (var problem in sections.Problems)
            {
                Input.Problem((1, 1), "$", $"{problem.SubjectId}: {problem.Message}");
            }

            var register = sections.Accepted;
            CheckClocks(register.Requests);
            Input.Problems.ThrowIfAny();
            return session!.AddCommitments(register.Commitments).AddDisclosureRules(register.DisclosureRules).AddInspections(register.Inspections)
                .AddComplaints(register.Complaints).AddRequests(register.Requests).AddAnnualReports(register.AnnualReports).AddRedressCases(register.RedressCases)
                .Complete();
        }

        /// <summary>
        /// What only the calendar shows (§8.4, §8.8, D32: an extension or a deferral told after the period ended, a fee paid late): each request
        /// the evaluation will judge, counted on the policy's calendar here, so that an impossible history is a problem at its event's line.
        /// </summary>
        private void CheckClocks(IEnumerable<InformationRequest> requests)
        {
            foreach (var request in requests.Where(request => request.ArrivedOn <= asOf))
            {
                if (policy.TryGetReplyStatus(request, asOf, out _, out var refusal))
                {
                    continue;
                }

                // The clock names the event it refuses by its kind and day; the file holds the request's events in order.
                var place = RequestPlaces[request.Id];
                var i = request.Events.Count - 1;
                while (i >= 0 && (request.Events[i].Kind != refusal.Refused || request.Events[i].On != refusal.On))
                {
                    i--;
                }

                Input.Problem(i < 0 ? place.At : place.Events[i], $"$.requests[{place.Index}]" + (i < 0 ? "" : $".events[{i}]"), refusal.Message.En);
            }
        }

        protected override void BeginRecords((int Line, int Column) at)
        {
            if (!YearSeen || !BodiesSeen)
            {
                // Whether the year and the bodies come later or not at all shows only at the end; the records are read for their own problems.
                recordsBeforeSections = at;
                return;
            }

            if (Year is not { } year)
            {
                return;   // the year's problem is reported; with no year no record can be judged
            }

            // A body assigned a catalog the policy lacks is one problem: the session takes it without its catalogs, and its records are set aside.
            var bodies = Bodies.ToArray();
            setAside = new bool[bodies.Length];
            for (var i = 0; i < bodies.Length; i++)
            {
                foreach (var name in bodies[i].Catalogs.Where(name => !policy.Catalogs.Any(catalog => catalog.Name == name)))
                {
                    Input.Problem(at, $"$.bodies[{i}].catalogs", $"the body \"{bodies[i].Id}\" is assigned the catalog \"{name}\", which the policy " +
                        $"\"{policy.Name}\" does not have; add it with WithCatalog before evaluating (§10).");
                    setAside[i] = true;
                }

                if (setAside[i])
                {
                    bodies[i] = bodies[i] with { Catalogs = [] };
                }
            }

            session = policy.BeginEvaluation(year, bodies, asOf, new EvaluationSessionOptions { OnOutcome = onOutcome });
        }

        protected override void OnRecord(RecordScratch record, int recordIndex, long offset)
        {
            // The bodies were read first, and a record naming none of them was reported by the reader.
            if (session is not null && !setAside[record.BodyIndex] && !session.TryAdd(record.Prepared(), out var problem))
            {
                Input.Problem(Input.PositionAt(offset), $"$.records[{recordIndex}]", problem.Message);
            }
        }
    }
}
