using System.Text;
using GovDisclosure.Policy.Catalogs;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Json;

namespace GovDisclosure.Policy.Tests.Evaluation;

/// <summary>D25: one record per obligation and period — one rule, worded once, whoever applies it: the register, the evaluation of a register,
/// and the evaluation streamed from JSON refuse the same second record with the same problem.</summary>
public sealed class OnePerPeriodTests
{
    private static readonly DisclosurePolicy Policy = DisclosurePolicy.Default.WithCatalog(Catalogs.CatalogDeadlineTests.Civil);

    private static readonly LocalDate YearEnd = new(2024, 12, 31);

    private static Body Bureau => Registers.Bureau() with { Catalogs = ["某县民政"] };

    private static string Json(string obligation) => $$"""
        {
          "year": 2024,
          "bodies": [
            { "id": "mzj", "name": "县民政局", "type": "AdministrativeOrgan", "principal": { "name": "王局长", "tookOffice": "2020-03-01" }, "catalogs": ["某县民政"] }
          ],
          "records": [
            { "id": "first", "body": "mzj", {{obligation}}, "trigger": "2024-04-01" },
            { "id": "second", "body": "mzj", {{obligation}}, "trigger": "2024-06-28", "subject": "另一批" }
          ]
        }
        """;

    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    private static DisclosureRecord[] TwoOfOneQuarter(ObligationKey obligation) =>
    [
        new("first", "mzj", obligation, new LocalDate(2024, 4, 1), []),
        new("second", "mzj", obligation, new LocalDate(2024, 6, 28), []) { Subject = "另一批" },
    ];

    [Fact]
    public void D25_a_second_record_of_an_entrys_quarter_is_refused_alike_by_the_register_the_json_reader_and_the_streamed_evaluation()
    {
        const string expected = "another record already covers QU2 of mzj for the period from 2024-04-01.";

        var register = new RegisterBuilder(2024).AddBodies([Bureau]).AddRecords(TwoOfOneQuarter(ScheduleEntry.QU2)).BuildResult().Problems;
        var read = Assert.Throws<PolicyJsonException>(() => PolicyJson.ReadRegister(Utf8(Json("\"row\": \"QU2\"")))).Problems;
        var streamed = Assert.Throws<PolicyJsonException>(() => PolicyJson.EvaluateRegister(Policy, Utf8(Json("\"row\": \"QU2\"")), YearEnd)).Problems;

        Assert.Equal(("second", expected), (Assert.Single(register).SubjectId, register[0].Message));
        Assert.Equal(("$.records[1]", expected), (Assert.Single(read).Path, read[0].Message));
        Assert.Equal(("$.records[1]", expected), (Assert.Single(streamed).Path, streamed[0].Message));
    }

    [Fact]
    public void D25_a_second_record_of_a_county_rows_quarter_is_refused_alike_by_the_evaluation_of_a_register_and_the_streamed_evaluation()
    {
        const string expected = "another record already covers 某县民政 序号5 of mzj for the period from 2024-04-01.";
        var register = new RegisterBuilder(2024)
            .AddBodies([Bureau])
            .AddRecords(TwoOfOneQuarter(Catalogs.CatalogDeadlineTests.Civil.KeyOf("5")))
            .Build();

        var inMemory = ArgumentAssert.Throws<ArgumentException>(() => Policy.Evaluate(register, YearEnd));
        var streamed = Assert.Throws<PolicyJsonException>(() => PolicyJson.EvaluateRegister(Policy, Utf8(Json("\"catalog\": \"某县民政\", \"row\": \"5\"")), YearEnd)).Problems;

        Assert.EndsWith($"- second: {expected}", inMemory.Message);
        Assert.Equal(("$.records[1]", expected), (Assert.Single(streamed).Path, streamed[0].Message));
    }

    [Fact]
    public void D25_records_of_two_quarters_are_two_obligations_everywhere()
    {
        var records = new DisclosureRecord[]
        {
            new("first", "mzj", ScheduleEntry.QU2, new LocalDate(2024, 6, 30), []),
            new("second", "mzj", ScheduleEntry.QU2, new LocalDate(2024, 7, 1), []),
            new("row-first", "mzj", Catalogs.CatalogDeadlineTests.Civil.KeyOf("5"), new LocalDate(2024, 6, 30), []),
            new("row-second", "mzj", Catalogs.CatalogDeadlineTests.Civil.KeyOf("5"), new LocalDate(2024, 7, 1), []),
        };

        var evaluation = Policy.Evaluate(new RegisterBuilder(2024).AddBodies([Bureau]).AddRecords(records).Build(), YearEnd);

        Assert.Equal(["first", "second", "row-first", "row-second"], evaluation.Outcomes.Where(o => o.RecordId is not null).Select(o => o.RecordId));
    }
}
