using System.Text.Json;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Json;

/// <summary>
/// Reads a register's JSON as it streams in: the root's small sections whole, the records one at a time. What
/// becomes of each record is <see cref="OnRecord"/>'s: kept for a <see cref="Register"/>, or judged at once by a
/// streaming evaluation, which needs <c>year</c> and <c>bodies</c> before <c>records</c>.
/// </summary>
internal abstract partial class RegisterReader
{
    private static readonly CodeTable<BodyType> BodyTypes = new();
    private static readonly CodeTable<AdministrativeLevel> Levels = new();
    private static readonly CodeTable<BodyRole> Roles = new();
    private static readonly CodeTable<ScheduleEntry> Entries = new();
    private static readonly CodeTable<DisclosureItem> Items = new();
    private static readonly CodeTable<Channel> ChannelCodes = new();
    private static readonly CodeTable<Catalogs.NationalChannel> NationalChannelCodes = new();
    private static readonly CodeTable<ComplaintChannel> ComplaintChannels = new();
    private static readonly CodeTable<RequestChannel> RequestChannels = new();
    private static readonly CodeTable<ApplicantKind> Applicants = new();
    private static readonly CodeTable<RequestEventKind> EventKinds = new();
    private static readonly CodeTable<ConsultationParty> Parties = new();
    private static readonly CodeTable<RequestOutcome> Outcomes = new();
    private static readonly CodeTable<DeliveryMethod> DeliveryMethods = new();
    private static readonly CodeTable<RedressCaseKind> RedressKinds = new();
    private static readonly CodeTable<RedressResult> RedressResults = new();

    /// <summary>One channel arrays, shared by every publication that used one channel (the common case): never written to.</summary>
    private static readonly Channel[][] SingleChannels = SingleChannelArrays();

    private static readonly int ChannelSlots = Channel.InOrder.Max(channel => channel.Value) + 1;

    private readonly RecordScratch scratch = new();   // the record being read, reused
    private readonly List<Channel> channels = [];
    private readonly Dictionary<string, (int Line, int Column)> bodyIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> complaintIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> requestIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> reportIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> redressIds = new(StringComparer.Ordinal);
    private readonly JsonValueParser<Element<Body>> bodyParser;
    private readonly JsonValueParser<Element<RecordScratch>> recordParser;
    private readonly JsonValueParser<Element<ServiceCommitment>> commitmentParser;
    private readonly JsonValueParser<Element<DisclosureRules>> rulesParser;
    private readonly JsonValueParser<Element<InspectionPlan>> planParser;
    private readonly JsonValueParser<Element<Complaint>> complaintParser;
    private readonly JsonValueParser<Element<InformationRequest>> requestParser;
    private readonly JsonValueParser<Element<AnnualReportPublication>> reportParser;
    private readonly JsonValueParser<Element<RedressCase>> redressParser;
    private readonly Channel[]?[] channelPairs = new Channel[]?[ChannelSlots * ChannelSlots];   // this read's shared two-channel arrays
    private readonly HashSet<string> brokenBodyIds = new(StringComparer.Ordinal);   // bodies read with problems: known, not kept
    private bool bodyWithoutId;   // a body read with no id (missing or unreadable)
    private readonly List<BodyReference> sectionBodies = [];
    private readonly List<(int Line, int Column)> eventPositions = [];   // of the request being read
    private readonly JsonValues.ElementReader<RequestEvent> eventReader;
    private readonly Dictionary<string, RequestPlace> requestPlaces = new(StringComparer.Ordinal);
    private long bodyAt;   // where the element being read names its body
    private int lastBodyIndex;   // the body the last record named
    private Utf8Lookup? bodyLookup;   // the bodies' ids by their bytes, once the bodies are read: records then share their strings
    private string[] bodyIdStrings = [];
    private int index;   // of the element being read

    protected RegisterReader(JsonInput input)
    {
        Input = input;
        // Each delegate made once: a method group converted per element would allocate per record.
        ElementReader<Body> body = ReadBody;
        ElementReader<RecordScratch> record = ReadRecord;
        ElementReader<ServiceCommitment> commitment = ReadCommitment;
        ElementReader<DisclosureRules> rules = ReadRules;
        ElementReader<InspectionPlan> plan = ReadPlan;
        ElementReader<Complaint> complaint = ReadComplaint;
        bodyParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, RootField.Bodies, "a body", body);
        recordParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, RootField.Records, "a record", record);
        commitmentParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, RootField.Commitments, "a service commitment", commitment);
        rulesParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, RootField.DisclosureRules, "disclosure rules", rules);
        planParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, RootField.Inspections, "an inspection plan", plan);
        complaintParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, RootField.Complaints, "a complaint", complaint);
        ElementReader<InformationRequest> request = ReadRequest;
        requestParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, RootField.Requests, "a request", request);
        eventReader = (JsonInput input, ref Utf8JsonReader reader, in JsonPath path) =>
        {
            eventPositions.Add(input.PositionOf(ref reader));
            return ReadEvent(input, ref reader, path);
        };
        ElementReader<AnnualReportPublication> report = ReadReport;
        reportParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, RootField.AnnualReports, "an annual report", report);
        ElementReader<RedressCase> redress = ReadRedress;
        redressParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, RootField.RedressCases, "a redress case", redress);
    }

    private delegate T? ElementReader<T>(ref Utf8JsonReader reader, in JsonPath path, long offset);

    protected JsonInput Input { get; }

    protected int? Year { get; private set; }

    protected bool YearSeen { get; private set; }

    protected List<Body> Bodies { get; } = [];

    protected bool BodiesSeen { get; private set; }

    protected List<ServiceCommitment> Commitments { get; } = [];

    protected List<DisclosureRules> DisclosureRules { get; } = [];

    protected List<InspectionPlan> Inspections { get; } = [];

    protected List<Complaint> Complaints { get; } = [];

    protected List<InformationRequest> Requests { get; } = [];

    /// <summary>Where each request stands, by its id (the first request of an id).</summary>
    protected IReadOnlyDictionary<string, RequestPlace> RequestPlaces => requestPlaces;

    protected List<AnnualReportPublication> AnnualReports { get; } = [];

    protected List<RedressCase> RedressCases { get; } = [];

    /// <summary>A builder of the register read, with <paramref name="records"/> as its records.</summary>
    protected RegisterBuilder Builder(IEnumerable<DisclosureRecord> records) =>
        new RegisterBuilder(Year!.Value).AddBodies(Bodies).AddRecords(records).AddCommitments(Commitments).AddDisclosureRules(DisclosureRules)
            .AddInspections(Inspections).AddComplaints(Complaints).AddRequests(Requests).AddAnnualReports(AnnualReports).AddRedressCases(RedressCases);

    /// <summary>Called when the <c>records</c> array begins; may report that the file's order does not allow streaming.</summary>
    protected virtual void BeginRecords((int Line, int Column) at)
    {
    }

    /// <summary>
    /// A record read without problems of its own, with its offset in the input (<see cref="JsonInput.PositionAt"/> gives its line
    /// while the record is being handled); the scratch is reused for the next record.
    /// </summary>
    protected abstract void OnRecord(RecordScratch record, int recordIndex, long offset);

    /// <summary>Reads the whole register.</summary>
    protected async ValueTask ReadAsync()
    {
        if (!await Input.NextTokenAsync().ConfigureAwait(false) || Input.TokenType != JsonTokenType.StartObject)
        {
            Input.Problem(Input.TokenPosition, "$", $"expected a register (a JSON object); found {Input.TokenType}.");
            throw Input.Problems.ToException();
        }

        var rootPosition = Input.TokenPosition;
        var seen = 0UL;
        while (await Input.NextTokenAsync().ConfigureAwait(false) && Input.TokenType == JsonTokenType.PropertyName)
        {
            var field = await MatchRootAsync(ref seen).ConfigureAwait(false);
            switch (field)
            {
                case 0:   // $schema
                    await Input.ParseValueAsync(static (JsonInput input, ref Utf8JsonReader reader) =>
                    {
                        input.Next(ref reader);
                        return JsonValues.String(input, ref reader, JsonPath.Root, "$schema");
                    }).ConfigureAwait(false);
                    break;
                case 1:
                    Year = await Input.ParseValueAsync(static (JsonInput input, ref Utf8JsonReader reader) =>
                    {
                        input.Next(ref reader);
                        return JsonValues.Int(input, ref reader, JsonPath.Root, "year", DisclosureYears.First, DisclosureYears.Last);
                    }).ConfigureAwait(false);
                    YearSeen = true;
                    break;
                case 2:
                    await ReadArrayAsync(RootField.Bodies, bodyParser, (body, offset) => AddUnique(Bodies, bodyIds, body, body.Id, null, offset, RootField.Bodies, "body"))
                        .ConfigureAwait(false);
                    BodiesSeen = true;
                    bodyIdStrings = [.. Bodies.Select(body => body.Id)];
                    bodyLookup = new Utf8Lookup(bodyIdStrings);
                    scratch.BodyIds = bodyIdStrings;
                    break;
                case 3:
                    BeginRecords(Input.TokenPosition);
                    await ReadArrayAsync(RootField.Records, recordParser, (record, offset) =>
                    {
                        if (NamesKnownBody(record))
                        {
                            OnRecord(record, index, offset);
                        }
                    }).ConfigureAwait(false);
                    break;
                case 4:
                    await ReadArrayAsync(RootField.Commitments, commitmentParser, (c, _) => Refer(Commitments, c, c.BodyId, RootField.Commitments)).ConfigureAwait(false);
                    break;
                case 5:
                    await ReadArrayAsync(RootField.DisclosureRules, rulesParser, (r, _) => Refer(DisclosureRules, r, r.BodyId, RootField.DisclosureRules)).ConfigureAwait(false);
                    break;
                case 6:
                    await ReadArrayAsync(RootField.Inspections, planParser, (p, _) => Refer(Inspections, p, p.BodyId, RootField.Inspections)).ConfigureAwait(false);
                    break;
                case 7:
                    await ReadArrayAsync(RootField.Complaints, complaintParser, (c, offset) => AddUnique(Complaints, complaintIds, c, c.Id, c.BodyId, offset, RootField.Complaints, "complaint"))
                        .ConfigureAwait(false);
                    break;
                case 8:
                    await ReadArrayAsync(RootField.Requests, requestParser, (r, offset) => AddUnique(Requests, requestIds, r, r.Id, r.BodyId, offset, RootField.Requests, "request"))
                        .ConfigureAwait(false);
                    break;
                case 9:
                    await ReadArrayAsync(RootField.AnnualReports, reportParser, (r, offset) =>
                        AddUnique(AnnualReports, reportIds, r, $"{r.Year} {r.BodyId}", r.BodyId, offset, RootField.AnnualReports, "annual report (year and body)")).ConfigureAwait(false);
                    break;
                case 10:
                    await ReadArrayAsync(RootField.RedressCases, redressParser, (c, offset) => AddUnique(RedressCases, redressIds, c, c.Id, c.BodyId, offset, RootField.RedressCases, "redress case"))
                        .ConfigureAwait(false);
                    break;
                default:
                    await Input.ParseValueAsync(static (JsonInput input, ref Utf8JsonReader reader) =>
                    {
                        input.Next(ref reader);
                        input.Skip(ref reader);
                        return true;
                    }).ConfigureAwait(false);
                    break;
            }
        }

        // Reading on past the root's end makes the reader reject a second root or trailing text.
        while (await Input.NextTokenAsync().ConfigureAwait(false))
        {
        }

        CheckSectionBodies();
        foreach (var field in (ReadOnlySpan<RootField>)[RootField.Year, RootField.Bodies, RootField.Records])
        {
            if (!JsonFields.Given(seen, 1UL << (int)field))
            {
                var name = RootFields.Name((int)field);
                Input.Problem(rootPosition, $"$.{name}", $"the required property \"{name}\" of a register is missing.");
            }
        }
    }

    /// <summary>Keeps an element whose id is new; reports one whose id an earlier element has, with that element's line.</summary>
    private void AddUnique<T>(List<T> accepted, Dictionary<string, (int Line, int Column)> ids, T value, string id, string? bodyId, long offset, RootField array,
        string what)
        where T : class
    {
        if (ids.TryAdd(id, Input.PositionAt(offset)))
        {
            Refer(accepted, value, bodyId, array);
        }
        else
        {
            Input.Problem(offset, JsonPath.Root.Element(RootFields.Name((int)array), index).Of("id"), $"the {what} id \"{id}\" is used twice; the first is at line {ids[id].Line}.");
        }
    }

    /// <summary>Keeps a section's element, noting the body it names (null for none) to check once every body is read.</summary>
    private void Refer<T>(List<T> section, T element, string? bodyId, RootField array)
        where T : class
    {
        section.Add(element);
        if (bodyId is not null)
        {
            sectionBodies.Add(new BodyReference(RootFields.Name((int)array), index, bodyId, Input.PositionAt(bodyAt), () => section.Remove(element)));
        }
    }

    /// <summary>
    /// Whether a record names a body read before the records; one naming a body read with problems is set aside without a word (those
    /// problems are reported), and one naming no body read is a problem at its <c>body</c>. Records read before the bodies are left to the
    /// register's own checks.
    /// </summary>
    private bool NamesKnownBody(RecordScratch record)
    {
        if (bodyLookup is null || record.BodyIndex >= 0)
        {
            return true;
        }

        if (!NamesBrokenBody(record.BodyText!))
        {
            Input.Problem(bodyAt, JsonPath.Root.Element(RootFields.Name((int)RootField.Records), index).Of(RecordFields.Name((int)RecordField.Body)), UnknownBody(record.BodyText!));
        }

        return false;
    }

    /// <summary>Each section's element naming a body the register does not hold is a problem at its <c>body</c>, unless that body was read with
    /// problems; either way it is not kept, so the register's checks do not name it again.</summary>
    private void CheckSectionBodies()
    {
        if (!BodiesSeen)
        {
            return;   // no bodies to name: their absence is the one problem
        }

        foreach (var reference in sectionBodies.Where(reference => !bodyIds.ContainsKey(reference.BodyId)))
        {
            if (!NamesBrokenBody(reference.BodyId))
            {
                Input.Problem(reference.At, JsonPath.Root.Element(reference.Array, reference.Index).Of("body"), UnknownBody(reference.BodyId));
            }

            reference.Drop();
        }
    }

    /// <summary>Whether <paramref name="bodyId"/> may name a body read with problems, which were reported: a body of that id, or one whose id
    /// could not be read.</summary>
    private bool NamesBrokenBody(string bodyId) => bodyWithoutId || brokenBodyIds.Contains(bodyId);

    private static string UnknownBody(string bodyId) => $"it names the body \"{bodyId}\", which the register does not hold.";

    private ValueTask<int> MatchRootAsync(ref ulong seen)
    {
        var name = Input.PropertyName;   // null when the name is not text, reported already
        var field = name is null ? -1 : RootFields.IndexOf(name);
        if (field < 0)
        {
            if (name is not null)
            {
                Input.Problem(Input.TokenPosition, $"$.{Preconditions.Cut(name)}", RootFields.Unknown(name));
            }

            RootFields.MarkMeant(name, ref seen);
        }
        else if ((seen & (1UL << field)) != 0)
        {
            Input.Problem(Input.TokenPosition, $"$.{name}", $"the property \"{name}\" appears twice in the register; give it once.");
            field = -1;
        }
        else
        {
            seen |= 1UL << field;
        }

        return new ValueTask<int>(field);
    }

    private async ValueTask ReadArrayAsync<T>(RootField array, JsonValueParser<Element<T>> parse, Action<T, long> accept)
        where T : class
    {
        var isArray = await Input.ParseValueAsync((JsonInput input, ref Utf8JsonReader reader) =>
        {
            input.Next(ref reader);
            return JsonValues.IsArray(input, ref reader, JsonPath.Root, RootFields.Name((int)array));
        }).ConfigureAwait(false);
        if (!isArray)
        {
            return;
        }

        index = 0;
        await Input.ParseEachAsync(parse, element =>
        {
            if (element.End)
            {
                return false;
            }

            if (element.Value is { } value)
            {
                accept(value, element.Offset);
            }

            index++;
            return true;
        }).ConfigureAwait(false);
    }

    private Element<T> ReadElement<T>(ref Utf8JsonReader reader, RootField array, string what, ElementReader<T> read)
        where T : class
    {
        Input.Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return new Element<T>(true, null, 0);
        }

        var offset = Input.OffsetOf(ref reader);
        var path = JsonPath.Root.Element(RootFields.Name((int)array), index);
        return new Element<T>(false, JsonValues.IsObject(Input, ref reader, path, what) ? read(ref reader, path, offset) : null, offset);
    }

    private static Channel[][] SingleChannelArrays()
    {
        var arrays = new Channel[Channel.InOrder.Max(channel => channel.Value) + 1][];
        foreach (var channel in Channel.InOrder)
        {
            arrays[channel.Value] = [channel];
        }

        return arrays;
    }

    /// <summary>A section's element and the body it names, at <paramref name="At"/>; <paramref name="Drop"/> takes the element out of its section.</summary>
    private sealed record BodyReference(string Array, int Index, string BodyId, (int Line, int Column) At, Action Drop);

    /// <summary>A request's place in the file: its index in <c>requests</c>, where it stands, and where each of its events stands.</summary>
    protected sealed record RequestPlace(int Index, (int Line, int Column) At, (int Line, int Column)[] Events);

    /// <summary>One element of a top-level array, or its end.</summary>
    internal readonly record struct Element<T>(bool End, T? Value, long Offset)
        where T : class;

}
