namespace Pledgewatch.Suggestions.Tests;

/// <summary>A draft regulation out for comment: comments inside the window, decisions with reasons, counts per article.</summary>
public class ConsultationTests
{
    private static readonly Actor Office = new("legislative-office", Role.Office);

    [Fact]
    public void CommentsAreTakenInTheWindowAndDecidedWithReasons()
    {
        var draft = Consultation.Publish(Office, "常州市养老服务条例（草案）", ["第一条 为了……", "第二条 本市行政区域内……", "第三条 市、区人民政府应当……"],
            new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31)).Get();

        Assert.Equal("closed", draft.Comment(1, "早了", null, new DateOnly(2025, 4, 30)).Refused!.Code);
        Assert.Equal("no-article", draft.Comment(4, "没有第四条", null, new DateOnly(2025, 5, 2)).Refused!.Code);
        draft = draft.Comment(3, "建议写明助餐点的服务半径", "湖塘镇立法联系点", new DateOnly(2025, 5, 2)).Get();
        draft = draft.Comment(3, "建议明确经费保障", null, new DateOnly(2025, 5, 3)).Get();
        draft = draft.Comment(1, "立法目的表述过长", null, new DateOnly(2025, 5, 31)).Get();
        Assert.Equal("closed", draft.Comment(1, "晚了", null, new DateOnly(2025, 6, 1)).Refused!.Code);

        Assert.Equal("not-office", draft.Decide(new Actor("x", Role.Citizen), 0, Adoption.Adopted, null).Refused!.Code);
        Assert.Equal("no-reason", draft.Decide(Office, 1, Adoption.NotAdopted, " ").Refused!.Code);
        draft = draft.Decide(Office, 0, Adoption.Adopted, null).Get();
        draft = draft.Decide(Office, 1, Adoption.PartlyAdopted, "经费保障另有规定，已作衔接").Get();
        draft = draft.Decide(Office, 2, Adoption.NotAdopted, "立法目的依上位法表述").Get();

        Assert.Equal([(1, 1, 0, 0, 1), (2, 0, 0, 0, 0), (3, 2, 1, 1, 0)], draft.Counts());
        Assert.Equal("window", Consultation.Publish(Office, "t", ["a"], new DateOnly(2025, 5, 2), new DateOnly(2025, 5, 1)).Refused!.Code);
        Assert.Equal("not-office", Consultation.Publish(new Actor("d", Role.Deputy), "t", ["a"], new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 2)).Refused!.Code);
    }
}
