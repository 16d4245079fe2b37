using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Documents;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Import;

/// <summary>
/// Reads reports into the database. Each document is one transaction: it is stored with all its
/// claims or not at all. The same bytes twice change nothing (the content hash is unique, so two
/// imports racing each other store it once); new bytes for a known document are its next version.
/// </summary>
public sealed class DocumentImporter(PledgewatchStore store, ExtractionPipeline pipeline)
{
    /// <summary>Where the documents go, for messages.</summary>
    public string Location => store.Location.Describe();

    /// <summary>Imports files, reading and extracting on all cores while one writer stores them in order.</summary>
    /// <param name="paths">Report files (folders already expanded).</param>
    /// <param name="region">A region for all of them, overriding index.json.</param>
    /// <param name="year">A report year for all of them, overriding index.json.</param>
    /// <param name="progress">Called after each file, in the order the files were given.</param>
    public async Task<IReadOnlyList<ImportResult>> ImportFilesAsync(
        IReadOnlyList<string> paths,
        string? region = null,
        int? year = null,
        Action<ImportResult>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var results = new List<ImportResult>(paths.Count);
        // The documents stored already, by content: a file among them costs a hash, not a reading.
        // Read on a plain connection while EF starts on another thread (a third of a second, its first
        // queries compiled), so the first files are read and extracted meanwhile.
        var known = await KnownAsync(cancellationToken);
        // The verdicts a report changes are taken (two scorecards before and two after) only when
        // someone follows its region; the figures of followed indicators, when someone follows any.
        var watch = await WatchedAsync(cancellationToken);
        var warm = Task.Run(() => WarmAsync(cancellationToken), cancellationToken);
        var prepared = Channel.CreateBounded<Task<Prepared>>(Environment.ProcessorCount * 4);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var path in paths)
                {
                    var work = Task.Run(() => Prepare(path, region, year, known, cancellationToken), cancellationToken);
                    await prepared.Writer.WriteAsync(work, cancellationToken);
                }
            }
            finally
            {
                prepared.Writer.Complete();
            }
        }, cancellationToken);

        await foreach (var work in prepared.Reader.ReadAllAsync(cancellationToken))
        {
            var item = await work;
            await warm;
            var result = item.Early ?? await StoreAsync(item, watch, cancellationToken);
            results.Add(result);
            progress?.Invoke(result);
        }

        await producer;
        return results;
    }

    private async Task<Dictionary<string, (long Id, int Version)>> KnownAsync(CancellationToken cancellationToken)
    {
        var known = new Dictionary<string, (long Id, int Version)>(StringComparer.Ordinal);
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"ContentHash\", \"Id\", \"Version\" FROM documents";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            known.TryAdd(reader.GetString(0), (reader.GetInt64(1), reader.GetInt32(2)));
        }

        return known;
    }

    /// <summary>What the followers of this store want told: the region ids followed, and whether any indicator is.</summary>
    private async Task<Watch> WatchedAsync(CancellationToken cancellationToken)
    {
        var regions = new HashSet<int>();
        var indicators = false;
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT DISTINCT \"Topic\", \"TopicKey\" FROM follows WHERE \"Topic\" IN ('{Following.Topic.Region}', '{Following.Topic.Indicator}')";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (reader.GetString(0) == Following.Topic.Indicator)
            {
                indicators = true;
            }
            else if (int.TryParse(reader.GetString(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                regions.Add(id);
            }
        }

        return new Watch(false, regions, indicators);
    }

    /// <summary>Starts EF and compiles the writer's first query; a failure here is the first store's to report.</summary>
    private async Task WarmAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var db = store.CreateContext();
            await StoredAsync(db, "", cancellationToken);
            await LatestVersionAsync(db, "", cancellationToken);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            // The store that follows meets the same problem and names the file it could not store.
        }
    }

    /// <summary>The document stored with this content, if any.</summary>
    private static async Task<(long Id, int Version)?> StoredAsync(PledgewatchDb db, string hash, CancellationToken cancellationToken) =>
        await db.Documents.AsNoTracking().Where(d => d.ContentHash == hash).Select(d => new { d.Id, d.Version }).FirstOrDefaultAsync(cancellationToken) is { } d ? (d.Id, d.Version) : null;

    private static async Task<int> LatestVersionAsync(PledgewatchDb db, string key, CancellationToken cancellationToken) =>
        await db.Documents.Where(d => d.Key == key).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;

    /// <summary>Imports one file's bytes (an upload, or a file already read), with the verdicts it changed.</summary>
    public async Task<ImportResult> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var item = Prepare(request, HashOf(request.Bytes), cancellationToken);
        return item.Early ?? await StoreAsync(item, Watch.Everything, cancellationToken);
    }

    private Prepared Prepare(string path, string? region, int? year, IReadOnlyDictionary<string, (long Id, int Version)> known, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            if (!File.Exists(path))
            {
                return Prepared.Failed(path, "no such file");
            }

            var length = new FileInfo(path).Length;
            if (length > DocumentReader.DefaultMaxBytes)
            {
                return Prepared.Failed(path, $"{length:N0} bytes is over the limit of {DocumentReader.DefaultMaxBytes:N0}");
            }

            var bytes = File.ReadAllBytes(path);
            var hash = HashOf(bytes);
            if (known.TryGetValue(hash, out var stored))
            {
                return Prepared.Done(new ImportResult(path, ImportStatus.Unchanged, DocumentId: stored.Id, Version: stored.Version));
            }

            return Prepare(new ImportRequest(path, bytes, DocumentMetadata.For(path), region, year), hash, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DocumentReadException)
        {
            return Prepared.Failed(path, e.Message.Split('\n')[0]);
        }
    }

    /// <summary>Reads and extracts a file whose content hash is <paramref name="hash"/>.</summary>
    private Prepared Prepare(ImportRequest request, string hash, CancellationToken cancellationToken = default)
    {
        try
        {
            var text = DocumentReader.Read(request.Name, request.Bytes);
            var metadata = request.Metadata;
            // Neither the user nor an index.json names the region: the title lines do, by the tree's names.
            var named = request.Region ?? metadata?.Region;
            var found = named is null ? RegionFinder.Find(text.Text) : null;
            var info = new DocumentInfo(text.Name, named ?? found?.Name, request.Year ?? metadata?.ReportYear, text.Format);
            var result = pipeline.Extract(text.Text, info, cancellationToken);
            if (result.Region.Length == 0)
            {
                return Prepared.Failed(request.Path, "no region: the title names none and no index.json or --region gives one");
            }

            if (result.Diagnostics.Any(d => d.Code == DiagnosticCodes.NoReportYear))
            {
                return Prepared.Failed(request.Path, "no report year: the title gives none and no index.json or --year gives one");
            }

            return new Prepared(request, text, result, hash, null, found);
        }
        catch (DocumentReadException e)
        {
            return Prepared.Failed(request.Path, e.Message.Split('\n')[0]);
        }
    }

    /// <summary>
    /// Stores a prepared file; when <paramref name="watch"/> says its region is followed, also the
    /// verdicts it changed (in the result and its region's notice), and the new figures of followed indicators.
    /// </summary>
    private async Task<ImportResult> StoreAsync(Prepared item, Watch watch, CancellationToken cancellationToken)
    {
        try
        {
            var tracker = new Tracking.Tracker(store);
            var target = item.Found?.Code ?? item.Result.Region;
            var before = await watch.RegionAsync(store, target, cancellationToken) ? await Tracking.VerdictDiff.TakeAsync(tracker, target, item.Result.ReportYear, cancellationToken) : null;
            // Another import may store the same bytes, or take the same version number, first: look again.
            var result = await Retry.OnConflictAsync(() => StoreOnceAsync(item, complete: before is null, cancellationToken));
            if (result.Status is not (ImportStatus.New or ImportStatus.NewVersion))
            {
                return result;
            }

            var notices = new Following.Notices(store);
            if (watch.All || watch.Indicators)
            {
                await notices.AddFiguresAsync(result.DocumentId!.Value, item.Result.Region, item.Result.ReportYear, item.Result.Claims
                    .GroupBy(c => c.Indicator, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(c => c.Text).Distinct(StringComparer.Ordinal)], StringComparer.Ordinal), cancellationToken);
            }

            if (before is null)
            {
                return result;
            }

            var changes = before.ChangesTo(await Tracking.VerdictDiff.TakeAsync(tracker, target, item.Result.ReportYear, cancellationToken));
            await notices.CompleteAsync(result.DocumentId!.Value, [.. changes.Select(Shift)], cancellationToken);
            return result with { Changes = changes };
        }
        catch (Exception e) when (e is DbUpdateException or StoreException || e.GetBaseException() is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException)
        {
            return ImportResult.Failed(item.Request.Path, $"not stored: {e.GetBaseException().Message.Split('\n')[0]}");
        }
    }

    /// <summary>What an import tells: everything (one file uploaded, its changes shown), or the followed regions' changes and the followed indicators' figures.</summary>
    private sealed record Watch(bool All, IReadOnlySet<int> Regions, bool Indicators)
    {
        public static Watch Everything { get; } = new(true, new HashSet<int>(), true);

        /// <summary>True when the changes of a report of <paramref name="region"/> (a name or code) are wanted.</summary>
        public async Task<bool> RegionAsync(PledgewatchStore store, string region, CancellationToken cancellationToken)
        {
            if (All)
            {
                return true;
            }

            if (Regions.Count == 0)
            {
                return false;
            }

            await using var db = store.CreateContext();
            return await RegionDirectory.FindAsync(db, region, cancellationToken) is { } found && Regions.Contains(found.Id);
        }
    }

    private static Following.VerdictShift Shift(Tracking.VerdictChange c) =>
        new(c.Indicator, ContractNames.Of(c.Measure), c.Year, c.Before is { } b ? global::Pledgewatch.Tracking.VerdictNames.Of(b) : null, global::Pledgewatch.Tracking.VerdictNames.Of(c.After));

    /// <summary>Stores the document, its claims and its region's notice in one transaction; <paramref name="complete"/>: the notice can be told at once.</summary>
    private async Task<ImportResult> StoreOnceAsync(Prepared item, bool complete, CancellationToken cancellationToken)
    {
        var (request, text, result, hash, _, found) = item;
        await using var db = store.CreateContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        if (await StoredAsync(db, hash, cancellationToken) is { } before)
        {
            return new ImportResult(request.Path, ImportStatus.Unchanged, DocumentId: before.Id, Version: before.Version);
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await StoredAsync(db, hash, cancellationToken) is { } existing)
        {
            return new ImportResult(request.Path, ImportStatus.Unchanged, DocumentId: existing.Id, Version: existing.Version);
        }

        var metadata = request.Metadata;
        var regionCode = found?.Code ?? (request.Region is null || request.Region == metadata?.Region ? metadata?.RegionCode : null);
        var region = await RegionDirectory.ResolveAsync(db, result.Region, regionCode, found?.Parent ?? metadata?.Parent, cancellationToken);
        // index.json's title, else the document's own first line (政府工作报告 with its year and region).
        var title = metadata?.Title ?? result.Title;
        var type = global::Pledgewatch.Tracking.DocumentType.Parse(metadata?.Type);
        var key = DocumentKey.Of(region.Id, result.ReportYear, type, title ?? text.Name);
        var previous = await LatestVersionAsync(db, key, cancellationToken);
        if (previous > 0)
        {
            await db.Documents.Where(d => d.Key == key && d.IsCurrent).ExecuteUpdateAsync(s => s.SetProperty(d => d.IsCurrent, false), cancellationToken);
        }

        var document = new DocumentEntity
        {
            Key = key,
            Version = previous + 1,
            IsCurrent = true,
            ContentHash = hash,
            FileName = text.Name,
            Title = title,
            Type = type,
            RegionId = region.Id,
            ReportYear = result.ReportYear,
            Text = text.Text,
            Format = text.Format.ToString().ToLowerInvariant(),
            Encoding = text.Encoding,
            SizeBytes = request.Bytes.Length,
            ClaimCount = result.Claims.Count,
            ImportedAt = DateTimeOffset.UtcNow,
        };
        db.Documents.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        // The claims go in through one prepared statement (SQLite) or one COPY (PostgreSQL), not the change tracker.
        await using (var claims = await RowInserter<ClaimEntity>.PrepareAsync(db, cancellationToken))
        {
            var ordinal = 0;
            foreach (var claim in result.Claims)
            {
                await claims.InsertAsync(ClaimRows.ToEntity(claim, document.Id, region.Id, ordinal++, text.Text), cancellationToken);
            }

            await claims.CompleteAsync(cancellationToken);
        }

        var targets = result.Claims.Count(c => c.Kind == ClaimKind.Target);
        db.Notices.Add(Following.Notices.ForReport(document, region, targets, result.Claims.Count - targets, complete, document.ImportedAt));
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return new ImportResult(request.Path, previous > 0 ? ImportStatus.NewVersion : ImportStatus.New, result.Claims.Count, DocumentId: document.Id, Version: document.Version,
            UnresolvedRegion: region.Code is null ? region.Name : null);
    }

    private static string HashOf(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>A file read and extracted, ready to store; or, in <see cref="Early"/>, its result already (failed, or stored before).</summary>
    internal sealed record Prepared(ImportRequest Request, DocumentText Text, ExtractionResult Result, string Hash, ImportResult? Early, RegionFinder.Found? Found = null)
    {
        public static Prepared Failed(string path, string error) => Done(ImportResult.Failed(path, error));

        public static Prepared Done(ImportResult result) => new(null!, null!, null!, "", result);
    }
}
