namespace Pledgewatch.Extraction.Structure;

/// <summary>The temporal role of a part of a report.</summary>
internal enum SectionRole
{
    /// <summary>No heading has said: sentences decide, and results of the past year are the default.</summary>
    Unknown,

    /// <summary>工作回顾, 执行情况, 完成情况: outcomes of the year under review.</summary>
    Review,

    /// <summary>目标, 安排, 重点工作, 计划: targets of the year ahead.</summary>
    Plan,
}
