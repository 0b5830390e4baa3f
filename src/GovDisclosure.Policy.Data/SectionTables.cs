using System.Globalization;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Requests;
using T = GovDisclosure.Policy.Data.LayoutTables;

namespace GovDisclosure.Policy.Data;

/// <summary>
/// A register's small sections read whole from their tables — bodies and their catalogs, commitments, disclosure rules, inspections,
/// complaints, requests and their events, annual reports, redress cases — each row checked, each reference to a body checked against the bodies
/// read, each id once. A database keeps no order but its keys', so each section is in the order of its keys (ordinal).
/// </summary>
internal sealed partial class SectionTables(DatabaseReading reading)
{
    private readonly Dictionary<string, Body> bodies = new(StringComparer.Ordinal);
    private readonly HashSet<string> brokenBodies = new(StringComparer.Ordinal);   // read with problems: known, not kept
    private readonly Dictionary<string, List<(int Position, string Name)>> catalogs = new(StringComparer.Ordinal);

    internal List<Body> Bodies { get; } = [];

    internal List<ServiceCommitment> Commitments { get; } = [];

    internal List<DisclosureRules> DisclosureRules { get; } = [];

    internal List<InspectionPlan> Inspections { get; } = [];

    internal List<Complaint> Complaints { get; } = [];

    internal List<InformationRequest> Requests { get; } = [];

    internal List<AnnualReportPublication> AnnualReports { get; } = [];

    internal List<RedressCase> RedressCases { get; } = [];

    /// <summary>Whether the body <paramref name="id"/> was read with problems of its own, which were reported.</summary>
    /// <remarks>A body read with no id might be any of them: then every unknown body is taken as that one, already reported.</remarks>
    internal bool IsBroken(string id) => bodyWithoutId || brokenBodies.Contains(id);

    private bool bodyWithoutId;   // a body row with no id: what names an unknown body may name it

    /// <summary>A builder of the register read, with <paramref name="records"/> as its records.</summary>
    internal RegisterBuilder Builder(int year, IEnumerable<DisclosureRecord> records) =>
        new RegisterBuilder(year).AddBodies(Bodies).AddRecords(records).AddCommitments(Commitments).AddDisclosureRules(DisclosureRules)
            .AddInspections(Inspections).AddComplaints(Complaints).AddRequests(Requests).AddAnnualReports(AnnualReports).AddRedressCases(RedressCases);

    /// <summary>Reads the bodies and every section.</summary>
    internal async Task ReadAsync()
    {
        await reading.ForEachRowAsync(T.Bodies, ReadBody).ConfigureAwait(false);
        await reading.ForEachRowAsync(T.BodyCatalogs, ReadBodyCatalog).ConfigureAwait(false);
        Bodies.AddRange(bodies.Values.OrderBy(body => body.Id, StringComparer.Ordinal)
            .Select(body => catalogs.TryGetValue(body.Id, out var names) ? body with { Catalogs = [.. names.OrderBy(name => name.Position).Select(name => name.Name)] } : body));
        await reading.ForEachRowAsync(T.Commitments, ReadCommitment).ConfigureAwait(false);
        await reading.ForEachRowAsync(T.DisclosureRules, ReadRules).ConfigureAwait(false);
        await ReadInspectionsAsync().ConfigureAwait(false);
        await ReadComplaintsAsync().ConfigureAwait(false);
        await ReadRequestsAsync().ConfigureAwait(false);
        await reading.ForEachRowAsync(T.AnnualReports, ReadReport).ConfigureAwait(false);
        await reading.ForEachRowAsync(T.RedressCases, ReadRedress).ConfigureAwait(false);
        Sort(Commitments, c => c.BodyId);
        Sort(DisclosureRules, r => r.BodyId);
        Sort(AnnualReports, r => r.BodyId + "\0" + r.Year.ToString("D4", CultureInfo.InvariantCulture));
        Sort(RedressCases, r => r.Id);
    }

    private static void Sort<TItem>(List<TItem> items, Func<TItem, string> key)
    {
        var sorted = items.OrderBy(key, StringComparer.Ordinal).ToArray();
        items.Clear();
        items.AddRange(sorted);
    }

    private void ReadBody(RowReader row)
    {
        row.Begin(0);
        var id = row.Id(0, required: true);
        var name = row.Text(1, required: true);
        var type = row.Code<BodyType>(2, required: true, "a body type");
        var principal = row.Text(3, required: true);
        var tookOffice = row.Date(4, required: true);
        var contact = row.Text(5, required: false);
        var level = row.Code<AdministrativeLevel>(6, required: false, "an administrative level");
        var role = row.Code<BodyRole>(7, required: false, "a body role");
        if (id is null || string.IsNullOrWhiteSpace(id))
        {
            bodyWithoutId = true;
            return;
        }

        if (bodies.ContainsKey(id) || brokenBodies.Contains(id))
        {
            row.Problem(0, "is the id of another row too; a body's id is unique.");
            return;
        }

        if (!row.Valid)
        {
            brokenBodies.Add(id);
            return;
        }

        var body = new Body(id, name!, type!, new PrincipalLeader(principal!, tookOffice!.Value), contact) { Role = role };
        bodies.Add(id, level is null ? body : body with { Level = level });
    }

    private void ReadBodyCatalog(RowReader row)
    {
        row.Begin(0, 1);
        var body = row.Id(0, required: true);
        var position = row.Integer(1, required: true, 0, int.MaxValue);
        var catalog = row.Text(2, required: true);
        if (KnownBody(row, 0, body) && row.Valid)
        {
            var names = catalogs.TryGetValue(body!, out var list) ? list : catalogs[body!] = [];
            if (names.Any(name => name.Position == position))
            {
                row.Problem(1, "is the position of another catalog of the body too; a body's catalogs are numbered once each.");
                return;
            }

            names.Add((position!.Value, catalog!));
        }
    }

    private void ReadCommitment(RowReader row)
    {
        row.Begin(0);
        var body = row.Id(0, required: true);
        var (window, notification, stop, end) = (row.Flag(1), row.Flag(2), row.Flag(3), row.Flag(4));
        var signedBy = row.Text(5, required: true);
        var signedOn = row.Date(6, required: true);
        var approvedOn = row.Date(7, required: false);
        var publishedOn = row.Date(8, required: false);
        if (KnownBody(row, 0, body) && row.Valid)
        {
            Commitments.Add(new ServiceCommitment(body!, window, notification, stop, end, signedBy!, signedOn!.Value, approvedOn, publishedOn));
        }
    }

    private void ReadRules(RowReader row)
    {
        row.Begin(0);
        var body = row.Id(0, required: true);
        var approvedOn = row.Date(1, required: false);
        var publishedOn = row.Date(2, required: false);
        if (KnownBody(row, 0, body) && row.Valid)
        {
            DisclosureRules.Add(new DisclosureRules(body!, approvedOn, publishedOn));
        }
    }

    /// <summary>The inspections table holds a row per planned day; a plan is the days of one year and body (or of the whole county).</summary>
    private async Task ReadInspectionsAsync()
    {
        var plans = new Dictionary<(int Year, string? Body), List<LocalDate>>();
        await reading.ForEachRowAsync(T.Inspections, row =>
        {
            row.Begin(1, 0);
            var year = row.Integer(0, required: true, DisclosureYears.First, DisclosureYears.Last);
            var body = row.Id(1, required: false);
            var day = row.Date(2, required: false);   // empty: a plan with no day yet
            if ((body is null || KnownBody(row, 1, body)) && row.Valid)
            {
                var days = plans.TryGetValue((year!.Value, body), out var found) ? found : plans[(year.Value, body)] = [];
                if (day is { } planned)
                {
                    days.Add(planned);
                }
            }
        }).ConfigureAwait(false);
        Inspections.AddRange(plans.OrderBy(plan => plan.Key.Year).ThenBy(plan => plan.Key.Body, StringComparer.Ordinal)
            .Select(plan => new InspectionPlan(plan.Key.Year, plan.Key.Body, [.. plan.Value.OrderBy(day => day)])));
    }

    private void ReadReport(RowReader row)
    {
        row.Begin(0, 1);
        var body = row.Id(0, required: true);
        var year = row.Integer(1, required: true, DisclosureYears.First, DisclosureYears.Last);
        var publishedOn = row.Date(2, required: true);
        if (KnownBody(row, 0, body) && row.Valid && UniqueReport(row, body!, year!.Value))
        {
            AddMade(row, () => new AnnualReportPublication(body!, year!.Value, publishedOn!.Value), AnnualReports);
        }
    }

    private void ReadRedress(RowReader row)
    {
        row.Begin(0);
        var id = row.Id(0, required: true);
        var body = row.Id(1, required: true);
        var kind = row.Code<RedressCaseKind>(2, required: true, "a redress case kind");
        var filedOn = row.Date(3, required: true);
        var result = row.Code<RedressResult>(4, required: true, "a redress result");
        var decidedOn = row.Date(5, required: false);
        var request = row.Id(6, required: false);
        if (KnownBody(row, 1, body) && Unique(row, redressIds, id) && row.Valid)
        {
            AddMade(row, () => new RedressCase(id!, body!, kind!, filedOn!.Value, result!, decidedOn) { RequestId = request }, RedressCases);
        }
    }

    private readonly HashSet<string> redressIds = new(StringComparer.Ordinal);
    private readonly HashSet<(string Body, int Year)> reports = [];

    private bool UniqueReport(RowReader row, string body, int year)
    {
        if (reports.Add((body, year)))
        {
            return true;
        }

        row.Problem(1, "is the year of another report of the body too; a unit publishes one report a year (§9.1).");
        return false;
    }

    /// <summary>Whether <paramref name="body"/> names a body read; a problem when it names none, nothing more when it names one read with problems
    /// (or when a body was read with no id) or is blank.</summary>
    private bool KnownBody(RowReader row, int ordinal, string? body)
    {
        if (body is null || bodies.ContainsKey(body))
        {
            return body is not null;
        }

        if (!string.IsNullOrWhiteSpace(body) && !IsBroken(body))   // a blank one was reported as blank
        {
            row.Problem(ordinal, $"names the body '{RowReader.Quote(body)}', which the table {reading.TableName(T.Bodies)} does not hold.");
        }

        return false;
    }

    /// <summary>Whether <paramref name="id"/> is the first row's of its id in the table; a problem when another row had it.</summary>
    private static bool Unique(RowReader row, HashSet<string> ids, string? id)
    {
        if (id is null || ids.Add(id))
        {
            return id is not null;
        }

        row.Problem(0, "is the id of another row too; an id is unique in its table.");
        return false;
    }

    private static void AddMade<TItem>(RowReader row, Func<TItem> make, List<TItem> into)
        where TItem : class
    {
        if (Made(row, make) is { } made)
        {
            into.Add(made);
        }
    }
}
