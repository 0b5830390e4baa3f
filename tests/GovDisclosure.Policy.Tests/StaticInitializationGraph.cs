using Mono.Cecil;
using Mono.Cecil.Cil;

namespace GovDisclosure.Policy.Tests;

/// <summary>
/// Which type initialisers may start another's, read from an assembly's IL: while a type's static constructor runs, it
/// may touch every type whose static fields, methods or constructors it reaches, through the assembly's own methods
/// (virtual calls to any method of that name, lambdas, <c>typeof</c>, and the assembly's types given as type arguments
/// to another assembly's generic types, which may reach them by reflection, as SmartEnum does). The graph over-
/// approximates: a cycle here may never happen, but one that can happen is here.
/// </summary>
internal sealed class StaticInitializationGraph
{
    private readonly ModuleDefinition module;
    private readonly Dictionary<MethodDefinition, HashSet<MethodDefinition>> calls = [];
    private readonly Dictionary<string, List<MethodDefinition>> methodsByName = new(StringComparer.Ordinal);

    private StaticInitializationGraph(ModuleDefinition module)
    {
        this.module = module;
        foreach (var method in AllTypes(module).SelectMany(type => type.Methods))
        {
            if (!methodsByName.TryGetValue(method.Name, out var named))
            {
                methodsByName[method.Name] = named = [];
            }

            named.Add(method);
        }

        Edges = AllTypes(module).Where(HasInitializer).ToDictionary(NameOf, TypesReachedFrom, StringComparer.Ordinal);
    }

    /// <summary>For each type with a static constructor, the full names of the types with one that it may start.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Edges { get; }

    public static StaticInitializationGraph Read(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        return new StaticInitializationGraph(module);
    }

    /// <summary>The types that lie on a cycle of the graph: only for these can the order of first touches matter.</summary>
    public IReadOnlySet<string> TypesOnCycles()
    {
        var onCycles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in StronglyConnectedComponents().Where(component => component.Count > 1))
        {
            onCycles.UnionWith(component);
        }

        return onCycles;
    }

    private IEnumerable<List<string>> StronglyConnectedComponents()
    {
        // Tarjan's algorithm, iterative over an explicit stack so deep graphs cannot overflow the thread's stack.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var components = new List<List<string>>();
        foreach (var start in Edges.Keys.Where(key => !index.ContainsKey(key)))
        {
            var work = new Stack<(string Node, IEnumerator<string> Next)>();
            Visit(start);
            while (work.Count > 0)
            {
                var (node, next) = work.Peek();
                if (next.MoveNext())
                {
                    var target = next.Current;
                    if (!index.ContainsKey(target))
                    {
                        Visit(target);
                    }
                    else if (onStack.Contains(target))
                    {
                        low[node] = Math.Min(low[node], index[target]);
                    }

                    continue;
                }

                work.Pop();
                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == index[node])
                {
                    var component = new List<string>();
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != node);
                    components.Add(component);
                }
            }

            void Visit(string node)
            {
                index[node] = low[node] = index.Count;
                stack.Push(node);
                onStack.Add(node);
                work.Push((node, Edges[node].Where(Edges.ContainsKey).GetEnumerator()));
            }
        }

        return components;
    }

    private IReadOnlySet<string> TypesReachedFrom(TypeDefinition type)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<MethodDefinition>();
        var pending = new Stack<MethodDefinition>([type.Methods.Single(method => method.IsConstructor && method.IsStatic)]);
        while (pending.Count > 0)
        {
            var method = pending.Pop();
            if (!seen.Add(method) || !method.HasBody)
            {
                continue;
            }

            foreach (var instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case MethodReference called:
                        Touch(called.DeclaringType, reached);
                        foreach (var target in Targets(called, instruction.OpCode))
                        {
                            pending.Push(target);
                        }

                        break;
                    case FieldReference field when instruction.OpCode.Code is Code.Ldsfld or Code.Ldsflda or Code.Stsfld:
                        Touch(field.DeclaringType, reached);
                        break;
                    case TypeReference token:
                        Touch(token, reached);
                        break;
                }
            }
        }

        reached.Remove(NameOf(type));
        return reached;
    }

    private IEnumerable<MethodDefinition> Targets(MethodReference called, OpCode opCode)
    {
        var element = called.GetElementMethod();
        if (element.DeclaringType.GetElementType().Scope != module)
        {
            return [];
        }

        var resolved = element.Resolve();
        if (opCode.Code != Code.Callvirt || resolved is null || !resolved.IsVirtual)
        {
            return resolved is null ? [] : [resolved];
        }

        // A virtual call may land on any override in the assembly: every method of that name and arity.
        return methodsByName.TryGetValue(resolved.Name, out var named)
            ? named.Where(method => method.Parameters.Count == resolved.Parameters.Count)
            : [];
    }

    private void Touch(TypeReference reference, HashSet<string> reached)
    {
        if (reference is GenericInstanceType generic)
        {
            foreach (var argument in generic.GenericArguments)
            {
                Touch(argument, reached);
            }
        }

        var element = reference.GetElementType();
        if (element.Scope == module && element.Resolve() is { } definition && HasInitializer(definition))
        {
            reached.Add(NameOf(definition));
        }
    }

    // Reflection's spelling of a type's name, nested types with '+', so the names match Type.FullName.
    private static string NameOf(TypeDefinition type) => type.FullName.Replace('/', '+');

    private static bool HasInitializer(TypeDefinition type) => type.Methods.Any(method => method.IsConstructor && method.IsStatic);

    private static IEnumerable<TypeDefinition> AllTypes(ModuleDefinition module)
    {
        var pending = new Stack<TypeDefinition>(module.Types);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            yield return type;
            foreach (var nested in type.NestedTypes)
            {
                pending.Push(nested);
            }
        }
    }
}
