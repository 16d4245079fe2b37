namespace Pledgewatch.Tracking;

/// <summary>What became of a target.</summary>
public enum Verdict
{
    /// <summary>The outcome lies inside what the target asks.</summary>
    Met,

    /// <summary>The outcome and what the target asks do not meet.</summary>
    Missed,

    /// <summary>They overlap: the numbers as written cannot tell.</summary>
    Unclear,

    /// <summary>No report on the target's year is out yet.</summary>
    Pending,

    /// <summary>The report on the target's year is out and says nothing of it.</summary>
    NotReported,

    /// <summary>The report said it sets no target for the indicator that year (我们没有提出…具体目标).</summary>
    NoTargetSet,
}
