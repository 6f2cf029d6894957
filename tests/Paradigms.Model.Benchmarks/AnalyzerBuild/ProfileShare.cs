using System.Globalization;
using System.Text.Json;

namespace Paradigms.Model.Benchmarks.AnalyzerBuild;

/// <summary>
/// Reads a sampling profile of a compiler run, recorded with
/// <c>dotnet-trace collect --profile dotnet-sampled-thread-time</c> and converted with
/// <c>dotnet-trace convert --format Speedscope</c>, and prints the analyzer's share of the time the
/// compiler's threads spent working in managed code.
/// </summary>
/// <remarks>
/// The sampler stops every thread about once a millisecond and records its stack, under a last frame
/// <c>CPU_TIME</c> when the thread was in managed code and <c>UNMANAGED_CODE_TIME</c> when it was in
/// native code: blocked on a lock or a wait, in the garbage collector, in the JIT. A thread stopped
/// for a garbage collection, spinning or sleeping is in managed code too, in one of
/// <see cref="WaitingMethods"/>; those samples are not work either. Wall-clock timers such as
/// <c>ReportAnalyzer</c> charge a callback for all of that; here the share counts only working
/// managed code, and the analyzer's part is that time with an analyzer frame on the stack, whatever
/// compiler code it called into (binding, constant values, reporting). Native and waiting time under
/// an analyzer frame, which a wall clock would charge to the analyzer, are printed beside it.
/// </remarks>
public static class ProfileShare
{
    /// <summary>The module whose frames count as the analyzer's.</summary>
    private const string AnalyzerModule = "Paradigms.Model.Analyzers!";

    private const string ManagedLeaf = "CPU_TIME";
    private const string NativeLeaf = "UNMANAGED_CODE_TIME";

    /// <summary>Managed methods in which a thread waits rather than works: for a garbage collection, spinning, for a lock, asleep.</summary>
    private static readonly string[] WaitingMethods =
    [
        "System.Threading.Thread.<PollGC>",
        "System.Threading.SpinWait.SpinOnce",
        "System.Threading.LowLevelSpinWaiter.Wait",
        "System.Threading.Monitor.Enter_Slowpath",
        "System.Threading.Thread.Sleep",
    ];

    /// <summary>Prints the share for the speedscope file at <paramref name="path"/>, and the analyzer methods that took most of it.</summary>
    public static void Run(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var frames = document.RootElement.GetProperty("shared").GetProperty("frames").EnumerateArray()
            .Select(frame => frame.GetProperty("name").GetString() ?? string.Empty)
            .ToArray();
        var totals = new Totals();
        foreach (var profile in document.RootElement.GetProperty("profiles").EnumerateArray())
        {
            AddThread(profile, frames, totals);
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"managed code, all threads: {(totals.Managed + totals.Waiting) / 1000:F2} s, of which waiting {totals.Waiting / 1000:F2} s; working {totals.Managed / 1000:F2} s, with an analyzer frame: {totals.AnalyzerManaged / 1000:F3} s = {totals.AnalyzerManaged / totals.Managed:P2}; under an analyzer frame also: native code {totals.AnalyzerNative / 1000:F3} s, waiting {totals.AnalyzerWaiting / 1000:F3} s"));
        Console.WriteLine();
        Console.WriteLine("| innermost analyzer method | managed time |");
        Console.WriteLine("|---|---:|");
        foreach (var (method, milliseconds) in totals.ByMethod.OrderByDescending(pair => pair.Value).Take(10))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{Shorten(method)}` | {milliseconds:F0} ms |"));
        }
    }

    /// <summary>Replays one thread's open and close events, charging each interval to the stack open during it.</summary>
    private static void AddThread(JsonElement profile, string[] frames, Totals totals)
    {
        if (profile.GetProperty("type").GetString() != "evented" || profile.GetProperty("unit").GetString() != "milliseconds")
        {
            throw new InvalidDataException($"Profile '{profile.GetProperty("name").GetString()}' is not an evented profile in milliseconds; convert the trace with 'dotnet-trace convert --format Speedscope'.");
        }

        var stack = new List<int>();
        var previous = 0.0;
        foreach (var entry in profile.GetProperty("events").EnumerateArray())
        {
            var at = entry.GetProperty("at").GetDouble();
            if (stack.Count > 0)
            {
                Charge(stack, frames, at - previous, totals);
            }

            previous = at;
            var frame = entry.GetProperty("frame").GetInt32();
            if (entry.GetProperty("type").GetString() == "O")
            {
                stack.Add(frame);
            }
            else
            {
                stack.RemoveAt(stack.Count - 1);
            }
        }
    }

    private static void Charge(List<int> stack, string[] frames, double milliseconds, Totals totals)
    {
        var leaf = frames[stack[^1]];
        var innermostAnalyzerFrame = stack.FindLastIndex(frame => frames[frame].StartsWith(AnalyzerModule, StringComparison.Ordinal));
        if (leaf == ManagedLeaf && stack.Count > 1 && IsWaiting(frames[stack[^2]]))
        {
            totals.Waiting += milliseconds;
            if (innermostAnalyzerFrame >= 0)
            {
                totals.AnalyzerWaiting += milliseconds;
            }
        }
        else if (leaf == ManagedLeaf)
        {
            totals.Managed += milliseconds;
            if (innermostAnalyzerFrame >= 0)
            {
                totals.AnalyzerManaged += milliseconds;
                var method = frames[stack[innermostAnalyzerFrame]];
                totals.ByMethod[method] = totals.ByMethod.GetValueOrDefault(method) + milliseconds;
            }
        }
        else if (leaf == NativeLeaf && innermostAnalyzerFrame >= 0)
        {
            totals.AnalyzerNative += milliseconds;
        }
    }

    private static bool IsWaiting(string frame) =>
        WaitingMethods.Any(method => frame.Contains(method, StringComparison.Ordinal));

    /// <summary>The method name without its module and parameter list.</summary>
    private static string Shorten(string frame)
    {
        var start = frame.IndexOf('!', StringComparison.Ordinal) + 1;
        var end = frame.IndexOf('(', start);
        return end < 0 ? frame[start..] : frame[start..end];
    }

    private sealed class Totals
    {
        public double Managed { get; set; }

        public double Waiting { get; set; }

        public double AnalyzerManaged { get; set; }

        public double AnalyzerNative { get; set; }

        public double AnalyzerWaiting { get; set; }

        public Dictionary<string, double> ByMethod { get; } = [];
    }
}
