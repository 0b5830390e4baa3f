using System.Text.Json;
using GovDisclosure.Policy.Evaluation;

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
    public static void WriteRegister(Register register, Stream utf8Json)
    {
        Preconditions.CheckNotNull(register);
        using var writer = Writer(utf8Json);
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
            if (body.Catalogs.Count > 0)
            {
                WriteStrings(w, "catalogs", body.Catalogs);
            }
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
            if (c.Answers.Any(answer => answer is not null))
            {
                w.WriteStartObject("answeredOn");
                for (var tier = 0; tier < c.Answers.Count; tier++)
                {
                    WriteOptional(w, ComplaintTier.FromValue(tier + 1).Name, c.Answers[tier]?.ToIso());
                }

                w.WriteEndObject();
            }

            WriteOptional(w, "resolvedOn", c.ResolvedOn?.ToIso());
            WriteOptional(w, "resolution", c.Resolution);
            WriteOptional(w, "rectifiedOn", c.RectifiedOn?.ToIso());
        });
        WriteArray(writer, "requests", register.Requests, (w, r) =>
        {
            w.WriteString("id", r.Id);
            w.WriteString("body", r.BodyId);
            w.WriteString("channel", r.Channel.Name);
            w.WriteString("arrivedOn", r.ArrivedOn.ToIso());
            WriteOptional(w, "confirmedOn", r.Channel.NeedsConfirmation ? r.ReceivedOn?.ToIso() : null);
            w.WriteString("applicant", r.Applicant.Name);
            w.WriteStartArray("events");
            foreach (var e in r.Events)
            {
                w.WriteStartObject();
                w.WriteString("kind", e.Kind.Name);
                w.WriteString("on", e.On.ToIso());
                WriteOptional(w, "until", e.Until?.ToIso());
                if (e.WorkingDays is { } days)
                {
                    w.WriteNumber("workingDays", days);
                }

                WriteOptional(w, "party", e.Party?.Name);
                WriteOptional(w, "outcome", e.Outcome?.Name);
                WriteOptional(w, "method", e.Method?.Name);
                if (e.ToldOfRedress == false)
                {
                    w.WriteBoolean("toldOfRedress", false);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
        WriteArray(writer, "annualReports", register.AnnualReports, (w, report) =>
        {
            w.WriteString("body", report.BodyId);
            w.WriteNumber("year", report.Year);
            w.WriteString("publishedOn", report.PublishedOn.ToIso());
        });
        WriteArray(writer, "redressCases", register.RedressCases, (w, c) =>
        {
            w.WriteString("id", c.Id);
            w.WriteString("body", c.BodyId);
            w.WriteString("kind", c.Kind.Name);
            w.WriteString("filedOn", c.FiledOn.ToIso());
            w.WriteString("result", c.Result.Name);
            WriteOptional(w, "decidedOn", c.DecidedOn?.ToIso());
            WriteOptional(w, "request", c.RequestId);
        });
        WriteArray(writer, "records", register.Records, (w, record) =>
        {
            w.WriteString("id", record.Id);
            w.WriteString("body", record.BodyId);
            WriteOptional(w, "catalog", record.Obligation.IsBuiltIn ? null : record.Obligation.Catalog);
            w.WriteString("row", record.Obligation.Row);
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
                if (publication.NationalChannels.Count > 0)
                {
                    w.WriteStartArray("nationalChannels");
                    foreach (var channel in publication.NationalChannels)
                    {
                        w.WriteStringValue(channel.Name);
                    }

                    w.WriteEndArray();
                }

                WriteOptional(w, "takenDownOn", publication.TakenDownOn?.ToIso());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteFlag(w, "classified", record.IsClassified);
            WriteFlag(w, "falsified", record.IsFalsified);
            WriteFlag(w, "refused", record.IsRefused);
        });
        writer.WriteEndObject();
    }

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,   // Chinese stays readable
    };

    /// <summary>The writer every document is written with: indented, Chinese left readable.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    internal static Utf8JsonWriter Writer(Stream utf8Json) => new(Preconditions.CheckNotNull(utf8Json), WriterOptions);

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
