namespace Pledgewatch.Tracking.Tests;

public sealed class DocumentTypeTests
{
    [Theory]
    [InlineData("government_work_report", "government_work_report")]
    [InlineData("  Plan-Report ", "plan_report")]
    [InlineData("NEWS", "news")]
    [InlineData("government work report summary", "government_work_report_summary")]
    [InlineData("budget_report", "budget_report")]
    public void AKindIsReadAsWritten(string written, string name) =>
        Assert.Equal(name, DocumentType.Parse(written)!.Value.Name);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void NothingWrittenIsNoKind(string? written) => Assert.Null(DocumentType.Parse(written));

    [Fact]
    public void OnlyNewsAndMediaRestate()
    {
        Assert.Equal([DocumentType.News, DocumentType.Media], DocumentType.Known.Where(t => t.IsRestatement));
        Assert.False(DocumentType.Parse("budget_report")!.Value.IsRestatement);
        Assert.False(DocumentType.Parse("budget_report")!.Value.IsKnown);
        Assert.True(DocumentType.Parse("Media")!.Value.IsRestatement);
    }

    [Fact]
    public void ADocumentWithoutAKindIsTheGovernmentsOwn()
    {
        var document = new DocumentRef(1, "a.txt", null, null, 2025, null);
        Assert.False(document.IsRestatement);
        Assert.True((document with { Type = DocumentType.News }).IsRestatement);
    }

    [Fact]
    public void AnEmptyStoredKindIsAnError() => Assert.Throws<FormatException>(() => DocumentType.Stored(" "));
}
