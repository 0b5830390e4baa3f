using System.Text.Json;
using System.Text.Json.Serialization;
using GovDisclosure.Policy.Evaluation;

namespace GovDisclosure.Policy.Json;

/// <summary>A sanction's <see cref="Reason"/> as reports write it: <c>{"clauseIds": [...], "textZh": "...", "textEn": "..."}</c>, the shape of
/// <c>evaluation-report.schema.json</c>; read strictly, every property once and required.</summary>
internal sealed class ReasonJsonConverter : JsonConverter<Reason>
{
    public override Reason Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A reason is an object with \"clauseIds\", \"textZh\" and \"textEn\", not {reader.TokenType}.");
        }

        string[]? clauseIds = null;
        string? zh = null, en = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "clauseIds" when clauseIds is null: clauseIds = JsonSerializer.Deserialize<string[]>(ref reader, options); break;
                case "textZh" when zh is null: zh = reader.GetString(); break;
                case "textEn" when en is null: en = reader.GetString(); break;
                case "clauseIds" or "textZh" or "textEn": throw new JsonException($"A reason gives \"{name}\" twice.");
                default: throw new JsonException($"A reason has no property \"{name}\"; it has \"clauseIds\", \"textZh\" and \"textEn\".");
            }
        }

        return clauseIds is null || zh is null || en is null
            ? throw new JsonException("A reason needs \"clauseIds\", \"textZh\" and \"textEn\".")
            : new Reason(clauseIds, new BilingualText(zh, en));
    }

    public override void Write(Utf8JsonWriter writer, Reason value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("clauseIds");
        JsonSerializer.Serialize(writer, value.ClauseIds, options);
        writer.WriteText("textZh", value.Text.Zh);
        writer.WriteText("textEn", value.Text.En);
        writer.WriteEndObject();
    }
}
