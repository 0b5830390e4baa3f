namespace GovDisclosure.Policy.Data;

/// <summary>The names a layout may map to: what SQL can carry as given, so that no name can change a statement's meaning.</summary>
internal static class SqlNames
{
    private const int MaxLength = 128;

    /// <summary><paramref name="name"/>, when it is a plain name (a letter or <c>_</c>, then letters, digits and <c>_</c>; with
    /// <paramref name="allowSchema"/>, parts joined by <c>.</c>) or one quoted whole with <c>"…"</c>, <c>[…]</c> or <c>`…`</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">It is neither.</exception>
    internal static string Check(string name, string paramName, bool allowSchema)
    {
        Preconditions.CheckNotNull(name, paramName);
        var valid = name.Length is > 0 and <= MaxLength && (IsQuoted(name) || name.Split('.') is var parts && (parts.Length == 1 || allowSchema) && parts.All(IsPlain));
        return valid ? name
            : throw Preconditions.WrongArgument(paramName, $"\"{name}\" is not a name SQL can carry as given: use letters, digits and _ (not starting with a digit" +
                (allowSchema ? "; a schema before a dot" : "") + $"), or quote the whole name as the database does (\"…\", […] or `…`), in at most {MaxLength} characters.");
    }

    private static bool IsPlain(string part) =>
        part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static bool IsQuoted(string name) =>
        name.Length > 2 && (name[0], name[name.Length - 1]) is ('"', '"') or ('[', ']') or ('`', '`')
        && name.IndexOf(name[name.Length - 1], 1) == name.Length - 1;
}
