namespace Pledgewatch.Suggestions;

/// <summary>How an item stands against its deadline, as milestones do: amber once it is overdue, red past 30 days.</summary>
public enum DeadlineStatus
{
    /// <summary>Nothing is owed now (not assigned yet, or answered).</summary>
    None,

    OnTime,

    /// <summary>Overdue by up to 30 days.</summary>
    Amber,

    /// <summary>Overdue by more than 30 days.</summary>
    Red,
}

public static class Deadlines
{
    /// <summary>Days overdue after which amber turns red.</summary>
    public const int RedAfterDays = 30;

    /// <summary>The status of something due on <paramref name="due"/>, still owed on <paramref name="today"/>.</summary>
    public static DeadlineStatus Judge(DateOnly? due, DateOnly today) => due switch
    {
        null => DeadlineStatus.None,
        { } d when today <= d => DeadlineStatus.OnTime,
        { } d when today.DayNumber - d.DayNumber <= RedAfterDays => DeadlineStatus.Amber,
        _ => DeadlineStatus.Red,
    };
}
