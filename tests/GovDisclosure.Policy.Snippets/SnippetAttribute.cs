namespace DocumentationSnippets;

/// <summary>Marks the class that holds block <paramref name="number"/> (from 1) of <paramref name="document"/>, in its
/// static <c>Run</c> method.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class SnippetAttribute(string document, int number) : Attribute
{
    public string Document { get; } = document;

    public int Number { get; } = number;
}
