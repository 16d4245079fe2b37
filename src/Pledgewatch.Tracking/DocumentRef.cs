namespace Pledgewatch.Tracking;

/// <summary>The document a claim came from.</summary>
/// <param name="Id">The document's id in storage.</param>
/// <param name="Name">The file name.</param>
/// <param name="Title">The title, when known.</param>
/// <param name="Type">What kind of document it is, when known.</param>
/// <param name="ReportYear">The year the document was delivered.</param>
/// <param name="RegionCode">The region's code (GB/T 2260), when it has one.</param>
public sealed record DocumentRef(long Id, string Name, string? Title, DocumentType? Type, int ReportYear, string? RegionCode)
{
    /// <summary>True for news and other restatements: they may state outcomes but are not the government's report.</summary>
    public bool IsRestatement => Type?.IsRestatement == true;

    /// <summary>What a reader is shown: the title, else the file name.</summary>
    public string Shown => Title ?? Name;
}
