namespace Pledgewatch.Storage.Voting;

/// <summary>The outcome of casting a paper, with a message for the deputy when it was refused.</summary>
public sealed record CastResult(CastOutcome Outcome, string? Message = null)
{
    /// <summary>Accepted now or before (a retry): the vote counts exactly once.</summary>
    public bool Counts => Outcome is CastOutcome.Accepted or CastOutcome.AlreadyAccepted;
}
