using System.Text.Json;

namespace GovDisclosure.Policy.Json;

// The register's bodies and records, each field checked where it is (§13, D48).
internal abstract partial class RegisterReader
{
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
            switch ((BodyField)field)
            {
                case BodyField.Id: id = JsonValues.String(Input, ref reader, path, BodyFields.Name(field)); valid &= id is not null; break;
                case BodyField.Name: name = JsonValues.String(Input, ref reader, path, BodyFields.Name(field)); valid &= name is not null; break;
                case BodyField.Type: type = JsonValues.Code(Input, ref reader, BodyTypes, path, BodyFields.Name(field)); valid &= type is not null; break;
                case BodyField.Principal: principal = ReadPrincipal(ref reader, path); valid &= principal is not null; break;
                case BodyField.SupervisionContact: contact = JsonValues.IsNull(ref reader) ? null : JsonValues.Text(Input, ref reader, path, BodyFields.Name(field)); break;   // blank: none named (§4.1)
                case BodyField.Level: level = JsonValues.IsNull(ref reader) ? null : JsonValues.Code(Input, ref reader, Levels, path, BodyFields.Name(field)); break;
                case BodyField.Role: role = JsonValues.IsNull(ref reader) ? null : JsonValues.Code(Input, ref reader, Roles, path, BodyFields.Name(field)); break;
                case BodyField.Catalogs: catalogs = JsonValues.Strings(Input, ref reader, path, BodyFields.Name(field)); valid &= catalogs is not null; break;
            }
        }

        BodyFields.RequireAll(Input, offset, seen, BodyRequired, path);
        if (valid && (seen & BodyRequired) == BodyRequired)
        {
            return new Body(id!, name!, type!, principal!, contact) { Level = level ?? AdministrativeLevel.Of(type!), Role = role, Catalogs = catalogs ?? [] };
        }

        if (Input.Starved)
        {
            return null;   // cut by the buffer's end: parsed again whole, and only then known broken or not
        }

        if (id is not null)
        {
            brokenBodyIds.Add(id);   // its problems are reported; what names it raises nothing more
        }
        else
        {
            bodyWithoutId = true;    // what names an unknown body may name this one: its problem is the one reported
        }

        return null;
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
            switch ((PrincipalField)field)
            {
                case PrincipalField.Name: name = JsonValues.String(Input, ref reader, inner, PrincipalFields.Name(field)); break;
                case PrincipalField.TookOffice: tookOffice = JsonValues.Date(Input, ref reader, inner, PrincipalFields.Name(field)); break;
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
            switch ((RecordField)field)
            {
                case RecordField.Id: valid &= ReadText(ref reader, path, RecordFields.Name(field), record, subject: false); break;
                case RecordField.Body: valid &= ReadBodyReference(ref reader, path, record); break;
                case RecordField.Entry: record.Entry = JsonValues.IsNull(ref reader) ? null : JsonValues.Code(Input, ref reader, Entries, path, RecordFields.Name(field)); valid &= record.Entry is not null || JsonValues.IsNull(ref reader); break;
                case RecordField.Item: record.Item = JsonValues.IsNull(ref reader) ? null : JsonValues.Code(Input, ref reader, Items, path, RecordFields.Name(field)); valid &= record.Item is not null || JsonValues.IsNull(ref reader); break;
                case RecordField.Trigger:
                    var trigger = JsonValues.Date(Input, ref reader, path, RecordFields.Name(field));
                    record.Trigger = trigger ?? default;
                    valid &= trigger is not null;
                    break;
                case RecordField.Subject: valid &= JsonValues.IsNull(ref reader) || ReadText(ref reader, path, RecordFields.Name(field), record, subject: true); break;
                case RecordField.Publications: valid &= ReadPublications(ref reader, path, record); break;
                case RecordField.Classified: record.IsClassified = Flag(ref reader, path, RecordFields.Name(field), ref valid); break;
                case RecordField.Falsified: record.IsFalsified = Flag(ref reader, path, RecordFields.Name(field), ref valid); break;
                case RecordField.Refused: record.IsRefused = Flag(ref reader, path, RecordFields.Name(field), ref valid); break;
                case RecordField.Catalog: record.CatalogName = JsonValues.IsNull(ref reader) ? null : JsonValues.String(Input, ref reader, path, RecordFields.Name(field)); valid &= record.CatalogName is not null || JsonValues.IsNull(ref reader); break;
                case RecordField.Row: record.RowNumber = JsonValues.IsNull(ref reader) ? null : JsonValues.String(Input, ref reader, path, RecordFields.Name(field)); valid &= record.RowNumber is not null || JsonValues.IsNull(ref reader); break;
            }
        }

        RecordFields.RequireAll(Input, offset, seen, RecordRequired, path);
        valid &= ((seen >> 32) & ObligationNames) == 0;   // a misspelt or unreadable name may have named its obligation: reported already
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

            record.Item = DisclosureItem.Parse(code);
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
            if (reader.ValueIsEscaped)
            {
                Input.Problem(ref reader, path.Of(name), JsonInput.NotValidText);
            }
            else
            {
                Input.NotUtf8At(ref reader, path.Of(name));
            }

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
        bodyAt = Input.OffsetOf(ref reader);
        if (bodyLookup is not null && reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped)
        {
            // A unit's records usually stand together: the last record's body is tried first.
            var i = bodyLookup.IndexOf(reader.ValueSpan, likely: lastBodyIndex);
            if (i >= 0)
            {
                record.BodyIndex = lastBodyIndex = i;
                return true;
            }
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
        if (!JsonValues.IsArray(Input, ref reader, path, RecordFields.Name((int)RecordField.Publications)))
        {
            return false;
        }

        var valid = true;
        for (var i = 0; Input.NextElement(ref reader); i++)
        {
            var at = path.Element(RecordFields.Name((int)RecordField.Publications), i);
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
                switch ((PublicationField)field)
                {
                    case PublicationField.Date: date = JsonValues.Date(Input, ref reader, at, PublicationFields.Name(field)); break;
                    case PublicationField.Channels: used = ReadChannels(ref reader, at); break;
                    case PublicationField.NationalChannels: national = JsonValues.Codes(Input, ref reader, NationalChannelCodes, at, PublicationFields.Name(field))?.ToArray(); fieldsValid &= national is not null; break;
                    case PublicationField.TakenDownOn: takenDown = JsonValues.IsNull(ref reader) ? null : JsonValues.Date(Input, ref reader, at, PublicationFields.Name(field)); fieldsValid &= takenDown is not null || JsonValues.IsNull(ref reader); break;
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
        if (!JsonValues.IsArray(Input, ref reader, path, PublicationFields.Name((int)PublicationField.Channels)))
        {
            return null;
        }

        // One or two channels (nearly every publication) take shared arrays; more are collected.
        Channel? first = null, second = null;
        channels.Clear();
        var valid = true;
        var count = 0;
        for (; Input.NextElement(ref reader); count++)
        {
            // Where a channel stands is worked out only for a code that is not known.
            var channel = JsonValues.Known(ref reader, ChannelCodes)
                ?? JsonValues.Code(Input, ref reader, ChannelCodes, path.Element(PublicationFields.Name((int)PublicationField.Channels), count), "");
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
}
