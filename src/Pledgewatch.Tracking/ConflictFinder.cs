namespace Pledgewatch.Tracking;

/// <summary>
/// Finds facts that two documents state differently: a news feature against the report it restates,
/// a summary against the full text. Two kinds: the same fact (region, year, indicator, measure, kind)
/// with other numbers; and the same sentence restated with the same number under another indicator
/// or measure (提升至92.1% retold as 提升92.1%).
/// </summary>
public sealed class ConflictFinder(IntervalSettings settings)
{
    /// <summary>Clauses this alike (Dice coefficient of character pairs) restate one sentence.</summary>
    private const double SameSentence = 0.6;

    /// <param name="claims">Claims of the current versions of documents.</param>
    /// <param name="regionOf">The region a claim is for (claims of different regions never conflict).</param>
    public IEnumerable<Conflict> Find(IEnumerable<TrackedClaim> claims, Func<TrackedClaim, string> regionOf)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(regionOf);
        var all = claims.ToList();
        foreach (var conflict in SameFact(all, regionOf))
        {
            yield return conflict;
        }

        foreach (var conflict in SameSentenceRestated(all, regionOf))
        {
            yield return conflict;
        }
    }

    private IEnumerable<Conflict> SameFact(List<TrackedClaim> claims, Func<TrackedClaim, string> regionOf)
    {
        var groups = claims
            .GroupBy(c => (Region: regionOf(c), Key: ClaimKey.Of(c), c.Claim.Kind))
            .Where(g => g.Select(c => c.Document.Id).Distinct().Skip(1).Any());
        foreach (var group in groups)
        {
            var byDocument = Documents(group);
            for (var i = 0; i < byDocument.Count; i++)
            {
                for (var j = i + 1; j < byDocument.Count; j++)
                {
                    var left = Distinct(byDocument[i]).Where(a => !byDocument[j].Any(b => SameStatement(a, b))).ToList();
                    var right = Distinct(byDocument[j]).Where(b => !byDocument[i].Any(a => SameStatement(a, b))).ToList();
                    foreach (var a in left)
                    {
                        foreach (var b in right)
                        {
                            yield return Compare(a, b);
                        }
                    }
                }
            }
        }
    }

    private IEnumerable<Conflict> SameSentenceRestated(List<TrackedClaim> claims, Func<TrackedClaim, string> regionOf)
    {
        var groups = claims
            .Where(c => c.Claim.Value is not null)
            .GroupBy(c => (Region: regionOf(c), c.Claim.Kind, c.Claim.Year, c.Claim.Unit, c.Claim.Value))
            .Where(g => g.Select(c => c.Document.Id).Distinct().Skip(1).Any());
        foreach (var group in groups)
        {
            var byDocument = Documents(group);
            for (var i = 0; i < byDocument.Count; i++)
            {
                for (var j = i + 1; j < byDocument.Count; j++)
                {
                    foreach (var a in Distinct(byDocument[i]))
                    {
                        var b = Distinct(byDocument[j]).FirstOrDefault(b =>
                            (a.Indicator != b.Indicator || a.Claim.Measure != b.Claim.Measure)
                            && Likeness(a.Claim.Text, b.Claim.Text) >= SameSentence);
                        if (b is not null && !byDocument[j].Any(x => x.Indicator == a.Indicator && x.Claim.Measure == a.Claim.Measure && SameStatement(a, x)))
                        {
                            yield return new Conflict(a, b, false, null);
                        }
                    }
                }
            }
        }
    }

    private static List<IGrouping<DocumentRef, TrackedClaim>> Documents(IEnumerable<TrackedClaim> claims) => [.. claims
        .GroupBy(c => c.Document)
        .OrderBy(g => g.Key.IsRestatement).ThenBy(g => g.Key.Id)];

    /// <summary>A document that says the same thing twice says it once.</summary>
    private static IEnumerable<TrackedClaim> Distinct(IEnumerable<TrackedClaim> claims) =>
        claims.DistinctBy(c => (c.Indicator, c.Claim.Measure, c.Claim.Op, c.Claim.Value));

    private Conflict Compare(TrackedClaim a, TrackedClaim b)
    {
        var ia = Interval(a);
        var ib = Interval(b);
        return new Conflict(a, b, !ia.Overlaps(ib), (ia, ib));
    }

    private Interval Interval(TrackedClaim c) => c.Claim.Kind == Extraction.ClaimKind.Target
        ? ClaimIntervals.Stated(c, settings)
        : ClaimIntervals.Outcome(c, settings);

    private static bool SameStatement(TrackedClaim a, TrackedClaim b) =>
        a.Claim.Op == b.Claim.Op && Nullable.Equals(a.Claim.Value, b.Claim.Value);

    /// <summary>Dice coefficient of the clauses' character pairs, ignoring spaces and punctuation.</summary>
    internal static double Likeness(string a, string b)
    {
        static HashSet<(char, char)> Pairs(string s)
        {
            var letters = s.Where(char.IsLetterOrDigit).ToArray();
            var pairs = new HashSet<(char, char)>();
            for (var i = 0; i + 1 < letters.Length; i++)
            {
                pairs.Add((letters[i], letters[i + 1]));
            }

            return pairs;
        }

        var pa = Pairs(a);
        var pb = Pairs(b);
        return pa.Count + pb.Count == 0 ? 0 : 2.0 * pa.Count(pb.Contains) / (pa.Count + pb.Count);
    }
}
