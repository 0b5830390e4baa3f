namespace GovDisclosure.Policy.Tests;

/// <summary>
/// <c>Assert.Throws</c> for the argument exceptions: the library throws its own subclasses of the expected type whose Message is
/// the sentence alone. Each check asserts the exact type (the framework's, or the library's subclass of it, nothing further
/// derived), the parameter where one is given, and that the message carries no "(Parameter …)" suffix.
/// </summary>
internal static class ArgumentAssert
{
    internal static T Throws<T>(Action testCode) where T : ArgumentException => Checked<T>(Assert.ThrowsAny<T>(testCode));

    internal static T Throws<T>(Func<object?> testCode) where T : ArgumentException => Checked<T>(Assert.ThrowsAny<T>(testCode));

    internal static T Throws<T>(string? paramName, Action testCode) where T : ArgumentException => Named(paramName, Throws<T>(testCode));

    internal static T Throws<T>(string? paramName, Func<object?> testCode) where T : ArgumentException => Named(paramName, Throws<T>(testCode));

    internal static async Task<T> ThrowsAsync<T>(Func<Task> testCode) where T : ArgumentException => Checked<T>(await Assert.ThrowsAnyAsync<T>(testCode));

    internal static async Task<T> ThrowsAsync<T>(string? paramName, Func<Task> testCode) where T : ArgumentException =>
        Named(paramName, await ThrowsAsync<T>(testCode));

    private static T Named<T>(string? paramName, T exception) where T : ArgumentException
    {
        Assert.Equal(paramName, exception.ParamName);
        return exception;
    }

    private static T Checked<T>(T exception) where T : ArgumentException
    {
        var type = exception.GetType();
        var isLibrarys = type.Assembly == typeof(DisclosurePolicy).Assembly || type.Assembly == typeof(PolicyJson).Assembly;
        Assert.True(type == typeof(T) || (isLibrarys && type.BaseType == typeof(T)),
            $"Expected {typeof(T).Name} or the library's subclass of it; got {type.FullName}.");
        if (isLibrarys)
        {
            Assert.DoesNotContain("(Parameter '", exception.Message, StringComparison.Ordinal);
        }

        return exception;
    }
}
