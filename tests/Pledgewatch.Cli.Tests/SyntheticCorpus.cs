using System.Text;
using System.Text.Json;

namespace Pledgewatch.Cli.Tests;

/// <summary>
/// Many reports made from the real ones, for scale and crash tests: each a corpus report with its
/// years moved and its region changed (over the regions and years of the real ones), marked as a
/// sample, with an index.json. Not real documents.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly (string Name, string Code)[] Regions =
    [
        ("常州市", "320400"), ("天宁区", "320402"), ("钟楼区", "320404"), ("新北区", "320411"),
        ("武进区", "320412"), ("金坛区", "320413"), ("溧阳市", "320481"),
    ];

    /// <summary>Writes <paramref name="count"/> reports and their index.json into <paramref name="folder"/>.</summary>
    /// <returns>The total size in bytes.</returns>
    public static long Write(string folder, int count, string corpus)
    {
        Directory.CreateDirectory(folder);
        var sources = Directory.GetFiles(corpus).Where(f => !f.EndsWith("index.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(f => (Extension: Path.GetExtension(f), Text: File.ReadAllText(f))).ToArray();
        var index = new List<Dictionary<string, object>>();
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var (extension, text) = sources[i % sources.Length];
            var (region, code) = Regions[i / sources.Length % Regions.Length];
            var year = 2016 + (i / (sources.Length * Regions.Length) % 10);
            var moved = new StringBuilder(text)
                .Replace("2025年", $"{year + 1}年").Replace("2024年", $"{year}年").Replace("2023年", $"{year - 1}年")
                .Append($"\n\n（样例数据 {i}，非真实文件）\n")
                .ToString();
            var file = $"sample-{i:D5}{extension}";
            var content = Encoding.UTF8.GetBytes(moved);
            File.WriteAllBytes(Path.Combine(folder, file), content);
            bytes += content.Length;
            index.Add(new Dictionary<string, object>
            {
                ["file"] = file,
                ["region"] = region,
                ["region_code"] = code,
                ["report_year"] = year,
                ["type"] = extension == ".md" ? "government_work_report_summary" : "government_work_report",
                ["title"] = $"{year}年{region}政府工作报告（样例{i}）",
            });
        }

        File.WriteAllText(Path.Combine(folder, "index.json"), JsonSerializer.Serialize(index, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return bytes;
    }
}
