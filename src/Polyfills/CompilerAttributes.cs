// Types the C# compiler needs for language features the library uses (init accessors, records,
// caller argument expressions). Only the netstandard2.0 build compiles this file.
namespace System.Runtime.CompilerServices
{
    /// <summary>Marks <c>init</c> accessors; the compiler requires the type to exist.</summary>
    internal static class IsExternalInit
    {
    }

    /// <summary>Names the expression passed for another parameter, for exception messages.</summary>
    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    internal sealed class CallerArgumentExpressionAttribute(string parameterName) : Attribute
    {
        public string ParameterName { get; } = parameterName;
    }
}
