using Pledgewatch.Extraction;

namespace Pledgewatch.Tracking;

/// <summary>
/// The contract's terms as people read them: in Chinese 增速 / 总量或水平 / 新增 and 目标 / 结果;
/// English readers read the contract's own words (growth, target).
/// </summary>
public static class MeasureWords
{
    public static string Of(Measure measure, ReaderLanguage language) => (measure, language) switch
    {
        (Measure.Growth, ReaderLanguage.Chinese) => "增速",
        (Measure.Level, ReaderLanguage.Chinese) => "总量或水平",
        (Measure.Added, ReaderLanguage.Chinese) => "新增",
        _ => ContractNames.Of(measure),
    };

    public static string Of(ClaimKind kind, ReaderLanguage language) =>
        language == ReaderLanguage.English ? ContractNames.Of(kind) : kind == ClaimKind.Target ? "目标" : "结果";
}
