namespace Pledgewatch.Extraction;

/// <summary>What is known about a document before it is read: its name, region and report year.</summary>
/// <param name="Name">The file name without its folder.</param>
/// <param name="Region">The region the document speaks for; null to infer it from the title.</param>
/// <param name="ReportYear">The year the report was delivered; null to infer it from the text.</param>
/// <param name="Format">How the text is marked up.</param>
public sealed record DocumentInfo(string Name, string? Region = null, int? ReportYear = null, TextFormat Format = TextFormat.Plain);
