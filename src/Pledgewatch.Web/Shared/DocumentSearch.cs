using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage;

namespace Pledgewatch.Web.Shared;

/// <summary>Documents whose title or text contains the words, with a snippet around the first hit.</summary>
public static class DocumentSearch
{
    public sealed record Hit(long Id, string FileName, string? Title, string Region, int ReportYear, int Hits, string Snippet, int At);

    public static async Task<IReadOnlyList<Hit>> FindAsync(PledgewatchStore store, string words, int most, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        var found = await db.Documents.AsNoTracking()
            .Where(d => d.IsCurrent && (d.Text.Contains(words) || (d.Title != null && d.Title.Contains(words))))
            .OrderByDescending(d => d.ReportYear).Take(most)
            .Select(d => new { d.Id, d.FileName, d.Title, Region = d.Region!.Name, d.ReportYear, d.Text })
            .ToListAsync(ct);
        return [.. found.Select(d =>
        {
            var at = d.Text.IndexOf(words, StringComparison.Ordinal);
            var hits = 0;
            for (var i = at; i >= 0; i = d.Text.IndexOf(words, i + words.Length, StringComparison.Ordinal))
            {
                hits++;
            }

            var from = Math.Max(0, at - 40);
            var to = Math.Min(d.Text.Length, Math.Max(at, 0) + words.Length + 60);
            return new Hit(d.Id, d.FileName, d.Title, d.Region, d.ReportYear, hits, at < 0 ? "" : d.Text[from..to].ReplaceLineEndings(" "), at);
        })];
    }
}
