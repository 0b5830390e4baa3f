using System.Reflection;

namespace GovDisclosure.Policy.Tests.Architecture;

/// <summary>The assemblies the solution ships as packages: the core, then its add-ons.</summary>
internal static class PackageAssemblies
{
    internal static Assembly Core => typeof(DisclosurePolicy).Assembly;

    internal static Assembly Json => typeof(PolicyJson).Assembly;

    internal static Assembly ICalendar => typeof(DisclosureIcs).Assembly;

    internal static Assembly Data => typeof(RegisterTables).Assembly;

    internal static Assembly Excel => typeof(ExcelCatalog).Assembly;

    internal static Assembly Documents => typeof(AnnualReportDocuments).Assembly;

    internal static IReadOnlyList<Assembly> All { get; } = [Core, Json, ICalendar, Data, Excel, Documents];
}
