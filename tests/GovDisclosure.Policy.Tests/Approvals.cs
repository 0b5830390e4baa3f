namespace GovDisclosure.Policy.Tests;

/// <summary>
/// Approval files: text checked in under <c>tests/GovDisclosure.Policy.Tests/Approved/</c> that a test compares with what
/// the library produces now, so that every change to it shows in review. Run the tests with
/// <c>GOVDISCLOSURE_UPDATE_APPROVED=1</c> to rewrite the files after a deliberate change.
/// </summary>
internal static class Approvals
{
    internal static void Verify(string fileName, string actual) => VerifyFile(Path.Combine("tests", "GovDisclosure.Policy.Tests", "Approved", fileName), actual);

    /// <summary>Like <see cref="Verify"/>, for a file elsewhere in the repository (a sample kept in step with the library's writer).</summary>
    internal static void VerifyFile(string pathInRepository, string actual)
    {
        var path = Path.Combine(RepositoryFiles.Root, pathInRepository);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("GOVDISCLOSURE_UPDATE_APPROVED") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} does not exist; run the tests with GOVDISCLOSURE_UPDATE_APPROVED=1 to create it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
