using System.Text.Json;

namespace GovDisclosure.Policy.Json;

/// <summary>
/// Finds properties written twice in one JSON object, which System.Text.Json's serializer would read by letting the last one win. One
/// pass over the bytes, before the serializer reads them; each repeat is a problem with its path, line and column.
/// </summary>
internal static class RepeatedProperties
{
    /// <summary>Every property that repeats one before it in the same object (the first hundred kept); malformed JSON is left to the
    /// serializer, which reports it with its position.</summary>
    /// <param name="json">The UTF-8 JSON, without a byte-order mark.</param>
    /// <param name="rootElements">Receives the line and column where each element of a root array starts.</param>
    internal static JsonProblems Find(ReadOnlySpan<byte> json, List<(int Line, int Column)> rootElements)
    {
        var problems = new JsonProblems();
        var reader = new Utf8JsonReader(json);   // comments are refused, as the serializer refuses them
        var scopes = new Stack<Scope>();
        var (line, lineStart, counted) = (1, 0, 0);
        try
        {
            while (reader.Read())
            {
                var at = (int)reader.TokenStartIndex;
                for (; counted < at; counted++)
                {
                    if (json[counted] == (byte)'\n')
                    {
                        (line, lineStart) = (line + 1, counted + 1);
                    }
                }

                if (scopes.Count == 1 && scopes.Peek().Names is null && reader.TokenType == JsonTokenType.StartObject)
                {
                    rootElements.Add((line, at - lineStart + 1));   // an element of a root array: the reports are objects
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        Element(scopes);
                        scopes.Push(new Scope(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        scopes.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var scope = scopes.Peek();
                        scope.Property = reader.GetString()!;
                        if (!scope.Names!.Add(scope.Property))
                        {
                            problems.Add(new JsonProblem(PathOf(scopes), line, at - lineStart + 1,
                                $"the property \"{scope.Property}\" is given twice in one object; give it once."));
                        }

                        break;
                    default:
                        Element(scopes);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed: the serializer reads it next and says where.
        }

        return problems;
    }

    /// <summary>A value begins: in an array, the next element.</summary>
    private static void Element(Stack<Scope> scopes)
    {
        if (scopes.Count > 0 && scopes.Peek().Names is null)
        {
            scopes.Peek().Index++;
        }
    }

    /// <summary>The path of the property just read, for example <c>$[0].days[2].holiday</c>.</summary>
    private static string PathOf(Stack<Scope> scopes)
    {
        var path = new System.Text.StringBuilder("$");
        foreach (var scope in scopes.Reverse())
        {
            path.Append(scope.Names is null ? $"[{scope.Index}]" : "." + scope.Property);
        }

        return path.ToString();
    }

    /// <summary>An object (its names so far, the property being read) or an array (the index of the element being read).</summary>
    private sealed class Scope(bool isArray)
    {
        internal HashSet<string>? Names { get; } = isArray ? null : new HashSet<string>(StringComparer.Ordinal);

        internal string? Property { get; set; }

        internal int Index { get; set; } = -1;
    }
}
