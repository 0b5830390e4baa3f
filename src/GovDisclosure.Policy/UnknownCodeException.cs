namespace GovDisclosure.Policy;

/// <summary>
/// Thrown when a code (for example <c>"G21"</c> or <c>"Weekly"</c>) names no member of one of the
/// policy's closed sets. The message names the code and lists the valid ones.
/// </summary>
public sealed class UnknownCodeException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="code"/>, a code of <paramref name="codeKind"/>.</summary>
    /// <param name="codeKind">What the code should have named, for example <c>DisclosureItem</c>.</param>
    /// <param name="code">The code that was looked up.</param>
    /// <param name="validCodes">Every code that would have been accepted.</param>
    /// <param name="paramName">The argument that carried the code.</param>
    public UnknownCodeException(string codeKind, string code, IEnumerable<string> validCodes, string? paramName)
        : this(codeKind, code, Preconditions.CheckNotNull(validCodes).ToArray(), paramName)
    {
    }

    private UnknownCodeException(string codeKind, string code, string[] validCodes, string? paramName)
        : base($"'{code}' is not a {codeKind} code. Valid codes: {string.Join(", ", validCodes)}.", paramName)
    {
        CodeKind = codeKind;
        Code = code;
        ValidCodes = validCodes;
    }

    /// <summary>What the code should have named, for example <c>DisclosureItem</c>.</summary>
    public string CodeKind { get; }

    /// <summary>The code that was looked up and not found.</summary>
    public string Code { get; }

    /// <summary>Every code that would have been accepted, in the policy's order.</summary>
    public IReadOnlyList<string> ValidCodes { get; }
}
