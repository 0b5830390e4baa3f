using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NodaTime;

namespace GovDisclosure.Policy.Benchmarks;

/// <summary>
/// D27, a year in progress: the same generated register dated 2026 and evaluated as of 2026-12-31, the official calendar's last day
/// (every December due date lies beyond it), against it dated 2025 and evaluated as of 2025-12-31 (the baseline). Target: ≤ 1.2× per record.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(7)]
public class YearInProgressBenchmarks
{
    private readonly DisclosurePolicy policy = DisclosurePolicy.Default;
    private Register closed = null!;
    private Register inProgress = null!;

    [GlobalSetup]
    public void Setup()
    {
        var bodies = GeneratedRegister.Bodies("u", GeneratedRegister.Units);
        closed = GeneratedRegister.Register(2025, bodies, GeneratedRegister.Rows(2025, GeneratedRegister.Units, GeneratedRegister.RecordsPerUnit));
        inProgress = GeneratedRegister.Register(2026, bodies, GeneratedRegister.Rows(2026, GeneratedRegister.Units, GeneratedRegister.RecordsPerUnit));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = GeneratedRegister.Units * GeneratedRegister.RecordsPerUnit, Description = "2025 as of 2025-12-31, per record")]
    public int ClosedYear() => policy.Evaluate(closed, new LocalDate(2025, 12, 31)).Units.Count;

    [Benchmark(OperationsPerInvoke = GeneratedRegister.Units * GeneratedRegister.RecordsPerUnit, Description = "2026 as of 2026-12-31 (year in progress), per record")]
    public int YearInProgress() => policy.Evaluate(inProgress, new LocalDate(2026, 12, 31)).Units.Count;
}

/// <summary>
/// §13, partitions: the generated register of 2024 evaluated in one piece on one thread (the baseline of each job), and as two partitions
/// of 500 units each — one after the other, and on two threads at once — merged. Target for two cores: ≥ 1.7× the single evaluation.
/// Every record held in memory survives the run and every finding survives the evaluation, so the garbage collector's settings weigh:
/// the run measures the runtime's default (concurrent workstation GC) and the two settings a batch host on several cores would choose.
/// </summary>
[Config(typeof(GcSettings))]
[MemoryDiagnoser]
public class PartitionBenchmarks
{
    private const int Records = GeneratedRegister.Units * GeneratedRegister.RecordsPerUnit;
    private static readonly LocalDate AsOf = new(2025, 6, 30);

    private readonly DisclosurePolicy policy = DisclosurePolicy.Default;
    private Register whole = null!;
    private Register[] halves = [];

    [GlobalSetup]
    public void Setup()
    {
        var bodies = GeneratedRegister.Bodies("u", GeneratedRegister.Units);
        var rows = GeneratedRegister.Rows(2024, GeneratedRegister.Units, GeneratedRegister.RecordsPerUnit);
        whole = GeneratedRegister.Register(2024, bodies, rows);
        var half = GeneratedRegister.Units / 2;
        halves =
        [
            GeneratedRegister.Register(2024, bodies[..half], [.. rows.Where(row => row.Unit < half)]),
            GeneratedRegister.Register(2024, bodies[half..], [.. rows.Where(row => row.Unit >= half).Select(row => row with { Unit = row.Unit - half })]),
        ];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Records, Description = "Evaluate the whole register, one thread, per record")]
    public int Whole() => policy.Evaluate(whole, AsOf).Units.Count;

    [Benchmark(OperationsPerInvoke = Records, Description = "Two partitions one after the other, merged, per record")]
    public int TwoPartitionsInTurn() => RegisterEvaluation.Merge([policy.Evaluate(halves[0], AsOf), policy.Evaluate(halves[1], AsOf)]).Units.Count;

    [Benchmark(OperationsPerInvoke = Records, Description = "Two partitions on two threads, merged, per record")]
    public int TwoPartitionsInParallel()
    {
        var parts = new RegisterEvaluation[2];
        Parallel.For(0, 2, i => parts[i] = policy.Evaluate(halves[i], AsOf));
        return RegisterEvaluation.Merge(parts).Units.Count;
    }

    /// <summary>One job per garbage-collector setting, each with its own baseline.</summary>
    private sealed class GcSettings : ManualConfig
    {
        public GcSettings()
        {
            var job = Job.Default.WithWarmupCount(2).WithIterationCount(9);
            AddJob(job.WithId("concurrent workstation GC (default)"));
            AddJob(job.WithGcConcurrent(false).WithId("workstation GC, not concurrent"));
            AddJob(job.WithGcServer(true).WithId("server GC"));
            AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByJob);
        }
    }
}

/// <summary>
/// §13, a session fed from an in-memory source: 1,000,000 on-time rows of the generated register given to a session through one reused
/// <see cref="RecordBuffer"/>, their ids strings the source already holds. The session is begun before each iteration and not completed,
/// so what is measured is the records alone. Target: 0 B per on-time record.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(2)]
[IterationCount(9)]
[InvocationCount(1)]
public class SessionFeedBenchmarks
{
    private static readonly LocalDate AsOf = new(2025, 6, 30);

    private readonly DisclosurePolicy policy = DisclosurePolicy.Default;
    private readonly RecordBuffer buffer = new();
    private readonly Channel[] channels = [Channel.GovernmentPortal, Channel.InternalNoticeBoard];
    private Body[] bodies = [];
    private GeneratedRegister.Row[] onTimeRows = [];
    private EvaluationSession session = null!;

    [GlobalSetup]
    public void Setup()
    {
        bodies = GeneratedRegister.Bodies("u", GeneratedRegister.Units);

        // On time: events published the day they happen, periodic records on the period's first day.
        onTimeRows = [.. GeneratedRegister.Rows(2024, GeneratedRegister.Units, GeneratedRegister.RecordsPerUnit).Select(row => row with { Published = row.Trigger })];
    }

    [IterationSetup]
    public void Begin() => session = policy.BeginEvaluation(2024, bodies, AsOf);

    [Benchmark(OperationsPerInvoke = GeneratedRegister.Units * GeneratedRegister.RecordsPerUnit, Description = "Session.Add of on-time rows through one RecordBuffer, per record")]
    public long Feed()
    {
        foreach (ref readonly var row in onTimeRows.AsSpan())
        {
            buffer.Clear();
            (buffer.Id, buffer.Subject, buffer.BodyIndex, buffer.Obligation, buffer.Trigger) = (row.Id, row.Subject, row.Unit, row.Entry.Key, row.Trigger);
            buffer.AddPublication(row.Published!.Value, channels);
            session.Add(buffer);
        }

        return session.RecordCount;
    }
}
