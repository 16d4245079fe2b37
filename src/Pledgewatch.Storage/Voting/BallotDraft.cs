namespace Pledgewatch.Storage.Voting;

/// <summary>What a new ballot is, a vote or a rating alike: its region (name or code), year, title, voting window and whether it is sample data.</summary>
public sealed record BallotDraft(string Region, int Year, string Title, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool IsSample = false);
