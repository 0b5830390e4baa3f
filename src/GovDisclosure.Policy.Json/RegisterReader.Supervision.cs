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
            switch (field)
            {
                case 0: bodyAt = Input.OffsetOf(ref reader); body = JsonValues.String(Input, ref reader, path, "body"); break;
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
                case 0: bodyAt = Input.OffsetOf(ref reader); body = JsonValues.String(Input, ref reader, path, "body"); break;
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
                case 0: year = JsonValues.Int(Input, ref reader, path, "year", DisclosureYears.First, DisclosureYears.Last); break;
                case 1: bodyAt = Input.OffsetOf(ref reader); body = JsonValues.IsNull(ref reader) ? null : JsonValues.String(Input, ref reader, path, "body"); valid &= body is not null || JsonValues.IsNull(ref reader); break;
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
            switch (field)
            {
                case 0: id = JsonValues.String(Input, ref reader, path, "id"); break;
                case 1: bodyAt = Input.OffsetOf(ref reader); body = JsonValues.String(Input, ref reader, path, "body"); break;
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
            switch (field)
            {
                case 0: id = JsonValues.String(Input, ref reader, path, "id"); break;
                case 1: bodyAt = Input.OffsetOf(ref reader); body = JsonValues.String(Input, ref reader, path, "body"); break;
                case 2: channel = JsonValues.Code(Input, ref reader, RequestChannels, path, "channel"); break;
                case 3: arrivedOn = JsonValues.Date(Input, ref reader, path, "arrivedOn"); break;
                case 4: confirmedOn = OptionalDate(ref reader, path, "confirmedOn", ref valid); break;
                case 5: applicant = JsonValues.Code(Input, ref reader, Applicants, path, "applicant"); break;
                case 6:
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
            switch (field)
            {
                case 0: bodyAt = Input.OffsetOf(ref reader); body = JsonValues.String(Input, ref reader, path, "body"); break;
                case 1: year = JsonValues.Int(Input, ref reader, path, "year", DisclosureYears.First, DisclosureYears.Last); break;
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
                case 1: bodyAt = Input.OffsetOf(ref reader); body = JsonValues.String(Input, ref reader, path, "body"); break;
                case 2: kind = JsonValues.Code(Input, ref reader, RedressKinds, path, "kind"); break;
                case 3: filedOn = JsonValues.Date(Input, ref reader, path, "filedOn"); break;
                case 4: result = JsonValues.Code(Input, ref reader, RedressResults, path, "result"); break;
                case 5: decidedOn = OptionalDate(ref reader, path, "decidedOn", ref valid); break;
                case 6: request = JsonValues.IsNull(ref reader) ? null : JsonValues.String(Input, ref reader, path, "request"); valid &= request is not null || JsonValues.IsNull(ref reader); break;
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
        var (needs, mayHave) = kind is null ? (null, null) : FieldsOf(kind);
        if (needs is not null && (seen & EventFields.Bits(needs)) == 0)
        {
            if (!JsonFields.Given(seen, EventFields.Bits(needs)))   // else a misspelt name stood for it, and was reported
            {
                input.Problem(start, path.Of(needs), $"an event of kind {kind!.Name} needs \"{needs}\".");
            }

            valid = false;
        }

        // A value the kind does not carry would be lost: refused rather than ignored.
        var carried = EventRequired | (needs is null ? 0 : EventFields.Bits(needs)) | (mayHave is null ? 0 : EventFields.Bits(mayHave));
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
            return kind == RequestEventKind.CorrectionNoticed ? RequestEvent.CorrectionNotice(day, until!.Value)
                : kind == RequestEventKind.Corrected ? RequestEvent.Correction(day)
                : kind == RequestEventKind.ConsultationSent ? RequestEvent.Consultation(day, party!)
                : kind == RequestEventKind.ConsultationAnswered ? RequestEvent.ConsultationAnswer(day)
                : kind == RequestEventKind.Extended ? RequestEvent.Extension(day, workingDays!.Value)
                : kind == RequestEventKind.FeeNoticed ? RequestEvent.FeeNotice(day)
                : kind == RequestEventKind.FeePaid ? RequestEvent.FeePayment(day)
                : kind == RequestEventKind.Deferred ? RequestEvent.Deferral(day, until!.Value)
                : kind == RequestEventKind.Replied ? RequestEvent.Reply(day, outcome!, told ?? true)   // a reply that does not say told the applicant (§8.11)
                : RequestEvent.Delivery(day, method!, until);
        }
        catch (ArgumentException e)
        {
            input.Problem(start, path.ToString(), e.Message);
            return null;
        }
    }

    /// <summary>The field an event of <paramref name="kind"/> cannot do without, and the one it may also carry, by their JSON names.</summary>
    private static (string? Needs, string? MayHave) FieldsOf(RequestEventKind kind) =>
        kind == RequestEventKind.CorrectionNoticed || kind == RequestEventKind.Deferred ? ("until", null)
        : kind == RequestEventKind.ConsultationSent ? ("party", null)
        : kind == RequestEventKind.Extended ? ("workingDays", null)
        : kind == RequestEventKind.Replied ? ("outcome", "toldOfRedress")
        : kind == RequestEventKind.Delivered ? ("method", "until")
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
