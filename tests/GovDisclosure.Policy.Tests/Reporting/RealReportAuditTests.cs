using static GovDisclosure.Policy.Tests.Reporting.PublishedReports;

namespace GovDisclosure.Policy.Tests.Reporting;

/// <summary>The audit (§12) on the published reports of 平潭综合实验区 on 2022 and 2023 (real figures).</summary>
public sealed class RealReportAuditTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default;

    private static readonly (string, decimal?, decimal?)[] BlankSecondTableCells =
        [("二/行政许可/本年处理决定数量", null, null), ("二/行政处罚/本年处理决定数量", null, null), ("二/行政强制/本年处理决定数量", null, null), ("二/行政事业性收费/本年收费金额", null, null)];

    [Fact]
    public void Sec12_1_to_Sec12_4_both_real_reports_balance_and_add_up_in_every_row_column_and_group()
    {
        var tableKinds = new[] { AuditFindingKind.Balance, AuditFindingKind.RowTotal, AuditFindingKind.ResultTotal, AuditFindingKind.RedressTotal, AuditFindingKind.Negative };

        Assert.DoesNotContain(Policy.Audit(Pingtan2022).Findings, finding => tableKinds.Contains(finding.Kind));
        Assert.DoesNotContain(Policy.Audit(Pingtan2023, Pingtan2022).Findings, finding => tableKinds.Contains(finding.Kind));
    }

    [Fact]
    public void Sec12_7_the_2022_text_counts_75_requests_received_where_row_one_holds_74_an_ambiguous_count_to_explain()
    {
        var audit = Policy.Audit(Pingtan2022);

        var ambiguous = audit.Findings.Where(finding => finding.Kind == AuditFindingKind.AmbiguousCount).ToArray();
        Assert.Equal([("三/一/总计", 75m, 74m), ("三/一/自然人", 72m, 71m)], ambiguous.Select(f => (f.Place.Path, f.Found, f.Expected)));
        Assert.All(ambiguous, finding =>
        {
            Assert.Equal(ReportSection.Requests, finding.Place.Section);
            Assert.Equal(Pingtan2022Received.TrimEnd('。'), finding.Place.Sentence);
            Assert.True(finding.Kind.IsToExplain);
        });
        Assert.Contains("等于一＋二（74＋1", ambiguous[0].MessageZh, StringComparison.Ordinal);
        Assert.DoesNotContain(audit.Findings, finding => finding.Kind == AuditFindingKind.TextDiffers);
    }

    [Fact]
    public void Sec12_5_and_Sec12_6_2023_carries_over_what_2022_carried_forward_and_its_documents_in_force_are_a_difference_to_explain()
    {
        var audit = Policy.Audit(Pingtan2023, Pingtan2022);

        Assert.DoesNotContain(audit.Findings, finding => finding.Kind == AuditFindingKind.CarriedOver);
        var documents = Assert.Single(audit.Findings, finding => finding.Kind == AuditFindingKind.DocumentsInForce);
        Assert.Equal(("二/行政规范性文件/现行有效件数", 470m, 643m), (documents.Place.Path, documents.Found, documents.Expected));   // 698 + 77 − 132
        Assert.True(documents.Kind.IsToExplain);
    }

    [Fact]
    public void Sec12_the_whole_audit_of_each_real_report_is_exactly_these_findings()
    {
        var audit2022 = Policy.Audit(Pingtan2022);
        var audit2023 = Policy.Audit(Pingtan2023, Pingtan2022);

        Assert.Equal(
            [
                .. BlankSecondTableCells.Select(cell => (AuditFindingKind.BlankCell, cell.Item1, cell.Item2, cell.Item3)),
                (AuditFindingKind.AmbiguousCount, "三/一/总计", 75m, 74m), (AuditFindingKind.AmbiguousCount, "三/一/自然人", 72m, 71m),
                (AuditFindingKind.FeesNotStated, "六", null, null),
            ],
            Summary(audit2022));
        Assert.Equal(
            [
                (AuditFindingKind.DocumentsInForce, "二/行政规范性文件/现行有效件数", 470m, 643m),
                .. BlankSecondTableCells.Select(cell => (AuditFindingKind.BlankCell, cell.Item1, cell.Item2, cell.Item3)),
                (AuditFindingKind.FeesNotStated, "六", null, null),
            ],
            Summary(audit2023));
        Assert.Equal(new LocalDate(2023, 3, 31), audit2022.PublicationDue);
        Assert.Equal(new LocalDate(2024, 3, 31), audit2023.PublicationDue);
        Assert.Equal(6, audit2023.Similarities.Count);
        Assert.All(audit2023.Similarities, similarity => Assert.False(similarity.IsCopied));
    }
}
