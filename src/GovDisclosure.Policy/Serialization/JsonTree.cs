using System.Text.Json;

namespace GovDisclosure.Policy.Serialization;

/// <summary>
/// A parsed JSON value that remembers where it stands in the text (line and column), so that every
/// problem found while mapping it to the domain can be reported with its path and line. System.Text.Json's
/// own document does not keep positions.
/// </summary>
internal sealed class JsonTree
{
    private JsonTree(JsonValueKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    internal JsonValueKind Kind { get; }

    internal int Line { get; }

    internal int Column { get; }

    internal string? Text { get; private set; }

    internal List<KeyValuePair<string, JsonTree>>? Properties { get; private set; }

    internal List<JsonTree>? Items { get; private set; }

    internal JsonTree? this[string name] => Properties?.FirstOrDefault(property => property.Key == name).Value;

    /// <summary>Parses UTF-8 JSON; a syntax error throws <see cref="PolicyJsonException"/> naming its line and column.</summary>
    internal static JsonTree Parse(byte[] utf8)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        try
        {
            if (!reader.Read())
            {
                throw new PolicyJsonException([new JsonProblem("$", 1, 1, "the input is empty; expected a JSON object.")]);
            }

            return ReadValue(ref reader, lineStarts);
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            throw new PolicyJsonException([new JsonProblem(e.Path ?? "$", line, column, $"the text is not valid JSON: {e.Message}")]);
        }
    }

    private static JsonTree ReadValue(ref Utf8JsonReader reader, List<int> lineStarts)
    {
        var (line, column) = Position(reader.TokenStartIndex, lineStarts);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = new JsonTree(JsonValueKind.Object, line, column) { Properties = [] };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    node.Properties.Add(new(name, ReadValue(ref reader, lineStarts)));
                }

                return node;
            }

            case JsonTokenType.StartArray:
            {
                var node = new JsonTree(JsonValueKind.Array, line, column) { Items = [] };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    node.Items.Add(ReadValue(ref reader, lineStarts));
                }

                return node;
            }

            case JsonTokenType.String:
                return new JsonTree(JsonValueKind.String, line, column) { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonTree(JsonValueKind.Number, line, column) { Text = System.Text.Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new JsonTree(JsonValueKind.True, line, column);
            case JsonTokenType.False:
                return new JsonTree(JsonValueKind.False, line, column);
            default:
                return new JsonTree(JsonValueKind.Null, line, column);
        }
    }

    private static (int Line, int Column) Position(long offset, List<int> lineStarts)
    {
        var index = lineStarts.BinarySearch((int)offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, (int)offset - lineStarts[line] + 1);
    }
}

/// <summary>One problem of a JSON input: where (JSON path, line, column) and what.</summary>
/// <param name="Path">The JSON path, for example <c>$.records[3].trigger</c>.</param>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column in bytes, from 1.</param>
/// <param name="Message">What is wrong and what was expected.</param>
/// <exception cref="ArgumentNullException">A non-nullable argument is null, when created or through <c>with</c>.</exception>
public sealed record JsonProblem(string Path, int Line, int Column, string Message)
{
    /// <summary>The JSON path, for example <c>$.records[3].trigger</c>.</summary>
    public string Path { get; init => field = Preconditions.CheckNotNull(value, nameof(Path)); } = Preconditions.CheckNotNull(Path);

    /// <summary>The line, from 1.</summary>
    public int Line { get; init; } = Line;

    /// <summary>The column in bytes, from 1.</summary>
    public int Column { get; init; } = Column;

    /// <summary>What is wrong and what was expected.</summary>
    public string Message { get; init => field = Preconditions.CheckNotNull(value, nameof(Message)); } = Preconditions.CheckNotNull(Message);

    /// <inheritdoc />
    public override string ToString() => $"{Path} (line {Line}, column {Column}): {Message}";
}

/// <summary>
/// Thrown when JSON input cannot be read: every problem found (up to <see cref="MaxProblems"/>) with its
/// path, line and message — an unknown code with the valid ones, a date that is not a date, a missing
/// required field, a duplicate id, a record the register rejects.
/// </summary>
public sealed class PolicyJsonException : Exception
{
    /// <summary>The most problems one exception lists; reading stops collecting after that.</summary>
    public const int MaxProblems = 100;

    /// <summary>Creates the exception.</summary>
    /// <param name="problems">The problems, at least one.</param>
    public PolicyJsonException(IReadOnlyList<JsonProblem> problems)
        : base($"The JSON has {Preconditions.CheckNotNull(problems).Count} problem(s):{Environment.NewLine}- " + string.Join(Environment.NewLine + "- ", problems))
    {
        Problems = ReadOnly.CopyWithoutNulls(problems, nameof(problems));
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<JsonProblem> Problems { get; }
}
