using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Requests;
using T = GovDisclosure.Policy.Data.LayoutTables;

namespace GovDisclosure.Policy.Data;

// Complaints and requests: rows whose columns are a history, replayed through the model's own transitions so that it checks them (§4.1, §8).
internal sealed partial class SectionTables
{
    // The complaints table's answer and escalation columns, tier by tier: the base unit, the competent department, the disclosure office.
    private static readonly (int Answered, int EscalatedFrom)[] Tiers = [(4, 5), (6, 7), (8, -1)];

    private readonly HashSet<string> complaintIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InformationRequest?> requests = new(StringComparer.Ordinal);   // null: read with problems
    private readonly Dictionary<string, List<(int Position, RequestEvent Event, string Key)>> events = new(StringComparer.Ordinal);

    /// <summary>The key of each request's events, in the order applied, by the request's id: where a problem of its history is named.</summary>
    internal Dictionary<string, string[]> EventKeys { get; } = new(StringComparer.Ordinal);

    private Task ReadComplaintsAsync() => reading.ForEachRowAsync(T.Complaints, row =>
    {
        row.Begin(0);
        var id = row.Id(0, required: true);
        var body = row.Id(1, required: true);
        var channel = row.Code<ComplaintChannel>(2, required: true, "a complaint channel");
        var lodgedOn = row.Date(3, required: true);
        var days = new LocalDate?[12];
        for (var column = 4; column < 12; column++)
        {
            days[column] = column == 10 ? null : row.Date(column, required: false);
        }

        var resolution = row.Text(10, required: false);
        if (KnownBody(row, 1, body) && Unique(row, complaintIds, id) && row.Valid && Replayed(row, Complaint.Lodge(id!, body!, channel!, lodgedOn!.Value), days, resolution) is { } complaint)
        {
            Complaints.Add(complaint);
        }
    });

    /// <summary>The complaint after each transition its columns record, tier by tier; null, with a problem at the column, when one is refused.</summary>
    private static Complaint? Replayed(RowReader row, Complaint complaint, LocalDate?[] days, string? resolution)
    {
        var column = 0;
        try
        {
            for (var tier = 0; tier < Tiers.Length; tier++)
            {
                var (answered, escalated) = Tiers[tier];
                if (days[column = answered] is { } answer)
                {
                    complaint = complaint.Answer(answer);
                }

                if (escalated >= 0 && days[column = escalated] is { } escalation)
                {
                    complaint = complaint.Escalate(escalation);
                }
                else if (escalated >= 0 && Array.FindIndex(days, escalated + 1, 8 - escalated, day => day is not null) is var later and >= 0)
                {
                    row.Problem(later, $"holds a day, but the complaint never reached that tier: {row.Column(escalated)} is empty.");
                    return null;
                }
            }

            if (days[column = 9] is { } resolved)
            {
                complaint = complaint.Resolve(resolved, resolution ?? "");
            }

            return days[column = 11] is { } rectified ? complaint.Rectify(rectified) : complaint;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            row.Problem(column, e.Message);
            return null;
        }
    }

    private async Task ReadRequestsAsync()
    {
        await reading.ForEachRowAsync(T.Requests, row =>
        {
            row.Begin(0);
            var id = row.Id(0, required: true);
            var body = row.Id(1, required: true);
            var channel = row.Code<RequestChannel>(2, required: true, "a request channel");
            var arrivedOn = row.Date(3, required: true);
            var confirmedOn = row.Date(4, required: false);
            var applicant = row.Code<ApplicantKind>(5, required: true, "an applicant kind");
            if (id is null || string.IsNullOrWhiteSpace(id))
            {
                requestWithoutId = true;
                return;
            }

            if (!Unique(row, requestIds, id))
            {
                return;
            }

            requests[id] = KnownBody(row, 1, body) && row.Valid
                ? Made(row, () => InformationRequest.Receive(id, body!, channel!, arrivedOn!.Value, confirmedOn, applicant!))
                : null;
        }).ConfigureAwait(false);
        await reading.ForEachRowAsync(T.RequestEvents, ReadEvent).ConfigureAwait(false);
        foreach (var (id, request) in requests.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (request is not null && !brokenHistories.Contains(id) && Applied(request, events.TryGetValue(id, out var list) ? [.. list.OrderBy(e => e.Position)] : []) is { } applied)
            {
                Requests.Add(applied);
            }
        }
    }

    private readonly HashSet<string> requestIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> unknownRequests = new(StringComparer.Ordinal);   // named by events, reported once
    private bool requestWithoutId;   // a request row with no id: what names an unknown request may name it
    private readonly HashSet<string> brokenHistories = new(StringComparer.Ordinal);   // requests with an event read with problems

    /// <summary>The request after its events, or null when its history refuses one (a problem at the event's row).</summary>
    private InformationRequest? Applied(InformationRequest request, (int Position, RequestEvent Event, string Key)[] history)
    {
        foreach (var (_, e, key) in history)
        {
            if (!request.TryApply(e, out var next, out var refusal))
            {
                reading.Problems.Add(new TableProblem(reading.TableName(T.RequestEvents), key, null, refusal.Message.En));
                return null;
            }

            request = next;
        }

        EventKeys[request.Id] = [.. history.Select(e => e.Key)];
        return request;
    }

    private void ReadEvent(RowReader row)
    {
        row.Begin(0, 1);
        var request = row.Id(0, required: true);
        var position = row.Integer(1, required: true, 0, int.MaxValue);
        var kind = row.Code<RequestEventKind>(2, required: true, "a request event kind");
        var on = row.Date(3, required: true);
        var until = row.Date(4, required: false);
        var workingDays = row.Integer(5, required: false, int.MinValue, int.MaxValue);   // the regime's range, checked by the history (§8.4)
        var party = row.Code<ConsultationParty>(6, required: false, "a consultation party");
        var outcome = row.Code<RequestOutcome>(7, required: false, "a request outcome");
        var method = row.Code<DeliveryMethod>(8, required: false, "a delivery method");
        var told = row.OptionalFlag(9);
        if (request is null || !row.Valid || kind is null || on is not { } day)
        {
            if (request is not null)
            {
                brokenHistories.Add(request);   // its other events would be judged without this one: the history is not replayed
            }

            return;
        }

        if (!requests.TryGetValue(request, out var known))
        {
            // Once for each request named (its other events add nothing), and not at all when a request was read with no id, which it may be.
            if (!requestWithoutId && unknownRequests.Add(request) && !string.IsNullOrWhiteSpace(request))
            {
                row.Problem(0, $"names the request '{RowReader.Quote(request)}', which the table {reading.TableName(T.Requests)} does not hold.");
            }

            return;
        }

        var list = events.TryGetValue(request, out var found) ? found : events[request] = [];
        if (list.Any(e => e.Position == position))
        {
            row.Problem(1, "is the position of another event of the request too; a request's events are numbered once each.");
        }
        else if (known is not null && EventOf(row, kind, day, until, workingDays, party, outcome, method, told) is { } made)
        {
            list.Add((position!.Value, made, row.Key!));
            return;
        }

        brokenHistories.Add(request);
    }

    // The columns of request_events' values, by the names RequestEvent.Create gives them when it refuses one.
    private static readonly string[] EventValues = ["until", "workingDays", "party", "outcome", "method", "toldOfRedress"];

    /// <summary>The event, through <see cref="RequestEvent.Create"/>, which checks the values its kind carries and its factory's own; null, with a
    /// problem at the column the model names, when it refuses them.</summary>
    private static RequestEvent? EventOf(RowReader row, RequestEventKind kind, LocalDate day, LocalDate? until, int? workingDays, ConsultationParty? party,
        RequestOutcome? outcome, DeliveryMethod? method, bool? told)
    {
        try
        {
            return RequestEvent.Create(kind, day, until, workingDays, party, outcome, method, told);
        }
        catch (ArgumentException e)
        {
            // A value the kind needs or does not carry is named by its column, in the reader's words; the factory's own refusal as it says it.
            var column = Array.IndexOf(EventValues, e.ParamName) is var at and >= 0 ? at + 4 : -1;
            row.Problem(column < 0 ? null : column, column < 0 ? e.Message
                : row.IsNull(column) ? $"is empty; an event of kind {kind.Name} needs it."
                : $"holds a value, but an event of kind {kind.Name} has none; leave it empty.");
            return null;
        }
    }

    /// <summary>What <paramref name="make"/> makes, or null when the model refuses it (a problem of the row).</summary>
    private static TItem? Made<TItem>(RowReader row, Func<TItem> make)
        where TItem : class
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            row.Problem(null, e.Message);
            return null;
        }
    }
}
