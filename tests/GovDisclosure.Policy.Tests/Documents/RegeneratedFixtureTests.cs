namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>
/// §12: the fixtures made again by tools/make-fixtures.sh with the office suite of the machine — CI's LibreOffice, into the folder
/// <c>GOVDISCLOSURE_REGENERATED_FIXTURES</c> names — read to the same figures as the committed ones: the bytes differ from run to run
/// (LibreOffice stamps its files), the figures may not. Skipped, and saying so, where the variable is not set.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RegeneratedFixtureTests
{
    private static string Folder =>
        Environment.GetEnvironmentVariable("GOVDISCLOSURE_REGENERATED_FIXTURES") is { Length: > 0 } folder ? folder
        : throw new SkipException("GOVDISCLOSURE_REGENERATED_FIXTURES is not set: run tools/make-fixtures.sh <folder> and set it to that folder (.ci/run does).");

    [SkippableTheory]
    [MemberData(nameof(Fixtures.Names), MemberType = typeof(Fixtures))]
    public void Sec12_each_fixture_made_again_reads_to_the_figures_it_was_made_from(string name)
    {
        var folder = Folder;
        var report = Fixtures.Report(name);
        foreach (var file in new[] { ".docx", ".lo.docx", ".lo.html", ".pdf" })
        {
            var read = Fixtures.Read(folder, name + file, Fixtures.DateOf(report));
            Assert.Empty(read.Problems);
            Assert.Equal(report, read.Report);
        }

        Assert.Equal(MsoPage.Signed(report), Fixtures.Read(folder, name + ".mso.html").Report);
    }
}
