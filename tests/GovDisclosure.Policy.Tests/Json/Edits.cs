using System.Text;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>Documents with one edit: the text with <c>old</c> replaced, once, by <c>replacement</c>; and what a reader says of it.</summary>
internal static class Edits
{
    /// <summary>The register schema's example, as shipped.</summary>
    internal static readonly string RegisterExample =
        File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Json", "Schemas", "register.example.json"));

    /// <summary><paramref name="document"/> with its first <paramref name="old"/> replaced by <paramref name="replacement"/>.</summary>
    internal static string Edited(this string document, string old, string replacement)
    {
        var at = document.IndexOf(old, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the document has no {old}");
        return document[..at] + replacement + document[(at + old.Length)..];
    }

    /// <summary>The problems <see cref="PolicyJson.ReadRegister(Stream)"/> reports of <paramref name="json"/>; fails when it reads it.</summary>
    internal static IReadOnlyList<JsonProblem> RegisterProblems(string json) =>
        Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(new MemoryStream(Encoding.UTF8.GetBytes(json)))).Problems;

    /// <summary>The one problem <see cref="PolicyJson.ReadRegister(Stream)"/> reports of <paramref name="json"/>.</summary>
    internal static JsonProblem OneRegisterProblem(string json) => Assert.Single(RegisterProblems(json));
}
