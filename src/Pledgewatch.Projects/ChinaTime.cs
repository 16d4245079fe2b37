using System.Globalization;

namespace Pledgewatch.Projects;

/// <summary>China's time (UTC+8, no daylight saving): the day milestones are planned and judged in, and every time shown.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
    }

    /// <summary>A moment as read in China: 2026-12-03 22:00 (by default to the minute).</summary>
    public static string Format(DateTimeOffset at, string format = "yyyy-MM-dd HH:mm") =>
        at.ToOffset(Offset).ToString(format, CultureInfo.InvariantCulture);
}
