using System.Collections;
using System.Reflection;
using PublicApiGenerator;

namespace GovDisclosure.Policy.Tests.Architecture;

/// <summary>
/// The public surface of every package, written to checked-in files so that every API change shows in review, and
/// the surface's rules: no arrays, no settable collections.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly IReadOnlyList<Assembly> Packages = PackageAssemblies.All;

    private static readonly ApiGeneratorOptions Options = new() { ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"] };

    [Fact]
    public void The_core_packages_public_API_is_the_approved_one() =>
        Approvals.Verify("GovDisclosure.Policy.api.txt", PackageAssemblies.Core.GeneratePublicApi(Options));

    [Fact]
    public void The_iCalendar_packages_public_API_is_the_approved_one() =>
        Approvals.Verify("GovDisclosure.Policy.ICalendar.api.txt", PackageAssemblies.ICalendar.GeneratePublicApi(Options));

    [Fact]
    public void The_JSON_packages_public_API_is_the_approved_one() =>
        Approvals.Verify("GovDisclosure.Policy.Json.api.txt", PackageAssemblies.Json.GeneratePublicApi(Options));

    [Fact]
    public void The_database_packages_public_API_is_the_approved_one() =>
        Approvals.Verify("GovDisclosure.Policy.Data.api.txt", PackageAssemblies.Data.GeneratePublicApi(Options));

    [Fact]
    public void The_spreadsheet_packages_public_API_is_the_approved_one() =>
        Approvals.Verify("GovDisclosure.Policy.Catalogs.Excel.api.txt", PackageAssemblies.Excel.GeneratePublicApi(Options));

    [Fact]
    public void The_documents_packages_public_API_is_the_approved_one() =>
        Approvals.Verify("GovDisclosure.Policy.Documents.api.txt", PackageAssemblies.Documents.GeneratePublicApi(Options));

    [Fact]
    public void No_public_member_exposes_an_array_or_a_settable_collection()
    {
        static bool IsArray(Type type) => type.IsArray || (type.IsByRef && type.GetElementType()!.IsArray);
        static bool IsCollection(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

        var offenders = new List<string>();
        foreach (var type in Packages.SelectMany(assembly => assembly.GetExportedTypes()))
        {
            const BindingFlags Members = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var property in type.GetProperties(Members))
            {
                if (IsArray(property.PropertyType))
                {
                    offenders.Add($"{type.Name}.{property.Name} is an array");
                }

                var setter = property.SetMethod;
                var isInit = setter?.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit") == true;
                if (setter is { IsPublic: true } && !isInit && IsCollection(property.PropertyType))
                {
                    offenders.Add($"{type.Name}.{property.Name} is a settable collection");
                }
            }

            foreach (var field in type.GetFields(Members))
            {
                if (IsArray(field.FieldType) || (!field.IsInitOnly && !field.IsLiteral))
                {
                    offenders.Add($"{type.Name}.{field.Name} is an array or a writable field");
                }
            }

            foreach (var method in type.GetMethods(Members).Where(method => !method.IsSpecialName))
            {
                if (IsArray(method.ReturnType) || method.GetParameters().Any(parameter => IsArray(parameter.ParameterType)))
                {
                    offenders.Add($"{type.Name}.{method.Name} takes or returns an array");
                }
            }
        }

        Assert.Empty(offenders);
    }
}
