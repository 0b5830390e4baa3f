namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>§13: how problems and warnings name where they are, with and without a sheet; and a time limit's parts compared value by value.</summary>
public sealed class CatalogPlaceTextTests
{
    [Theory]
    [InlineData(null, 0, null, null, "m")]
    [InlineData("目录", 0, null, null, "sheet \"目录\": m")]
    [InlineData(null, 0, "公开时限", null, "column 公开时限: m")]
    [InlineData("目录", 0, "公开时限", null, "sheet \"目录\", column 公开时限: m")]
    [InlineData(null, 3, null, null, "row 3: m")]
    [InlineData("目录", 3, null, "2", "sheet \"目录\" row 3 (序号 2): m")]
    [InlineData("目录", 3, "公开时限", "2", "sheet \"目录\" row 3 (序号 2), 公开时限: m")]
    public void Sec13_a_problem_names_its_sheet_row_serial_number_and_column_as_far_as_it_has_them(string? sheet, int row, string? column, string? number, string text)
    {
        Assert.Equal(text, new CatalogProblem(row, column, "m") { Sheet = sheet, Number = number }.ToString());
        if (column is not null)
        {
            Assert.Equal(text, new CatalogWarning(row, column, "m") { Sheet = sheet, Number = number }.ToString());
        }
    }

    [Fact]
    public void D43_two_parts_are_equal_only_when_every_property_is()
    {
        var rule = new DeadlineRule(DeadlineTrigger.EventDate, 5, DeadlineUnit.WorkingDays, "D35");
        TimeLimitPart Part(int number = 1, string text = "t", Cadence? cadence = null, DeadlineRule? r = null, string? from = "f", int? posting = 7, NationalChannel[]? channels = null) =>
            new(number, text, cadence ?? Cadence.Immediate, r ?? rule, from, posting, channels ?? [NationalChannel.NoticeBoard]);

        Assert.Equal(Part(), Part());
        Assert.Equal(Part().GetHashCode(), Part().GetHashCode());
        Assert.All(new[]
        {
            Part(number: 2), Part(text: "u"), Part(cadence: Cadence.Monthly), Part(r: new DeadlineRule(DeadlineTrigger.EventDate, 6, DeadlineUnit.WorkingDays, "D35")), Part(from: "g"), Part(posting: null),
            Part(channels: [NationalChannel.GovernmentWebsite]), Part(channels: []),
        }, other => Assert.NotEqual(Part(), other));
        Assert.False(Part().Equals(null));
    }
}
