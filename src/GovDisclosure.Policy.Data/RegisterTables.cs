using GovDisclosure.Policy.Calendar;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Requests;
using T = GovDisclosure.Policy.Data.LayoutTables;

namespace GovDisclosure.Policy.Data;

/// <summary>
/// A register in a database (§13, D48), through ADO.NET's abstractions: evaluated as its records stream from a <see cref="DbDataReader"/>, read
/// whole, or written into the tables. The caller hands in an open <see cref="DbConnection"/> of any provider and keeps it: the package runs
/// its commands on it, one open reader at a time, and never opens, closes or builds connections. The tables are those of
/// <see cref="RegisterLayout"/> (docs/databases.md), under the host's own names when mapped.
/// </summary>
/// <remarks>
/// A database holds no order but its keys': the units and each section come in the order of their ids (ordinal), and the records in their
/// ids' order. The year's records are those whose trigger column falls in the year, chosen in SQL
/// (<c>trigger_date &gt;= 'yyyy-01-01' AND trigger_date &lt; 'yyyy+1-01-01'</c>, which a date column and ISO text both answer rightly); the
/// other sections are read whole, as a register holds them (the evaluation takes what concerns the year).
/// </remarks>
public static class RegisterTables
{
    /// <summary>
    /// Evaluates the register of <paramref name="year"/> in the database as its records stream in, keeping none of them: the units and sections
    /// are read first and held, then each record is checked and judged through the core's <see cref="EvaluationSession"/>. The result is what
    /// <see cref="DisclosurePolicy.Evaluate(Register, LocalDate)"/> gives for the same register, except that it cannot list
    /// <see cref="RegisterEvaluation.Outcomes"/> again: set <see cref="RegisterTableOptions.OnOutcome"/> to receive each outcome as it is judged.
    /// </summary>
    /// <param name="policy">The policy to apply.</param>
    /// <param name="connection">An open connection; used as it is, not closed.</param>
    /// <param name="year">The assessment year, 1 to 9998.</param>
    /// <param name="asOf">The day of the evaluation.</param>
    /// <param name="options">The layout, the transaction and the outcomes' callback; null for <see cref="RegisterTableOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="connection"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connection"/> is not open, or <paramref name="asOf"/> is not an ISO date.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9998.</exception>
    /// <exception cref="RegisterDataException">Rows have problems (every one listed, by table, key and column), or the database failed — a missing
    /// table or column, a connection that dropped — with how far the records got.</exception>
    /// <exception cref="CalendarCoverageException"><paramref name="asOf"/>, or a record's due date, is outside the policy's calendar (D27).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<RegisterEvaluation> EvaluateAsync(DisclosurePolicy policy, DbConnection connection, int year, LocalDate asOf,
        RegisterTableOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(policy);
        Preconditions.CheckOpen(connection);
        Preconditions.CheckIso(asOf, nameof(asOf));
        CheckYear(year);
        options ??= RegisterTableOptions.Default;
        var reading = new DatabaseReading(connection, options, cancellationToken);
        var sections = new SectionTables(reading);
        await sections.ReadAsync().ConfigureAwait(false);
        var (bodies, setAside) = WithKnownCatalogs(policy, sections, reading);
        var session = policy.BeginEvaluation(year, bodies, asOf, new EvaluationSessionOptions { OnOutcome = options.OnOutcome });
        var stream = new RecordStream(reading, bodies, id => sections.IsBroken(id) || setAside.Contains(id),
            record => setAside.Contains(bodies[record.BodyIndex].Id) ? null : session.TryAdd(record, out var problem) ? null : problem.Message);
        await stream.ReadAsync(year).ConfigureAwait(false);
        var register = Checked(sections.Builder(year, []), reading, null);
        CheckClocks(policy, register.Requests, asOf, sections, reading);
        reading.Problems.ThrowIfAny(reading.RecordsRead);
        return session.AddCommitments(register.Commitments).AddDisclosureRules(register.DisclosureRules).AddInspections(register.Inspections)
            .AddComplaints(register.Complaints).AddRequests(register.Requests).AddAnnualReports(register.AnnualReports).AddRedressCases(register.RedressCases)
            .Complete();
    }

    /// <summary>
    /// Reads the register of <paramref name="year"/> whole: every section and the year's records, checked as <see cref="RegisterBuilder"/> checks
    /// them — a record id used twice included, which only a whole register can see.
    /// </summary>
    /// <param name="connection">An open connection; used as it is, not closed.</param>
    /// <param name="year">The assessment year, 1 to 9998.</param>
    /// <param name="options">The layout and transaction; null for <see cref="RegisterTableOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="connection"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connection"/> is not open.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9998.</exception>
    /// <exception cref="RegisterDataException">Rows have problems (every one listed), or the database failed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<Register> ReadAsync(DbConnection connection, int year, RegisterTableOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckOpen(connection);
        CheckYear(year);
        var reading = new DatabaseReading(connection, options ?? RegisterTableOptions.Default, cancellationToken);
        var sections = new SectionTables(reading);
        await sections.ReadAsync().ConfigureAwait(false);
        var records = new List<DisclosureRecord>();
        var bodies = sections.Bodies;
        var stream = new RecordStream(reading, bodies, sections.IsBroken, record =>
        {
            records.Add(record.ToRecord(bodies[record.BodyIndex].Id));
            return null;
        });
        await stream.ReadAsync(year).ConfigureAwait(false);
        var register = Checked(sections.Builder(year, records), reading, records);
        reading.Problems.ThrowIfAny(reading.RecordsRead);
        return register;
    }

    /// <summary>
    /// Writes <paramref name="register"/> into the layout's tables, which must exist (<see cref="RegisterLayout.SqliteDdl"/>,
    /// <see cref="RegisterLayout.PostgreSqlDdl"/>): to migrate a JSON register, or to seed a database. Rows are added, none changed; without a
    /// transaction in <paramref name="options"/> the package writes in one of its own, so that a failure leaves nothing half-written.
    /// Parameters are named <c>@p0</c>, <c>@p1</c> …, as SQLite, PostgreSQL, SQL Server and MySQL's providers take them.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="connection">An open connection; used as it is, not closed.</param>
    /// <param name="options">The layout and transaction; null for <see cref="RegisterTableOptions.Default"/>.</param>
    /// <param name="cancellationToken">Stops the writing (and rolls back the package's own transaction).</param>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> or <paramref name="connection"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connection"/> is not open.</exception>
    /// <exception cref="RegisterDataException">The database refused a row (a key already there, a missing table or column); the provider's exception is
    /// inside.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync(Register register, DbConnection connection, RegisterTableOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(register);
        Preconditions.CheckOpen(connection);
        return new RegisterWriter(connection, options ?? RegisterTableOptions.Default, cancellationToken).WriteAsync(register);
    }

    private static void CheckYear(int year)
    {
        if (year < DisclosureYears.First || year > DisclosureYears.Last)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The year is {year}; a register's year is from {DisclosureYears.First} to {DisclosureYears.Last}.");
        }
    }

    /// <summary>The bodies for the session: a body assigned a catalog the policy lacks is one problem, and is taken without its catalogs, its records
    /// set aside (§10).</summary>
    private static (Body[] Bodies, HashSet<string> SetAside) WithKnownCatalogs(DisclosurePolicy policy, SectionTables sections, DatabaseReading reading)
    {
        var bodies = sections.Bodies.ToArray();
        var setAside = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < bodies.Length; i++)
        {
            foreach (var name in bodies[i].Catalogs.Where(name => !policy.Catalogs.Any(catalog => catalog.Name == name)))
            {
                reading.Problems.Add(new TableProblem(reading.TableName(T.BodyCatalogs), $"{reading.Layout.ColumnName(T.BodyCatalogs.Name, "body_id")} '{bodies[i].Id}'",
                    reading.Layout.ColumnName(T.BodyCatalogs.Name, "catalog"),
                    $"assigns the catalog '{name}', which the policy '{policy.Name}' does not have; add it with WithCatalog before evaluating (§10)."));
                setAside.Add(bodies[i].Id);
            }

            if (setAside.Contains(bodies[i].Id))
            {
                bodies[i] = bodies[i] with { Catalogs = [] };
            }
        }

        return (bodies, setAside);
    }

    /// <summary>The register the builder accepts, its problems reported: a record's by its table and id; a section's, which the reading's own
    /// checks leave none of, by the register.</summary>
    private static Register Checked(RegisterBuilder builder, DatabaseReading reading, List<DisclosureRecord>? records)
    {
        var result = builder.BuildResult();
        var recordIds = new HashSet<string>(records?.Select(record => record.Id) ?? [], StringComparer.Ordinal);
        foreach (var problem in result.Problems)
        {
            reading.Problems.Add(recordIds.Contains(problem.SubjectId)
                ? new TableProblem(reading.TableName(T.Records), $"{reading.Layout.ColumnName(T.Records.Name, "id")} '{problem.SubjectId}'", null, problem.Message)
                : new TableProblem("register", null, null, $"{problem.SubjectId}: {problem.Message}"));
        }

        return result.Accepted;
    }

    /// <summary>What only the calendar shows (§8.4, §8.8, D32): a request's history the policy's calendar refuses, named at its event's row.</summary>
    private static void CheckClocks(DisclosurePolicy policy, IEnumerable<InformationRequest> requests, LocalDate asOf, SectionTables sections, DatabaseReading reading)
    {
        foreach (var request in requests.Where(request => request.ArrivedOn <= asOf))
        {
            if (policy.TryGetReplyStatus(request, asOf, out _, out var refusal))
            {
                continue;
            }

            // The clock refuses one of the request's events, which it names by kind and day: the index is always found.
            var i = request.Events.ToList().FindLastIndex(e => e.Kind == refusal.Refused && e.On == refusal.On);
            reading.Problems.Add(new TableProblem(reading.TableName(T.RequestEvents), sections.EventKeys[request.Id][i], null, refusal.Message.En));
        }
    }
}
