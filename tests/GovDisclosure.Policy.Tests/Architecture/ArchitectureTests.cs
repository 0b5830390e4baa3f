using Mono.Cecil;
using Mono.Cecil.Cil;

namespace GovDisclosure.Policy.Tests.Architecture;

/// <summary>
/// The house plan (ARCHITECTURE.md): rooms in one direction — Catalog &amp; Scope → Calendar → Deadlines → Evaluation →
/// front door — and a calendar that knows nothing of disclosure. Rooms are named by namespace and, in
/// the root namespace, by type. The check reads the compiled library (signatures and method bodies) with Mono.Cecil.
/// </summary>
public sealed class ArchitectureTests
{
    private enum Room
    {
        Shared = -1,        // helpers every room may use: Preconditions, ReadOnly, IsoText, the closed-set base, the exception base, bilingual text
        CatalogAndScope = 0,
        Calendar = 1,
        Deadlines = 2,
        Requests = 3,
        Evaluation = 4,
        Reporting = 5,
        FrontDoor = 6,
    }

    private const string Root = "GovDisclosure.Policy";

    private static readonly Dictionary<string, Room> RootTypesOutsideCatalog = new(StringComparer.Ordinal)
    {
        [$"{Root}.Preconditions"] = Room.Shared,
        [$"{Root}.ReadOnly"] = Room.Shared,
        [$"{Root}.IsoText"] = Room.Shared,
        [$"{Root}.Spelling"] = Room.Shared,
        [$"{Root}.ProblemList`1"] = Room.Shared,
        [$"{Root}.ChineseNumeral"] = Room.Shared,
        [$"{Root}.InputStreams"] = Room.Shared,
        [$"{Root}.PolicyEnum`1"] = Room.Shared,
        [$"{Root}.BilingualPolicyEnum`1"] = Room.Shared,
        [$"{Root}.UnknownCodeException"] = Room.Shared,
        [$"{Root}.GovDisclosureException"] = Room.Shared,
        [$"{Root}.BilingualText"] = Room.Shared,
        [$"{Root}.PolicyArgumentException"] = Room.Shared,
        [$"{Root}.PolicyArgumentOutOfRangeException"] = Room.Shared,
        [$"{Root}.PolicyArgumentNullException"] = Room.Shared,
        [$"{Root}.IWorkingDayCalendar"] = Room.Calendar,
        [$"{Root}.ChinaWorkingDayCalendar"] = Room.Calendar,
        [$"{Root}.WorkingDayCalendarExtensions"] = Room.Calendar,
        [$"{Root}.ChinaTime"] = Room.Calendar,
        [$"{Root}.Deadline"] = Room.Deadlines,
        [$"{Root}.DisclosurePolicy"] = Room.FrontDoor,
        [$"{Root}.PolicyProfile"] = Room.FrontDoor,
    };

    private static readonly Lazy<IReadOnlyList<(string From, Room FromRoom, string To, Room ToRoom)>> Dependencies = new(ReadDependencies);

    [Fact]
    public void No_room_uses_a_room_above_it()
    {
        var upward = Dependencies.Value
            .Where(d => d.FromRoom != Room.Shared && d.ToRoom != Room.Shared && d.ToRoom > d.FromRoom)
            .Select(d => $"{d.From} ({d.FromRoom}) uses {d.To} ({d.ToRoom})");

        Assert.Empty(upward);
    }

    [Fact]
    public void The_check_sees_the_arrows_the_plan_allows_so_it_can_see_the_others()
    {
        var arrows = Dependencies.Value.Select(d => (d.From, d.To)).ToHashSet();

        Assert.Contains(($"{Root}.Deadlines.DeadlineEngine", $"{Root}.IWorkingDayCalendar"), arrows);   // in a signature
        Assert.Contains(($"{Root}.Evaluation.EvaluationEngine", $"{Root}.Deadlines.ReportingPeriod"), arrows);   // in an iterator's body
        Assert.Contains(($"{Root}.DisclosurePolicy", $"{Root}.Evaluation.EvaluationEngine"), arrows);
        Assert.Contains(($"{Root}.Reporting.DeadlineReport", $"{Root}.Requests.ReplyBasis"), arrows);
        Assert.Contains(ReferencedTypes(ModuleDefinition.ReadModule(typeof(PolicyJson).Assembly.Location).GetType($"{Root}.Json.JsonInput")),
            name => name.StartsWith("System.Text.Json", StringComparison.Ordinal));
    }

    [Fact]
    public void The_calendar_knows_nothing_of_disclosure()
    {
        var disclosure = Dependencies.Value
            .Where(d => d.FromRoom == Room.Calendar && d.ToRoom == Room.CatalogAndScope)
            .Select(d => $"{d.From} uses {d.To}");

        Assert.Empty(disclosure);
    }

    [Fact]
    public void The_shared_helpers_use_no_room()
    {
        var used = Dependencies.Value
            .Where(d => d.FromRoom == Room.Shared && d.ToRoom != Room.Shared)
            .Select(d => $"{d.From} uses {d.To} ({d.ToRoom})");

        Assert.Empty(used);
    }

    [Fact]
    public void The_core_knows_no_JSON_library_and_the_JSON_package_is_a_client_of_its_public_API()
    {
        var core = typeof(DisclosurePolicy).Assembly;
        var lentTo = core.GetCustomAttributes(typeof(System.Runtime.CompilerServices.InternalsVisibleToAttribute), inherit: false)
            .Cast<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(attribute => attribute.AssemblyName).ToList();

        Assert.DoesNotContain(core.GetReferencedAssemblies(), reference => reference.Name!.Contains("Json", StringComparison.Ordinal));
        Assert.Contains(typeof(PolicyJson).Assembly.GetReferencedAssemblies(), reference => reference.Name == "System.Text.Json");
        Assert.DoesNotContain(typeof(PolicyJson).Assembly.GetName().Name, lentTo);
        Assert.All(lentTo, name => Assert.True(name.EndsWith(".Tests", StringComparison.Ordinal) || name.EndsWith(".Tests.NetStandard", StringComparison.Ordinal)
            || name.EndsWith(".Benchmarks", StringComparison.Ordinal), $"The core lends its internals to {name}; only its tests and benchmarks may see them."));
    }

    [Fact]
    public void Sec13_the_database_package_knows_ADO_NET_alone_and_is_a_client_of_the_cores_public_API()
    {
        var data = typeof(RegisterTables).Assembly;
        var references = data.GetReferencedAssemblies().Select(reference => reference.Name!).ToList();

        // The framework (System.*, or netstandard's facade, where System.Data.Common's abstractions live), the core and what the core brings.
        Assert.All(references, name => Assert.True(name is "netstandard" or "NodaTime" or "GovDisclosure.Policy" or "Ardalis.SmartEnum"
            || name.StartsWith("System.", StringComparison.Ordinal) && !name.Contains("Json", StringComparison.Ordinal), $"The database package references {name}."));
        Assert.DoesNotContain(data.GetName().Name, CoreLendsItsInternalsTo());
    }

    [Fact]
    public void Sec13_the_spreadsheet_package_knows_ExcelDataReader_and_the_cores_public_API_alone()
    {
        var excel = typeof(ExcelCatalog).Assembly;
        var references = excel.GetReferencedAssemblies().Select(reference => reference.Name!).ToList();

        Assert.Contains("ExcelDataReader", references);
        Assert.All(references, name => Assert.True(name is "netstandard" or "GovDisclosure.Policy" or "ExcelDataReader"
            || name.StartsWith("System.", StringComparison.Ordinal) && !name.Contains("Json", StringComparison.Ordinal), $"The spreadsheet package references {name}."));
        Assert.DoesNotContain(excel.GetName().Name, CoreLendsItsInternalsTo());
    }

    [Fact]
    public void Sec12_the_documents_package_knows_AngleSharp_the_Open_XML_SDK_PdfPig_and_the_cores_public_API_alone()
    {
        var documents = typeof(AnnualReportDocuments).Assembly;
        var references = documents.GetReferencedAssemblies().Select(reference => reference.Name!).ToList();

        Assert.Contains("AngleSharp", references);
        Assert.Contains("DocumentFormat.OpenXml", references);
        Assert.Contains("UglyToad.PdfPig", references);
        Assert.All(references, name => Assert.True(name is "netstandard" or "GovDisclosure.Policy" or "NodaTime" or "Ardalis.SmartEnum" or "AngleSharp"
            || name.StartsWith("DocumentFormat.OpenXml", StringComparison.Ordinal) || name.StartsWith("UglyToad.PdfPig", StringComparison.Ordinal)
            || name.StartsWith("System.", StringComparison.Ordinal) && !name.Contains("Json", StringComparison.Ordinal), $"The documents package references {name}."));
        Assert.DoesNotContain(documents.GetName().Name, CoreLendsItsInternalsTo());
    }

    private static IEnumerable<string> CoreLendsItsInternalsTo() =>
        typeof(DisclosurePolicy).Assembly.GetCustomAttributes(typeof(System.Runtime.CompilerServices.InternalsVisibleToAttribute), inherit: false)
            .Cast<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(attribute => attribute.AssemblyName);

    [Theory]
    [InlineData("GovDisclosure.Policy")]
    [InlineData("GovDisclosure.Policy.Catalogs.Excel")]
    [InlineData("GovDisclosure.Policy.Documents")]
    [InlineData("GovDisclosure.Policy.Json")]
    [InlineData("GovDisclosure.Policy.Data")]
    public void Every_folder_is_its_namespace(string project)
    {
        var source = Path.Combine(RepositoryFiles.Root, "src", project);
        var misplaced = new List<string>();
        foreach (var file in Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")))
        {
            var folder = Path.GetDirectoryName(Path.GetRelativePath(source, file))!;
            var expected = folder.Length == 0 ? project : $"{project}.{folder.Replace(Path.DirectorySeparatorChar, '.')}";
            var declared = File.ReadLines(file).Where(line => line.StartsWith("namespace ", StringComparison.Ordinal))
                .Select(line => line["namespace ".Length..].TrimEnd(';')).ToList();
            if (declared is not [var only] || only != expected)
            {
                misplaced.Add($"{Path.GetRelativePath(source, file)}: namespace {string.Join(", ", declared)}, expected {expected}");
            }
        }

        Assert.Empty(misplaced);
    }

    [Fact]
    public void Framework_polyfills_are_internal_types_in_the_frameworks_namespaces_or_the_polyfill_namespace_outside_the_projects()
    {
        var folder = Path.Combine(RepositoryFiles.Root, "src", "Polyfills");
        var files = Directory.EnumerateFiles(folder, "*.cs").ToList();
        var offenders = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            offenders.AddRange(lines.Where(line => line.StartsWith("namespace ", StringComparison.Ordinal) && !line.StartsWith("namespace System", StringComparison.Ordinal)
                && line != "namespace GovDisclosure.Policy.Polyfills;")   // the extension members, which the builds import by this name
                .Select(line => $"{Path.GetFileName(file)}: {line}"));
            offenders.AddRange(lines.Where(line => line.TrimStart().StartsWith("public ", StringComparison.Ordinal) && System.Text.RegularExpressions.Regex.IsMatch(line, @"\b(class|struct|interface|enum|record)\b"))
                .Select(line => $"{Path.GetFileName(file)}: {line.Trim()}"));
        }

        Assert.NotEmpty(files);
        Assert.Empty(offenders);
    }

    private static Room? RoomOf(string fullName)
    {
        if (!fullName.StartsWith(Root + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var ns = fullName[..fullName.LastIndexOf('.')];
        return ns switch
        {
            $"{Root}.Catalogs" => Room.CatalogAndScope,
            $"{Root}.Calendar" => Room.Calendar,
            $"{Root}.Deadlines" => Room.Deadlines,
            $"{Root}.Requests" => Room.Requests,
            $"{Root}.Evaluation" => Room.Evaluation,
            $"{Root}.Reporting" => Room.Reporting,
            Root => RootTypesOutsideCatalog.GetValueOrDefault(fullName, Room.CatalogAndScope),
            _ => null,
        };
    }

    private static IReadOnlyList<(string, Room, string, Room)> ReadDependencies()
    {
        var module = ModuleDefinition.ReadModule(typeof(DisclosurePolicy).Assembly.Location);
        var found = new HashSet<(string, Room, string, Room)>();
        foreach (var type in module.Types)
        {
            if (RoomOf(type.FullName) is not { } from)
            {
                continue;
            }

            foreach (var name in ReferencedTypes(type))
            {
                if (name != type.FullName && RoomOf(name) is { } to)
                {
                    found.Add((type.FullName, from, name, to));
                }
            }
        }

        return [.. found];
    }

    /// <summary>The full names of the outermost types that <paramref name="type"/> and its nested types refer to, in signatures and code.</summary>
    private static HashSet<string> ReferencedTypes(TypeDefinition type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        void Add(TypeReference? reference)
        {
            switch (reference)
            {
                case null:
                    return;
                case GenericInstanceType generic:
                    Add(generic.ElementType);
                    foreach (var argument in generic.GenericArguments)
                    {
                        Add(argument);
                    }

                    return;
                case TypeSpecification specification:   // arrays, by-ref, pointers, modifiers
                    Add(specification.ElementType);
                    return;
                case GenericParameter:
                    return;
            }

            var outer = reference;
            while (outer.DeclaringType is not null)
            {
                outer = outer.DeclaringType;
            }

            names.Add(outer.FullName);
        }

        void AddMethod(MethodReference method)
        {
            Add(method.DeclaringType);
            Add(method.ReturnType);
            foreach (var parameter in method.Parameters)
            {
                Add(parameter.ParameterType);
            }

            if (method is GenericInstanceMethod generic)
            {
                foreach (var argument in generic.GenericArguments)
                {
                    Add(argument);
                }
            }
        }

        void AddAttributes(ICustomAttributeProvider provider)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                Add(attribute.AttributeType);
            }
        }

        void Visit(TypeDefinition current)
        {
            Add(current.BaseType);
            AddAttributes(current);
            foreach (var implemented in current.Interfaces)
            {
                Add(implemented.InterfaceType);
            }

            foreach (var field in current.Fields)
            {
                Add(field.FieldType);
            }

            foreach (var property in current.Properties)
            {
                Add(property.PropertyType);
            }

            foreach (var method in current.Methods)
            {
                AddMethod(method);
                if (!method.HasBody)
                {
                    continue;
                }

                foreach (var variable in method.Body.Variables)
                {
                    Add(variable.VariableType);
                }

                foreach (var instruction in method.Body.Instructions)
                {
                    switch (instruction.Operand)
                    {
                        case TypeReference operandType:
                            Add(operandType);
                            break;
                        case MethodReference operandMethod:
                            AddMethod(operandMethod);
                            break;
                        case FieldReference operandField:
                            Add(operandField.DeclaringType);
                            Add(operandField.FieldType);
                            break;
                    }
                }
            }

            foreach (var nested in current.NestedTypes)
            {
                Visit(nested);
            }
        }

        Visit(type);
        return names;
    }
}
