using BenchmarkDotNet.Attributes;
using GovDisclosure.Policy.Requests;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// Reply due dates (§8, D31–D33) of one million open requests received 2008–2024, in the batch form: plain requests, and a mix of plain,
/// corrected, consulted (answered and unanswered), extended and fee-paid histories — against the seed entries' batch due dates over as
/// many (entry, trigger) pairs, in the same run.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(8)]
public class ReplyDueBenchmarks
{
    private const int Count = 1_000_000;

    private readonly DisclosurePolicy policy = DisclosurePolicy.Default;
    private ObligationKey[] entries = [];
    private LocalDate[] triggers = [];
    private LocalDate[] results = [];
    private InformationRequest[] plain = [];
    private InformationRequest[] mixed = [];
    private LocalDate?[] dues = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20190515);
        var first = new LocalDate(2008, 1, 1);
        var span = Period.Between(first, new LocalDate(2024, 11, 30), PeriodUnits.Days).Days;
        triggers = Enumerable.Range(0, Count).Select(_ => first.PlusDays(random.Next(span + 1))).ToArray();
        entries = Enumerable.Range(0, Count).Select(_ => ScheduleEntry.InOrder[random.Next(ScheduleEntry.InOrder.Count)].Key).ToArray();
        results = new LocalDate[Count];
        dues = new LocalDate?[Count];
        plain = triggers.Select((received, i) => Receive(i, received)).ToArray();
        mixed = triggers.Select((received, i) => Mixed(Receive(i, received), received, i % 6)).ToArray();
    }

    private static InformationRequest Receive(int i, LocalDate received) =>
        InformationRequest.Receive($"R{i}", "mzj", RequestChannel.InPerson, received, null, ApplicantKind.NaturalPerson);

    private static InformationRequest Mixed(InformationRequest request, LocalDate received, int kind) => kind switch
    {
        1 => request.NoticeCorrection(received.PlusDays(2), received.PlusDays(20)).Corrected(received.PlusDays(6)),
        2 => request.Consult(received.PlusDays(3), ConsultationParty.ThirdParty).ConsultationAnswered(received.PlusDays(12)),
        3 => request.Consult(received.PlusDays(3), ConsultationParty.OtherBody).Consult(received.PlusDays(8), ConsultationParty.ThirdParty),
        4 => request.Extend(received.PlusDays(10), 15),
        5 => request.NoticeFee(received.PlusDays(4)).FeePaid(received.PlusDays(9)),
        _ => request,
    };

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "DueDates, seed entries")]
    public LocalDate SeedEntries()
    {
        policy.DueDates(entries, triggers, results);
        return results[^1];
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "ReplyDues, plain requests")]
    public LocalDate? PlainRequests()
    {
        policy.ReplyDues(plain, dues);
        return dues[^1];
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "ReplyDues, mixed histories")]
    public LocalDate? MixedHistories()
    {
        policy.ReplyDues(mixed, dues);
        return dues[^1];
    }
}
