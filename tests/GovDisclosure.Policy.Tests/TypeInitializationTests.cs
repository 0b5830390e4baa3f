using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;

namespace GovDisclosure.Policy.Tests;

/// <summary>
/// Static initialisation leaves no public static null, whichever type is touched first in a fresh load of the assembly.
/// A null can only come from a cycle of type initialisers (one reads another's field while that one's initialiser is
/// still under way), so the types on a cycle of <see cref="StaticInitializationGraph"/> are each touched first in a load
/// context of their own, and every other order is proven by one further context.
/// </summary>
public sealed class TypeInitializationTests
{
    private static readonly string LibraryPath = typeof(DisclosurePolicy).Assembly.Location;

    private static readonly Lazy<StaticInitializationGraph> Library = new(() => StaticInitializationGraph.Read(LibraryPath));

    public static TheoryData<string> FirstTouches()
    {
        var data = new TheoryData<string> { "(none: every type touched in declaration order)" };
        foreach (var type in Library.Value.TypesOnCycles().Order(StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FirstTouches))]
    public void Touching_a_type_on_an_initialisation_cycle_first_leaves_no_static_null(string firstType)
    {
        var context = new AssemblyLoadContext($"fresh-{firstType}", isCollectible: true);
        try
        {
            var assembly = context.LoadFromAssemblyPath(LibraryPath);
            if (assembly.GetType(firstType) is { } first)
            {
                RuntimeHelpers.RunClassConstructor(first.TypeHandle);
            }

            Assert.Empty(assembly.GetExportedTypes().Where(HasStatics).SelectMany(NullStatics));
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_graph_sees_the_front_doors_initialiser_reach_the_closed_sets_it_names_but_not_the_calendar_it_loads_on_use()
    {
        var reached = Reach(Library.Value.Edges, "GovDisclosure.Policy.DisclosurePolicy");

        Assert.Contains("GovDisclosure.Policy.BodyType", reached);
        Assert.Contains("GovDisclosure.Policy.ObligationLevel", reached);
        Assert.DoesNotContain("GovDisclosure.Policy.ChinaWorkingDayCalendar+OfficialHolder", reached);
    }

    [Fact]
    public void The_graph_finds_a_cycle_of_two_initialisers_and_leaves_a_chain_out()
    {
        var graph = StaticInitializationGraph.Read(typeof(TypeInitializationTests).Assembly.Location);
        var onCycles = graph.TypesOnCycles();

        Assert.Contains(typeof(CycleHead).FullName!, onCycles);
        Assert.Contains(typeof(CycleTail).FullName!, onCycles);
        Assert.DoesNotContain(typeof(ChainHead).FullName!, onCycles);
        Assert.Contains(typeof(ChainTail).FullName!, graph.Edges[typeof(ChainHead).FullName!]);
    }

    private static HashSet<string> Reach(IReadOnlyDictionary<string, IReadOnlySet<string>> edges, string from)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var type))
        {
            foreach (var next in edges.GetValueOrDefault(type, new HashSet<string>()).Where(reached.Add))
            {
                pending.Push(next);
            }
        }

        return reached;
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

    // Fixtures for the graph's own test: two initialisers that read each other, and two that only read down a chain.
    internal static class CycleHead
    {
        internal static readonly string Name = "head " + CycleTail.Name;
    }

    internal static class CycleTail
    {
        internal static readonly string Name = "tail " + CycleHead.Name;
    }

    internal static class ChainHead
    {
        internal static readonly string Name = "head " + ChainTail.Name;
    }

    internal static class ChainTail
    {
        internal static readonly string Name = "tail";
    }
}
