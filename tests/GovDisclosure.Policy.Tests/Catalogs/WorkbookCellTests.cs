using System.Globalization;

namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>§13: a workbook's cell values as a catalog reads them — what ExcelDataReader gives for numbers, dates, flags and text.</summary>
public sealed class WorkbookCellTests
{
    [Theory]
    [InlineData(33d, "33")]
    [InlineData(-4d, "-4")]
    [InlineData(2.1d, "2.1")]
    [InlineData(0.1d + 0.2d, "0.30000000000000004")]
    [InlineData(1e300, "1E+300")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(999999999999999d, "999999999999999")]
    public void Sec13_a_number_is_its_whole_digits_or_the_shortest_text_that_gives_it_back(double value, string text)
    {
        Assert.Equal(text, Workbook.Text(value));
    }

    [Fact]
    public void Sec13_dates_flags_other_values_and_empty_cells_read_as_the_sheet_shows_them()
    {
        Assert.Equal("2020-12-23", Workbook.Text(new DateTime(2020, 12, 23, 8, 30, 0, DateTimeKind.Unspecified)));
        Assert.Equal(("TRUE", "FALSE"), (Workbook.Text(true), Workbook.Text(false)));
        Assert.Equal("12.5", Workbook.Text(12.5m));
        Assert.Equal("00:00:05", Workbook.Text(TimeSpan.FromSeconds(5)));
        Assert.Equal("公开时限", Workbook.Text("公开时限"));
        Assert.Equal("x", Workbook.Text(new Uri("x", UriKind.Relative)));
        Assert.Null(Workbook.Text(null));
        Assert.Equal("7", Workbook.Text(7d.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Sec13_a_merged_range_spreads_its_first_cells_value_over_every_cell_it_covers_widening_a_row_it_passes()
    {
        List<string?[]> rows = [["a", "b", "c"], ["d", null, null], ["e", "f", "g"]];

        Workbook.Spread(rows, [(0, 1, 1, 3), (3, 0, 5, 1), (2, 3, 2, 4)]);

        Assert.Equal([["a", "b", "b", "b"], ["d", "b", "b", "b"], ["e", "f", "g"]], rows);
    }

    [Fact]
    public void Sec13_a_merged_range_after_the_last_row_or_column_spreads_nothing()
    {
        List<string?[]> rows = [["a", "b"], ["c", "d"]];

        Workbook.Spread(rows, [(2, 0, 3, 1), (1, 2, 1, 3)]);

        Assert.Equal([["a", "b"], ["c", "d"]], rows);
    }
}
