using Scoring.Api.Reports;
using Scoring.Rules.Tests.Support;
using Xunit;

namespace Scoring.Api.Tests.Reports;

/// <summary>Explanations as people read them: inputs by their titles, item references and operators in words, decimal commas; the engine's
/// own text (fixed by frozen results) is left as it is.</summary>
public sealed class PeopleTextTests
{
    [Fact]
    public void Formula_InputsByTitleDecimalCommaFunctionsInWords()
    {
        var version = Criteria.Shipped("mau-2024").Version;

        var text = PeopleText.Formula("Công thức: min(so_ngay_cham_nop * 0.5, 3); kết quả giữ trong khoảng 0 đến 3 điểm", version);

        var title = version.Inputs.Single(i => i.Code == "so_ngay_cham_nop").Title;
        Assert.Equal($"Công thức: nhỏ nhất([{title}] × 0,5, 3); kết quả giữ trong khoảng 0 đến 3 điểm", text);
    }

    [Fact]
    public void Condition_ItemReferencesAndComparisonsInWords()
    {
        Assert.Equal("điểm tiêu chí I.1 = 0 hoặc điểm tiêu chí II.2 ≤ 1,5", PeopleText.Formula("diem(\"I.1\") == 0 || diem(\"II.2\") <= 1.5", null));
    }

    [Fact]
    public void EngineWords_LeftAsTheyAre()
    {
        const string Words = "mức Tốt: tối đa 8 điểm; mức Khá: tối đa 6 điểm; mức Đạt: tối đa 3 điểm (bước 0,5)";

        Assert.Equal(Words, PeopleText.Formula(Words, Criteria.Shipped("mau-2024").Version));
    }
}
