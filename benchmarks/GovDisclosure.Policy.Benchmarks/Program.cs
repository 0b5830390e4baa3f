using System.Diagnostics;
using BenchmarkDotNet.Running;
using GovDisclosure.Policy.Benchmarks;
using NodaTime;

// Run all:   dotnet run -c Release --project benchmarks/GovDisclosure.Policy.Benchmarks -- --filter '*'
// Run one:   dotnet run -c Release --project benchmarks/GovDisclosure.Policy.Benchmarks -- --filter '*WorkingDay*'
// Peak memory of the streaming evaluation of a 5,000,000-record file (about 2 GB, written first if absent):
//            dotnet run -c Release --project benchmarks/GovDisclosure.Policy.Benchmarks -- peak 5000000
if (args is ["peak", var count])
{
    var records = int.Parse(count, System.Globalization.CultureInfo.InvariantCulture);
    var path = Path.Combine(Path.GetTempPath(), $"govdisclosure-register-peak-{records}.json");
    if (!File.Exists(path))
    {
        RegisterFile.Write(path, 1_000, records / 1_000);
    }

    var process = Process.GetCurrentProcess();
    process.Refresh();
    var before = process.PeakWorkingSet64;
    var clock = Stopwatch.StartNew();
    using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
    {
        var evaluation = PolicyJson.EvaluateRegister(DisclosurePolicy.Default, file, new LocalDate(2025, 6, 30));
        Console.WriteLine($"{evaluation.Units.Count} units, {evaluation.Units.Sum(u => u.Findings.Count):N0} findings");
    }

    process.Refresh();
    Console.WriteLine($"file {new FileInfo(path).Length / 1e9:F2} GB, {records:N0} records, {clock.Elapsed.TotalSeconds:F1} s; " +
                      $"peak working set {process.PeakWorkingSet64 / 1e6:F0} MB (before evaluating: {before / 1e6:F0} MB)");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
