using System.Globalization;
using System.Text.Json;
using NodaTime.Text;

namespace GovDisclosure.Policy.Serialization;

/// <summary>Maps a <see cref="JsonTree"/> to values, collecting every problem with its path and line instead of stopping at the first.</summary>
internal sealed class JsonReadContext
{
    private readonly List<JsonProblem> problems = [];

    internal void Problem(JsonTree at, string path, string message)
    {
        if (problems.Count < PolicyJsonException.MaxProblems)
        {
            problems.Add(new JsonProblem(path, at.Line, at.Column, message));
        }
    }

    internal void ThrowIfAny()
    {
        if (problems.Count > 0)
        {
            throw new PolicyJsonException([.. problems]);
        }
    }

    internal bool IsObject(JsonTree node, string path, string what)
    {
        if (node.Kind == JsonValueKind.Object)
        {
            return true;
        }

        Problem(node, path, $"expected {what} (an object); found {Describe(node)}.");
        return false;
    }

    internal JsonTree? Required(JsonTree parent, string name, string path)
    {
        var value = parent[name];
        if (value is null || value.Kind == JsonValueKind.Null)
        {
            Problem(parent, $"{path}.{name}", "required property is missing.");
            return null;
        }

        return value;
    }

    internal string? String(JsonTree parent, string name, string path, bool required = true)
    {
        var value = required ? Required(parent, name, path) : parent[name];
        if (value is null || value.Kind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.Kind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.Text))
        {
            Problem(value, $"{path}.{name}", $"expected a non-empty string; found {Describe(value)}.");
            return null;
        }

        return value.Text;
    }

    internal int? Int(JsonTree parent, string name, string path, int min, int max, bool required = true)
    {
        var value = required ? Required(parent, name, path) : parent[name];
        if (value is null || value.Kind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.Kind != JsonValueKind.Number || !int.TryParse(value.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            || number < min || number > max)
        {
            Problem(value, $"{path}.{name}", $"expected a whole number from {min} to {max}; found {Describe(value)}.");
            return null;
        }

        return number;
    }

    internal decimal? Decimal(JsonTree parent, string name, string path)
    {
        var value = Required(parent, name, path);
        if (value is null)
        {
            return null;
        }

        if (value.Kind != JsonValueKind.Number || !decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            Problem(value, $"{path}.{name}", $"expected a number; found {Describe(value)}.");
            return null;
        }

        return number;
    }

    internal bool Bool(JsonTree parent, string name, string path, bool required = false)
    {
        var value = required ? Required(parent, name, path) : parent[name];
        switch (value?.Kind)
        {
            case null or JsonValueKind.Null:
                return false;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                Problem(value, $"{path}.{name}", $"expected true or false; found {Describe(value)}.");
                return false;
        }
    }

    internal LocalDate? Date(JsonTree parent, string name, string path, bool required = true)
    {
        var value = required ? Required(parent, name, path) : parent[name];
        return value is null || value.Kind == JsonValueKind.Null ? null : Date(value, $"{path}.{name}");
    }

    internal LocalDate? Date(JsonTree value, string path)
    {
        if (value.Kind == JsonValueKind.String && LocalDatePattern.Iso.Parse(value.Text!) is { Success: true } parsed)
        {
            return parsed.Value;
        }

        Problem(value, path, $"expected an ISO date such as \"2025-03-31\"; found {Describe(value)}.");
        return null;
    }

    internal T? Code<T>(JsonTree parent, string name, string path, bool required = true)
        where T : PolicyEnum<T>
    {
        var value = required ? Required(parent, name, path) : parent[name];
        if (value is null || value.Kind == JsonValueKind.Null)
        {
            return null;
        }

        return Code<T>(value, $"{path}.{name}");
    }

    internal T? Code<T>(JsonTree value, string path)
        where T : PolicyEnum<T>
    {
        if (value.Kind == JsonValueKind.String && PolicyEnum<T>.TryFromName(value.Text!, out var member))
        {
            return member;
        }

        Problem(value, path, $"{Describe(value)} is not a {typeof(T).Name} code; valid codes: {string.Join(", ", PolicyEnum<T>.InOrder.Select(m => m.Name))}.");
        return null;
    }

    /// <summary>The elements of an array property, each with its path; an absent optional array is empty.</summary>
    internal IEnumerable<(JsonTree Node, string Path)> Array(JsonTree parent, string name, string path, bool required = true)
    {
        var value = required ? Required(parent, name, path) : parent[name];
        if (value is null || value.Kind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.Kind != JsonValueKind.Array)
        {
            Problem(value, $"{path}.{name}", $"expected an array; found {Describe(value)}.");
            return [];
        }

        return value.Items!.Select((item, i) => (item, $"{path}.{name}[{i}]"));
    }

    private static string Describe(JsonTree node) => node.Kind switch
    {
        JsonValueKind.String => JsonSerializer.Serialize(node.Text),
        JsonValueKind.Number => $"the number {node.Text}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        _ => "an object",
    };
}
