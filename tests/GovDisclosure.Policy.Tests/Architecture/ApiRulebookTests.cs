using System.Reflection;

namespace GovDisclosure.Policy.Tests.Architecture;

/// <summary>
/// The API rulebook (docs/api-guidelines.md) as checks over both packages: one exception base, argument errors as the framework's types,
/// no optional parameter on a public constructor, the library's <c>Try</c> methods named and annotated alike, today asked of one method,
/// and files of one responsibility.
/// </summary>
public sealed class ApiRulebookTests
{
    private static readonly IReadOnlyList<Assembly> Packages = PackageAssemblies.All;

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    [Fact]
    public void Every_exception_the_library_declares_is_a_GovDisclosureException_or_an_argument_error()
    {
        var exceptions = Packages.SelectMany(assembly => assembly.GetTypes()).Where(typeof(Exception).IsAssignableFrom).ToList();
        var offenders = exceptions.Where(type => !typeof(GovDisclosureException).IsAssignableFrom(type) && !typeof(ArgumentException).IsAssignableFrom(type));

        Assert.Empty(offenders.Select(type => type.FullName));
        Assert.Contains(typeof(RequestHistoryException), exceptions);
        Assert.Contains(typeof(CalendarCoverageException), exceptions);
        Assert.True(typeof(GovDisclosureException).IsAbstract);
    }

    [Fact]
    public void Every_argument_error_the_library_throws_keeps_its_parameter_out_of_the_message()
    {
        var argumentErrors = typeof(DisclosurePolicy).Assembly.GetTypes()
            .Where(type => typeof(ArgumentException).IsAssignableFrom(type) && type != typeof(UnknownCodeException)).ToList();

        Assert.Equal(["PolicyArgumentException", "PolicyArgumentNullException", "PolicyArgumentOutOfRangeException"],
            argumentErrors.Select(type => type.Name).Order(StringComparer.Ordinal));
        Assert.All(argumentErrors, type => Assert.False(type.IsPublic, $"{type.Name} is thrown as the framework's type, so it stays internal."));
        Assert.All(argumentErrors, type => Assert.NotNull(type.GetProperty(nameof(Exception.Message), Declared)));
    }

    [Fact]
    public void No_public_constructor_has_an_optional_parameter()
    {
        var offenders = from type in Packages.SelectMany(assembly => assembly.GetExportedTypes())
                        from constructor in type.GetConstructors()
                        from parameter in constructor.GetParameters()
                        where parameter.IsOptional
                        select $"{type.Name}({parameter.Name})";

        Assert.Empty(offenders);
    }

    [Fact]
    public void A_method_outside_the_JSON_contracts_has_at_most_one_optional_parameter_besides_a_cancellation_token()
    {
        var offenders = from type in Packages.SelectMany(assembly => assembly.GetExportedTypes())
                        where type.Namespace != "GovDisclosure.Policy.Json"
                        from method in type.GetMethods(Declared)
                        where method.GetCustomAttribute<ObsoleteAttribute>() is null
                        let optional = method.GetParameters().Count(parameter => parameter.IsOptional && parameter.ParameterType != typeof(CancellationToken))
                        where optional > 1
                        select $"{type.Name}.{method.Name}";

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_declared_try_method_is_TryGet_TrySet_TryParse_TryApply_TryAdd_TryCreate_or_TryOverride_and_says_when_its_out_may_be_null()
    {
        var tries = (from type in Packages.SelectMany(assembly => assembly.GetExportedTypes())
                     from method in type.GetMethods(Declared)
                     where method.Name.StartsWith("Try", StringComparison.Ordinal) && method.GetCustomAttribute<ObsoleteAttribute>() is null
                     select method).ToList();
        var misnamed = tries.Where(method => !(method.Name.StartsWith("TryGet", StringComparison.Ordinal) || method.Name.StartsWith("TrySet", StringComparison.Ordinal) || method.Name is "TryParse" or "TryApply" or "TryAdd" or "TryCreate" or "TryOverride"));
        var unannotated = from method in tries
                          from parameter in method.GetParameters()
                          let type = parameter.ParameterType.GetElementType()!
                          where parameter.IsOut && !type.IsValueType
                          where !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))   // a list of problems: empty, never null
                          where !parameter.CustomAttributes.Any(attribute => attribute.AttributeType.Name == "MaybeNullWhenAttribute")   // the framework's, or netstandard2.0's stand-in
                          select $"{method.DeclaringType!.Name}.{method.Name}({parameter.Name})";

        Assert.Empty(misnamed.Select(method => $"{method.DeclaringType!.Name}.{method.Name}"));
        Assert.Empty(unannotated);
        Assert.All(tries, method => Assert.Equal(typeof(bool), method.ReturnType));
        Assert.Contains(tries, method => method.Name == nameof(InformationRequest.TryApply));
        Assert.Contains(tries, method => method.Name == nameof(RegisterEvaluation.TryGetUnit));
        Assert.Contains(tries, method => method.Name == nameof(EvaluationSession.TryAdd));
        Assert.Contains(tries, method => method.Name == nameof(CatalogRow.TryCreate));
        Assert.Contains(tries, method => method.Name == nameof(PolicyProfile.TryOverride));
        Assert.Contains(tries, method => method.Name == nameof(RecordBuffer.TrySetIdUtf8));   // the pair of a throwing Set…
    }

    [Fact]
    public void SmartEnums_lookups_by_name_stay_as_the_librarys_and_lead_to_Parse()
    {
        var legacy = typeof(PolicyEnum<>).GetMethods(Declared).Where(method => method.Name is "FromName" or "TryFromName").ToList();

        Assert.Equal(3, legacy.Count);
        Assert.All(legacy, method => Assert.Contains("Parse", method.GetCustomAttribute<ObsoleteAttribute>()!.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Today_is_asked_of_ChinaTime_alone()
    {
        var takingClocks = from type in Packages.SelectMany(assembly => assembly.GetExportedTypes())
                           from method in type.GetMethods(Declared)
                           where method.GetParameters().Any(parameter => parameter.ParameterType == typeof(IClock))
                           select $"{type.Name}.{method.Name}";

        Assert.Equal(["ChinaTime.Today"], takingClocks);
    }

    [Fact]
    public void A_policys_rules_are_named_for_what_they_are_not_for_the_room_they_come_from()
    {
        string[] rooms = ["Requests", "Reporting", "Deadlines", "Evaluation", "Assessment"];
        var properties = new[] { typeof(DisclosurePolicy), typeof(PolicyProfile) }.SelectMany(type => type.GetProperties(Declared)).Select(p => p.Name).ToList();

        Assert.Empty(properties.Intersect(rooms));
        Assert.Contains(nameof(DisclosurePolicy.RequestRules), properties);
        Assert.Contains(nameof(PolicyProfile.DeadlineProfile), properties);
    }

    [Fact]
    public void No_source_file_runs_over_450_lines()
    {
        var separator = Path.DirectorySeparatorChar;
        var longFiles = new[] { "src", "tests", "samples", "benchmarks" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !file.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .Where(file => Path.GetFileName(file) != "EmbeddedHolidayData.cs")   // embedded data, not code
            .Select(file => (File: Path.GetRelativePath(RepositoryFiles.Root, file), Lines: File.ReadAllLines(file).Length))
            .Where(file => file.Lines > 450);

        Assert.Empty(longFiles);
    }
}
