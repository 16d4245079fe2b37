namespace Pledgewatch.Projects;

/// <summary>China's day (UTC+8, no daylight saving): the day milestones are planned and judged in.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);
    }
}
