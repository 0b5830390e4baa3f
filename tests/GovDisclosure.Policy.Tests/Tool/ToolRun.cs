using System.Diagnostics;

namespace GovDisclosure.Policy.Tests.Tool;

/// <summary>What a run of <c>govdisclosure</c> gave: its exit code and what it wrote to standard output and standard error.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    /// <summary>The tool as built beside these tests: its own output folder, in the same configuration.</summary>
    private static string Tool
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;   // …/bin/{configuration}/net10.0
            return Path.Combine(RepositoryFiles.Root, "src", "GovDisclosure.Policy.Tool", "bin", configuration, "net8.0", "govdisclosure.dll");
        }
    }

    /// <summary>Runs the tool's commands in this process, as <c>govdisclosure</c> runs them, its output and errors caught (no terminal: no
    /// progress bar). Paths are as the process's working folder takes them: give them whole.</summary>
    internal static ToolRun Run(params string[] arguments)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var exitCode = GovDisclosure.Policy.Tool.Cli.RunAsync(arguments, output, error, terminal: false).GetAwaiter().GetResult();
        return new ToolRun(exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>Starts <c>govdisclosure</c> as a process with <paramref name="arguments"/> in <paramref name="folder"/>, its output redirected
    /// (so no progress bar), and waits for it.</summary>
    internal static ToolRun Start(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Tool);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"govdisclosure {string.Join(' ', arguments)} ran for two minutes.");
        }

        return new ToolRun(process.ExitCode, output.Result, error.Result);
    }
}
