using System.Globalization;
using Scoring.Engine.Evaluation;
using Scoring.Engine.History;
using Scoring.Engine.Text;

namespace Scoring.Api.Reports;

/// <summary>The words of "compared with last year", the same on the pages, in the report and in the API: last year's standing, the
/// change, and the note saying why an agency formed from others has no change.</summary>
public static class LastYearText
{
    /// <summary>A standing in a few words: "88,5 điểm, Tốt, hạng 2" (no rank when not ranked; "Chưa đánh giá" when not assessed).</summary>
    public static string Standing(Standing s)
    {
        if (s.Status == AgencyStatus.NotAssessed)
        {
            return AgencyStatusLabels.NotAssessed;
        }
        var words = $"{Num.Vi(s.Total ?? 0m)} điểm";
        if (s.ClassWords.Length > 0)
        {
            words += ", " + s.ClassWords;
        }
        return s.Rank is { } rank ? $"{words}, hạng {rank.ToString(CultureInfo.InvariantCulture)}" : words;
    }

    /// <summary>Last year's result: the agency's own, or each predecessor's with its name.</summary>
    public static string Before(Comparison c) => c.Relation switch
    {
        Relation.New => "—",
        Relation.Same => Standing(c.Before[0]),
        _ => string.Join("; ", c.Before.Select(s => $"{s.Name}: {Standing(s)}")),
    };

    /// <summary>The change: "+2,5 điểm, lên 1 hạng", "không đổi", or "—" when none is computed.</summary>
    public static string Change(Comparison c)
    {
        if (c.PointsChange is not { } points)
        {
            return "—";
        }
        var words = points == 0m ? "không đổi điểm" : $"{Signed(points)} điểm";
        if (c.AgainstMean)
        {
            words += " so với điểm trung bình";
        }
        return c.RankChange switch
        {
            null => words,
            0 => words + ", giữ hạng",
            > 0 and var up => $"{words}, lên {up.ToString(CultureInfo.InvariantCulture)} hạng",
            int down => $"{words}, xuống {(-down).ToString(CultureInfo.InvariantCulture)} hạng",
        };
    }

    /// <summary>Why the comparison is what it is (none for the same agency): renamed, merged, split, reorganised or new, and whether a
    /// change was computed.</summary>
    public static string? Note(Comparison c, int year)
    {
        var first = c.Before.Count > 0 ? c.Before[0].Name : "";
        var unchanged = c.AgainstMean
            ? " Thay đổi tính so với điểm trung bình của các đơn vị này, theo bộ tiêu chí."
            : " Không tính thay đổi: không phải cùng một đơn vị.";
        return c.Relation switch
        {
            Relation.Same => null,
            Relation.Renamed => $"Năm {year} là {first}.",
            Relation.Merged => $"Hợp nhất từ {c.Before.Count} đơn vị có kết quả năm {year}.{unchanged}",
            Relation.Split => $"Tách ra từ {first}.{unchanged}",
            Relation.Reorganised => $"Tổ chức lại từ {first} (khối khác).{unchanged}",
            _ => $"Đơn vị mới: năm {year} chưa có kết quả.",
        };
    }

    /// <summary>The words of a relation, for the API.</summary>
    public static string RelationWords(Relation r) => r switch
    {
        Relation.Same => "cùng đơn vị",
        Relation.Renamed => "đổi tên",
        Relation.Merged => "hợp nhất",
        Relation.Split => "chia tách",
        Relation.Reorganised => "tổ chức lại",
        _ => "đơn vị mới",
    };

    /// <summary>A signed number the Vietnamese way: "+2,5", "-1", "0".</summary>
    public static string Signed(decimal value) => value > 0m ? "+" + Num.Vi(value) : Num.Vi(value);
}
