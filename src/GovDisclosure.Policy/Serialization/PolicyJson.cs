using System.Text.Json;
using GovDisclosure.Policy.Evaluation;

namespace GovDisclosure.Policy.Serialization;

/// <summary>
/// The library's JSON: registers and profiles read and written in the documented form of
/// <c>schemas/register.schema.json</c> and <c>schemas/profile.schema.json</c> (codes for every closed set,
/// ISO dates), and serializer options for the report types. Reading reports every problem of a file at
/// once, each with its JSON path and line.
/// </summary>
public static partial class PolicyJson
{
    /// <summary>
    /// Reads a register. Every problem — malformed JSON, a missing field, a date that is not a date, an
    /// unknown code (with the valid ones), a duplicate id, a record the register rejects — is collected,
    /// up to <see cref="PolicyJsonException.MaxProblems"/>, and thrown together.
    /// </summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON; read to its end, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="PolicyJsonException">The input has problems; all of them are listed.</exception>
    public static Register ReadRegister(Stream utf8Json)
    {
        var (root, json) = Open(utf8Json, "a register");

        var year = json.Int(root, "year", "$", 1, 9998) ?? 1;
        var recordPaths = new Dictionary<string, (JsonTree Node, string Path)>(StringComparer.Ordinal);
        var bodies = ReadUnique(json, root, "bodies", "body", recordPaths: null, ReadBody);
        var records = ReadUnique(json, root, "records", "record", recordPaths, ReadRecord);
        var commitments = json.Array(root, "commitments", "$", required: false).Select(e => ReadCommitment(json, e.Node, e.Path)).OfType<ServiceCommitment>().ToArray();
        var rules = json.Array(root, "disclosureRules", "$", required: false).Select(e => ReadRules(json, e.Node, e.Path)).OfType<DisclosureRules>().ToArray();
        var plans = json.Array(root, "inspections", "$", required: false).Select(e => ReadPlan(json, e.Node, e.Path)).OfType<InspectionPlan>().ToArray();
        var complaints = ReadUnique(json, root, "complaints", "complaint", recordPaths: null, ReadComplaint);
        json.ThrowIfAny();

        var result = Register.Create(year, bodies, records, commitments, rules, plans, complaints);
        foreach (var problem in result.Problems)
        {
            // Name each rejected record by its place in the file.
            var (node, path) = recordPaths.TryGetValue(problem.SubjectId, out var place) ? place : (root, "$");
            json.Problem(node, path, problem.Message);
        }

        json.ThrowIfAny();
        return result.Accepted;
    }

    /// <summary>Writes a register in the form <see cref="ReadRegister"/> reads; reading it back gives an equal register.</summary>
    /// <param name="register">The register.</param>
    /// <param name="utf8Json">A writable stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteRegister(Register register, Stream utf8Json)
    {
        Preconditions.CheckNotNull(register);
        using var writer = new Utf8JsonWriter(Preconditions.CheckNotNull(utf8Json), WriterOptions);
        writer.WriteStartObject();
        writer.WriteNumber("year", register.Year);
        WriteArray(writer, "bodies", register.Bodies, (w, body) =>
        {
            w.WriteString("id", body.Id);
            w.WriteString("name", body.Name);
            w.WriteString("type", body.Type.Name);
            w.WriteStartObject("principal");
            w.WriteString("name", body.Principal.Name);
            w.WriteString("tookOffice", body.Principal.TookOffice.ToIso());
            w.WriteEndObject();
            WriteOptional(w, "supervisionContact", body.SupervisionContact);
            if (body.Level != AdministrativeLevel.Of(body.Type))
            {
                w.WriteString("level", body.Level.Name);
            }

            WriteOptional(w, "role", body.Role?.Name);
        });
        WriteArray(writer, "records", register.Records, (w, record) =>
        {
            w.WriteString("id", record.Id);
            w.WriteString("body", record.BodyId);
            WriteOptional(w, "entry", record.Entry?.Name);
            WriteOptional(w, "item", record.Item?.Name);
            w.WriteString("trigger", record.Trigger.ToIso());
            WriteOptional(w, "subject", record.Subject);
            w.WriteStartArray("publications");
            foreach (var publication in record.Publications)
            {
                w.WriteStartObject();
                w.WriteString("date", publication.Date.ToIso());
                w.WriteStartArray("channels");
                foreach (var channel in publication.Channels)
                {
                    w.WriteStringValue(channel.Name);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteFlag(w, "classified", record.IsClassified);
            WriteFlag(w, "falsified", record.IsFalsified);
            WriteFlag(w, "refused", record.IsRefused);
        });
        WriteArray(writer, "commitments", register.Commitments, (w, c) =>
        {
            w.WriteString("body", c.BodyId);
            w.WriteBoolean("oneWindow", c.OneWindow);
            w.WriteBoolean("oneTimeNotification", c.OneTimeNotification);
            w.WriteBoolean("oneStop", c.OneStop);
            w.WriteBoolean("endToEnd", c.EndToEnd);
            w.WriteString("signedBy", c.SignedBy);
            w.WriteString("signedOn", c.SignedOn.ToIso());
            WriteOptional(w, "approvedOn", c.ApprovedOn?.ToIso());
            WriteOptional(w, "publishedOn", c.PublishedOn?.ToIso());
        });
        WriteArray(writer, "disclosureRules", register.DisclosureRules, (w, r) =>
        {
            w.WriteString("body", r.BodyId);
            WriteOptional(w, "approvedOn", r.ApprovedOn?.ToIso());
            WriteOptional(w, "publishedOn", r.PublishedOn?.ToIso());
        });
        WriteArray(writer, "inspections", register.Inspections, (w, plan) =>
        {
            w.WriteNumber("year", plan.Year);
            WriteOptional(w, "body", plan.BodyId);
            w.WriteStartArray("dates");
            foreach (var date in plan.Dates)
            {
                w.WriteStringValue(date.ToIso());
            }

            w.WriteEndArray();
        });
        WriteArray(writer, "complaints", register.Complaints, (w, c) =>
        {
            w.WriteString("id", c.Id);
            w.WriteString("body", c.BodyId);
            w.WriteString("channel", c.Channel.Name);
            w.WriteString("lodgedOn", c.LodgedOn.ToIso());
            w.WriteStartArray("escalatedOn");
            foreach (var date in c.Escalations)
            {
                w.WriteStringValue(date.ToIso());
            }

            w.WriteEndArray();
            WriteOptional(w, "resolvedOn", c.ResolvedOn?.ToIso());
            WriteOptional(w, "resolution", c.Resolution);
            WriteOptional(w, "rectifiedOn", c.RectifiedOn?.ToIso());
        });
        writer.WriteEndObject();
    }

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,   // Chinese stays readable
    };

    /// <summary>Parses the whole stream and checks that its root is an object; a syntax error or another root throws at once.</summary>
    internal static (JsonTree Root, JsonReadContext Json) Open(Stream stream, string what)
    {
        Preconditions.CheckNotNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var root = JsonTree.Parse(buffer.ToArray());
        var json = new JsonReadContext();
        if (!json.IsObject(root, "$", what))
        {
            json.ThrowIfAny();
        }

        return (root, json);
    }

    /// <summary>Reads an array of objects with an id (bodies, records, complaints), reporting a repeated id where it repeats.</summary>
    private static T[] ReadUnique<T>(JsonReadContext json, JsonTree root, string name, string what,
        Dictionary<string, (JsonTree Node, string Path)>? recordPaths, Func<JsonReadContext, JsonTree, string, T?> read)
        where T : class
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var accepted = new List<T>();
        foreach (var (node, path) in json.Array(root, name, "$", required: name != "complaints"))
        {
            if (!json.IsObject(node, path, $"a {what}"))
            {
                continue;
            }

            var id = node["id"] is { Kind: JsonValueKind.String } idNode ? idNode.Text! : null;
            if (id is not null && !seen.TryAdd(id, path))
            {
                json.Problem(node["id"]!, $"{path}.id", $"the {what} id \"{id}\" is used twice; the first is {seen[id]}.");
                continue;
            }

            if (read(json, node, path) is { } value)
            {
                accepted.Add(value);
                if (id is not null && recordPaths is not null)
                {
                    recordPaths[id] = (node, path);
                }
            }
        }

        return [.. accepted];
    }

    private static Body? ReadBody(JsonReadContext json, JsonTree node, string path)
    {
        var id = json.String(node, "id", path);
        var name = json.String(node, "name", path);
        var type = json.Code<BodyType>(node, "type", path);
        var principalNode = json.Required(node, "principal", path);
        PrincipalLeader? principal = null;
        if (principalNode is not null && json.IsObject(principalNode, $"{path}.principal", "the principal leader"))
        {
            var leader = json.String(principalNode, "name", $"{path}.principal");
            var tookOffice = json.Date(principalNode, "tookOffice", $"{path}.principal");
            principal = leader is null || tookOffice is null ? null : new PrincipalLeader(leader, tookOffice.Value);
        }

        var contact = json.String(node, "supervisionContact", path, required: false);
        var level = json.Code<AdministrativeLevel>(node, "level", path, required: false);
        var role = json.Code<BodyRole>(node, "role", path, required: false);
        return id is null || name is null || type is null || principal is null ? null : new Body(id, name, type, principal, contact, level, role);
    }

    private static DisclosureRecord? ReadRecord(JsonReadContext json, JsonTree node, string path)
    {
        var id = json.String(node, "id", path);
        var body = json.String(node, "body", path);
        var entry = json.Code<ScheduleEntry>(node, "entry", path, required: false);
        var item = json.Code<DisclosureItem>(node, "item", path, required: false);
        if (node["entry"] is null && node["item"] is null)
        {
            json.Problem(node, path, "a record names its schedule entry (\"entry\") or, for an item no entry covers, the item (\"item\").");
        }

        var trigger = json.Date(node, "trigger", path);
        var subject = json.String(node, "subject", path, required: false);
        var publications = new List<Publication>();
        foreach (var (publication, publicationPath) in json.Array(node, "publications", path, required: false))
        {
            if (!json.IsObject(publication, publicationPath, "a publication"))
            {
                continue;
            }

            var date = json.Date(publication, "date", publicationPath);
            var channels = json.Array(publication, "channels", publicationPath).Select(c => json.Code<Channel>(c.Node, c.Path)).ToArray();
            if (date is not null && channels.All(channel => channel is not null))
            {
                publications.Add(new Publication(date.Value, channels!));
            }
        }

        var (classified, falsified, refused) = (json.Bool(node, "classified", path), json.Bool(node, "falsified", path), json.Bool(node, "refused", path));
        return id is null || body is null || trigger is null || (entry is null && item is null)
            ? null
            : new DisclosureRecord(id, body, entry, item, trigger.Value, publications, classified, falsified, refused, subject);
    }

    private static ServiceCommitment? ReadCommitment(JsonReadContext json, JsonTree node, string path)
    {
        if (!json.IsObject(node, path, "a service commitment"))
        {
            return null;
        }

        var body = json.String(node, "body", path);
        var signedBy = json.String(node, "signedBy", path);
        var signedOn = json.Date(node, "signedOn", path);
        var approvedOn = json.Date(node, "approvedOn", path, required: false);
        var publishedOn = json.Date(node, "publishedOn", path, required: false);
        var ones = (json.Bool(node, "oneWindow", path), json.Bool(node, "oneTimeNotification", path), json.Bool(node, "oneStop", path), json.Bool(node, "endToEnd", path));
        return body is null || signedBy is null || signedOn is null
            ? null
            : new ServiceCommitment(body, ones.Item1, ones.Item2, ones.Item3, ones.Item4, signedBy, signedOn.Value, approvedOn, publishedOn);
    }

    private static DisclosureRules? ReadRules(JsonReadContext json, JsonTree node, string path) =>
        !json.IsObject(node, path, "disclosure rules") ? null
        : json.String(node, "body", path) is { } body
            ? new DisclosureRules(body, json.Date(node, "approvedOn", path, required: false), json.Date(node, "publishedOn", path, required: false))
            : null;

    private static InspectionPlan? ReadPlan(JsonReadContext json, JsonTree node, string path)
    {
        if (!json.IsObject(node, path, "an inspection plan"))
        {
            return null;
        }

        var year = json.Int(node, "year", path, 1, 9998);
        var body = json.String(node, "body", path, required: false);
        var dates = json.Array(node, "dates", path).Select(d => json.Date(d.Node, d.Path)).ToArray();
        return year is null || dates.Any(date => date is null) ? null : new InspectionPlan(year.Value, body, [.. dates.Select(date => date!.Value)]);
    }

    private static Complaint? ReadComplaint(JsonReadContext json, JsonTree node, string path)
    {
        var id = json.String(node, "id", path);
        var body = json.String(node, "body", path);
        var channel = json.Code<ComplaintChannel>(node, "channel", path);
        var lodgedOn = json.Date(node, "lodgedOn", path);
        var escalations = json.Array(node, "escalatedOn", path, required: false).Select(e => (Date: json.Date(e.Node, e.Path), e.Node, e.Path)).ToArray();
        var resolvedOn = json.Date(node, "resolvedOn", path, required: false);
        var resolution = node["resolution"] is { Kind: JsonValueKind.String } text ? text.Text : null;
        var rectifiedOn = json.Date(node, "rectifiedOn", path, required: false);
        if (id is null || body is null || channel is null || lodgedOn is null || escalations.Any(e => e.Date is null))
        {
            return null;
        }

        // Replaying the transitions checks them, as the state machine would have at the time.
        try
        {
            var complaint = Complaint.Lodge(id, body, channel, lodgedOn.Value);
            foreach (var escalation in escalations)
            {
                complaint = complaint.Escalate(escalation.Date!.Value);
            }

            if (resolvedOn is { } resolved)
            {
                complaint = complaint.Resolve(resolved, resolution ?? "");
            }

            return rectifiedOn is { } rectified ? complaint.Rectify(rectified) : complaint;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            json.Problem(node, path, e.Message);
            return null;
        }
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> values, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStartObject();
            write(writer, value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteFlag(Utf8JsonWriter writer, string name, bool value)
    {
        if (value)
        {
            writer.WriteBoolean(name, true);
        }
    }
}
