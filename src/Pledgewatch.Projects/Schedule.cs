namespace Pledgewatch.Projects;

/// <summary>
/// Judges a project by its milestones: amber when a milestone is overdue by up to
/// <see cref="ToleranceDays"/> days, red when any is overdue by more; a milestone reached late is
/// history, not a standing slip (the timeline still shows it late). A project is completed when
/// every milestone is reached and its reported progress is 100 %.
/// </summary>
/// <param name="ToleranceDays">Days a milestone may be overdue before the project turns red.</param>
public sealed record Schedule(int ToleranceDays = 30)
{
    /// <summary>The status and, when a milestone slips, which one and by how many days.</summary>
    /// <param name="progress">The latest reported progress in percent.</param>
    public (ScheduleStatus Status, string? Reason) Judge(IReadOnlyCollection<Milestone> milestones, DateOnly today, int progress)
    {
        ArgumentNullException.ThrowIfNull(milestones);
        if (milestones.Count == 0)
        {
            return (ScheduleStatus.NoPlan, null);
        }

        if (milestones.All(m => m.Actual is not null))
        {
            return (progress >= 100 ? ScheduleStatus.Completed : ScheduleStatus.OnTrack, null);
        }

        var worst = milestones.Where(m => m.IsOverdue(today)).OrderByDescending(m => m.DaysLate(today)).FirstOrDefault();
        if (worst is null)
        {
            return (ScheduleStatus.OnTrack, null);
        }

        var days = worst.DaysLate(today);
        var reason = $"{worst.Name}计划{worst.Planned:yyyy-MM-dd}，已逾期{days}天";
        return (days > ToleranceDays ? ScheduleStatus.Late : ScheduleStatus.Slipping, reason);
    }
}
