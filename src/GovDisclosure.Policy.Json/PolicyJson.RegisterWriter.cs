using System.Text.Json;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Requests;
using static GovDisclosure.Policy.Json.FieldNames;
using static GovDisclosure.Policy.Json.RegisterReader;

namespace GovDisclosure.Policy.Json;

// The register written in its documented form, and the writing helpers every writer of this class shares.
public static partial class PolicyJson
{
    /// <summary>
    /// Writes a register in the form <see cref="ReadRegister"/> reads; reading it back gives an equal register. The year, the
    /// bodies and the supervision sections come before the records, so that <see cref="EvaluateRegister(DisclosurePolicy, Stream, LocalDate, Action{ObligationOutcome}?)"/> can stream it.
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="utf8Json">A writable stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text it holds has a lone surrogate, which JSON in UTF-8 cannot carry (it would read back as U+FFFD).</exception>
    public static void WriteRegister(Register register, Stream utf8Json)
    {
        Preconditions.CheckNotNull(register);
        using var writer = Writer(utf8Json);
        writer.WriteStartObject();
        writer.WriteNumber(Name(RootField.Year), register.Year);
        WriteArray(writer, Name(RootField.Bodies), register.Bodies, (w, body) =>
        {
            w.WriteText(Name(BodyField.Id), body.Id);
            w.WriteText(Name(BodyField.Name), body.Name);
            w.WriteText(Name(BodyField.Type), body.Type.Name);
            w.WriteStartObject(Name(BodyField.Principal));
            w.WriteText(Name(PrincipalField.Name), body.Principal.Name);
            w.WriteText(Name(PrincipalField.TookOffice), body.Principal.TookOffice.ToIso());
            w.WriteEndObject();
            WriteOptional(w, Name(BodyField.SupervisionContact), body.SupervisionContact);
            WriteOptional(w, Name(BodyField.Level), body.Level == AdministrativeLevel.Of(body.Type) ? null : body.Level.Name);
            WriteOptional(w, Name(BodyField.Role), body.Role?.Name);
            if (body.Catalogs.Count > 0)
            {
                WriteStrings(w, Name(BodyField.Catalogs), body.Catalogs);
            }
        });
        WriteArray(writer, Name(RootField.Commitments), register.Commitments, (w, c) =>
        {
            w.WriteText(Name(CommitmentField.Body), c.BodyId);
            w.WriteBoolean(Name(CommitmentField.OneWindow), c.OneWindow);
            w.WriteBoolean(Name(CommitmentField.OneTimeNotification), c.OneTimeNotification);
            w.WriteBoolean(Name(CommitmentField.OneStop), c.OneStop);
            w.WriteBoolean(Name(CommitmentField.EndToEnd), c.EndToEnd);
            w.WriteText(Name(CommitmentField.SignedBy), c.SignedBy);
            w.WriteText(Name(CommitmentField.SignedOn), c.SignedOn.ToIso());
            WriteOptional(w, Name(CommitmentField.ApprovedOn), c.ApprovedOn?.ToIso());
            WriteOptional(w, Name(CommitmentField.PublishedOn), c.PublishedOn?.ToIso());
        });
        WriteArray(writer, Name(RootField.DisclosureRules), register.DisclosureRules, (w, r) =>
        {
            w.WriteText(Name(RulesField.Body), r.BodyId);
            WriteOptional(w, Name(RulesField.ApprovedOn), r.ApprovedOn?.ToIso());
            WriteOptional(w, Name(RulesField.PublishedOn), r.PublishedOn?.ToIso());
        });
        WriteArray(writer, Name(RootField.Inspections), register.Inspections, (w, plan) =>
        {
            w.WriteNumber(Name(PlanField.Year), plan.Year);
            WriteOptional(w, Name(PlanField.Body), plan.BodyId);
            WriteDates(w, Name(PlanField.Dates), plan.Dates);
        });
        WriteArray(writer, Name(RootField.Complaints), register.Complaints, WriteComplaint);
        WriteArray(writer, Name(RootField.Requests), register.Requests, WriteRequest);
        WriteArray(writer, Name(RootField.AnnualReports), register.AnnualReports, (w, report) =>
        {
            w.WriteText(Name(ReportField.Body), report.BodyId);
            w.WriteNumber(Name(ReportField.Year), report.Year);
            w.WriteText(Name(ReportField.PublishedOn), report.PublishedOn.ToIso());
        });
        WriteArray(writer, Name(RootField.RedressCases), register.RedressCases, (w, c) =>
        {
            w.WriteText(Name(RedressField.Id), c.Id);
            w.WriteText(Name(RedressField.Body), c.BodyId);
            w.WriteText(Name(RedressField.Kind), c.Kind.Name);
            w.WriteText(Name(RedressField.FiledOn), c.FiledOn.ToIso());
            w.WriteText(Name(RedressField.Result), c.Result.Name);
            WriteOptional(w, Name(RedressField.DecidedOn), c.DecidedOn?.ToIso());
            WriteOptional(w, Name(RedressField.Request), c.RequestId);
        });
        WriteArray(writer, Name(RootField.Records), register.Records, WriteRecord);
        writer.WriteEndObject();
    }

    private static void WriteComplaint(Utf8JsonWriter w, Complaint c)
    {
        w.WriteText(Name(ComplaintField.Id), c.Id);
        w.WriteText(Name(ComplaintField.Body), c.BodyId);
        w.WriteText(Name(ComplaintField.Channel), c.Channel.Name);
        w.WriteText(Name(ComplaintField.LodgedOn), c.LodgedOn.ToIso());
        WriteDates(w, Name(ComplaintField.EscalatedOn), c.Escalations);
        if (c.Answers.Any(answer => answer is not null))
        {
            w.WriteStartObject(Name(ComplaintField.AnsweredOn));
            for (var tier = 0; tier < c.Answers.Count; tier++)
            {
                WriteOptional(w, AnswerFields.Name(tier), c.Answers[tier]?.ToIso());
            }

            w.WriteEndObject();
        }

        WriteOptional(w, Name(ComplaintField.ResolvedOn), c.ResolvedOn?.ToIso());
        WriteOptional(w, Name(ComplaintField.Resolution), c.Resolution);
        WriteOptional(w, Name(ComplaintField.RectifiedOn), c.RectifiedOn?.ToIso());
    }

    private static void WriteRequest(Utf8JsonWriter w, InformationRequest r)
    {
        w.WriteText(Name(RequestField.Id), r.Id);
        w.WriteText(Name(RequestField.Body), r.BodyId);
        w.WriteText(Name(RequestField.Channel), r.Channel.Name);
        w.WriteText(Name(RequestField.ArrivedOn), r.ArrivedOn.ToIso());
        WriteOptional(w, Name(RequestField.ConfirmedOn), r.Channel.NeedsConfirmation ? r.ReceivedOn?.ToIso() : null);
        w.WriteText(Name(RequestField.Applicant), r.Applicant.Name);
        w.WriteStartArray(Name(RequestField.Events));
        foreach (var e in r.Events)
        {
            w.WriteStartObject();
            w.WriteText(Name(EventField.Kind), e.Kind.Name);
            w.WriteText(Name(EventField.On), e.On.ToIso());
            WriteOptional(w, Name(EventField.Until), e.Until?.ToIso());
            if (e.WorkingDays is { } days)
            {
                w.WriteNumber(Name(EventField.WorkingDays), days);
            }

            WriteOptional(w, Name(EventField.Party), e.Party?.Name);
            WriteOptional(w, Name(EventField.Outcome), e.Outcome?.Name);
            WriteOptional(w, Name(EventField.Method), e.Method?.Name);
            if (e.ToldOfRedress == false)
            {
                w.WriteBoolean(Name(EventField.ToldOfRedress), false);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteRecord(Utf8JsonWriter w, DisclosureRecord record)
    {
        w.WriteText(Name(RecordField.Id), record.Id);
        w.WriteText(Name(RecordField.Body), record.BodyId);
        WriteOptional(w, Name(RecordField.Catalog), record.Obligation.IsBuiltIn ? null : record.Obligation.Catalog);
        w.WriteText(Name(RecordField.Row), record.Obligation.Row);
        WriteOptional(w, Name(RecordField.Item), record.Item?.Name);
        w.WriteText(Name(RecordField.Trigger), record.Trigger.ToIso());
        WriteOptional(w, Name(RecordField.Subject), record.Subject);
        w.WriteStartArray(Name(RecordField.Publications));
        foreach (var publication in record.Publications)
        {
            w.WriteStartObject();
            w.WriteText(Name(PublicationField.Date), publication.Date.ToIso());
            WriteStrings(w, Name(PublicationField.Channels), publication.Channels.Select(channel => channel.Name));
            if (publication.NationalChannels.Count > 0)
            {
                WriteStrings(w, Name(PublicationField.NationalChannels), publication.NationalChannels.Select(channel => channel.Name));
            }

            WriteOptional(w, Name(PublicationField.TakenDownOn), publication.TakenDownOn?.ToIso());
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteFlag(w, Name(RecordField.Classified), record.IsClassified);
        WriteFlag(w, Name(RecordField.Falsified), record.IsFalsified);
        WriteFlag(w, Name(RecordField.Refused), record.IsRefused);
    }

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,   // Chinese stays readable
    };

    /// <summary>The writer every document is written with: indented, Chinese left readable.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    internal static Utf8JsonWriter Writer(Stream utf8Json) => new(Preconditions.CheckNotNull(utf8Json), WriterOptions);

    /// <summary>Writes a property's text, refusing text UTF-8 cannot carry: the writer would put U+FFFD for a lone surrogate, silently.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> holds a lone surrogate.</exception>
    internal static void WriteText(this Utf8JsonWriter writer, string name, string value) => writer.WriteString(name, Checked(value, name));

    /// <inheritdoc cref="WriteText(Utf8JsonWriter, string, string)"/>
    internal static void WriteText(this Utf8JsonWriter writer, JsonEncodedText name, string value) => writer.WriteString(name, Checked(value, name.Value));

    /// <summary>Writes an array element's text, refusing text UTF-8 cannot carry.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> holds a lone surrogate.</exception>
    internal static void WriteTextValue(this Utf8JsonWriter writer, string value, string arrayName) => writer.WriteStringValue(Checked(value, arrayName));

    /// <summary><paramref name="value"/>, which must be well-formed UTF-16: every surrogate in a pair.</summary>
    private static string Checked(string value, string name)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;   // a pair: one character outside the BMP
            }
            else if (char.IsSurrogate(value[i]))
            {
                throw Preconditions.WrongValue(
                    $"The text of \"{name}\" holds a lone surrogate (U+{(int)value[i]:X4}), which is not text and which JSON in UTF-8 cannot carry: " +
                    "written, it would read back as U+FFFD. Correct the text where it was made.");
            }
        }

        return value;
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, JsonEncodedText name, IEnumerable<T> values, Action<Utf8JsonWriter, T> write)
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
            writer.WriteText(name, value);
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteText(name, value);
        }
    }

    /// <summary>Writes an array of texts, refusing text UTF-8 cannot carry.</summary>
    /// <exception cref="ArgumentException">A text holds a lone surrogate.</exception>
    internal static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteTextValue(value, name.Value);
        }

        writer.WriteEndArray();
    }

    private static void WriteDates(Utf8JsonWriter writer, JsonEncodedText name, IEnumerable<LocalDate> dates)
    {
        writer.WriteStartArray(name);
        foreach (var date in dates)
        {
            writer.WriteStringValue(date.ToIso());
        }

        writer.WriteEndArray();
    }

    private static void WriteFlag(Utf8JsonWriter writer, JsonEncodedText name, bool value)
    {
        if (value)
        {
            writer.WriteBoolean(name, true);
        }
    }
}
