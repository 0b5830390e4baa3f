using BenchmarkDotNet.Running;

// Run all:   dotnet run -c Release --project benchmarks/GovDisclosure.Policy.Benchmarks -- --filter '*'
// Run one:   dotnet run -c Release --project benchmarks/GovDisclosure.Policy.Benchmarks -- --filter '*WorkingDay*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
