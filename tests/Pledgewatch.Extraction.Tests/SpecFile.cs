namespace Pledgewatch.Extraction.Tests;

/// <summary>
/// Reads the Markdown spec files: each <c>```example</c> block holds a report fragment, a line with
/// a single <c>.</c>, and the expected claims, one per line. Lines starting with <c>@</c> before the
/// fragment set the report year (<c>@year 2025</c>) or the format (<c>@format markdown</c>).
/// </summary>
internal static class SpecFile
{
    public static IEnumerable<SpecExample> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var heading = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                heading = lines[i].TrimStart('#', ' ');
                continue;
            }

            if (lines[i].Trim() != "```example")
            {
                continue;
            }

            var start = i + 1;
            var input = new List<string>();
            var expected = new List<string>();
            var year = 2024;
            var format = "plain";
            var j = start;
            for (; j < lines.Length && lines[j] != "."; j++)
            {
                if (lines[j].StartsWith("@year ", StringComparison.Ordinal))
                {
                    year = int.Parse(lines[j][6..]);
                }
                else if (lines[j].StartsWith("@format ", StringComparison.Ordinal))
                {
                    format = lines[j][8..].Trim();
                }
                else
                {
                    input.Add(lines[j]);
                }
            }

            for (j++; j < lines.Length && lines[j].Trim() != "```"; j++)
            {
                if (lines[j].Trim().Length > 0)
                {
                    expected.Add(lines[j].Trim());
                }
            }

            yield return new SpecExample(path, start, heading, string.Join("\n", input).Replace("␤", "\n", StringComparison.Ordinal), [.. expected], year, format);
            i = j;
        }
    }
}
