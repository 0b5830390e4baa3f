using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using GovDisclosure.Policy.Tests.Reporting;

namespace GovDisclosure.Policy.Tests.Documents;

/// <summary>§9.3–§9.5, §12: the report written as a .docx in the national layout reads back to the report written — every figure, every
/// blank cell, every section's lines — and the audit finds the same in both.</summary>
public sealed class DocxRoundTripTests
{
    internal static byte[] Docx(PublishedAnnualReport report)
    {
        using var stream = new MemoryStream();
        AnnualReportDocx.Write(report, stream);
        return stream.ToArray();
    }

    internal static ReportReading ReadDocx(byte[] docx, ReportReadOptions? options = null) => AnnualReportDocuments.ReadDocx(new MemoryStream(docx), options);

    [Property(MaxTest = 60)]
    public Property Sec12_any_published_report_written_as_docx_reads_back_the_same_blank_cells_kept_blank() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var report = GeneratedReports.Make(seed);
            var read = ReadDocx(Docx(report));

            Assert.Empty(read.Problems);
            Assert.Equal(report, read.Report);
        });

    [Fact]
    public void Sec9_3_a_built_report_written_as_docx_reads_back_to_its_published_form_its_role_from_its_name()
    {
        using var stream = new MemoryStream();
        AnnualReportDocx.Write(Reports.Report2025, stream);

        var read = ReadDocx(stream.ToArray());

        Assert.Empty(read.Problems);
        Assert.Equal(Reports.Report2025.ToPublished() with { PublisherRole = BodyRole.Department }, read.Report);   // 县民政局: a department
    }

    [Fact]
    public void Sec12_the_audit_of_a_report_read_back_from_docx_finds_what_the_audit_of_the_report_written_finds()
    {
        var written = PublishedReports.Pingtan2022 with { PublishedOn = null, PublisherRole = null };
        var read = ReadDocx(Docx(written), new ReportReadOptions { PublishedOn = new LocalDate(2023, 2, 20), PublisherRole = BodyRole.Government }).Report!;

        var expected = Reports.Seed.Audit(PublishedReports.Pingtan2022 with { Title = read.Title }, PublishedReports.Pingtan2022 with { Year = 2021 });
        var actual = Reports.Seed.Audit(read, PublishedReports.Pingtan2022 with { Year = 2021 });
        Assert.Equal(PublishedReports.Summary(expected), PublishedReports.Summary(actual));
        Assert.Contains(actual.Findings, finding => finding.Kind == AuditFindingKind.AmbiguousCount);
    }

    [Fact]
    public void Sec9_3_a_report_written_to_a_stream_that_cannot_seek_is_the_same_document()
    {
        var report = GeneratedReports.Make(7);
        using var target = new ForwardOnlyStream();
        AnnualReportDocx.Write(report, target);

        Assert.Equal(report, ReadDocx(target.Written).Report);
    }

    /// <summary>A stream that only writes forward, as a web response does.</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        private readonly MemoryStream inner = new();

        internal byte[] Written => inner.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
