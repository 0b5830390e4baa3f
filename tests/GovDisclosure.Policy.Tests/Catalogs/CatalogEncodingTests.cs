using System.Text;

namespace GovDisclosure.Policy.Tests.Catalogs;

/// <summary>§13: a catalog's CSV as Excel and WPS save it on Chinese Windows — GBK or GB18030 — read with the encoding the caller names, and
/// nothing read as the wrong encoding.</summary>
public sealed class CatalogEncodingTests
{
    private static readonly string Text = File.ReadAllText(RealCatalogSheets.RowsCsv, Encoding.UTF8);

    private static readonly CountyCatalog Expected = CountyCatalog.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(Text)), RealCatalogSheets.Name);

    private static Encoding Named(string name) => CodePagesEncodingProvider.Instance.GetEncoding(name)!;

    [Theory]
    [InlineData("GB18030")]
    [InlineData("GBK")]
    [InlineData("GB2312")]
    public void Sec13_a_csv_saved_in_a_chinese_code_page_reads_with_its_encoding_as_its_utf8_form(string name)
    {
        var bytes = Named(name).GetBytes(Text);

        Assert.Equal(Expected, CountyCatalog.ReadCsv(new MemoryStream(bytes), RealCatalogSheets.Name, Named(name)));
    }

    [Fact]
    public void Sec13_utf8_named_as_the_encoding_reads_as_without_one()
    {
        Assert.Equal(Expected, CountyCatalog.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(Text)), RealCatalogSheets.Name, new UTF8Encoding(false)));
    }

    [Fact]
    public void Sec13_a_gbk_csv_read_without_its_encoding_is_refused_with_how_to_read_it()
    {
        var problem = Assert.Single(Assert.Throws<CatalogDataException>(() => CountyCatalog.ReadCsv(new MemoryStream(Named("GBK").GetBytes(Text)), "民政")).Problems);

        Assert.Equal(1, problem.Row);
        Assert.EndsWith("save the catalog as \"CSV UTF-8\", or read it with its encoding (CountyCatalog.ReadCsv(stream, name, encoding)).", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "The file is UTF-8, not gb18030 (code page 54936), as it was to be read: read it without an encoding (CountyCatalog.ReadCsv(stream, name)).")]
    [InlineData(true, "The file is UTF-8 (it starts with a UTF-8 byte-order mark), not gb18030 (code page 54936), as it was to be read: read it without an encoding (CountyCatalog.ReadCsv(stream, name)).")]
    public void Sec13_a_utf8_csv_read_as_gb18030_is_refused_not_misread(bool marked, string message)
    {
        var bytes = (marked ? "\uFEFF" : "") + Text;

        var problem = Assert.Single(Assert.Throws<CatalogDataException>(() => CountyCatalog.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(bytes)), "民政", Named("GB18030"))).Problems);

        Assert.Equal((1, message), (problem.Row, problem.Message));
    }

    [Fact]
    public void Sec13_an_ascii_only_csv_reads_in_any_encoding()
    {
        const string ascii = "No,x\r\n1,2";

        var problem = Assert.Single(Assert.Throws<CatalogDataException>(() => CountyCatalog.ReadCsv(new MemoryStream(Encoding.ASCII.GetBytes(ascii)), "民政", Named("GBK"))).Problems);

        Assert.StartsWith("No row among the first 10 names three of a catalog's columns", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sec13_bytes_the_encoding_cannot_decode_are_a_problem_naming_their_line_never_replaced()
    {
        var bytes = Named("GBK").GetBytes("序号,一级事项\r\n1,社会救助\r\n").Concat(new byte[] { 0x81, 0x20 }).ToArray();

        var problem = Assert.Single(Assert.Throws<CatalogDataException>(() => CountyCatalog.ReadCsv(new MemoryStream(bytes), "民政", Named("GBK"))).Problems);

        Assert.Equal((3, "The file is not gb2312 (code page 936): the bytes at line 3 are not text in it. Check the encoding the file was saved in."), (problem.Row, problem.Message));
    }

    [Fact]
    public void Sec13_a_null_encoding_is_refused_by_name()
    {
        ArgumentAssert.Throws<ArgumentNullException>("encoding", () => CountyCatalog.ReadCsv(new MemoryStream(), "民政", null!));
    }
}
