using System.Collections.Concurrent;
using System.Text.Json;

namespace Pledgewatch.Documents;

/// <summary>
/// What an <c>index.json</c> beside a report says about it: region (and its code and parent), report year, title, type.
/// </summary>
public sealed record DocumentMetadata(string File, string? Region, string? RegionCode, int? ReportYear, string? Title, string? Type, string? Parent = null)
{
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, DocumentMetadata>> Folders = new();

    /// <summary>The metadata of the file at <paramref name="path"/>, if its folder has an index.json naming it.</summary>
    /// <exception cref="DocumentReadException">The index.json is not valid JSON of the expected shape.</exception>
    public static DocumentMetadata? For(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var index = Folders.GetOrAdd(folder, LoadFolder);
        return index.GetValueOrDefault(Path.GetFileName(path));
    }

    private static IReadOnlyDictionary<string, DocumentMetadata> LoadFolder(string folder)
    {
        var path = Path.Combine(folder, "index.json");
        if (!System.IO.File.Exists(path))
        {
            return new Dictionary<string, DocumentMetadata>();
        }

        try
        {
            return Parse(System.IO.File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new DocumentReadException($"{path}: not a valid index ({e.Message.Split('\n')[0]})", e);
        }
    }

    /// <summary>Parses an index: a JSON array of objects with <c>file</c> and optional metadata.</summary>
    public static IReadOnlyDictionary<string, DocumentMetadata> Parse(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var result = new Dictionary<string, DocumentMetadata>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString() ?? throw new FormatException("an entry has no file");
            result[file] = new DocumentMetadata(
                file,
                String(entry, "region"),
                String(entry, "region_code"),
                entry.TryGetProperty("report_year", out var y) && y.ValueKind == JsonValueKind.Number ? y.GetInt32() : null,
                String(entry, "title"),
                String(entry, "type"),
                String(entry, "parent"));
        }

        return result;
    }

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
