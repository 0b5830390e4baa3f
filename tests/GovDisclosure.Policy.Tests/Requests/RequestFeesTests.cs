using static GovDisclosure.Policy.Tests.Requests.Requests;

namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>§8.7: the processing fee by count and by volume, from 2021.</summary>
public sealed class RequestFeesTests
{
    private static readonly LocalDate March2024 = D(2024, 3, 15);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(50, 300)]
    [InlineData(51, 400)]
    public void Sec8_7_by_count_the_first_10_are_free_then_bands_of_100_more(int nth, int yuan) =>
        Assert.Equal(yuan, RequestFees.ByCount(March2024, nth));

    [Fact]
    public void Sec8_7_a_month_by_count_adds_each_requests_fee()
    {
        Assert.Equal(0m, RequestFees.ByCountForMonth(March2024, 10));
        Assert.Equal(100m, RequestFees.ByCountForMonth(March2024, 11));
        Assert.Equal(3000m, RequestFees.ByCountForMonth(March2024, 35));   // 20 × 100 + 5 × 200
        Assert.Equal(0m, RequestFees.ByCountForMonth(March2024, 0));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(30, 0)]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(200, 2700)]
    [InlineData(201, 2740)]
    public void Sec8_7_by_volume_each_band_of_pages_has_its_rate(int pages, int yuan) =>
        Assert.Equal(yuan, RequestFees.ByVolume(March2024, pages));

    [Fact]
    public void Sec8_7_processing_fees_apply_from_2021()
    {
        Assert.Equal(100m, RequestFees.ByCount(D(2021, 1, 1), 11));
        Assert.Contains("2021-01-01", ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => RequestFees.ByCount(D(2020, 12, 31), 11)).Message);
        ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => RequestFees.ByVolume(D(2020, 12, 31), 40));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => RequestFees.ByCountForMonth(D(2020, 12, 31), 40));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => RequestFees.ByCount(March2024, 0));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => RequestFees.ByVolume(March2024, -1));
        ArgumentAssert.Throws<ArgumentOutOfRangeException>(() => RequestFees.ByCountForMonth(March2024, -1));
    }
}
