namespace GovDisclosure.Policy.Tool;

/// <summary>How far a command has got through its files, on standard error: a bar redrawn in place on a terminal, a plain line per file
/// where the output is redirected to a file or a pipe (a bar's carriage returns would litter a log).</summary>
internal sealed class Progress(TextWriter error, bool terminal)
{
    private const int BarWidth = 24;
    private bool drawn;

    internal void Report(string verb, int done, int total, string file)
    {
        if (!terminal)
        {
            error.WriteLine($"{verb} {done}/{total} {file}");
            return;
        }

        var filled = total == 0 ? BarWidth : done * BarWidth / total;
        var line = $"[{new string('#', filled)}{new string('-', BarWidth - filled)}] {done}/{total} {verb} {file}";
        error.Write("\r" + line.PadRight(79));
        drawn = true;
    }

    /// <summary>Clears the bar, so that what follows starts on a clean line.</summary>
    internal void Clear()
    {
        if (drawn)
        {
            error.Write("\r" + new string(' ', 79) + "\r");
            drawn = false;
        }
    }
}
