using System.Text.Json;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Serialization;

/// <summary>
/// Reads a register's JSON as it streams in: the root's small sections whole, the records one at a time. What
/// becomes of each record is <see cref="OnRecord"/>'s: kept for a <see cref="Register"/>, or judged at once by a
/// streaming evaluation, which needs <c>year</c> and <c>bodies</c> before <c>records</c>.
/// </summary>
internal abstract class RegisterReader
{
    private static readonly JsonFields RootFields = new("register", "$schema", "year", "bodies", "records", "commitments", "disclosureRules", "inspections", "complaints", "requests",
        "annualReports", "redressCases");
    private static readonly JsonFields BodyFields = new("body", "id", "name", "type", "principal", "supervisionContact", "level", "role", "catalogs");
    private static readonly JsonFields PrincipalFields = new("principal leader", "name", "tookOffice");
    private static readonly JsonFields RecordFields = new("record", "id", "body", "entry", "item", "trigger", "subject", "publications", "classified", "falsified", "refused", "catalog", "row");
    private static readonly JsonFields PublicationFields = new("publication", "date", "channels", "nationalChannels", "takenDownOn");
    private static readonly JsonFields CommitmentFields = new("service commitment", "body", "oneWindow", "oneTimeNotification", "oneStop", "endToEnd", "signedBy", "signedOn", "approvedOn", "publishedOn");
    private static readonly JsonFields RulesFields = new("disclosure rules", "body", "approvedOn", "publishedOn");
    private static readonly JsonFields PlanFields = new("inspection plan", "year", "body", "dates");
    private static readonly JsonFields ComplaintFields = new("complaint", "id", "body", "channel", "lodgedOn", "escalatedOn", "resolvedOn", "resolution", "rectifiedOn", "answeredOn");
    private static readonly JsonFields RequestFields = new("request", "id", "body", "channel", "arrivedOn", "confirmedOn", "applicant", "events");
    private static readonly JsonFields EventFields = new("request event", "kind", "on", "until", "workingDays", "party", "outcome", "method", "toldOfRedress");
    private static readonly JsonFields ReportFields = new("annual report", "body", "year", "publishedOn");
    private static readonly JsonFields RedressFields = new("redress case", "id", "body", "kind", "filedOn", "result", "decidedOn", "request");
    private static readonly JsonFields AnswerFields = new("set of tier answers", "BaseUnit", "CompetentDepartment", "DisclosureOffice");

    private static readonly ulong BodyRequired = BodyFields.Bits("id", "name", "type", "principal");
    private static readonly ulong PrincipalRequired = PrincipalFields.Bits("name", "tookOffice");
    private static readonly ulong RecordRequired = RecordFields.Bits("id", "body", "trigger");
    private static readonly ulong PublicationRequired = PublicationFields.Bits("date", "channels");
    private static readonly ulong CommitmentRequired = CommitmentFields.Bits("body", "signedBy", "signedOn");
    private static readonly ulong RulesRequired = RulesFields.Bits("body");
    private static readonly ulong PlanRequired = PlanFields.Bits("year", "dates");
    private static readonly ulong ComplaintRequired = ComplaintFields.Bits("id", "body", "channel", "lodgedOn");
    private static readonly ulong RequestRequired = RequestFields.Bits("id", "body", "channel", "arrivedOn", "applicant");
    private static readonly ulong EventRequired = EventFields.Bits("kind", "on");
    private static readonly ulong ReportRequired = ReportFields.Bits("body", "year", "publishedOn");
    private static readonly ulong RedressRequired = RedressFields.Bits("id", "body", "kind", "filedOn", "result");

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
        bodyParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, "bodies", "a body", body);
        recordParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, "records", "a record", record);
        commitmentParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, "commitments", "a service commitment", commitment);
        rulesParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, "disclosureRules", "disclosure rules", rules);
        planParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, "inspections", "an inspection plan", plan);
        complaintParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, "complaints", "a complaint", complaint);
        ElementReader<InformationRequest> request = ReadRequest;
        requestParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, "requests", "a request", request);
        ElementReader<AnnualReportPublication> report = ReadReport;
        reportParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, "annualReports", "an annual report", report);
        ElementReader<RedressCase> redress = ReadRedress;
        redressParser = (JsonInput _, ref Utf8JsonReader reader) => ReadElement(ref reader, "redressCases", "a redress case", redress);
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

    protected List<AnnualReportPublication> AnnualReports { get; } = [];

    protected List<RedressCase> RedressCases { get; } = [];

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
                        JsonInput.Next(ref reader);
                        return JsonValues.String(input, ref reader, JsonPath.Root, "$schema");
                    }).ConfigureAwait(false);
                    break;
                case 1:
                    Year = await Input.ParseValueAsync(static (JsonInput input, ref Utf8JsonReader reader) =>
                    {
                        JsonInput.Next(ref reader);
                        return JsonValues.Int(input, ref reader, JsonPath.Root, "year", 1, 9998);
                    }).ConfigureAwait(false);
                    YearSeen = true;
                    break;
                case 2:
                    await ReadArrayAsync("bodies", bodyParser, (body, offset) => AddUnique(Bodies, bodyIds, body, body.Id, offset, "bodies", "body"))
                        .ConfigureAwait(false);
                    BodiesSeen = true;
                    bodyIdStrings = [.. Bodies.Select(body => body.Id)];
                    bodyLookup = new Utf8Lookup(bodyIdStrings);
                    scratch.BodyIds = bodyIdStrings;
                    break;
                case 3:
                    BeginRecords(Input.TokenPosition);
                    await ReadArrayAsync("records", recordParser, (record, offset) => OnRecord(record, index, offset)).ConfigureAwait(false);
                    break;
                case 4:
                    await ReadArrayAsync("commitments", commitmentParser, (c, _) => Commitments.Add(c)).ConfigureAwait(false);
                    break;
                case 5:
                    await ReadArrayAsync("disclosureRules", rulesParser, (r, _) => DisclosureRules.Add(r)).ConfigureAwait(false);
                    break;
                case 6:
                    await ReadArrayAsync("inspections", planParser, (p, _) => Inspections.Add(p)).ConfigureAwait(false);
                    break;
                case 7:
                    await ReadArrayAsync("complaints", complaintParser, (c, offset) => AddUnique(Complaints, complaintIds, c, c.Id, offset, "complaints", "complaint"))
                        .ConfigureAwait(false);
                    break;
                case 8:
                    await ReadArrayAsync("requests", requestParser, (r, offset) => AddUnique(Requests, requestIds, r, r.Id, offset, "requests", "request"))
                        .ConfigureAwait(false);
                    break;
                case 9:
                    await ReadArrayAsync("annualReports", reportParser, (r, offset) =>
                        AddUnique(AnnualReports, reportIds, r, $"{r.Year} {r.BodyId}", offset, "annualReports", "annual report (year and body)")).ConfigureAwait(false);
                    break;
                case 10:
                    await ReadArrayAsync("redressCases", redressParser, (c, offset) => AddUnique(RedressCases, redressIds, c, c.Id, offset, "redressCases", "redress case"))
                        .ConfigureAwait(false);
                    break;
                default:
                    await Input.ParseValueAsync(static (JsonInput _, ref Utf8JsonReader reader) =>
                    {
                        JsonInput.Next(ref reader);
                        JsonInput.Skip(ref reader);
                        return true;
                    }).ConfigureAwait(false);
                    break;
            }
        }

        // Reading on past the root's end makes the reader reject a second root or trailing text.
        while (await Input.NextTokenAsync().ConfigureAwait(false))
        {
        }

        foreach (var (name, bit) in new[] { ("year", 1), ("bodies", 2), ("records", 3) })
        {
            if ((seen & (1UL << bit)) == 0)
            {
                Input.Problem(rootPosition, $"$.{name}", $"the required property \"{name}\" of a register is missing.");
            }
        }
    }

    /// <summary>Keeps an element whose id is new; reports one whose id an earlier element has, with that element's line.</summary>
    private void AddUnique<T>(List<T> accepted, Dictionary<string, (int Line, int Column)> ids, T value, string id, long offset, string array, string what)
    {
        if (ids.TryAdd(id, Input.PositionAt(offset)))
        {
            accepted.Add(value);
        }
        else
        {
            Input.Problem(offset, JsonPath.Root.Element(array, index).Of("id"), $"the {what} id \"{id}\" is used twice; the first is at line {ids[id].Line}.");
        }
    }

    private ValueTask<int> MatchRootAsync(ref ulong seen)
    {
        var name = Input.PropertyName!;
        var field = RootFields.IndexOf(name);
        if (field < 0)
        {
            Input.Problem(Input.TokenPosition, $"$.{name}", RootFields.Unknown(name));
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

    private async ValueTask ReadArrayAsync<T>(string name, JsonValueParser<Element<T>> parse, Action<T, long> accept)
        where T : class
    {
        var isArray = await Input.ParseValueAsync((JsonInput input, ref Utf8JsonReader reader) =>
        {
            JsonInput.Next(ref reader);
            return JsonValues.IsArray(input, ref reader, JsonPath.Root, name);
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

    private Element<T> ReadElement<T>(ref Utf8JsonReader reader, string array, string what, ElementReader<T> read)
        where T : class
    {
        JsonInput.Next(ref reader);
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            return new Element<T>(true, null, 0);
        }

        var offset = Input.OffsetOf(ref reader);
        var path = JsonPath.Root.Element(array, index);
        return new Element<T>(false, JsonValues.IsObject(Input, ref reader, path, what) ? read(ref reader, path, offset) : null, offset);
    }

    private Body? ReadBody(ref Utf8JsonReader reader, in JsonPath path, long offset)
    {
        string? id = null, name = null, contact = null;
        BodyType? type = null;
        PrincipalLeader? principal = null;
        AdministrativeLevel? level = null;
        BodyRole? role = null;
        List<string>? catalogs = null;
        var seen = 0UL;
        var valid = true;
        for (int field; (field = BodyFields.Next(Input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            switch (field)
            {
                case 0: id = JsonValues.String(Input, ref reader, path, "id"); valid &= id is not null; break;
                case 1: name = JsonValues.String(Input, ref reader, path, "name"); valid &= name is not null; break;
                case 2: type = JsonValues.Code(Input, ref reader, BodyTypes, path, "type"); valid &= type is not null; break;
                case 3: principal = ReadPrincipal(ref reader, path); valid &= principal is not null; break;
                case 4: contact = JsonValues.IsNull(ref reader) ? null : JsonValues.String(Input, ref reader, path, "supervisionContact"); break;
                case 5: level = JsonValues.IsNull(ref reader) ? null : JsonValues.Code(Input, ref reader, Levels, path, "level"); break;
                case 6: role = JsonValues.IsNull(ref reader) ? null : JsonValues.Code(Input, ref reader, Roles, path, "role"); break;
                case 7: catalogs = JsonValues.Strings(Input, ref reader, path, "catalogs"); valid &= catalogs is not null; break;
            }
        }

        BodyFields.RequireAll(Input, offset, seen, BodyRequired, path);
        return valid && (seen & BodyRequired) == BodyRequired ? new Body(id!, name!, type!, principal!, contact, level, role) { Catalogs = catalogs ?? [] } : null;
    }

    private PrincipalLeader? ReadPrincipal(ref Utf8JsonReader reader, in JsonPath path)
    {
        var inner = path.Property("principal");
        if (!JsonValues.IsObject(Input, ref reader, inner, "the principal leader"))
        {
            return null;
        }

        var offset = Input.OffsetOf(ref reader);
        string? name = null;
        LocalDate? tookOffice = null;
        var seen = 0UL;
        for (int field; (field = PrincipalFields.Next(Input, ref reader, ref seen, inner)) != JsonFields.End;)
        {
            switch (field)
            {
                case 0: name = JsonValues.String(Input, ref reader, inner, "name"); break;
                case 1: tookOffice = JsonValues.Date(Input, ref reader, inner, "tookOffice"); break;
            }
        }

        PrincipalFields.RequireAll(Input, offset, seen, PrincipalRequired, inner);
        return name is null || tookOffice is null ? null : new PrincipalLeader(name, tookOffice.Value);
    }

    /// <summary>Reads a record into <see cref="scratch"/>; it is returned when it has no problem of its own.</summary>
    private RecordScratch? ReadRecord(ref Utf8JsonReader reader, in JsonPath path, long offset)
    {
        var record = scratch;
        record.Clear();
        var seen = 0UL;
        var valid = true;
        for (int field; (field = RecordFields.Next(Input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            switch (field)
            {
                case 0: valid &= ReadText(ref reader, path, "id", record, subject: false); break;
                case 1: valid &= ReadBodyReference(ref reader, path, record); break;
                case 2: record.Entry = JsonValues.IsNull(ref reader) ? null : JsonValues.Code(Input, ref reader, Entries, path, "entry"); valid &= record.Entry is not null || JsonValues.IsNull(ref reader); break;
                case 3: record.Item = JsonValues.IsNull(ref reader) ? null : JsonValues.Code(Input, ref reader, Items, path, "item"); valid &= record.Item is not null || JsonValues.IsNull(ref reader); break;
                case 4:
                    var trigger = JsonValues.Date(Input, ref reader, path, "trigger");
                    record.Trigger = trigger ?? default;
                    valid &= trigger is not null;
                    break;
                case 5: valid &= JsonValues.IsNull(ref reader) || ReadText(ref reader, path, "subject", record, subject: true); break;
                case 6: valid &= ReadPublications(ref reader, path, record); break;
                case 7: record.IsClassified = Flag(ref reader, path, "classified", ref valid); break;
                case 8: record.IsFalsified = Flag(ref reader, path, "falsified", ref valid); break;
                case 9: record.IsRefused = Flag(ref reader, path, "refused", ref valid); break;
                case 10: record.CatalogName = JsonValues.IsNull(ref reader) ? null : JsonValues.String(Input, ref reader, path, "catalog"); valid &= record.CatalogName is not null || JsonValues.IsNull(ref reader); break;
                case 11: record.RowNumber = JsonValues.IsNull(ref reader) ? null : JsonValues.String(Input, ref reader, path, "row"); valid &= record.RowNumber is not null || JsonValues.IsNull(ref reader); break;
            }
        }

        RecordFields.RequireAll(Input, offset, seen, RecordRequired, path);
        if (valid && !NamesOneObligation(record, out var problem))
        {
            Input.Problem(offset, path.ToString(), problem);
            valid = false;
        }

        return valid && (seen & RecordRequired) == RecordRequired ? record : null;
    }

    /// <summary>
    /// Whether the record names one obligation, and which (§10, D3, D23): a county catalog's row (<c>"catalog"</c> and <c>"row"</c>), a row of the
    /// built-in catalog by its code (<c>"row"</c> alone: an entry, or an item no entry covers), or as 0.4 wrote it — <c>"entry"</c>, or
    /// <c>"item"</c> alone. An entry's record may name one of its items (<c>"item"</c>, D23). A built-in row read by code lands in the scratch
    /// record's entry or item, as 0.4's form does.
    /// </summary>
    private static bool NamesOneObligation(RecordScratch record, out string problem)
    {
        problem = "a record names one obligation: a county catalog's row (\"catalog\" and \"row\", §10), a row of the built-in catalog by its code " +
            "(\"row\": an entry, or an item no entry covers), or, as 0.4 wrote it, its schedule entry (\"entry\") or an item no entry covers (\"item\").";
        if (record.CatalogName is { } catalog)
        {
            if (catalog == ObligationKey.BuiltInCatalog)
            {
                problem = $"\"catalog\" is \"{catalog}\", the built-in catalog; name its rows by code alone (\"row\": \"IM1\").";
                return false;
            }

            return record.RowNumber is { Length: > 0 } && catalog.Length > 0 && record.Entry is null && record.Item is null;
        }

        if (record.RowNumber is { } code)
        {
            if (record.Entry is not null || !ObligationKey.TryParse(code, out var key))
            {
                problem = record.Entry is not null ? problem
                    : $"\"row\" is \"{code}\" with no \"catalog\", so it names a row of the built-in catalog, and no entry (IM1…ST7) or item (G01…I04) has that code.";
                return false;
            }

            record.RowNumber = null;
            if (key.TryGetEntry(out var entry))
            {
                record.Entry = entry;
                return true;
            }

            if (record.Item is not null)
            {
                problem = $"\"item\" names which of an entry's items a record discloses (D23); {code} is an item, not an entry.";
                return false;
            }

            record.Item = DisclosureItem.FromName(code);
            return true;
        }

        return record.Entry is not null || record.Item is not null;
    }

    /// <summary>A non-empty string copied into the scratch record as its id or subject, or a problem.</summary>
    private bool ReadText(ref Utf8JsonReader reader, in JsonPath path, string name, RecordScratch record, bool subject)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            JsonValues.String(Input, ref reader, path, name);   // reports what was found instead
            return false;
        }

        if (!(subject ? record.SetSubject(ref reader) : record.SetId(ref reader)))
        {
            Input.Problem(ref reader, path.Of(name), reader.ValueIsEscaped
                ? JsonInput.NotValidText
                : JsonInput.NotUtf8);
            return false;
        }

        if (subject ? record.SubjectIsBlank : record.IdIsBlank)
        {
            JsonValues.String(Input, ref reader, path, name);   // reports the blank string
            return false;
        }

        return true;
    }

    /// <summary>The record's unit: by position among the bodies already read, or by its id when they are not known yet.</summary>
    private bool ReadBodyReference(ref Utf8JsonReader reader, in JsonPath path, RecordScratch record)
    {
        if (bodyLookup is not null && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && bodyLookup.IndexOf(reader.ValueSpan) is var i and >= 0)
        {
            record.BodyIndex = i;
            return true;
        }

        record.BodyText = JsonValues.String(Input, ref reader, path, "body");
        return record.BodyText is not null;
    }

    private bool Flag(ref Utf8JsonReader reader, in JsonPath path, string name, ref bool valid)
    {
        var value = JsonValues.Bool(Input, ref reader, path, name);
        valid &= value is not null;
        return value ?? false;
    }

    private bool ReadPublications(ref Utf8JsonReader reader, in JsonPath path, RecordScratch record)
    {
        if (!JsonValues.IsArray(Input, ref reader, path, "publications"))
        {
            return false;
        }

        var valid = true;
        for (var i = 0; JsonInput.NextElement(ref reader); i++)
        {
            var at = path.Element("publications", i);
            if (!JsonValues.IsObject(Input, ref reader, at, "a publication"))
            {
                valid = false;
                continue;
            }

            var offset = Input.OffsetOf(ref reader);
            LocalDate? date = null, takenDown = null;
            Channel[]? used = null;
            Catalogs.NationalChannel[]? national = null;
            var seen = 0UL;
            var fieldsValid = true;
            for (int field; (field = PublicationFields.Next(Input, ref reader, ref seen, at)) != JsonFields.End;)
            {
                switch (field)
                {
                    case 0: date = JsonValues.Date(Input, ref reader, at, "date"); break;
                    case 1: used = ReadChannels(ref reader, at); break;
                    case 2: national = JsonValues.Codes(Input, ref reader, NationalChannelCodes, at, "nationalChannels")?.ToArray(); fieldsValid &= national is not null; break;
                    case 3: takenDown = JsonValues.IsNull(ref reader) ? null : JsonValues.Date(Input, ref reader, at, "takenDownOn"); fieldsValid &= takenDown is not null || JsonValues.IsNull(ref reader); break;
                }
            }

            PublicationFields.RequireAll(Input, offset, seen, PublicationRequired, at);
            if (date is null || used is null || !fieldsValid)
            {
                valid = false;
            }
            else
            {
                record.AddPublication(date.Value, used, national, takenDown);
            }
        }

        return valid;
    }

    private Channel[]? ReadChannels(ref Utf8JsonReader reader, in JsonPath path)
    {
        if (!JsonValues.IsArray(Input, ref reader, path, "channels"))
        {
            return null;
        }

        // One or two channels (nearly every publication) take shared arrays; more are collected.
        Channel? first = null, second = null;
        channels.Clear();
        var valid = true;
        var count = 0;
        for (; JsonInput.NextElement(ref reader); count++)
        {
            var channel = JsonValues.Code(Input, ref reader, ChannelCodes, path.Element("channels", count), "");
            valid &= channel is not null;
            if (count == 0)
            {
                first = channel;
            }
            else if (count == 1)
            {
                second = channel;
            }
            else
            {
                if (count == 2)
                {
                    channels.Add(first!);
                    channels.Add(second!);
                }

                channels.Add(channel!);
            }
        }

        return !valid ? null
            : count == 0 ? []
            : count == 1 ? SingleChannels[first!.Value]
            : count == 2 ? channelPairs[(first!.Value * ChannelSlots) + second!.Value] ??= [first, second!]
            : [.. channels];
    }

    private ServiceCommitment? ReadCommitment(ref Utf8JsonReader reader, in JsonPath path, long offset)
    {
        string? body = null, signedBy = null;
        LocalDate? signedOn = null, approvedOn = null, publishedOn = null;
        var ones = new bool[4];
        var seen = 0UL;
        var valid = true;
        for (int field; (field = CommitmentFields.Next(Input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            switch (field)
            {
                case 0: body = JsonValues.String(Input, ref reader, path, "body"); break;
                case >= 1 and <= 4: ones[field - 1] = Flag(ref reader, path, CommitmentFieldName(field), ref valid); break;
                case 5: signedBy = JsonValues.String(Input, ref reader, path, "signedBy"); break;
                case 6: signedOn = JsonValues.Date(Input, ref reader, path, "signedOn"); break;
                case 7: approvedOn = OptionalDate(ref reader, path, "approvedOn", ref valid); break;
                case 8: publishedOn = OptionalDate(ref reader, path, "publishedOn", ref valid); break;
            }
        }

        CommitmentFields.RequireAll(Input, offset, seen, CommitmentRequired, path);
        return !valid || body is null || signedBy is null || signedOn is null
            ? null
            : new ServiceCommitment(body, ones[0], ones[1], ones[2], ones[3], signedBy, signedOn.Value, approvedOn, publishedOn);
    }

    private static string CommitmentFieldName(int field) => field switch
    {
        1 => "oneWindow",
        2 => "oneTimeNotification",
        3 => "oneStop",
        _ => "endToEnd",
    };

    private LocalDate? OptionalDate(ref Utf8JsonReader reader, in JsonPath path, string name, ref bool valid)
    {
        if (JsonValues.IsNull(ref reader))
        {
            return null;
        }

        var date = JsonValues.Date(Input, ref reader, path, name);
        valid &= date is not null;
        return date;
    }

    private DisclosureRules? ReadRules(ref Utf8JsonReader reader, in JsonPath path, long offset)
    {
        string? body = null;
        LocalDate? approvedOn = null, publishedOn = null;
        var seen = 0UL;
        var valid = true;
        for (int field; (field = RulesFields.Next(Input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            switch (field)
            {
                case 0: body = JsonValues.String(Input, ref reader, path, "body"); break;
                case 1: approvedOn = OptionalDate(ref reader, path, "approvedOn", ref valid); break;
                case 2: publishedOn = OptionalDate(ref reader, path, "publishedOn", ref valid); break;
            }
        }

        RulesFields.RequireAll(Input, offset, seen, RulesRequired, path);
        return valid && body is not null ? new DisclosureRules(body, approvedOn, publishedOn) : null;
    }

    private InspectionPlan? ReadPlan(ref Utf8JsonReader reader, in JsonPath path, long offset)
    {
        int? year = null;
        string? body = null;
        List<LocalDate>? dates = null;
        var seen = 0UL;
        var valid = true;
        for (int field; (field = PlanFields.Next(Input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            switch (field)
            {
                case 0: year = JsonValues.Int(Input, ref reader, path, "year", 1, 9998); break;
                case 1: body = JsonValues.IsNull(ref reader) ? null : JsonValues.String(Input, ref reader, path, "body"); valid &= body is not null || JsonValues.IsNull(ref reader); break;
                case 2: dates = ReadDates(ref reader, path, "dates", ref valid); break;
            }
        }

        PlanFields.RequireAll(Input, offset, seen, PlanRequired, path);
        return valid && year is not null && dates is not null ? new InspectionPlan(year.Value, body, dates) : null;
    }

    private List<LocalDate>? ReadDates(ref Utf8JsonReader reader, in JsonPath path, string name, ref bool valid)
    {
        if (!JsonValues.IsArray(Input, ref reader, path, name))
        {
            valid = false;
            return null;
        }

        var dates = new List<LocalDate>();
        for (var i = 0; JsonInput.NextElement(ref reader); i++)
        {
            if (JsonValues.Date(Input, ref reader, path.Element(name, i), "") is { } date)
            {
                dates.Add(date);
            }
            else
            {
                valid = false;
            }
        }

        return dates;
    }

    private Complaint? ReadComplaint(ref Utf8JsonReader reader, in JsonPath path, long offset)
    {
        string? id = null, body = null, resolution = null;
        ComplaintChannel? channel = null;
        LocalDate? lodgedOn = null, resolvedOn = null, rectifiedOn = null;
        List<LocalDate>? escalations = null;
        LocalDate?[]? answers = null;
        var seen = 0UL;
        var valid = true;
        for (int field; (field = ComplaintFields.Next(Input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            switch (field)
            {
                case 0: id = JsonValues.String(Input, ref reader, path, "id"); break;
                case 1: body = JsonValues.String(Input, ref reader, path, "body"); break;
                case 2: channel = JsonValues.Code(Input, ref reader, ComplaintChannels, path, "channel"); break;
                case 3: lodgedOn = JsonValues.Date(Input, ref reader, path, "lodgedOn"); break;
                case 4: escalations = ReadDates(ref reader, path, "escalatedOn", ref valid); break;
                case 5: resolvedOn = OptionalDate(ref reader, path, "resolvedOn", ref valid); break;
                case 6:
                    resolution = reader.TokenType == JsonTokenType.String ? Input.Text(ref reader, path, "resolution") : JsonValues.IsNull(ref reader) ? null
                        : JsonValues.String(Input, ref reader, path, "resolution");
                    break;
                case 7: rectifiedOn = OptionalDate(ref reader, path, "rectifiedOn", ref valid); break;
                case 8: answers = ReadAnswers(ref reader, path, ref valid); break;
            }
        }

        ComplaintFields.RequireAll(Input, offset, seen, ComplaintRequired, path);
        if (!valid || id is null || body is null || channel is null || lodgedOn is null)
        {
            return null;
        }

        // Replaying the transitions checks them, as the state machine would have at the time.
        try
        {
            var complaint = Complaint.Lodge(id, body, channel, lodgedOn.Value);
            escalations ??= [];
            for (var tier = 0; tier < 3; tier++)
            {
                if (answers?[tier] is { } answered)
                {
                    complaint = complaint.Answer(answered);
                }

                if (tier < escalations.Count)
                {
                    complaint = complaint.Escalate(escalations[tier]);
                }
                else if (tier > escalations.Count && answers?[tier] is not null)
                {
                    throw new InvalidOperationException($"Complaint {id}: the {ComplaintTier.FromValue(tier + 1).NameEn} answered, but the complaint never reached it.");
                }
            }

            if (resolvedOn is { } resolved)
            {
                complaint = complaint.Resolve(resolved, resolution ?? "");
            }

            return rectifiedOn is { } rectified ? complaint.Rectify(rectified) : complaint;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            Input.Problem(offset, path.ToString(), e.Message);
            return null;
        }
    }

    private InformationRequest? ReadRequest(ref Utf8JsonReader reader, in JsonPath path, long offset)
    {
        string? id = null, body = null;
        RequestChannel? channel = null;
        ApplicantKind? applicant = null;
        LocalDate? arrivedOn = null, confirmedOn = null;
        List<RequestEvent>? events = [];
        var seen = 0UL;
        var valid = true;
        for (int field; (field = RequestFields.Next(Input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            switch (field)
            {
                case 0: id = JsonValues.String(Input, ref reader, path, "id"); break;
                case 1: body = JsonValues.String(Input, ref reader, path, "body"); break;
                case 2: channel = JsonValues.Code(Input, ref reader, RequestChannels, path, "channel"); break;
                case 3: arrivedOn = JsonValues.Date(Input, ref reader, path, "arrivedOn"); break;
                case 4: confirmedOn = OptionalDate(ref reader, path, "confirmedOn", ref valid); break;
                case 5: applicant = JsonValues.Code(Input, ref reader, Applicants, path, "applicant"); break;
                case 6: events = JsonValues.Elements(Input, ref reader, path, "events", ReadEvent); break;
            }
        }

        RequestFields.RequireAll(Input, offset, seen, RequestRequired, path);
        if (!valid || id is null || body is null || channel is null || arrivedOn is null || applicant is null || events is null)
        {
            return null;
        }

        // Replaying the events checks the history as the request's own methods would have at the time.
        try
        {
            var request = InformationRequest.Receive(id, body, channel, arrivedOn.Value, confirmedOn, applicant);
            foreach (var e in events)
            {
                request = request.Apply(e);
            }

            return request;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            Input.Problem(offset, path.ToString(), e.Message);
            return null;
        }
    }

    private AnnualReportPublication? ReadReport(ref Utf8JsonReader reader, in JsonPath path, long offset)
    {
        string? body = null;
        int? year = null;
        LocalDate? publishedOn = null;
        var seen = 0UL;
        for (int field; (field = ReportFields.Next(Input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            switch (field)
            {
                case 0: body = JsonValues.String(Input, ref reader, path, "body"); break;
                case 1: year = JsonValues.Int(Input, ref reader, path, "year", 1, 9998); break;
                case 2: publishedOn = JsonValues.Date(Input, ref reader, path, "publishedOn"); break;
            }
        }

        ReportFields.RequireAll(Input, offset, seen, ReportRequired, path);
        return body is null || year is null || publishedOn is null ? null : Checked(offset, path, () => new AnnualReportPublication(body, year.Value, publishedOn.Value));
    }

    private RedressCase? ReadRedress(ref Utf8JsonReader reader, in JsonPath path, long offset)
    {
        string? id = null, body = null, request = null;
        RedressCaseKind? kind = null;
        RedressResult? result = null;
        LocalDate? filedOn = null, decidedOn = null;
        var seen = 0UL;
        var valid = true;
        for (int field; (field = RedressFields.Next(Input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            switch (field)
            {
                case 0: id = JsonValues.String(Input, ref reader, path, "id"); break;
                case 1: body = JsonValues.String(Input, ref reader, path, "body"); break;
                case 2: kind = JsonValues.Code(Input, ref reader, RedressKinds, path, "kind"); break;
                case 3: filedOn = JsonValues.Date(Input, ref reader, path, "filedOn"); break;
                case 4: result = JsonValues.Code(Input, ref reader, RedressResults, path, "result"); break;
                case 5: decidedOn = OptionalDate(ref reader, path, "decidedOn", ref valid); break;
                case 6: request = JsonValues.IsNull(ref reader) ? null : JsonValues.String(Input, ref reader, path, "request"); valid &= request is not null || JsonValues.IsNull(ref reader); break;
            }
        }

        RedressFields.RequireAll(Input, offset, seen, RedressRequired, path);
        return !valid || id is null || body is null || kind is null || filedOn is null || result is null ? null
            : Checked(offset, path, () => new RedressCase(id, body, kind, filedOn.Value, result, decidedOn, request));
    }

    /// <summary>Makes a value whose constructor checks it; a refusal becomes a problem at the value's path and line.</summary>
    private T? Checked<T>(long offset, in JsonPath path, Func<T> make)
        where T : class
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            Input.Problem(offset, path.ToString(), e.Message);
            return null;
        }
    }

    private static RequestEvent? ReadEvent(JsonInput input, ref Utf8JsonReader reader, in JsonPath path)
    {
        if (!JsonValues.IsObject(input, ref reader, path, "a request event"))
        {
            return null;
        }

        var start = input.OffsetOf(ref reader);
        RequestEventKind? kind = null;
        LocalDate? on = null, until = null;
        int? workingDays = null;
        ConsultationParty? party = null;
        RequestOutcome? outcome = null;
        DeliveryMethod? method = null;
        bool? told = null;
        var seen = 0UL;
        var valid = true;
        for (int field; (field = EventFields.Next(input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            switch (field)
            {
                case 0: kind = JsonValues.Code(input, ref reader, EventKinds, path, "kind"); valid &= kind is not null; break;
                case 1: on = JsonValues.Date(input, ref reader, path, "on"); valid &= on is not null; break;
                case 2: until = JsonValues.Date(input, ref reader, path, "until"); valid &= until is not null; break;
                case 3: workingDays = JsonValues.Int(input, ref reader, path, "workingDays", 1, 250); valid &= workingDays is not null; break;
                case 4: party = JsonValues.Code(input, ref reader, Parties, path, "party"); valid &= party is not null; break;
                case 5: outcome = JsonValues.Code(input, ref reader, Outcomes, path, "outcome"); valid &= outcome is not null; break;
                case 6: method = JsonValues.Code(input, ref reader, DeliveryMethods, path, "method"); valid &= method is not null; break;
                case 7: told = JsonValues.Bool(input, ref reader, path, "toldOfRedress"); valid &= told is not null; break;
            }
        }

        EventFields.RequireAll(input, start, seen, EventRequired, path);
        if (kind?.Needs is { } needed && (seen & EventFields.Bits(needed)) == 0)
        {
            input.Problem(start, path.Of(needed), $"an event of kind {kind.Name} needs \"{needed}\".");
            valid = false;
        }

        // A value the kind does not carry would be lost: refused rather than ignored.
        var carried = EventRequired | (kind?.Needs is { } needs ? EventFields.Bits(needs) : 0) | (kind?.MayHave is { } may ? EventFields.Bits(may) : 0);
        for (var field = 0; kind is not null && field < EventFields.Count; field++)
        {
            if ((seen & ~carried & (1UL << field)) != 0)
            {
                input.Problem(start, path.Of(EventFields.Name(field)), $"an event of kind {kind.Name} has no \"{EventFields.Name(field)}\".");
                valid = false;
            }
        }

        return valid && kind is not null && on is not null ? new RequestEvent(kind, on.Value, until, workingDays, party, outcome, method, told) : null;
    }

    private LocalDate?[]? ReadAnswers(ref Utf8JsonReader reader, in JsonPath path, ref bool valid)
    {
        var inner = path.Property("answeredOn");
        if (!JsonValues.IsObject(Input, ref reader, inner, "the tiers' answers"))
        {
            valid = false;
            return null;
        }

        var answers = new LocalDate?[3];
        var seen = 0UL;
        for (int tier; (tier = AnswerFields.Next(Input, ref reader, ref seen, inner)) != JsonFields.End;)
        {
            if (tier >= 0)
            {
                answers[tier] = JsonValues.Date(Input, ref reader, inner, AnswerFields.Name(tier));
                valid &= answers[tier] is not null;
            }
        }

        return answers;
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

    /// <summary>One element of a top-level array, or its end.</summary>
    internal readonly record struct Element<T>(bool End, T? Value, long Offset)
        where T : class;
}
