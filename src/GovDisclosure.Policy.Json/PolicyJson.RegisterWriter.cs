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
    /// <exception cref="ArgumentException">A text it holds has a lone surrogate, which JSON in UTF-8 cannot carry (it would read back as U+FFFD).</exception>
    public static void WriteRegister(Register register, Stream utf8Json)
    {
        Preconditions.CheckNotNull(register);
        using var writer = Writer(utf8Json);
        writer.WriteStartObject();
        writer.WriteNumber("year", register.Year);
        WriteArray(writer, "bodies", register.Bodies, (w, body) =>
        {
            w.WriteText("id", body.Id);
            w.WriteText("name", body.Name);
            w.WriteText("type", body.Type.Name);
            w.WriteStartObject("principal");
            w.WriteText("name", body.Principal.Name);
            w.WriteText("tookOffice", body.Principal.TookOffice.ToIso());
            w.WriteEndObject();
            WriteOptional(w, "supervisionContact", body.SupervisionContact);
            if (body.Level != AdministrativeLevel.Of(body.Type))
            {
                w.WriteText("level", body.Level.Name);
            }

            WriteOptional(w, "role", body.Role?.Name);
            if (body.Catalogs.Count > 0)
            {
                WriteStrings(w, "catalogs", body.Catalogs);
            }
        });
        WriteArray(writer, "commitments", register.Commitments, (w, c) =>
        {
            w.WriteText("body", c.BodyId);
            w.WriteBoolean("oneWindow", c.OneWindow);
            w.WriteBoolean("oneTimeNotification", c.OneTimeNotification);
            w.WriteBoolean("oneStop", c.OneStop);
            w.WriteBoolean("endToEnd", c.EndToEnd);
            w.WriteText("signedBy", c.SignedBy);
            w.WriteText("signedOn", c.SignedOn.ToIso());
            WriteOptional(w, "approvedOn", c.ApprovedOn?.ToIso());
            WriteOptional(w, "publishedOn", c.PublishedOn?.ToIso());
        });
        WriteArray(writer, "disclosureRules", register.DisclosureRules, (w, r) =>
        {
            w.WriteText("body", r.BodyId);
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
            w.WriteText("id", c.Id);
            w.WriteText("body", c.BodyId);
            w.WriteText("channel", c.Channel.Name);
            w.WriteText("lodgedOn", c.LodgedOn.ToIso());
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
            w.WriteText("id", r.Id);
            w.WriteText("body", r.BodyId);
            w.WriteText("channel", r.Channel.Name);
            w.WriteText("arrivedOn", r.ArrivedOn.ToIso());
            WriteOptional(w, "confirmedOn", r.Channel.NeedsConfirmation ? r.ReceivedOn?.ToIso() : null);
            w.WriteText("applicant", r.Applicant.Name);
            w.WriteStartArray("events");
            foreach (var e in r.Events)
            {
                w.WriteStartObject();
                w.WriteText("kind", e.Kind.Name);
                w.WriteText("on", e.On.ToIso());
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
            w.WriteText("body", report.BodyId);
            w.WriteNumber("year", report.Year);
            w.WriteText("publishedOn", report.PublishedOn.ToIso());
        });
        WriteArray(writer, "redressCases", register.RedressCases, (w, c) =>
        {
            w.WriteText("id", c.Id);
            w.WriteText("body", c.BodyId);
            w.WriteText("kind", c.Kind.Name);
            w.WriteText("filedOn", c.FiledOn.ToIso());
            w.WriteText("result", c.Result.Name);
            WriteOptional(w, "decidedOn", c.DecidedOn?.ToIso());
            WriteOptional(w, "request", c.RequestId);
        });
        WriteArray(writer, "records", register.Records, (w, record) =>
        {
            w.WriteText("id", record.Id);
            w.WriteText("body", record.BodyId);
            WriteOptional(w, "catalog", record.Obligation.IsBuiltIn ? null : record.Obligation.Catalog);
            w.WriteText("row", record.Obligation.Row);
            WriteOptional(w, "item", record.Item?.Name);
            w.WriteText("trigger", record.Trigger.ToIso());
            WriteOptional(w, "subject", record.Subject);
            w.WriteStartArray("publications");
            foreach (var publication in record.Publications)
            {
                w.WriteStartObject();
                w.WriteText("date", publication.Date.ToIso());
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

    /// <summary>Writes a property's text, refusing text UTF-8 cannot carry: the writer would put U+FFFD for a lone surrogate, silently.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> holds a lone surrogate.</exception>
    internal static void WriteText(this Utf8JsonWriter writer, string name, string value) => writer.WriteString(name, Checked(value, name));

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
            writer.WriteText(name, value);
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
