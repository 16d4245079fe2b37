namespace Pledgewatch.Extraction;

/// <summary>Whether a claim states a goal for a period or a result for it.</summary>
public enum ClaimKind
{
    /// <summary>A goal, plan or expectation for a period not yet over (主要预期目标, 力争…).</summary>
    Target,

    /// <summary>A result reported or estimated for a period (工作回顾, 完成情况, 预计…).</summary>
    Outcome,
}
