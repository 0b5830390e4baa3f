namespace GovDisclosure.Policy.Benchmarks;

/// <summary>The repository the benchmarks run in, for the fixtures they read.</summary>
internal static class RepositoryFolder
{
    /// <summary>The folder holding GovDisclosure.Policy.sln, above the benchmarks' output.</summary>
    internal static string Root
    {
        get
        {
            var folder = AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(folder, "GovDisclosure.Policy.sln")))
            {
                folder = Path.GetDirectoryName(folder.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("No GovDisclosure.Policy.sln above the benchmarks.");
            }

            return folder;
        }
    }
}
