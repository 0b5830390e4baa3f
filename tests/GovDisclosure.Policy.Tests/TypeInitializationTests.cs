using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace GovDisclosure.Policy.Tests;

/// <summary>
/// Static initialisation has no cycles: whichever type is touched first in a fresh load of the assembly,
/// every public static field and property of every type ends up non-null. (A cycle shows up as a null
/// read by a type whose initialiser ran while another's was still under way.)
/// </summary>
public sealed class TypeInitializationTests
{
    public static TheoryData<string> TypesWithStatics()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(DisclosurePolicy).Assembly.GetExportedTypes().Where(HasStatics))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TypesWithStatics))]
    public void Touching_any_type_first_leaves_no_static_null(string firstType)
    {
        var context = new AssemblyLoadContext($"fresh-{firstType}", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(typeof(DisclosurePolicy).Assembly.Location);
            RuntimeHelpers.RunClassConstructor(assembly.GetType(firstType, throwOnError: true)!.TypeHandle);
            var nulls = assembly.GetExportedTypes().Where(HasStatics).SelectMany(NullStatics).ToArray();

            Assert.Empty(nulls);
        }
        finally
        {
            context.Unload();
        }
    }

    // Only the library's own namespaces: a mutation run (tools/mutation.sh) adds a control type of its own.
    private static bool HasStatics(Type type) => type.Namespace?.StartsWith("GovDisclosure.Policy", StringComparison.Ordinal) == true &&
        !type.ContainsGenericParameters &&
        (type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy).Length > 0 ||
         type.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy).Any(p => p.GetIndexParameters().Length == 0));

    private static IEnumerable<string> NullStatics(Type type)
    {
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy).Where(f => !f.IsLiteral))
        {
            if (field.GetValue(null) is null)
            {
                yield return $"{type.Name}.{field.Name}";
            }
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (property.GetValue(null) is null)
            {
                yield return $"{type.Name}.{property.Name}";
            }
        }
    }
}
