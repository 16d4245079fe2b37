namespace Pledgewatch.Projects;

/// <summary>How a project stands against its milestones.</summary>
public enum ScheduleStatus
{
    /// <summary>No milestone has slipped (green).</summary>
    OnTrack,

    /// <summary>A milestone is overdue, within the tolerance (amber).</summary>
    Slipping,

    /// <summary>A milestone is overdue beyond the tolerance (red).</summary>
    Late,

    /// <summary>Every milestone reached.</summary>
    Completed,

    /// <summary>No milestones are planned, so nothing can be judged.</summary>
    NoPlan,
}

/// <summary>Names of <see cref="ScheduleStatus"/> as they appear in URLs, JSON and CSS.</summary>
public static class ScheduleStatusNames
{
    public static string Code(this ScheduleStatus status) => status switch
    {
        ScheduleStatus.OnTrack => "on-track",
        ScheduleStatus.Slipping => "amber",
        ScheduleStatus.Late => "red",
        ScheduleStatus.Completed => "completed",
        _ => "no-plan",
    };

    public static string Chinese(this ScheduleStatus status) => status switch
    {
        ScheduleStatus.OnTrack => "按计划推进",
        ScheduleStatus.Slipping => "进度滞后",
        ScheduleStatus.Late => "严重滞后",
        ScheduleStatus.Completed => "已完成",
        _ => "未定节点",
    };

    public static string English(this ScheduleStatus status) => status switch
    {
        ScheduleStatus.OnTrack => "On track",
        ScheduleStatus.Slipping => "Slipping",
        ScheduleStatus.Late => "Late",
        ScheduleStatus.Completed => "Completed",
        _ => "No milestones",
    };

    public static ScheduleStatus? Parse(string? code) => code switch
    {
        "on-track" => ScheduleStatus.OnTrack,
        "amber" => ScheduleStatus.Slipping,
        "red" => ScheduleStatus.Late,
        "completed" => ScheduleStatus.Completed,
        "no-plan" => ScheduleStatus.NoPlan,
        _ => null,
    };

    public static IReadOnlyList<ScheduleStatus> All { get; } = Enum.GetValues<ScheduleStatus>();
}
