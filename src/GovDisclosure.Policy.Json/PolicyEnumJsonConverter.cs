using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovDisclosure.Policy.Json;

/// <summary>Writes every closed set of the library as its code (<c>"G05"</c>, <c>"IM1"</c>, <c>"School"</c>) and reads it back.</summary>
public sealed class PolicyEnumJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) => PolicyEnumType(typeToConvert) is not null;

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(Preconditions.CheckNotNull(typeToConvert)))!;

    private static Type? PolicyEnumType(Type? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == typeof(PolicyEnum<>))
            {
                return current;
            }
        }

        return null;
    }

    private sealed class Converter<T> : JsonConverter<T>
        where T : PolicyEnum<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var code = reader.TokenType == JsonTokenType.String ? reader.GetString()! : null;
            return code is not null && PolicyEnum<T>.TryParse(code, out var member)
                ? member
                : throw new JsonException($"{(code is null ? reader.TokenType.ToString() : $"\"{code}\"")} is not a {typeof(T).Name} code; " +
                                          $"valid codes: {string.Join(", ", PolicyEnum<T>.InOrder.Select(m => m.Name))}.");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
    }
}
