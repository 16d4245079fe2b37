namespace Pledgewatch.Extraction.Grammar;

/// <summary>
/// What earlier text leaves for the names of later claims: the industry the current heading names
/// (新能源之都 → 新能源产业产值), the subject of the last change in the paragraph's sentence before
/// (for a bare 涨幅), and the subjects of the last 分别 list in the sentence (for a clause that goes on
/// with 增长5.1%、6.8%). Nothing else about the reading is kept from one sentence to the next.
/// </summary>
internal sealed class Antecedents
{
    /// <summary>The industry the current heading names, or null.</summary>
    public string? Industry { get; private set; }

    /// <summary>The subject of the last change with a value in the paragraph's sentence before, or null.</summary>
    public string? LastGrowth { get; private set; }

    private (string[] Names, int Sentence)? _list;

    public void Heading(string? industry) => Industry = industry;

    public void Paragraph() => LastGrowth = null;

    public void Growth(string indicator) => LastGrowth = indicator;

    /// <summary>The subjects of a 分别 list read in the sentence starting at <paramref name="sentence"/>.</summary>
    public void List(string[] names, int sentence) => _list = (names, sentence);

    /// <summary>The subjects of the last 分别 list, when it was read in this sentence.</summary>
    public string[]? ListIn(int sentence) => _list is { } list && list.Sentence == sentence ? list.Names : null;
}
