using System.Text.Json;
using GovDisclosure.Policy.Catalogs;
using static GovDisclosure.Policy.Json.FieldNames;

namespace GovDisclosure.Policy.Json;

// County catalogs (SPEC §10) in JSON.
public static partial class PolicyJson
{
    private static readonly JsonFields CatalogFields = JsonFields.Of<CatalogField>("catalog");

    private static readonly JsonFields RowFields = JsonFields.Of<RowField>("catalog row");

    private static readonly CodeTable<NationalChannel> NationalChannels = new();
    private static readonly CodeTable<CatalogAudience> CatalogAudiences = new();
    private static readonly CodeTable<DisclosureMode> DisclosureModes = new();
    private static readonly CodeTable<AdministrativeLevel> AdministrativeLevels = new();

    /// <summary>
    /// Reads a county catalog (§10), strictly: <c>{ "name": "…", "rows": [{ "number": "3", "items": ["社会救助", "最低生活保障", "初审对象名单"],
    /// "content": "…", "legalBasis": "…", "timeLimit": "制定或获取信息之日起10个工作日内，公示7个工作日", "responsibleBody": "…",
    /// "channels": ["NoticeBoard"], "audience": "SpecificGroups", "modes": ["Proactive"], "levels": ["Township", "Village"], "remarks": "…" }] }</c>,
    /// codes being those of <see cref="NationalChannel"/>, <see cref="CatalogAudience"/>, <see cref="DisclosureMode"/> and
    /// <see cref="AdministrativeLevel"/>. Every field but <c>remarks</c> is required. Every problem — a blank text, an unreadable time limit,
    /// a 序号 used twice — is reported with its path, line and column.
    /// </summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON (a byte-order mark is skipped); read to its end, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyJsonException">The input has problems.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static CountyCatalog ReadCatalog(Stream utf8Json) => Synchronously(ReadWholeAsync(utf8Json, "a catalog", ParseCatalog, sync: true, default));

    /// <summary>Reads a county catalog as <see cref="ReadCatalog"/> does, reading the stream asynchronously.</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON; read to its end, not closed.</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="utf8Json"/> cannot be read.</exception>
    /// <exception cref="PolicyJsonException">The input has problems.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream failed, was disposed or cannot read; the stream's own exception is inside.</exception>
    public static Task<CountyCatalog> ReadCatalogAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        ReadWholeAsync(utf8Json, "a catalog", ParseCatalog, sync: false, cancellationToken).AsTask();

    /// <summary>Writes a county catalog in the form <see cref="ReadCatalog"/> reads; reading it back gives an equal catalog.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="utf8Json">A writable stream; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text it holds has a lone surrogate, which JSON in UTF-8 cannot carry (it would read back as U+FFFD).</exception>
    public static void WriteCatalog(CountyCatalog catalog, Stream utf8Json)
    {
        Preconditions.CheckNotNull(catalog);
        using var writer = Writer(utf8Json);
        writer.WriteStartObject();
        writer.WriteText(Name(CatalogField.Name), catalog.Name);
        WriteArray(writer, Name(CatalogField.Rows), catalog.Rows, (w, row) =>
        {
            w.WriteText(Name(RowField.Number), row.Number);
            WriteStrings(w, Name(RowField.Items), row.Items);
            w.WriteText(Name(RowField.Content), row.Content);
            w.WriteText(Name(RowField.LegalBasis), row.LegalBasis);
            w.WriteText(Name(RowField.TimeLimit), row.TimeLimitText);
            w.WriteText(Name(RowField.ResponsibleBody), row.ResponsibleBody);
            WriteStrings(w, Name(RowField.Channels), row.Channels.Select(channel => channel.Name));
            w.WriteText(Name(RowField.Audience), row.Audience.Name);
            WriteStrings(w, Name(RowField.Modes), row.Modes.Select(mode => mode.Name));
            if (row.Levels.Count > 0)
            {
                WriteStrings(w, Name(RowField.Levels), row.Levels.Select(level => level.Name));   // none: a single-level body's catalog (§10)
            }

            WriteOptional(w, Name(RowField.Remarks), row.Remarks);
        });
        writer.WriteEndObject();
    }

    private static CountyCatalog? ParseCatalog(JsonInput input, ref Utf8JsonReader reader)
    {
        var root = JsonPath.Root;
        input.Next(ref reader);
        if (!JsonValues.IsObject(input, ref reader, root, "a catalog"))
        {
            return null;
        }

        var rootOffset = input.OffsetOf(ref reader);
        var rowsOffset = rootOffset;
        string? name = null;
        var rows = new List<(CatalogRow Row, long At)>();
        var valid = true;
        var seen = 0UL;
        for (int field; (field = CatalogFields.Next(input, ref reader, ref seen, root)) != JsonFields.End;)
        {
            switch ((CatalogField)field)
            {
                case CatalogField.Schema: JsonValues.String(input, ref reader, root, "$schema"); break;   // where the schema is: a string, read and set aside
                case CatalogField.Name: name = JsonValues.String(input, ref reader, root, CatalogFields.Name(field)); break;
                case CatalogField.Rows:
                    rowsOffset = input.OffsetOf(ref reader);
                    valid &= JsonValues.IsArray(input, ref reader, root, CatalogFields.Name(field));
                    if (valid)
                    {
                        for (var i = 0; input.NextElement(ref reader); i++)
                        {
                            var at = input.OffsetOf(ref reader);
                            if (ReadCatalogRow(input, ref reader, root.Element("rows", i)) is { } row)
                            {
                                rows.Add((row, at));
                            }
                            else
                            {
                                valid = false;
                            }
                        }
                    }

                    break;
            }
        }

        CatalogFields.RequireAll(input, rootOffset, seen, CatalogFields.Bits(CatalogField.Name, CatalogField.Rows), root);
        if (name is null || !valid || (seen & CatalogFields.Bits(CatalogField.Rows)) == 0)
        {
            return null;   // rows left out (or misspelt) are reported missing, not also as no rows
        }

        try
        {
            return new CountyCatalog(name, rows.Select(row => row.Row));
        }
        catch (CatalogDataException e)
        {
            foreach (var problem in e.Problems)
            {
                // The catalog's own checks that the reader leaves to it: no rows, a 序号 used twice (the row is named by its position, from 1).
                // A blank name never gets here: the reader refuses it.
                var (offset, path) = problem.Row == 0 ? (rowsOffset, root.Of("rows"))
                    : (rows[problem.Row - 1].At, root.Element("rows", problem.Row - 1).Of("number"));
                input.Problem(offset, path, problem.Message);
            }

            return null;
        }
    }

    private static CatalogRow? ReadCatalogRow(JsonInput input, ref Utf8JsonReader reader, JsonPath path)
    {
        if (!JsonValues.IsObject(input, ref reader, path, "a catalog row"))
        {
            return null;
        }

        var offset = input.OffsetOf(ref reader);
        string? number = null, content = null, basis = null, timeLimit = null, body = null, remarks = null;
        List<string>? items = null;
        List<NationalChannel>? channels = null;
        CatalogAudience? audience = null;
        List<DisclosureMode>? modes = null;
        List<AdministrativeLevel>? levels = null;
        var seen = 0UL;
        for (int field; (field = RowFields.Next(input, ref reader, ref seen, path)) != JsonFields.End;)
        {
            switch ((RowField)field)
            {
                case RowField.Number: number = JsonValues.String(input, ref reader, path, RowFields.Name(field)); break;
                case RowField.Items: items = JsonValues.Strings(input, ref reader, path, RowFields.Name(field)); break;
                case RowField.Content: content = JsonValues.String(input, ref reader, path, RowFields.Name(field)); break;
                case RowField.LegalBasis: basis = JsonValues.String(input, ref reader, path, RowFields.Name(field)); break;
                case RowField.TimeLimit: timeLimit = JsonValues.String(input, ref reader, path, RowFields.Name(field)); break;
                case RowField.ResponsibleBody: body = JsonValues.String(input, ref reader, path, RowFields.Name(field)); break;
                case RowField.Channels: channels = JsonValues.Codes(input, ref reader, NationalChannels, path, RowFields.Name(field)); break;
                case RowField.Audience: audience = JsonValues.Code(input, ref reader, CatalogAudiences, path, RowFields.Name(field)); break;
                case RowField.Modes: modes = JsonValues.Codes(input, ref reader, DisclosureModes, path, RowFields.Name(field)); break;
                case RowField.Levels: levels = JsonValues.Codes(input, ref reader, AdministrativeLevels, path, RowFields.Name(field)); break;
                case RowField.Remarks: remarks = JsonValues.String(input, ref reader, path, RowFields.Name(field)); break;
            }
        }

        RowFields.RequireAll(input, offset, seen, RowFields.Bits(RowField.Number, RowField.Items, RowField.Content, RowField.LegalBasis, RowField.TimeLimit, RowField.ResponsibleBody, RowField.Channels, RowField.Audience, RowField.Modes), path);
        if (number is null || items is null || content is null || basis is null || timeLimit is null || body is null || channels is null || audience is null ||
            modes is null)
        {
            return null;
        }

        if (CatalogRow.TryCreate(number, items, content, basis, timeLimit, body, channels, audience, modes, levels, remarks, out var row, out var problems))
        {
            return row;
        }

        foreach (var problem in problems)
        {
            input.Problem(offset, path.Of(JsonNameOf(problem.Column)), $"{problem.Column} {problem.Message}");
        }

        return null;
    }

    /// <summary>
    /// The JSON field that holds a column <see cref="CatalogRow.TryCreate"/> refused, by the column's published name. The reader refuses a
    /// blank 序号, content, basis or body and an unknown audience itself, so only these columns come back from it: the item tree is the rest.
    /// </summary>
    private static string JsonNameOf(string? column) => column switch
    {
        "公开时限" => "timeLimit",
        "公开渠道和载体" => "channels",
        "公开方式" => "modes",
        "公开层级" => "levels",
        _ => "items",
    };

    /// <summary>A catalog's properties.</summary>
    private enum CatalogField
    {
        [System.Text.Json.Serialization.JsonPropertyName("$schema")] Schema,
        Name,
        Rows,
    }

    /// <summary>A catalog row's properties: the columns of §10, in the catalogs' order.</summary>
    private enum RowField
    {
        Number,
        Items,
        Content,
        LegalBasis,
        TimeLimit,
        ResponsibleBody,
        Channels,
        Audience,
        Modes,
        Levels,
        Remarks,
    }
}
