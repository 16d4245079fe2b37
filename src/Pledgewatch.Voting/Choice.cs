namespace Pledgewatch.Voting;

/// <summary>A deputy's mark against one candidate.</summary>
public enum Choice
{
    /// <summary>赞成.</summary>
    Approve,

    /// <summary>反对.</summary>
    Oppose,

    /// <summary>弃权.</summary>
    Abstain,
}
