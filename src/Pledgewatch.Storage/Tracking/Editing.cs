using Microsoft.EntityFrameworkCore;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Tracking;

/// <summary>
/// What editors and administrators change: claim corrections (each a new version, the extracted
/// original kept) and catalog merges (an unknown indicator becomes an alias of a known one).
/// </summary>
public sealed class Editing(PledgewatchStore store)
{
    /// <summary>Stores a correction of a claim as its next version.</summary>
    /// <returns>The new version number, or an error for people.</returns>
    public async Task<EditResult> CorrectClaimAsync(long claimId, ClaimCorrection change, string author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (string.IsNullOrWhiteSpace(author))
        {
            return EditResult.Invalid("a correction needs its author");
        }

        if (!TryOptional<ClaimKind>(change.Kind, ContractNames.TryParse, out var kind)
            | !TryOptional<Measure>(change.Measure, ContractNames.TryParse, out var measure)
            | !TryOptional<Bound>(change.Op, ContractNames.TryParse, out var op))
        {
            return EditResult.Invalid(
                $"kind is one of {Spelled(ContractNames.Kinds, ContractNames.Of, "/")}, measure one of {Spelled(ContractNames.Measures, ContractNames.Of, "/")}, op one of {Spelled(ContractNames.Ops, ContractNames.Of, " ")}");
        }

        if (change.Value is { } v && (double.IsNaN(v) || double.IsInfinity(v)))
        {
            return EditResult.Invalid("the value must be a finite number");
        }

        if (change.Indicator?.Length > 100 || change.Unit?.Length > 20 || change.Note?.Length > 2000)
        {
            return EditResult.Invalid("an indicator has at most 100 characters, a unit 20 and a note 2,000");
        }

        // Another editor may take the next version number a moment before: build on theirs.
        return await Retry.OnConflictAsync(async () =>
        {
            await using var db = store.CreateContext();
            var claim = await db.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == claimId, cancellationToken);
            if (claim is null)
            {
                return EditResult.NotFound($"no claim {claimId}");
            }

            var latest = await db.ClaimCorrections.AsNoTracking().Where(c => c.ClaimId == claimId).OrderByDescending(c => c.Version).FirstOrDefaultAsync(cancellationToken);

            // What the claim says now (its latest version), and what the correction makes of it.
            var current = (Kind: latest?.Kind ?? claim.Kind, Year: latest?.Year ?? claim.Year, Indicator: latest?.Indicator ?? claim.Indicator, Measure: latest?.Measure ?? claim.Measure,
                Op: latest?.Op ?? claim.Op, Value: latest is null ? claim.Value : latest.Value, Unit: latest?.Unit ?? claim.Unit);
            var next = (Kind: kind ?? current.Kind, Year: change.Year ?? current.Year, Indicator: string.IsNullOrWhiteSpace(change.Indicator) ? current.Indicator : change.Indicator.Trim(),
                Measure: measure ?? current.Measure, Op: op ?? current.Op, Value: change.ClearValue ? null : change.Value ?? current.Value, Unit: change.Unit ?? current.Unit);

            // A correction that changes nothing and says nothing is not a new version.
            if (string.IsNullOrWhiteSpace(change.Note) && next == current)
            {
                return EditResult.Invalid("the correction changes nothing: give a new value, bound, indicator, measure, kind, year or unit, or a note");
            }

            var correction = new ClaimCorrectionEntity
            {
                ClaimId = claimId,
                Version = (latest?.Version ?? 1) + 1,
                Kind = next.Kind,
                Year = next.Year,
                Indicator = next.Indicator,
                Measure = next.Measure,
                Op = next.Op,
                Value = next.Value,
                Unit = next.Unit,
                Author = author.Trim(),
                Note = change.Note,
                At = DateTimeOffset.UtcNow,
            };
            db.ClaimCorrections.Add(correction);
            await db.SaveChangesAsync(cancellationToken);
            return EditResult.Done(correction.Version);
        });
    }

    /// <summary>The versions of a claim: the extracted original (version 1) and each correction.</summary>
    public async Task<IReadOnlyList<ClaimCorrectionEntity>> HistoryAsync(long claimId, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        return await db.ClaimCorrections.AsNoTracking().Where(c => c.ClaimId == claimId).OrderBy(c => c.Version).ToListAsync(cancellationToken);
    }

    /// <summary>The catalog's indicator names, in order: what an unknown name can be merged into.</summary>
    public async Task<IReadOnlyList<string>> IndicatorNamesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        return await db.Indicators.AsNoTracking().OrderBy(i => i.Name).Select(i => i.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Makes an indicator name an alias of a catalog indicator, so its claims are judged under it.</summary>
    public async Task<EditResult> MergeIndicatorAsync(string alias, string into, string author, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alias);
        ArgumentNullException.ThrowIfNull(into);
        await using var db = store.CreateContext();
        var catalog = await CatalogView.LoadAsync(db, cancellationToken);
        var target = await db.Indicators.FirstOrDefaultAsync(i => i.Name == catalog.Canonical(into), cancellationToken);
        if (target is null)
        {
            return EditResult.NotFound($"{into} is not in the catalog");
        }

        if (await db.Indicators.AnyAsync(i => i.Name == alias, cancellationToken))
        {
            return EditResult.Invalid($"{alias} is itself a catalog indicator");
        }

        var existing = await db.IndicatorAliases.FirstOrDefaultAsync(a => a.Alias == alias, cancellationToken);
        if (existing is not null)
        {
            existing.IndicatorId = target.Id;
            existing.AddedBy = author;
            existing.AddedAt = DateTimeOffset.UtcNow;
        }
        else
        {
            db.IndicatorAliases.Add(new IndicatorAliasEntity { Alias = alias, IndicatorId = target.Id, AddedBy = author, AddedAt = DateTimeOffset.UtcNow });
        }

        await db.SaveChangesAsync(cancellationToken);
        return EditResult.Done(1);
    }

    private delegate bool Parser<T>(string? text, out T value);

    /// <summary>An optional field of a correction in the contract's spelling: absent is no change, an unknown spelling fails.</summary>
    private static bool TryOptional<T>(string? text, Parser<T> parse, out T? value)
        where T : struct
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (!parse(text, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    private static string Spelled<T>(IEnumerable<T> values, Func<T, string> spell, string separator) => string.Join(separator, values.Select(spell));
}
