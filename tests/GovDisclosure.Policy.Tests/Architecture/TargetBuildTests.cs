using System.Reflection;
using System.Runtime.Versioning;

namespace GovDisclosure.Policy.Tests.Architecture;

/// <summary>
/// The suite is compiled twice: GovDisclosure.Policy.Tests against the library's net8.0 build and
/// GovDisclosure.Policy.Tests.NetStandard against its netstandard2.0 build. This says which one ran.
/// </summary>
public class TargetBuildTests
{
    [Fact]
    public void The_suite_runs_against_the_library_build_its_project_names()
    {
        var framework = typeof(DisclosurePolicy).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;
#if POLICY_NETSTANDARD
        Assert.Equal(".NETStandard,Version=v2.0", framework);
#else
        Assert.Equal(".NETCoreApp,Version=v8.0", framework);
#endif
    }
}
