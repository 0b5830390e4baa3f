namespace GovDisclosure.Policy;

/// <summary>
/// Thrown when a code (for example <c>"G21"</c> or <c>"Weekly"</c>) names no member of one of the
/// policy's closed sets, however the lookup was called. <see cref="Message"/> names the code and lists the
/// valid ones; <see cref="ArgumentException.ParamName"/> names the argument that carried it.
/// </summary>
public sealed class UnknownCodeException : ArgumentException
{
    private readonly string sentence;

    /// <summary>Creates the exception for <paramref name="code"/>, a code of <paramref name="codeKind"/>.</summary>
    /// <param name="codeKind">What the code should have named, for example <c>DisclosureItem</c>.</param>
    /// <param name="code">The code that was looked up.</param>
    /// <param name="validCodes">Every code that would have been accepted.</param>
    /// <param name="paramName">The argument that carried the code.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="paramName"/> is null.</exception>
    public UnknownCodeException(string codeKind, string code, IEnumerable<string> validCodes, string? paramName)
        : base(null, paramName)
    {
        CodeKind = Preconditions.CheckNotNull(codeKind);
        Code = Preconditions.CheckNotNull(code);
        ValidCodes = ReadOnly.CopyWithoutNulls(validCodes, nameof(validCodes));
        sentence = $"'{code}' is not a {codeKind} code. Valid codes: {string.Join(", ", ValidCodes)}.";
    }

    /// <summary>The sentence: the code, what it should have named and the valid codes — without a parameter suffix.</summary>
    public override string Message => sentence;

    /// <summary>What the code should have named, for example <c>DisclosureItem</c>.</summary>
    public string CodeKind { get; }

    /// <summary>The code that was looked up and not found.</summary>
    public string Code { get; }

    /// <summary>Every code that would have been accepted, in the policy's order.</summary>
    public IReadOnlyList<string> ValidCodes { get; }
}
