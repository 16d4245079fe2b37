namespace Pledgewatch.Storage.Voting;

/// <summary>What became of a submitted paper.</summary>
public enum CastOutcome
{
    /// <summary>Stored durably: it counts.</summary>
    Accepted,

    /// <summary>The same submission again (a retry): it was already stored, once.</summary>
    AlreadyAccepted,

    /// <summary>This deputy has voted with another submission; each deputy votes once.</summary>
    AlreadyVoted,

    /// <summary>Not on the roster of this ballot.</summary>
    NotEligible,

    /// <summary>The ballot does not exist.</summary>
    NoBallot,

    /// <summary>Voting has not opened yet.</summary>
    NotOpen,

    /// <summary>Voting has closed.</summary>
    Closed,

    /// <summary>The submission key belongs to another paper (another deputy's, or another ballot's): a key is made once per paper.</summary>
    KeyReused,

    /// <summary>The paper breaks the rule (the message says how).</summary>
    Invalid,
}
