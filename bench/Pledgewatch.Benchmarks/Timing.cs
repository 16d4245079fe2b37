using System.Diagnostics;

namespace Pledgewatch.Benchmarks;

/// <summary>Timing a query the way a page runs it: warm-up runs, then the runs measured.</summary>
internal static class Timing
{
    /// <summary>Runs <paramref name="action"/> <paramref name="warmUp"/> times, then <paramref name="runs"/> times; its median and 95th percentile in ms and its last result.</summary>
    public static async Task<((double Median, double P95) Times, int Result)> RunAsync(int warmUp, int runs, Func<Task<int>> action)
    {
        var result = 0;
        for (var i = 0; i < warmUp; i++)
        {
            result = await action();
        }

        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var t = Stopwatch.GetTimestamp();
            result = await action();
            times[i] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }

        Array.Sort(times);
        return ((times[runs / 2], times[runs * 95 / 100]), result);
    }
}
