namespace GovDisclosure.Policy.Tests.Json;

/// <summary>§13: a writer never writes what its reader would read back otherwise — a lone surrogate, which UTF-8 cannot carry, is refused
/// where it would have become U+FFFD.</summary>
public sealed class LoneSurrogateTests
{
    private static readonly Body Bureau = new("mzj", "县民政局", BodyType.AdministrativeOrgan, new PrincipalLeader("王芳", new LocalDate(2022, 3, 1)), null);

    private static Register WithSubject(string subject) => new RegisterBuilder(2025).AddBodies([Bureau])
        .AddRecords([new DisclosureRecord("r1", "mzj", ScheduleEntry.IM1, new LocalDate(2025, 3, 3), []) { Subject = subject }]).Build();

    [Fact]
    public void Sec13_a_subject_with_a_lone_surrogate_is_refused_by_the_writer_not_written_as_a_replacement()
    {
        // Built here, not as theory data: xUnit passes theory strings through UTF-8, which would already have replaced them.
        (string Subject, string Code)[] cases = [("文" + (char)0xD800 + "件", "D800"), ("文件" + (char)0xDC00, "DC00"), ((char)0xD800 + "\ud800\udc00", "D800")];

        Assert.All(cases, c =>
        {
            var thrown = ArgumentAssert.Throws<ArgumentException>(() => PolicyJson.WriteRegister(WithSubject(c.Subject), new MemoryStream()));
            Assert.Equal($"The text of \"subject\" holds a lone surrogate (U+{c.Code}), which is not text and which JSON in UTF-8 cannot carry: " +
                         "written, it would read back as U+FFFD. Correct the text where it was made.", thrown.Message);
        });
    }

    [Fact]
    public void Sec13_a_character_outside_the_BMP_is_a_pair_and_is_written_and_read_back()
    {
        var register = WithSubject("𠀀\ud83d\ude00");
        var json = new MemoryStream();

        PolicyJson.WriteRegister(register, json);
        json.Position = 0;

        Assert.Equal("𠀀\ud83d\ude00", PolicyJson.ReadRegister(json).Records[0].Subject);
    }

    [Fact]
    public void Sec10_a_catalog_cell_and_a_notice_paper_with_a_lone_surrogate_are_refused_with_their_names()
    {
        var row = Catalogs.CatalogDeadlineTests.Civil.Rows[0];
        var catalog = new CountyCatalog("某县民政", [new CatalogRow(row.Number, row.Items, row.Content, row.LegalBasis, row.TimeLimitText, row.ResponsibleBody,
            row.Channels, row.Audience, row.Modes, row.Levels) { Remarks = "备\udfff" }]);
        var notice = new RegionalNotice(new RegionCode(450000), "广西壮族自治区", 2025, [], ["https://x/\ud800"]);

        Assert.Contains("\"remarks\"", ArgumentAssert.Throws<ArgumentException>(() => PolicyJson.WriteCatalog(catalog, new MemoryStream())).Message, StringComparison.Ordinal);
        Assert.Contains("\"papers\"", ArgumentAssert.Throws<ArgumentException>(() => RegionalNoticeJson.Write(notice, new MemoryStream())).Message, StringComparison.Ordinal);
    }
}
