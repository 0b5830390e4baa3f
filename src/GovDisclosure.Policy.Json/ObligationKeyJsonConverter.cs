using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Policy.Json;

/// <summary>An <see cref="ObligationKey"/> as reports write it: <c>{"row": "IM1"}</c> for the built-in catalog, <c>{"catalog": "某县民政", "row": "3"}</c>
/// for a county catalog, and <c>"part"</c> only when it is not 0.</summary>
internal sealed class ObligationKeyJsonConverter : JsonConverter<ObligationKey>
{
    public override ObligationKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"An obligation is an object with \"row\" (and \"catalog\" for a county catalog's row), not {reader.TokenType}.");
        }

        string? catalog = null, row = null;
        var part = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "catalog": catalog = reader.GetString(); break;
                case "row": row = reader.GetString(); break;
                case "part": part = reader.GetInt32(); break;
                default: throw new JsonException($"An obligation has no property \"{name}\"; it has \"catalog\", \"row\" and \"part\".");
            }
        }

        try
        {
            return catalog is null
                ? ObligationKey.Parse(row ?? throw new JsonException("An obligation needs its \"row\"."))
                : ObligationKey.InCatalog(catalog, row ?? throw new JsonException("An obligation needs its \"row\"."), part);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, ObligationKey value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (!value.IsBuiltIn)
        {
            writer.WriteText("catalog", value.Catalog);
        }

        writer.WriteText("row", value.Row);
        if (value.Part != 0)
        {
            writer.WriteNumber("part", value.Part);
        }

        writer.WriteEndObject();
    }
}
