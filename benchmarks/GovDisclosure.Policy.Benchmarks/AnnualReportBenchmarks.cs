using BenchmarkDotNet.Attributes;
using GovDisclosure.Policy.Evaluation;
using GovDisclosure.Policy.Reporting;
using GovDisclosure.Policy.Requests;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// The annual report on 2025 (§9.4, D38) of a body with 200,000 requests received from mid-2024 to the end of 2025 — delivered in 2024, 2025
/// or 2026, open, abandoned after a correction notice or an unpaid fee — in a register with as many requests of other bodies; against the
/// reply statuses on 31 December of the same 200,000 requests, the work the report cannot avoid, in the same run.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(8)]
public class AnnualReportBenchmarks
{
    private const int Count = 200_000;

    private static readonly LocalDate YearEnd = new(2025, 12, 31);

    private readonly DisclosurePolicy policy = DisclosurePolicy.Default;
    private InformationRequest[] own = [];
    private Register register = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2021);
        var first = new LocalDate(2024, 6, 1);
        InformationRequest Make(int i, string body)
        {
            var received = first.PlusDays(random.Next(579));
            var request = InformationRequest.Receive($"{body}-{i}", body, RequestChannel.InPerson, received, null, ApplicantKind.FromValue(1 + random.Next(6)));
            return (i % 8) switch
            {
                0 => request,                                                                        // open, or carried
                1 => request.NoticeCorrection(received.PlusDays(2), received.PlusDays(20)),         // abandoned unless the year ends first
                2 => request.NoticeFee(received.PlusDays(3)),                                       // unpaid
                _ => request.Reply(received.PlusDays(10 + random.Next(30)), RequestOutcome.InOrder[random.Next(20)])
                    .Deliver(received.PlusDays(45), DeliveryMethod.InPerson),
            };
        }

        own = [.. Enumerable.Range(0, Count).Select(i => Make(i, "mzj"))];
        var others = Enumerable.Range(0, Count).Select(i => Make(i, $"b{i % 9}")).ToArray();
        Body Department(string id) => new(id, id, BodyType.AdministrativeOrgan, new PrincipalLeader("负责人", new LocalDate(2020, 1, 1)), null) { Role = BodyRole.Department };
        register = new RegisterBuilder(2025)
            .AddBodies([Department("mzj"), .. Enumerable.Range(0, 9).Select(i => Department($"b{i}"))])
            .AddRequests([.. own, .. others])
            .Build();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "Reply statuses on 31 December")]
    public int Statuses()
    {
        var abandoned = 0;
        foreach (var request in own)
        {
            abandoned += policy.ReplyStatusOn(request, YearEnd).State == RequestState.Abandoned ? 1 : 0;
        }

        return abandoned;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "AnnualReport (table 三 and 四)")]
    public AnnualReport Build() => policy.BuildAnnualReport(register, "mzj", 2025, new AnnualReportInput());
}
