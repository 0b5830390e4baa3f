namespace GovDisclosure.Policy;

// What the library throws about a caller's argument: the framework's argument exceptions, so callers catch what they
// know, whose Message is the library's sentence alone. The framework appends "(Parameter 'x')" (and the actual value) to
// Message; ParamName and ActualValue still carry those for code.

/// <summary>An <see cref="ArgumentException"/> whose <see cref="Message"/> is the sentence, without a parameter suffix.</summary>
internal sealed class PolicyArgumentException : ArgumentException
{
    internal PolicyArgumentException(string message, string? paramName)
        : base(message, paramName) => Message = message;

    internal PolicyArgumentException(string message, string? paramName, Exception innerException)
        : base(message, paramName, innerException) => Message = message;

    public override string Message { get; }
}

/// <summary>An <see cref="ArgumentOutOfRangeException"/> whose <see cref="Message"/> is the sentence, without a parameter or value suffix.</summary>
internal sealed class PolicyArgumentOutOfRangeException : ArgumentOutOfRangeException
{
    internal PolicyArgumentOutOfRangeException(string? paramName, object? actualValue, string message)
        : base(paramName, actualValue, message) => Message = message;

    internal PolicyArgumentOutOfRangeException(string? paramName, string message)
        : base(paramName, message) => Message = message;

    public override string Message { get; }
}

/// <summary>An <see cref="ArgumentNullException"/> whose <see cref="Message"/> names the argument in a sentence.</summary>
internal sealed class PolicyArgumentNullException : ArgumentNullException
{
    internal PolicyArgumentNullException(string? paramName)
        : this(paramName, $"{paramName} cannot be null.")
    {
    }

    internal PolicyArgumentNullException(string? paramName, string message)
        : base(paramName, message) => Message = message;

    public override string Message { get; }
}
