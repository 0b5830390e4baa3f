using System.Text.Json;
using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Requests;
using static GovDisclosure.Policy.Json.FieldNames;

namespace GovDisclosure.Policy.Json;

// Annual reports (§9) in JSON: every figure as a named property, so a stored report reads back whole and a hand-edited one is checked.
public static partial class PolicyJson
{
    private static readonly JsonFields AnnualReportFields = JsonFields.Of<AnnualReportField>("annual report");

    private static readonly JsonFields ProactiveFields = JsonFields.Of<ProactiveField>("set of proactive-disclosure figures");

    private static readonly JsonFields DocumentFields = JsonFields.Of<DocumentField>("set of document counts");

    private static readonly JsonFields ApplicantFields = new("row of applicant counts", [.. ApplicantKind.InOrder.Select(kind => kind.Name), "Total"]);

    private static readonly JsonFields RequestRowFields = new("request table", [.. RequestTableRow.InOrder.Select(row => row.Name)]);

    private static readonly JsonFields RedressGroupFields = new("redress table", [.. RedressCaseKind.InOrder.Select(kind => kind.Name)]);

    private static readonly JsonFields RedressResultFields = new("group of redress counts", [.. RedressResult.InOrder.Select(result => result.Name), "Total"]);

    /// <summary>
    /// Reads an annual report (§9.3), strictly, in the form <see cref="WriteAnnualReport"/> writes (see <c>annual-report.schema.json</c>): every
    /// section and every figure of the three tables is required, by name; an unknown, repeated or missing property, or a figure that is not a
    /// whole number, is a problem reported with its path, line and column. Figures that break the format's identities are read as they are:
    /// <see cref="AnnualReport.Problems"/> lists them.
    /// </summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON (a byte-order mark is skipped); read to its end, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyJsonException">The input has problems.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static AnnualReport ReadAnnualReport(Stream utf8Json) => Synchronously(ReadWholeAsync(utf8Json, "an annual report", ParseAnnualReport, sync: true, default));

    /// <summary>Reads an annual report as <see cref="ReadAnnualReport"/> does, reading the stream asynchronously.</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON; read to its end, not closed.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyJsonException">The input has problems.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static Task<AnnualReport> ReadAnnualReportAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        ReadWholeAsync(utf8Json, "an annual report", ParseAnnualReport, sync: false, cancellationToken).AsTask();

    /// <summary>Writes an annual report in the form <see cref="ReadAnnualReport"/> reads; reading it back gives an equal report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">A writable stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text it holds has a lone surrogate, which JSON in UTF-8 cannot carry (it would read back as U+FFFD).</exception>
    public static void WriteAnnualReport(AnnualReport report, Stream utf8Json)
    {
        Preconditions.CheckNotNull(report);
        using var writer = Writer(utf8Json);
        writer.WriteStartObject();
        writer.WriteText(Name(AnnualReportField.BodyId), report.BodyId);
        writer.WriteText(Name(AnnualReportField.BodyName), report.BodyName);
        writer.WriteNumber(Name(AnnualReportField.Year), report.Year);
        writer.WriteText(Name(AnnualReportField.Overview), report.Overview);
        writer.WriteStartObject(Name(AnnualReportField.Proactive));
        WriteDocuments(writer, Name(ProactiveField.Rules), report.Proactive.Rules);
        WriteDocuments(writer, Name(ProactiveField.NormativeDocuments), report.Proactive.NormativeDocuments);
        writer.WriteNumber(Name(ProactiveField.LicensingDecisions), report.Proactive.LicensingDecisions);
        writer.WriteNumber(Name(ProactiveField.PenaltyDecisions), report.Proactive.PenaltyDecisions);
        writer.WriteNumber(Name(ProactiveField.CoercionDecisions), report.Proactive.CoercionDecisions);
        writer.WriteNumber(Name(ProactiveField.FeesTenThousandYuan), report.Proactive.FeesTenThousandYuan);
        writer.WriteEndObject();
        writer.WriteStartObject(Name(AnnualReportField.Requests));
        foreach (var row in RequestTable.Rows)
        {
            WriteFigures(writer, row.Name, ApplicantFields, Columns(report.Requests[row]));
        }

        writer.WriteEndObject();
        writer.WriteStartObject(Name(AnnualReportField.Redress));
        foreach (var kind in RedressCaseKind.InOrder)
        {
            var counts = report.Redress[kind];
            WriteFigures(writer, kind.Name, RedressResultFields, [counts.Upheld, counts.Corrected, counts.Other, counts.Pending, counts.Total]);
        }

        writer.WriteEndObject();
        writer.WriteText(Name(AnnualReportField.ProblemsAndImprovements), report.ProblemsAndImprovements);
        writer.WriteText(Name(AnnualReportField.OtherMatters), report.OtherMatters);
        if (report.LastYearCarriedForward is { } carried)
        {
            WriteFigures(writer, Name(AnnualReportField.LastYearCarriedForward), ApplicantFields, Columns(carried));
        }

        if (report.IsAggregate)
        {
            writer.WriteBoolean(Name(AnnualReportField.Aggregate), true);
        }

        writer.WriteEndObject();
    }

    private static void WriteDocuments(Utf8JsonWriter writer, JsonEncodedText name, DocumentCounts counts) =>
        WriteFigures(writer, name, DocumentFields, [counts.Issued, counts.Repealed, counts.InForce]);

    private static void WriteFigures(Utf8JsonWriter writer, string name, JsonFields fields, int[] figures) =>
        WriteFigures(writer, JsonEncodedText.Encode(name), fields, figures);

    private static void WriteFigures(Utf8JsonWriter writer, JsonEncodedText name, JsonFields fields, int[] figures)
    {
        writer.WriteStartObject(name);
        for (var i = 0; i < figures.Length; i++)
        {
            writer.WriteNumber(fields.Name(i), figures[i]);
        }

        writer.WriteEndObject();
    }

    private static AnnualReport? ParseAnnualReport(JsonInput input, ref Utf8JsonReader reader)
    {
        var root = JsonPath.Root;
        input.Next(ref reader);
        if (!JsonValues.IsObject(input, ref reader, root, "an annual report"))
        {
            return null;
        }

        var offset = input.OffsetOf(ref reader);
        string? bodyId = null, bodyName = null, overview = null, problems = null, other = null;
        int? year = null;
        ProactiveDisclosureFigures? proactive = null;
        RequestTable? requests = null;
        RedressTable? redress = null;
        int[]? lastYear = null;
        bool? aggregate = null;
        var valid = true;
        var seen = 0UL;
        for (int field; (field = AnnualReportFields.Next(input, ref reader, ref seen, root)) != JsonFields.End;)
        {
            switch ((AnnualReportField)field)
            {
                case AnnualReportField.Schema: JsonValues.String(input, ref reader, root, "$schema"); break;   // where the schema is: a string, read and set aside
                case AnnualReportField.BodyId: bodyId = JsonValues.String(input, ref reader, root, AnnualReportFields.Name(field)); break;
                case AnnualReportField.BodyName: bodyName = JsonValues.String(input, ref reader, root, AnnualReportFields.Name(field)); break;
                case AnnualReportField.Year: year = JsonValues.Int(input, ref reader, root, AnnualReportFields.Name(field), DisclosureYears.First, DisclosureYears.Last); break;
                case AnnualReportField.Overview: overview = JsonValues.Text(input, ref reader, root, AnnualReportFields.Name(field)); break;
                case AnnualReportField.Proactive: proactive = ReadProactive(input, ref reader, root.Property(AnnualReportFields.Name(field))); break;
                case AnnualReportField.Requests: requests = ReadRequestTable(input, ref reader, root.Property(AnnualReportFields.Name(field))); break;
                case AnnualReportField.Redress: redress = ReadRedressTable(input, ref reader, root.Property(AnnualReportFields.Name(field))); break;
                case AnnualReportField.ProblemsAndImprovements: problems = JsonValues.Text(input, ref reader, root, AnnualReportFields.Name(field)); break;
                case AnnualReportField.OtherMatters: other = JsonValues.Text(input, ref reader, root, AnnualReportFields.Name(field)); break;
                case AnnualReportField.LastYearCarriedForward:
                    lastYear = JsonValues.IsNull(ref reader) ? null : ReadFigures(input, ref reader, root.Property("lastYearCarriedForward"), ApplicantFields);
                    valid &= lastYear is not null || JsonValues.IsNull(ref reader);
                    break;
                case AnnualReportField.Aggregate: aggregate = JsonValues.Bool(input, ref reader, root, AnnualReportFields.Name(field)); valid &= aggregate is not null; break;
            }
        }

        AnnualReportFields.RequireAll(input, offset, seen, AnnualReportFields.Bits(AnnualReportField.BodyId, AnnualReportField.BodyName, AnnualReportField.Year, AnnualReportField.Overview, AnnualReportField.Proactive, AnnualReportField.Requests, AnnualReportField.Redress, AnnualReportField.ProblemsAndImprovements, AnnualReportField.OtherMatters), root);
        return !valid || bodyId is null || bodyName is null || year is null || overview is null || proactive is null || requests is null || redress is null
            || problems is null || other is null
            ? null
            : new AnnualReport(bodyId, bodyName, year.Value, overview, proactive, requests, redress, problems, other)
            {
                LastYearCarriedForward = lastYear is null ? null : CountsOf(lastYear),
                IsAggregate = aggregate ?? false,
            };
    }

    private static ProactiveDisclosureFigures? ReadProactive(JsonInput input, ref Utf8JsonReader reader, in JsonPath path)
    {
        if (!JsonValues.IsObject(input, ref reader, path, "a set of proactive-disclosure figures"))
        {
            return null;
        }

        var offset = input.OffsetOf(ref reader);
        int[]? rules = null, documents = null;
        var decisions = new int?[3];
        decimal? fees = null;
        var seen = 0UL;
        for (int field; (field = ProactiveFields.Next(input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            switch ((ProactiveField)field)
            {
                case ProactiveField.Rules: rules = ReadFigures(input, ref reader, path.Property(ProactiveFields.Name(field)), DocumentFields); break;
                case ProactiveField.NormativeDocuments: documents = ReadFigures(input, ref reader, path.Property(ProactiveFields.Name(field)), DocumentFields); break;
                case ProactiveField.LicensingDecisions or ProactiveField.PenaltyDecisions or ProactiveField.CoercionDecisions:
                    decisions[field - (int)ProactiveField.LicensingDecisions] = JsonValues.Int(input, ref reader, path, ProactiveFields.Name(field), int.MinValue, int.MaxValue); break;
                case ProactiveField.FeesTenThousandYuan: fees = JsonValues.Decimal(input, ref reader, path, ProactiveFields.Name(field)); break;
            }
        }

        ProactiveFields.RequireAll(input, offset, seen, (1UL << ProactiveFields.Count) - 1, path);
        return rules is null || documents is null || decisions[0] is not { } licensing || decisions[1] is not { } penalties || decisions[2] is not { } coercion
            || fees is null
            ? null
            : new ProactiveDisclosureFigures(new DocumentCounts(rules[0], rules[1], rules[2]), new DocumentCounts(documents[0], documents[1], documents[2]),
                licensing, penalties, coercion, fees.Value);
    }

    private static RequestTable? ReadRequestTable(JsonInput input, ref Utf8JsonReader reader, in JsonPath path)
    {
        if (!JsonValues.IsObject(input, ref reader, path, "a request table"))
        {
            return null;
        }

        var offset = input.OffsetOf(ref reader);
        var table = RequestTable.Empty;
        var complete = true;
        var seen = 0UL;
        for (int field; (field = RequestRowFields.Next(input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            if (field >= 0)
            {
                var row = ReadFigures(input, ref reader, path.Property(RequestRowFields.Name(field)), ApplicantFields);
                complete &= row is not null;
                if (row is not null)
                {
                    table = table.With(RequestTableRow.InOrder[field], CountsOf(row));   // the fields are the rows in order
                }
            }
        }

        var all = (1UL << RequestRowFields.Count) - 1;
        RequestRowFields.RequireAll(input, offset, seen, all, path);
        return complete && seen == all ? table : null;
    }

    private static RedressTable? ReadRedressTable(JsonInput input, ref Utf8JsonReader reader, in JsonPath path)
    {
        if (!JsonValues.IsObject(input, ref reader, path, "a redress table"))
        {
            return null;
        }

        var offset = input.OffsetOf(ref reader);
        var groups = new RedressCounts?[3];
        var seen = 0UL;
        for (int field; (field = RedressGroupFields.Next(input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            if (field >= 0 && ReadFigures(input, ref reader, path.Property(RedressGroupFields.Name(field)), RedressResultFields) is { } f)
            {
                groups[field] = new RedressCounts(f[0], f[1], f[2], f[3], f[4]);
            }
        }

        RedressGroupFields.RequireAll(input, offset, seen, (1UL << RedressGroupFields.Count) - 1, path);
        return groups[0] is { } reconsideration && groups[1] is { } direct && groups[2] is { } after ? new RedressTable(reconsideration, direct, after) : null;
    }

    /// <summary>An object whose properties are all required whole numbers, in the order of <paramref name="fields"/>; null when any is missing or wrong.</summary>
    private static int[]? ReadFigures(JsonInput input, ref Utf8JsonReader reader, in JsonPath path, JsonFields fields)
    {
        if (!JsonValues.IsObject(input, ref reader, path, $"a {fields.What}"))
        {
            return null;
        }

        var offset = input.OffsetOf(ref reader);
        var figures = new int?[fields.Count];
        var seen = 0UL;
        for (int field; (field = fields.Next(input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            if (field >= 0)
            {
                figures[field] = JsonValues.Int(input, ref reader, path, fields.Name(field), int.MinValue, int.MaxValue);
            }
        }

        var all = (1UL << fields.Count) - 1;
        fields.RequireAll(input, offset, seen, all, path);
        return figures.All(figure => figure is not null) ? [.. figures.Select(figure => figure!.Value)] : null;
    }

    /// <summary>A row of table 三 in the order the JSON writes it: the six applicant columns, then 总计.</summary>
    private static int[] Columns(ApplicantCounts counts) =>
        [counts.NaturalPersons, counts.CommercialEnterprises, counts.ResearchInstitutions, counts.SocialWelfareOrganizations,
            counts.LegalServicesInstitutions, counts.OtherOrganizations, counts.Total];

    /// <summary>A row of table 三 from figures in the order <see cref="Columns"/> gives them.</summary>
    private static ApplicantCounts CountsOf(int[] columns) =>
        new(columns[0], columns[1], columns[2], columns[3], columns[4], columns[5], columns[6]);

    /// <summary>An annual report's properties.</summary>
    private enum AnnualReportField
    {
        [System.Text.Json.Serialization.JsonPropertyName("$schema")] Schema,
        BodyId,
        BodyName,
        Year,
        Overview,
        Proactive,
        Requests,
        Redress,
        ProblemsAndImprovements,
        OtherMatters,
        LastYearCarriedForward,
        Aggregate,
    }

    /// <summary>The properties of an annual report's proactive-disclosure figures.</summary>
    private enum ProactiveField
    {
        Rules,
        NormativeDocuments,
        LicensingDecisions,
        PenaltyDecisions,
        CoercionDecisions,
        FeesTenThousandYuan,
    }

    /// <summary>The properties of a set of document counts.</summary>
    private enum DocumentField
    {
        Issued,
        Repealed,
        InForce,
    }
}
