using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace GovDisclosure.Policy.Samples.Web.Tests;

/// <summary>
/// The web sample running as its own process, as a host runs it, on a free loopback port. Started once for the test
/// class, within a bounded wait, and stopped (with any child process) when the class is done.
/// </summary>
public class WebSampleServer : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private static readonly Regex ListeningOn = new(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)", RegexOptions.CultureInvariant);

    private readonly Process process;
    private readonly StringBuilder output = new();

    public WebSampleServer()
        : this([])
    {
    }

    /// <summary>Starts the sample with <paramref name="settings"/> after its own, such as <c>--Clock:FixedInstant=…</c>.</summary>
    protected WebSampleServer(params string[] settings)
    {
        var sample = Path.Combine(RepositoryRoot(), "samples", "GovDisclosure.Policy.Samples.Web");
        var configuration = typeof(WebSampleServer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var dll = Path.Combine(sample, "bin", configuration, "net10.0", "GovDisclosure.Policy.Samples.Web.dll");
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The web sample is not built at {dll}; build the solution first.");
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = sample,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { dll, "--urls", "http://127.0.0.1:0", "--contentRoot", sample },
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["DOTNET_NOLOGO"] = "1" },
        };
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Read(line.Data, listening);
        process.ErrorDataReceived += (_, line) => Read(line.Data, listening);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The web sample exited with code {process.ExitCode}:\n{Output}"));
        process.EnableRaisingEvents = true;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!listening.Task.Wait(StartTimeout))
        {
            Dispose();
            throw new TimeoutException($"The web sample did not say where it listens within {StartTimeout.TotalSeconds} s:\n{Output}");
        }

        BaseAddress = listening.Task.Result;
    }

    /// <summary>Where the sample listens, such as http://127.0.0.1:40123/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>What the sample has written so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }

    internal static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GovDisclosure.Policy.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No GovDisclosure.Policy.sln above {AppContext.BaseDirectory}.");
    }

    private void Read(string? line, TaskCompletionSource<Uri> listening)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (ListeningOn.Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups["url"].Value + "/"));
        }
    }
}
