using System.Text.Json;
using GovDisclosure.Policy.Tests.Evaluation;

namespace GovDisclosure.Policy.Tests.Json;

/// <summary>D14: a sanction's reason in the evaluation report keeps its JSON shape — clauses and a sentence per language — and is read back
/// strictly: every property once, none unknown, none missing.</summary>
public sealed class ReasonJsonConverterTests
{
    private static readonly Reason Reason = new(["§4.2", "D14"], new BilingualText("中文", "English"));

    private static Reason Read(string json) => JsonSerializer.Deserialize<Reason>(json, PolicyJson.Options)!;

    [Fact]
    public void D14_a_reason_is_written_with_its_clauses_and_a_sentence_per_language_and_reads_back_equal()
    {
        var json = JsonSerializer.Serialize(Reason, PolicyJson.Options);

        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(["clauseIds", "textZh", "textEn"], root.EnumerateObject().Select(property => property.Name));
        Assert.Equal(["§4.2", "D14"], root.GetProperty("clauseIds").EnumerateArray().Select(id => id.GetString()));
        Assert.Equal(("中文", "English"), (root.GetProperty("textZh").GetString(), root.GetProperty("textEn").GetString()));
        Assert.Equal(Reason, Read(json));
    }

    [Theory]
    [InlineData("""["§4.2"]""", "A reason is an object with \"clauseIds\", \"textZh\" and \"textEn\", not StartArray.")]
    [InlineData("""{"clauseIds":["§4.2"],"textZh":"中","textZh":"中","textEn":"en"}""", "A reason gives \"textZh\" twice.")]
    [InlineData("""{"clauseIds":["§4.2"],"clauseIds":["D14"],"textZh":"中","textEn":"en"}""", "A reason gives \"clauseIds\" twice.")]
    [InlineData("""{"clauseIds":["§4.2"],"textZh":"中","textEn":"en","textEn":"en"}""", "A reason gives \"textEn\" twice.")]
    [InlineData("""{"clauseIds":["§4.2"],"textZh":"中","textEn":"en","text":"x"}""", "A reason has no property \"text\"; it has \"clauseIds\", \"textZh\" and \"textEn\".")]
    [InlineData("""{"textZh":"中","textEn":"en"}""", "A reason needs \"clauseIds\", \"textZh\" and \"textEn\".")]
    [InlineData("""{"clauseIds":["§4.2"],"textEn":"en"}""", "A reason needs \"clauseIds\", \"textZh\" and \"textEn\".")]
    [InlineData("""{"clauseIds":["§4.2"],"textZh":"中"}""", "A reason needs \"clauseIds\", \"textZh\" and \"textEn\".")]
    public void D14_a_reason_that_is_not_one_is_refused_saying_why(string json, string says) =>
        Assert.Equal(says, Assert.Throws<JsonException>(() => Read(json)).Message);

    [Fact]
    public void D14_the_reasons_of_an_evaluation_report_read_back_from_its_JSON()
    {
        var evaluation = DisclosurePolicy.Default.Evaluate(Registers.SchoolWith(10, 10), Registers.SpringAsOf);
        var report = PolicyJson.ToReport(evaluation);
        using var stream = new MemoryStream();
        PolicyJson.WriteEvaluation(evaluation, stream);

        var read = PolicyJson.ReadEvaluationReport(new MemoryStream(stream.ToArray()));

        Assert.NotEmpty(report.Units[0].SanctionReasons);
        Assert.Equal(report.Units[0].SanctionReasons, read.Units[0].SanctionReasons);
    }
}
