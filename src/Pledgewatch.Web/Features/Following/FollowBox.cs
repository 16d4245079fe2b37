namespace Pledgewatch.Web.Features.Following;

/// <summary>What a page offers to follow: the topic, its key and its name (for the box's words).</summary>
public sealed record FollowBox(string Topic, string Key, string Name);
