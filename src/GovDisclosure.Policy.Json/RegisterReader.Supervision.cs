using System.Text.Json;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Requests;

namespace GovDisclosure.Policy.Json;

// The register's commitments, disclosure rules, inspections, complaints, requests, annual reports and redress cases.
internal abstract partial class RegisterReader
{
    private ServiceCommitment? ReadCommitment(ref Utf8JsonReader reader, in JsonPath path, long offset)
    {
        string? body = null, signedBy = null;
        LocalDate? signedOn = null, approvedOn = null, publishedOn = null;
        var ones = new bool[4];
        var seen = 0UL;
        var valid = true;
        for (int field; (field = CommitmentFields.Next(Input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            switch ((CommitmentField)field)
            {
                case CommitmentField.Body: bodyAt = Input.OffsetOf(ref reader); body = JsonValues.String(Input, ref reader, path, CommitmentFields.Name(field)); break;
                case CommitmentField.OneWindow or CommitmentField.OneTimeNotification or CommitmentField.OneStop or CommitmentField.EndToEnd:
                    ones[field - (int)CommitmentField.OneWindow] = Flag(ref reader, path, CommitmentFields.Name(field), ref valid); break;
                case CommitmentField.SignedBy: signedBy = JsonValues.String(Input, ref reader, path, CommitmentFields.Name(field)); break;
                case CommitmentField.SignedOn: signedOn = JsonValues.Date(Input, ref reader, path, CommitmentFields.Name(field)); break;
                case CommitmentField.ApprovedOn: approvedOn = OptionalDate(ref reader, path, CommitmentFields.Name(field), ref valid); break;
                case CommitmentField.PublishedOn: publishedOn = OptionalDate(ref reader, path, CommitmentFields.Name(field), ref valid); break;
            }
        }

        CommitmentFields.RequireAll(Input, offset, seen, CommitmentRequired, path);
        return !valid || body is null || signedBy is null || signedOn is null
            ? null
            : new ServiceCommitment(body, ones[0], ones[1], ones[2], ones[3], signedBy, signedOn.Value, approvedOn, publishedOn);
    }

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
            switch ((RulesField)field)
            {
                case RulesField.Body: bodyAt = Input.OffsetOf(ref reader); body = JsonValues.String(Input, ref reader, path, RulesFields.Name(field)); break;
                case RulesField.ApprovedOn: approvedOn = OptionalDate(ref reader, path, RulesFields.Name(field), ref valid); break;
                case RulesField.PublishedOn: publishedOn = OptionalDate(ref reader, path, RulesFields.Name(field), ref valid); break;
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
            switch ((PlanField)field)
            {
                case PlanField.Year: year = JsonValues.Int(Input, ref reader, path, PlanFields.Name(field), DisclosureYears.First, DisclosureYears.Last); break;
                case PlanField.Body: bodyAt = Input.OffsetOf(ref reader); body = JsonValues.IsNull(ref reader) ? null : JsonValues.String(Input, ref reader, path, PlanFields.Name(field)); valid &= body is not null || JsonValues.IsNull(ref reader); break;
                case PlanField.Dates: dates = ReadDates(ref reader, path, PlanFields.Name(field), ref valid); break;
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
        for (var i = 0; Input.NextElement(ref reader); i++)
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
            switch ((ComplaintField)field)
            {
                case ComplaintField.Id: id = JsonValues.String(Input, ref reader, path, ComplaintFields.Name(field)); break;
                case ComplaintField.Body: bodyAt = Input.OffsetOf(ref reader); body = JsonValues.String(Input, ref reader, path, ComplaintFields.Name(field)); break;
                case ComplaintField.Channel: channel = JsonValues.Code(Input, ref reader, ComplaintChannels, path, ComplaintFields.Name(field)); break;
                case ComplaintField.LodgedOn: lodgedOn = JsonValues.Date(Input, ref reader, path, ComplaintFields.Name(field)); break;
                case ComplaintField.EscalatedOn: escalations = ReadDates(ref reader, path, ComplaintFields.Name(field), ref valid); break;
                case ComplaintField.ResolvedOn: resolvedOn = OptionalDate(ref reader, path, ComplaintFields.Name(field), ref valid); break;
                case ComplaintField.Resolution:
                    resolution = reader.TokenType == JsonTokenType.String ? Input.Text(ref reader, path, "resolution") : JsonValues.IsNull(ref reader) ? null
                        : JsonValues.String(Input, ref reader, path, "resolution");
                    break;
                case ComplaintField.RectifiedOn: rectifiedOn = OptionalDate(ref reader, path, ComplaintFields.Name(field), ref valid); break;
                case ComplaintField.AnsweredOn: answers = ReadAnswers(ref reader, path, ref valid); break;
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
                    throw new InvalidOperationException($"Complaint {id}: the {ComplaintTier.FromValue(tier + 1).Label.En} answered, but the complaint never reached it.");
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
            switch ((RequestField)field)
            {
                case RequestField.Id: id = JsonValues.String(Input, ref reader, path, RequestFields.Name(field)); break;
                case RequestField.Body: bodyAt = Input.OffsetOf(ref reader); body = JsonValues.String(Input, ref reader, path, RequestFields.Name(field)); break;
                case RequestField.Channel: channel = JsonValues.Code(Input, ref reader, RequestChannels, path, RequestFields.Name(field)); break;
                case RequestField.ArrivedOn: arrivedOn = JsonValues.Date(Input, ref reader, path, RequestFields.Name(field)); break;
                case RequestField.ConfirmedOn: confirmedOn = OptionalDate(ref reader, path, RequestFields.Name(field), ref valid); break;
                case RequestField.Applicant: applicant = JsonValues.Code(Input, ref reader, Applicants, path, RequestFields.Name(field)); break;
                case RequestField.Events:
                    eventPositions.Clear();
                    events = JsonValues.Elements(Input, ref reader, path, "events", eventReader);
                    break;
            }
        }

        RequestFields.RequireAll(Input, offset, seen, RequestRequired, path);
        if (!valid || id is null || body is null || channel is null || arrivedOn is null || applicant is null || events is null)
        {
            return null;
        }

        // Replaying the events checks the history as the request's own methods would have at the time; a refused event is a problem at its place.
        InformationRequest request;
        try
        {
            request = InformationRequest.Receive(id, body, channel, arrivedOn.Value, confirmedOn, applicant);
        }
        catch (ArgumentException e)
        {
            Input.Problem(offset, path.ToString(), e.Message);
            return null;
        }

        for (var i = 0; i < events.Count; i++)
        {
            if (!request.TryApply(events[i], out var next, out var refusal))
            {
                Input.Problem(eventPositions[i], path.Element("events", i).ToString(), refusal.Message.En);
                return null;
            }

            request = next;
        }

        requestPlaces.TryAdd(request.Id, new RequestPlace(index, Input.PositionAt(offset), [.. eventPositions]));
        return request;
    }

    private AnnualReportPublication? ReadReport(ref Utf8JsonReader reader, in JsonPath path, long offset)
    {
        string? body = null;
        int? year = null;
        LocalDate? publishedOn = null;
        var seen = 0UL;
        for (int field; (field = ReportFields.Next(Input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            switch ((ReportField)field)
            {
                case ReportField.Body: bodyAt = Input.OffsetOf(ref reader); body = JsonValues.String(Input, ref reader, path, ReportFields.Name(field)); break;
                case ReportField.Year: year = JsonValues.Int(Input, ref reader, path, ReportFields.Name(field), DisclosureYears.First, DisclosureYears.Last); break;
                case ReportField.PublishedOn: publishedOn = JsonValues.Date(Input, ref reader, path, ReportFields.Name(field)); break;
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
            switch ((RedressField)field)
            {
                case RedressField.Id: id = JsonValues.String(Input, ref reader, path, RedressFields.Name(field)); break;
                case RedressField.Body: bodyAt = Input.OffsetOf(ref reader); body = JsonValues.String(Input, ref reader, path, RedressFields.Name(field)); break;
                case RedressField.Kind: kind = JsonValues.Code(Input, ref reader, RedressKinds, path, RedressFields.Name(field)); break;
                case RedressField.FiledOn: filedOn = JsonValues.Date(Input, ref reader, path, RedressFields.Name(field)); break;
                case RedressField.Result: result = JsonValues.Code(Input, ref reader, RedressResults, path, RedressFields.Name(field)); break;
                case RedressField.DecidedOn: decidedOn = OptionalDate(ref reader, path, RedressFields.Name(field), ref valid); break;
                case RedressField.Request: request = JsonValues.IsNull(ref reader) ? null : JsonValues.String(Input, ref reader, path, RedressFields.Name(field)); valid &= request is not null || JsonValues.IsNull(ref reader); break;
            }
        }

        RedressFields.RequireAll(Input, offset, seen, RedressRequired, path);
        return !valid || id is null || body is null || kind is null || filedOn is null || result is null ? null
            : Checked(offset, path, () => new RedressCase(id, body, kind, filedOn.Value, result, decidedOn) { RequestId = request });
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
            switch ((EventField)field)
            {
                case EventField.Kind: kind = JsonValues.Code(input, ref reader, EventKinds, path, EventFields.Name(field)); valid &= kind is not null; break;
                case EventField.On: on = JsonValues.Date(input, ref reader, path, EventFields.Name(field)); valid &= on is not null; break;
                case EventField.Until: until = JsonValues.Date(input, ref reader, path, EventFields.Name(field)); valid &= until is not null; break;
                case EventField.WorkingDays:
                    // Any whole number: the range is the regime's (1–20, or 1–15 before 2019-05-15: §8.4, §8.12), and the history checks it.
                    workingDays = JsonValues.Int(input, ref reader, path, EventFields.Name(field), int.MinValue, int.MaxValue);
                    valid &= workingDays is not null;
                    break;
                case EventField.Party: party = JsonValues.Code(input, ref reader, Parties, path, EventFields.Name(field)); valid &= party is not null; break;
                case EventField.Outcome: outcome = JsonValues.Code(input, ref reader, Outcomes, path, EventFields.Name(field)); valid &= outcome is not null; break;
                case EventField.Method: method = JsonValues.Code(input, ref reader, DeliveryMethods, path, EventFields.Name(field)); valid &= method is not null; break;
                case EventField.ToldOfRedress: told = JsonValues.Bool(input, ref reader, path, EventFields.Name(field)); valid &= told is not null; break;
            }
        }

        EventFields.RequireAll(input, start, seen, EventRequired, path);
        var (needs, mayHave) = kind is null ? (null, null) : FieldsOf(kind);
        var needed = needs is { } need ? 1UL << (int)need : 0;
        if ((seen & needed) != needed)
        {
            if (!JsonFields.Given(seen, needed))   // else a misspelt name stood for it, and was reported
            {
                input.Problem(start, path.Of(EventFields.Name((int)needs!)), $"an event of kind {kind!.Name} needs \"{EventFields.Name((int)needs!)}\".");
            }

            valid = false;
        }

        // A value the kind does not carry would be lost: refused rather than ignored.
        var carried = EventRequired | needed | (mayHave is { } may ? 1UL << (int)may : 0);
        for (var field = 0; kind is not null && field < EventFields.Count; field++)
        {
            if ((seen & ~carried & (1UL << field)) != 0)
            {
                input.Problem(start, path.Of(EventFields.Name(field)), $"an event of kind {kind.Name} has no \"{EventFields.Name(field)}\".");
                valid = false;
            }
        }

        if (!valid || kind is null || on is not { } day)
        {
            return null;
        }

        try
        {
            // Each kind through its factory, which checks the event's own values as the request's methods would.
            return RequestEvent.Create(kind, day, until, workingDays, party, outcome, method, told);
        }
        catch (ArgumentException e)
        {
            input.Problem(start, path.ToString(), e.Message);
            return null;
        }
    }

    /// <summary>The field an event of <paramref name="kind"/> cannot do without, and the one it may also carry.</summary>
    private static (EventField? Needs, EventField? MayHave) FieldsOf(RequestEventKind kind) =>
        kind == RequestEventKind.CorrectionNoticed || kind == RequestEventKind.Deferred ? (EventField.Until, null)
        : kind == RequestEventKind.ConsultationSent ? (EventField.Party, null)
        : kind == RequestEventKind.Extended ? (EventField.WorkingDays, null)
        : kind == RequestEventKind.Replied ? (EventField.Outcome, EventField.ToldOfRedress)
        : kind == RequestEventKind.Delivered ? (EventField.Method, EventField.Until)
        : (null, null);

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
}
