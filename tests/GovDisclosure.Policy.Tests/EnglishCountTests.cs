namespace GovDisclosure.Policy.Tests;

/// <summary>Messages count in proper English: one of a thing is singular, any other number plural — never "day(s)".</summary>
public sealed class EnglishCountTests
{
    [Theory]
    [InlineData(0, "0 working days")]
    [InlineData(1, "1 working day")]
    [InlineData(2, "2 working days")]
    [InlineData(-1, "-1 working days")]
    [InlineData(20, "20 working days")]
    public void A_count_is_singular_for_exactly_one(long count, string expected) =>
        Assert.Equal(expected, IsoText.Count(count, "working day"));

    [Theory]
    [InlineData(1, "1 inquiry")]
    [InlineData(3, "3 inquiries")]
    public void An_irregular_plural_is_given(long count, string expected) =>
        Assert.Equal(expected, IsoText.Count(count, "inquiry", "inquiries"));

    [Fact]
    public void D17_a_publication_one_working_day_late_says_one_working_day()
    {
        var register = new RegisterBuilder(2024)
            .AddBodies([new Body("mzj", "县民政局", BodyType.AdministrativeOrgan, new PrincipalLeader("张伟", new LocalDate(2022, 3, 1)), "黄敏")])
            .AddRecords([new DisclosureRecord("doc", "mzj", ScheduleEntry.IM1, new LocalDate(2024, 2, 8), [new Publication(new LocalDate(2024, 3, 14), [Channel.GovernmentPortal])])])
            .Build();

        var late = Assert.Single(DisclosurePolicy.Default.Evaluate(register, new LocalDate(2024, 12, 31)).Findings, finding => finding.Kind == FindingKind.Late);

        Assert.Equal(1, late.WorkingDaysLate);
        Assert.EndsWith("published on 2024-03-14, 1 working day late.", late.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Exceptions_count_their_problems_in_proper_english()
    {
        Assert.StartsWith("The holiday data is not usable (2 problems):", new CalendarDataException(["one", "two"]).Message, StringComparison.Ordinal);
        Assert.Equal("The holiday data is not usable: one", new CalendarDataException(["one"]).Message);
    }
}
