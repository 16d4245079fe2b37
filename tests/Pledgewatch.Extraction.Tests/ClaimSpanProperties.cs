using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Pledgewatch.Documents;
using Pledgewatch.Extraction.Numbers;

namespace Pledgewatch.Extraction.Tests;

/// <summary>
/// Every claim's [start, end) lies in the original text and covers its number as written:
/// re-reading the span gives the claim's value. Checked over the corpus and over randomly
/// mutated corpus text.
/// </summary>
public sealed class ClaimSpanProperties
{
    private static readonly Lazy<(string Name, string Text, TextFormat Format)[]> Corpus = new(() =>
        TestPaths.CorpusFiles().Select(f =>
        {
            var doc = DocumentReader.ReadFile(f);
            return (doc.Name, doc.Text, doc.Format);
        }).ToArray());

    [Fact]
    public void EveryCorpusClaimSpanCoversItsNumber()
    {
        foreach (var (name, text, format) in Corpus.Value)
        {
            var result = ExtractionPipeline.Default.Extract(text, new DocumentInfo(name, "常州市", 2024, format));
            Assert.NotEmpty(result.Claims);
            AssertSpansCoverNumbers(text, result.Claims, name);
        }
    }

    [Fact]
    public void ClaimsComeInDocumentOrder()
    {
        foreach (var (name, text, format) in Corpus.Value)
        {
            var claims = ExtractionPipeline.Default.Extract(text, new DocumentInfo(name, "常州市", 2024, format)).Claims;
            for (var i = 1; i < claims.Count; i++)
            {
                Assert.True(claims[i - 1].Start <= claims[i].Start, $"{name}: claim {i} starts before claim {i - 1}");
            }
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 1000)]
    public Property MutatedTextKeepsSpansInTheOriginal(int seed, NonNegativeInt document)
    {
        var docs = Corpus.Value;
        var (name, text, format) = docs[document.Get % docs.Length];
        var mutated = Mutate(text, new Random(seed));
        var result = ExtractionPipeline.Default.Extract(mutated, new DocumentInfo(name, "常州市", 2024, format));
        AssertSpansCoverNumbers(mutated, result.Claims, name);
        return true.ToProperty();
    }

    [FsCheck.Xunit.Property(MaxTest = 5000)]
    public Property ArbitraryTextNeverThrows(string? text)
    {
        var result = ExtractionPipeline.Default.Extract(text ?? "", new DocumentInfo("random.txt", "某市", 2024));
        AssertSpansCoverNumbers(text ?? "", result.Claims, "random");
        return true.ToProperty();
    }

    /// <summary>Inserts line breaks, runs of spaces, full-width digits, markup and noise at random places.</summary>
    internal static string Mutate(string text, Random random)
    {
        var sb = new StringBuilder(text);
        var edits = 1 + random.Next(40);
        for (var i = 0; i < edits && sb.Length > 0; i++)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(9))
            {
                case 0: sb.Insert(at, "\n\n"); break;
                case 1: sb.Insert(at, new string(' ', random.Next(1, 300))); break;
                case 2:
                    if (sb[at] is >= '0' and <= '9')
                    {
                        sb[at] = (char)(sb[at] + 0xFEE0);
                    }

                    break;
                case 3: sb.Insert(at, "**"); break;
                case 4: sb.Remove(at, Math.Min(random.Next(1, 6), sb.Length - at)); break;
                case 5: sb.Insert(at, (char)random.Next(0x20, 0xFFFF) is var c && !char.IsSurrogate(c) ? c : '?'); break;
                case 6: sb.Insert(at, "增长12.5%以上，新增1.2万个"); break;
                case 7: sb.Insert(at, "\r\n"); break;
                default: sb.Insert(at, "“"); break;
            }
        }

        return sb.ToString();
    }

    internal static void AssertSpansCoverNumbers(string original, IReadOnlyList<Claim> claims, string name)
    {
        foreach (var claim in claims)
        {
            Assert.InRange(claim.Start, 0, original.Length);
            Assert.InRange(claim.End, claim.Start + 1, original.Length);
            var span = original[claim.Start..claim.End];
            if (claim.Value is null)
            {
                continue;
            }

            // Re-read the span as written: same magnitude (signs come from words like 下降).
            var clean = Normalization.TextNormalizer.Normalize(new string(span.Where(c => !char.IsWhiteSpace(c) && c != '*').ToArray())).Text;
            Quantity q = default;
            Assert.True(clean.Length > 0 && QuantityParser.TryParse(clean, 0, clean.Length, out q), $"{name}: span «{span}» of {claim.Indicator} is not a number");
            var expected = Math.Abs(claim.Value.Value);
            var read = q.Value * (q.Unit?.Factor ?? 1);
            Assert.True(
                Math.Abs(read - expected) <= 1e-6 * Math.Max(1, expected) || Math.Abs(q.Value - expected) <= 1e-6 * Math.Max(1, expected),
                $"{name}: span «{span}» reads {read}, the claim says {claim.Value} ({claim.Indicator})");
        }
    }
}
