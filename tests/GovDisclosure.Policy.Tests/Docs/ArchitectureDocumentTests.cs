namespace GovDisclosure.Policy.Tests.Docs;

/// <summary>docs/architecture.md, the house plan in the repository, names every namespace the library has, so that the
/// plan, the guides and the code agree.</summary>
public sealed class ArchitectureDocumentTests
{
    [Fact]
    public void The_house_plan_names_every_public_namespace_of_both_packages()
    {
        var plan = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "architecture.md"));
        var namespaces = Architecture.PackageAssemblies.All
            .SelectMany(assembly => assembly.GetExportedTypes()).Select(type => type.Namespace!).Distinct().Order(StringComparer.Ordinal).ToArray();

        Assert.Contains("GovDisclosure.Policy.Calendar", namespaces);
        Assert.DoesNotContain(namespaces, name => !plan.Contains($"`{name}`", StringComparison.Ordinal));
    }
}
