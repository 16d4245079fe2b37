namespace Pledgewatch.Tracking;

/// <summary>Units as an English reader writes them after a number (人 → people, 亩 → mu).</summary>
public static class UnitNames
{
    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["%"] = "%", ["‰"] = "‰", ["元"] = " yuan", ["美元"] = " US dollars", ["人"] = " people", ["人次"] = " visits",
        ["户"] = " households", ["个"] = "", ["家"] = "", ["件"] = " items", ["项"] = " items", ["张"] = "", ["座"] = "", ["条"] = "",
        ["所"] = "", ["部"] = "", ["套"] = " units", ["辆"] = " vehicles", ["吨"] = " tonnes", ["万吨"] = " ten thousand tonnes",
        ["公里"] = " km", ["千米"] = " km", ["米"] = " m", ["平方米"] = " m²", ["平方公里"] = " km²", ["立方米"] = " m³",
        ["亩"] = " mu", ["公顷"] = " ha", ["千瓦"] = " kW", ["千瓦时"] = " kWh", ["兆瓦"] = " MW", ["天"] = " days", ["年"] = " years",
        ["岁"] = " years", ["场"] = " events", ["起"] = " cases", ["头"] = " head", ["只"] = "", ["标箱"] = " TEU", ["斤"] = " jin",
        ["吨标准煤"] = " tce", ["吨/日"] = " tonnes a day", ["微克/立方米"] = " μg/m³", ["毫克/升"] = " mg/l", ["倍"] = " times",
        ["次"] = " times", ["篇"] = "", ["台"] = " machines", ["株"] = " plants", ["床"] = " beds", ["间"] = " rooms", ["栋"] = " buildings",
        ["公斤"] = " kg", ["千克"] = " kg", ["克"] = " g", ["小时"] = " hours", ["分钟"] = " minutes", ["个百分点"] = " percentage points",
        ["百分点"] = " percentage points", ["万人"] = " ten thousand people",
    };

    /// <summary>The unit in the reader's language with its leading space, or null when there is no English name for it.</summary>
    public static string? After(string unit, ReaderLanguage language) =>
        language == ReaderLanguage.Chinese ? unit : English.GetValueOrDefault(unit);
}
