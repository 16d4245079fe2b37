namespace Pledgewatch.Storage;

/// <summary>
/// Finds the region a report speaks for in its opening lines, by the names of the national tree:
/// full names (四川省, 宁夏回族自治区, 常州市, 武进区) and the short names of provinces and cities
/// (宁夏, 内蒙古, 广西, 常州). The most specific region named wins when the tree confirms it — its
/// name is unique, or a region above it is named too (常州市武进区; 北京市朝阳区 and not 长春市's) —
/// the title lines and the salutation's sentence (各位代表：现在，我代表…人民政府) first; the
/// country when they name only 全国人民代表大会 or 国务院. Read from the shipped tree, with no
/// database, so it runs where the text is read.
/// </summary>
public static class RegionFinder
{
    /// <summary>How much of the text is read: the title, the subtitle with the congress and session, the salutation.</summary>
    public const int Window = 600;

    private const int LongestName = 12;

    /// <summary>Names of the country in a report's title lines (bare 全国 and 中国 are words of every report).</summary>
    private static readonly string[] CountryCues = ["全国人民代表大会", "国务院"];

    private static readonly Lazy<Index> Tree = new(() => new Index(Seeder.Regions));

    /// <summary>A region of the tree found in a text.</summary>
    /// <param name="Code">Its GB/T 2260 code.</param>
    /// <param name="Name">Its full name.</param>
    /// <param name="Parent">Its parent's full name (null for the country).</param>
    public sealed record Found(string Code, string Name, string? Parent);

    /// <summary>The region the opening of <paramref name="text"/> names, or null when it names none the tree confirms.</summary>
    public static Found? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var head = text.AsSpan(0, Math.Min(text.Length, Window));
        var tree = Tree.Value;
        var named = new List<(Seeder.Region Region, int At)>();
        var lookup = tree.Names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < head.Length; i++)
        {
            for (var length = Math.Min(LongestName, head.Length - i); length >= 2; length--)
            {
                if (lookup.TryGetValue(head.Slice(i, length), out var regions))
                {
                    named.AddRange(regions.Select(r => (r, i)));
                    break;
                }
            }
        }

        var codes = named.Select(n => n.Region.Code).ToHashSet(StringComparer.Ordinal);
        var confirmed = named.Where(n => tree.IsUnique(n.Region) || tree.Ancestors(n.Region).Any(a => codes.Contains(a.Code))).ToList();
        // The title lines and the salutation's sentence (各位代表：现在，我代表常州市人民政府向大会
        // 报告工作…。) name the report's region, even when the next paragraphs name a city under it.
        var salutation = head.IndexOf("各位代表", StringComparison.Ordinal);
        var sentenceEnd = salutation < 0 ? -1 : head[salutation..].IndexOf('。');
        var titleEnd = salutation < 0 ? head.Length : sentenceEnd < 0 ? head.Length : salutation + sentenceEnd;
        // …我代表国务院向大会报告… names the speaker's government wherever in the opening it comes.
        var speaker = head.IndexOf("我代表", StringComparison.Ordinal);
        var speakerEnd = speaker < 0 ? -1 : Math.Min(head.Length, speaker + 16);
        var inTitle = confirmed.Where(n => n.At < titleEnd || (n.At >= speaker && n.At < speakerEnd)).ToList();
        var title = head[..titleEnd].ToString() + (speaker < 0 ? "" : head[speaker..speakerEnd].ToString());
        var national = CountryCues.Any(c => title.Contains(c, StringComparison.Ordinal));
        var best = inTitle.Count > 0 || !national
            ? (inTitle.Count > 0 ? inTitle : confirmed).OrderByDescending(n => tree.Depth(n.Region)).ThenBy(n => n.At).Select(n => n.Region).FirstOrDefault()
            : null;
        if (best is null && national)
        {
            best = tree.Root;
        }

        return best is null ? null : new Found(best.Code, best.Name, best.Parent is null ? null : tree.ByCode[best.Parent].Name);
    }

    private sealed class Index
    {
        public Index(IReadOnlyList<Seeder.Region> regions)
        {
            ByCode = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
            Root = regions.Single(r => r.Parent is null);
            var names = new Dictionary<string, List<Seeder.Region>>(StringComparer.Ordinal);
            void Add(string name, Seeder.Region r)
            {
                if (name.Length < 2 || r.Parent is null)
                {
                    return;
                }

                if (!names.TryGetValue(name, out var list))
                {
                    names[name] = list = [];
                }

                if (!list.Contains(r))
                {
                    list.Add(r);
                }
            }

            foreach (var r in regions)
            {
                Add(r.Name, r);
                if (r.ShortName is { } shortName)
                {
                    Add(shortName, r);
                }
            }

            Names = names;
            _fullNameCounts = regions.GroupBy(r => r.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        }

        private readonly Dictionary<string, int> _fullNameCounts;

        public Dictionary<string, Seeder.Region> ByCode { get; }

        public Seeder.Region Root { get; }

        public Dictionary<string, List<Seeder.Region>> Names { get; }

        public bool IsUnique(Seeder.Region region) => _fullNameCounts[region.Name] == 1;

        public IEnumerable<Seeder.Region> Ancestors(Seeder.Region region)
        {
            for (var r = region; r.Parent is not null;)
            {
                r = ByCode[r.Parent];
                yield return r;
            }
        }

        public int Depth(Seeder.Region region) => Ancestors(region).Count();
    }
}
