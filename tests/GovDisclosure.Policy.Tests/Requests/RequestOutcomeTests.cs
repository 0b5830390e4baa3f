namespace GovDisclosure.Policy.Tests.Requests;

/// <summary>§8.9, §9.4, D37: every result names the annual report's row it is counted in.</summary>
public sealed class RequestOutcomeTests
{
    [Fact]
    public void Sec9_4_outcomes_follow_the_tables_rows_in_order()
    {
        Assert.Equal(
        [
            "三(一)", "三(一)", "三(二)", "三(三)1", "三(三)2", "三(三)3", "三(三)4", "三(三)5", "三(三)6", "三(三)7", "三(三)8",
            "三(四)1", "三(四)1", "三(四)2", "三(四)3", "三(五)1", "三(五)2", "三(五)3", "三(五)4", "三(五)5", "三(六)1", "三(六)2", "三(六)3",
        ], RequestOutcome.InOrder.Select(outcome => outcome.ReportRow));
    }

    [Fact]
    public void D37_already_disclosed_and_another_bodys_information_count_in_the_2021_rows()
    {
        Assert.Equal(RequestOutcome.Disclosed.ReportRow, RequestOutcome.AlreadyDisclosed.ReportRow);
        Assert.Equal(RequestOutcome.NotHeld.ReportRow, RequestOutcome.NotThisBodys.ReportRow);
        Assert.Equal("三(五)1", RequestOutcome.PetitionOrComplaint.ReportRow);
        Assert.Equal("三(五)3", RequestOutcome.PublishedMaterial.ReportRow);
    }

    [Fact]
    public void D36_only_not_processed_and_abandoned_requests_close_unjudged()
    {
        Assert.Equal(
            [RequestOutcome.PetitionOrComplaint, RequestOutcome.RepeatedRequest, RequestOutcome.PublishedMaterial, RequestOutcome.UnreasonableMassRequests,
             RequestOutcome.ConfirmOrReissue, RequestOutcome.AbandonedUncorrected, RequestOutcome.AbandonedUnpaid],
            RequestOutcome.InOrder.Where(outcome => outcome.IsClosedUnjudged));
    }

    [Fact]
    public void Sec9_4_groups_carry_the_tables_labels()
    {
        Assert.Equal(["(一)", "(二)", "(三)", "(四)", "(五)", "(六)"], RequestOutcomeGroup.InOrder.Select(g => g.TableLabel));
        Assert.Equal(8, RequestOutcome.InOrder.Count(o => o.Group == RequestOutcomeGroup.NotDisclosed));
        Assert.Null(RequestOutcome.PartlyDisclosed.RowInGroup);
    }
}
